#include "smtptestserver.h"

#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>

namespace {

// Debian's interpreter, where python3-aiosmtpd is installed (not one a
// developer's PATH may put first).
const QString python = QStringLiteral("/usr/bin/python3");

} // namespace

SmtpTestServer::SmtpTestServer()
    : SmtpTestServer(Options())
{
}

SmtpTestServer::SmtpTestServer(const Options &options)
{
    REQUIRE(m_dir.isValid());
    QStringList arguments{QStringLiteral(PYKALA_SOURCE_DIR "/tests/support/smtpserver.py"), QStringLiteral("--dir"),
                          m_dir.path()};
    for (const QString &address : options.refused)
        arguments << QStringLiteral("--refuse") << address;
    if (!options.user.isEmpty())
        arguments << QStringLiteral("--user") << options.user << QStringLiteral("--password") << options.password;
    if (!options.certificate.isEmpty())
        arguments << (options.startTls ? QStringLiteral("--starttls") : QStringLiteral("--tls")) << options.certificate
                  << options.key;
    if (options.silent)
        arguments << QStringLiteral("--silent");
    m_process.start(python, arguments);
    // "port N" once it listens.
    const QDeadlineTimer deadline(20000);
    QByteArray said;
    while (!said.contains('\n') && !deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
        m_process.waitForReadyRead(100);
        said += m_process.readAllStandardOutput();
    }
    INFO("smtpserver.py: " << said.toStdString() << m_process.readAllStandardError().toStdString());
    REQUIRE(said.startsWith("port "));
    m_port = said.mid(5).trimmed().toInt();
    REQUIRE(m_port > 0);
}

SmtpTestServer::~SmtpTestServer()
{
    stop();
}

void SmtpTestServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QList<QJsonObject> SmtpTestServer::messages() const
{
    QList<QJsonObject> messages;
    const QDir folder(m_dir.path());
    for (const QString &name : folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        messages << jsonObject(readFile(folder.filePath(name)));
    return messages;
}

QByteArray SmtpTestServer::rawMessage(int index) const
{
    return readFile(QDir(m_dir.path()).filePath(QStringLiteral("%1.eml").arg(index + 1, 3, 10, QLatin1Char('0'))));
}

void makeServerCertificate(const QString &directory)
{
    runTool(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
             QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"),
             QStringLiteral("server.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
             QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
             QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")},
            directory);
}
