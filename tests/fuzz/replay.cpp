// Runs a fuzz target over files, without libFuzzer: the ctest tests replay
// each committed corpus (tests/fuzz/corpus/<target>/) with the project's own
// compiler, so that an input that once crashed a target stays tested.
//
//   pykala-fuzz-<target>-replay FILE-OR-FOLDER…
//
// A folder's files are run in the order of their names. Any crash, sanitizer
// report or broken promise ends the process abnormally; an empty corpus is an
// error too, so that a misplaced folder is not a test that passes.

#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdio>

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        std::fprintf(stderr, "usage: %s FILE-OR-FOLDER...\n", argv[0]);
        return 2;
    }
    QStringList files;
    for (const QString &argument : arguments) {
        const QFileInfo info(argument);
        if (info.isDir()) {
            const QDir dir(argument);
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
                files.append(dir.filePath(name));
        } else if (info.isFile()) {
            files.append(argument);
        } else {
            std::fprintf(stderr, "%s: no such file or folder\n", qPrintable(argument));
            return 2;
        }
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "no inputs in %s\n", qPrintable(arguments.join(QLatin1Char(' '))));
        return 2;
    }
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
            return 2;
        }
        const QByteArray data = file.readAll();
        // Named before it runs, so that a crash says which input it was.
        std::fprintf(stderr, "%s (%lld bytes)\n", qPrintable(path), static_cast<long long>(data.size()));
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
    }
    std::printf("%lld inputs ran without a finding.\n", static_cast<long long>(files.size()));
    return 0;
}
