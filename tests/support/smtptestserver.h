#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A real SMTP server for a test, written by nobody here: Debian's aiosmtpd
// (python3-aiosmtpd), run by tests/support/smtpserver.py on a free port of
// 127.0.0.1 from when this is made until it goes. Each message it accepts
// is read back with Python's own e-mail parser.
class SmtpTestServer
{
public:
    struct Options
    {
        QStringList refused;          // addresses whose RCPT TO gets 550
        QString user;                 // a login is required, without TLS too
        QString password;
        QString certificate;          // TLS with this certificate and key…
        QString key;
        bool startTls = false;        // …after STARTTLS (required), else from the first byte
        bool silent = false;          // accepts connections, never answers
    };

    SmtpTestServer();
    explicit SmtpTestServer(const Options &options);
    ~SmtpTestServer();
    Q_DISABLE_COPY_MOVE(SmtpTestServer)

    int port() const { return m_port; }
    // The messages received, in order: each one's envelope (mail_from,
    // rcpt_tos, login) and what Python's parser read of it (headers decoded,
    // to, text, attachments with their SHA-256, defects); see smtpserver.py.
    QList<QJsonObject> messages() const;
    // A message's bytes as they came.
    QByteArray rawMessage(int index) const;
    // Stops the server: nothing listens on its port any more.
    void stop();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};

// A self-signed certificate for 127.0.0.1 and localhost, made with openssl:
// `directory`/server.pem and server.key.
void makeServerCertificate(const QString &directory);
