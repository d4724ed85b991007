// NSS first: its headers name a member "slots", which Qt defines as a
// keyword once QObject's header is in.
#include <nss.h>
#include <pk11pub.h>
#include <plstr.h>

#include "nss.h"

#include "certificatefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <memory>

#include <poppler-form.h>

#include <cstdlib>
#include <cstring>

namespace Nss {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Nss", text);
}

} // namespace

QString defaultDatabase()
{
    return QDir::home().filePath(QStringLiteral(".pki/nssdb"));
}

Status useDatabase(const QString &directory)
{
    const QFileInfo database(QDir(directory).filePath(QStringLiteral("cert9.db")));
    if (!database.isFile())
        return Failure{tr("There is no NSS certificate database in %1. Make one with 'certutil -N -d sql:%1' and import "
                          "certificates with 'pk12util -i FILE.p12 -d sql:%1', or give another with --nssdb.")
                           .arg(QDir::toNativeSeparators(directory))};
    Poppler::setNSSDir(QStringLiteral("sql:") + QFileInfo(directory).absoluteFilePath());
    // Poppler shuts NSS down at exit, but registered that before NSS
    // loaded the modules of cards (PKCS#11), whose own clean-up at exit
    // then runs first: NSS would close its sessions with a module already
    // torn down. Shut down here, after the modules' clean-up was
    // registered and so before it runs; a database without modules is left
    // for Poppler's own shutdown.
    static const bool registered = [] {
        std::atexit([] {
            if (NSS_IsInitialized() && NSS_Shutdown() == SECSuccess)
                NSS_NoDB_Init(nullptr);
        });
        return true;
    }();
    Q_UNUSED(registered);
    return success();
}

namespace {

// Runs an NSS tool; its last line of complaint, or nothing when it did its work.
QString runTool(const QString &program, const QStringList &arguments, QByteArray *output = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    // Nothing to read from us: a tool that would ask, reads the end.
    process.closeWriteChannel();
    if (!process.waitForStarted())
        return tr("%1 is not installed (Debian package libnss3-tools).").arg(program);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return tr("%1 did not finish.").arg(program);
    }
    const QByteArray out = process.readAllStandardOutput();
    if (output)
        *output = out;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QStringList lines =
            QString::fromUtf8(process.readAllStandardError() + out).split(u'\n', Qt::SkipEmptyParts);
        QString last = lines.isEmpty() ? tr("%1 failed.").arg(program) : lines.last().trimmed();
        while (last.endsWith(u'.'))
            last.chop(1);
        return last;
    }
    return QString();
}

} // namespace

Result<QList<DatabaseCertificate>> databaseCertificates(const QString &directory)
{
    if (!QFileInfo(QDir(directory).filePath(QStringLiteral("cert9.db"))).isFile())
        return Failure{tr("There is no NSS certificate database in %1.").arg(QDir::toNativeSeparators(directory))};
    const QString database = QStringLiteral("sql:") + QFileInfo(directory).absoluteFilePath();
    QByteArray listing;
    if (const QString problem = runTool(QStringLiteral("certutil"), {QStringLiteral("-L"), QStringLiteral("-d"), database},
                                        &listing);
        !problem.isEmpty())
        return Failure{tr("The certificates of %1 could not be listed: %2").arg(QDir::toNativeSeparators(directory), problem)};
    // "Liisa Laine                                  u,u,u": the nickname,
    // then the trust flags ("u": the database holds the key).
    static const QRegularExpression row(QStringLiteral("^(.*\\S)\\s{2,}([A-Za-z]*,[A-Za-z]*,[A-Za-z]*)\\s*$"));
    QList<DatabaseCertificate> list;
    const QStringList lines = QString::fromUtf8(listing).split(u'\n');
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = row.match(line);
        if (!match.hasMatch())
            continue;
        const QString nickname = match.captured(1).trimmed();
        QByteArray der;
        if (const QString problem = runTool(QStringLiteral("certutil"), {QStringLiteral("-L"), QStringLiteral("-d"),
                                                                         database, QStringLiteral("-n"), nickname,
                                                                         QStringLiteral("-r")},
                                            &der);
            !problem.isEmpty())
            return Failure{tr("The certificate %1 could not be read: %2").arg(nickname, problem)};
        const auto read = CertificateFile::read(der);
        if (!read)
            return Failure{tr("The certificate %1 could not be read: %2").arg(nickname, read.error())};
        DatabaseCertificate entry;
        entry.certificate = {nickname, read->commonName, read->issuer, read->validFrom, read->validUntil, read->der};
        entry.hasKey = match.captured(2).contains(u'u');
        list.append(entry);
    }
    return list;
}

Status importPkcs12(const QString &directory, const QString &file, const QString &filePassword,
                    const std::optional<QString> &databasePassword)
{
    if (!QFileInfo(file).isFile())
        return Failure{tr("There is no file %1.").arg(QDir::toNativeSeparators(file))};
    QTemporaryDir secrets;
    if (!secrets.isValid())
        return Failure{tr("Could not make a private working directory.")};
    // One line each, readable by this user only.
    auto secretFile = [&](const QString &name, const QString &password) -> Result<QString> {
        QFile out(secrets.filePath(name));
        if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
            || out.write(password.toUtf8() + '\n') < 0)
            return Failure{tr("Could not write a private working file: %1").arg(out.errorString())};
        return out.fileName();
    };
    QString passwordFile;
    const auto fileSecret = secretFile(QStringLiteral("p12"), filePassword);
    if (!fileSecret)
        return Failure{fileSecret.error()};
    // Always a file for the database's password, empty when it has none:
    // without one, pk12util would ask on the terminal and wait.
    std::optional<QString> databaseSecret;
    {
        const auto written = secretFile(QStringLiteral("db"), databasePassword.value_or(QString()));
        if (!written)
            return Failure{written.error()};
        if (databasePassword)
            databaseSecret = *written;
        passwordFile = *written;
    }
    const QString database = QStringLiteral("sql:") + QFileInfo(directory).absoluteFilePath();
    const bool created = !QFileInfo(QDir(directory).filePath(QStringLiteral("cert9.db"))).isFile();
    const bool newDirectory = !QFileInfo::exists(directory);
    if (created) {
        if (!QDir().mkpath(directory))
            return Failure{tr("Could not make the directory %1.").arg(QDir::toNativeSeparators(directory))};
        const QStringList arguments = databaseSecret
            ? QStringList{QStringLiteral("-N"), QStringLiteral("-d"), database, QStringLiteral("-f"), *databaseSecret}
            : QStringList{QStringLiteral("-N"), QStringLiteral("-d"), database, QStringLiteral("--empty-password")};
        if (const QString problem = runTool(QStringLiteral("certutil"), arguments); !problem.isEmpty())
            return Failure{tr("Could not make a certificate database in %1: %2")
                               .arg(QDir::toNativeSeparators(directory), problem)};
    }
    const QStringList arguments{QStringLiteral("-i"), file,         QStringLiteral("-d"), database,
                                QStringLiteral("-w"), *fileSecret, QStringLiteral("-k"), passwordFile};
    if (const QString problem = runTool(QStringLiteral("pk12util"), arguments); !problem.isEmpty()) {
        // A database made for this import goes with it.
        if (newDirectory)
            QDir(directory).removeRecursively();
        else if (created)
            for (const char *name : {"cert9.db", "key4.db", "pkcs11.txt"})
                QFile::remove(QDir(directory).filePath(QString::fromLatin1(name)));
        return Failure{tr("Could not import %1 (%2). Check the file's password and the database's.")
                           .arg(QDir::toNativeSeparators(file), problem)};
    }
    return success();
}

bool Certificate::currentlyValid() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return validFrom <= now && now <= validUntil;
}

QList<Certificate> certificates()
{
    QList<Certificate> list;
    const QVector<Poppler::CertificateInfo> available = Poppler::getAvailableSigningCertificates();
    for (const Poppler::CertificateInfo &info : available)
        list.append({info.nickName(), info.subjectInfo(Poppler::CertificateInfo::CommonName),
                     info.issuerInfo(Poppler::CertificateInfo::CommonName), info.validityStart(), info.validityEnd(),
                     info.certificateData()});
    return list;
}

void setPasswordSource(const std::function<std::optional<QString>(const QString &what)> &ask)
{
    // NSS asks again as long as the answer is wrong: each database or token
    // is answered once, then the request is cancelled.
    auto asked = std::make_shared<QSet<QString>>();
    Poppler::setNSSPasswordCallback([ask, asked](const char *what) -> char * {
        const QString token = QString::fromUtf8(what);
        if (asked->contains(token))
            return nullptr;
        asked->insert(token);
        const std::optional<QString> password = ask(token);
        // NSS frees the answer with free().
        return password ? strdup(password->toUtf8().constData()) : nullptr;
    });
    // Poppler answers NSS through that callback only once it has signed
    // or verified something; what NSS asks meanwhile (the CMS of members'
    // packages) comes here. Each token is answered once a try: NSS asks
    // again ("retry") when the answer was wrong.
    static std::function<std::optional<QString>(const QString &)> source;
    source = ask;
    PK11_SetPasswordFunc([](PK11SlotInfo *slot, PRBool retry, void *) -> char * {
        if (retry || !source)
            return nullptr;
        const std::optional<QString> password = source(QString::fromUtf8(PK11_GetTokenName(slot)));
        // NSS frees the answer with PORT_Free.
        return password ? PL_strdup(password->toUtf8().constData()) : nullptr;
    });
}

} // namespace Nss
