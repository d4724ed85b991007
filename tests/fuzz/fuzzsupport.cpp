#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace {

void quiet(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

bool verbose()
{
    static const bool on = qEnvironmentVariableIntValue("PYKALA_FUZZ_VERBOSE") != 0;
    return on;
}

QTemporaryDir &scratch()
{
    // Removed by its destructor when the process exits normally.
    static QTemporaryDir dir;
    if (!dir.isValid())
        Fuzz::fail(QStringLiteral("cannot create a temporary folder: ") + dir.errorString());
    return dir;
}

} // namespace

namespace Fuzz {

void start(int *argc, char ***argv)
{
    QStandardPaths::setTestModeEnabled(true);
    // Kept until the process ends, never destroyed: Qt's global objects go
    // first at exit, and an application object outliving them would touch
    // them in its destructor.
    static QCoreApplication *application = new QCoreApplication(*argc, *argv);
    Q_UNUSED(application);
    if (!verbose())
        qInstallMessageHandler(quiet);
}

void note(const QString &what)
{
    if (verbose())
        std::fprintf(stderr, "%s\n", qPrintable(what));
}

QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

QString scratchPath(const QString &name)
{
    return scratch().filePath(name);
}

void removeStore(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

void fail(const QString &what)
{
    std::fprintf(stderr, "pykala fuzz target: %s\n", qPrintable(what));
    std::abort();
}

} // namespace Fuzz
