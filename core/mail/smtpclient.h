#pragma once

#include "mailmessage.h"

#include "model/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

// How the connection to the mail server is protected.
enum class SmtpSecurity {
    Tls,      // SMTPS: TLS from the first byte (usually port 465)
    StartTls, // STARTTLS, which must succeed before anything else is said (usually port 587)
    None,     // unencrypted: a server on this computer, or one explicitly allowed
};

// Where and as whom messages are sent. Pykälä never stores the password:
// the client asks for it and keeps it for its session, pykala-cli reads it
// from a file or the environment.
struct SmtpSettings
{
    QString host;
    int port = 587;
    SmtpSecurity security = SmtpSecurity::StartTls;
    // Unencrypted to a server other than this computer: only when chosen
    // explicitly, on a network the user trusts.
    bool allowUnencrypted = false;
    QString user;                  // empty: no login
    QString password;
    MailAddress sender;            // From, and the envelope's sender
    int timeoutSeconds = 60;       // for connecting and for each answer of the server
    // A PEM file of the certificate authorities to trust instead of the
    // system's (ca-certificates); empty for the system's.
    QString trustedCertificates;

    static int defaultPort(SmtpSecurity security);
    // "tls", "starttls" or "none", in the settings and on the command line.
    static QString code(SmtpSecurity security);
    static std::optional<SmtpSecurity> parseSecurity(const QString &code);
    // localhost, 127.0.0.0/8 or ::1: unencrypted traffic stays on this computer.
    static bool isLocal(const QString &host);
    // Whether messages can be sent with these settings: a server, a port,
    // a sender's address, and encryption unless the server is on this
    // computer or unencrypted is allowed. Else one message saying what to
    // set.
    Status check() const;
};

// Sends messages through an SMTP server with libcurl, one message per
// recipient over one connection kept open between them (curl opens a new
// one after a failure). Every failure is one message for people that says
// what went wrong and what to do; the server's own words are quoted.
// Not thread-safe: use a client on one thread at a time.
class SmtpClient
{
    Q_DECLARE_TR_FUNCTIONS(SmtpClient)

public:
    struct Delivery
    {
        enum class State {
            Sent,
            Refused, // the server refused this recipient or this message: the next may still go
            NotSent, // not tried, or failed as the next would too (not reached, TLS, login, sender)
        };
        State state = State::NotSent;
        QString problem;               // why it was not sent; empty when it was
        bool loginRefused = false;     // the server refused the user name or the password

        bool sent() const { return state == State::Sent; }
    };

    explicit SmtpClient(SmtpSettings settings);
    ~SmtpClient();
    Q_DISABLE_COPY_MOVE(SmtpClient)

    // Sends one message to its To address, from the settings' sender.
    Delivery send(const MailMessage &message);

    // Sends the messages in turn. `proceed(i)`, when given, is asked before
    // message i and stops the sending by returning false; the rest are then
    // NotSent. After a failure that is not one recipient's or one message's
    // own, the rest are not tried: NotSent, with that failure's message.
    QList<Delivery> sendAll(const QList<MailMessage> &messages, const std::function<bool(int)> &proceed = {});

private:
    struct Connection;
    SmtpSettings m_settings;
    std::unique_ptr<Connection> m_connection;
};
