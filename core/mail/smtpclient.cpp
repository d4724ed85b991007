#include "smtpclient.h"

#include <QHostAddress>
#include <QSysInfo>
#include <QUrl>

// libcurl is loaded when the first mail is sent, not when the program
// starts: with what it brings (Kerberos, LDAP, SSH, TLS…) it is some twenty
// shared libraries, which every command and the client's start would
// otherwise wait for. Its functions are called through the pointers of
// `Curl` below, named and typed as curl.h declares them; the program is not
// linked with libcurl, so a call that bypasses them fails to link. Without
// the type-checking macros, curl_easy_setopt is the function itself.
#define CURL_DISABLE_TYPECHECK
#include <curl/curl.h>

#include <dlfcn.h>

#include <cstring>

namespace {

// What one message's transfer heard: the server's first refusal and the
// command it refused, so that the failure can name what was refused (curl
// says QUIT after it, whose answer says nothing).
struct Transfer
{
    QByteArray data;
    qsizetype offset = 0;
    QByteArray command;        // the verb of the last command: MAIL, RCPT, DATA, AUTH…
    bool dataAccepted = false; // the server said 354 to DATA: the next answer is to the message
    QByteArray reply;          // the server's first answer of 4xx or 5xx
    QByteArray refused;        // the command it answered; END for the message itself
};

size_t readMessage(char *buffer, size_t size, size_t count, void *user)
{
    auto *transfer = static_cast<Transfer *>(user);
    const qsizetype length = std::min<qsizetype>(qsizetype(size * count), transfer->data.size() - transfer->offset);
    std::memcpy(buffer, transfer->data.constData() + transfer->offset, size_t(length));
    transfer->offset += length;
    return size_t(length);
}

// Hears the commands and answers of the conversation. Only a command's
// verb is kept: what follows AUTH is the password.
int hear(CURL *, curl_infotype type, char *data, size_t size, void *user)
{
    auto *transfer = static_cast<Transfer *>(user);
    if (!transfer) // the connection closed between messages, or at the end
        return 0;
    const QByteArray line = QByteArray(data, qsizetype(size)).trimmed();
    if (type == CURLINFO_HEADER_OUT) {
        static const QList<QByteArray> verbs{"EHLO", "HELO", "STARTTLS", "AUTH", "MAIL", "RCPT", "DATA", "QUIT", "RSET"};
        const QByteArray verb = line.left(line.indexOf(' ')).toUpper();
        // Anything else is a login's answer to the server, part of AUTH.
        if (verbs.contains(verb)) {
            transfer->command = verb;
            transfer->dataAccepted = false;
        }
    } else if (type == CURLINFO_HEADER_IN) {
        if (transfer->command == "DATA" && line.startsWith("354"))
            transfer->dataAccepted = true;
        if (transfer->reply.isEmpty() && (line.startsWith('4') || line.startsWith('5'))) {
            transfer->reply = line;
            transfer->refused = transfer->dataAccepted ? QByteArray("END") : transfer->command;
        }
    }
    return 0;
}

// The server's words, shown to people: one line, no control characters,
// not too long.
QString serverSaid(const QByteArray &reply)
{
    QString text = QString::fromUtf8(reply);
    for (QChar &c : text) {
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0))
            c = u' ';
    }
    text = text.simplified();
    return text.size() > 240 ? text.left(240) + u'…' : text;
}

// The name this computer greets the server with (EHLO); servers may
// refuse "localhost" from elsewhere, so the machine's own name when it is
// a plain host name.
QByteArray greetingName()
{
    const QString name = QSysInfo::machineHostName();
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != u'-' && c != u'.')
            return "localhost";
    }
    return name.isEmpty() ? QByteArray("localhost") : name.toLatin1();
}

#define PYKALA_CURL_FUNCTIONS(X)                                                                                     \
    X(curl_easy_cleanup)                                                                                             \
    X(curl_easy_init)                                                                                                \
    X(curl_easy_perform)                                                                                             \
    X(curl_easy_setopt)                                                                                              \
    X(curl_easy_strerror)                                                                                            \
    X(curl_global_init)                                                                                              \
    X(curl_slist_append)                                                                                             \
    X(curl_slist_free_all)

namespace Curl {
#define PYKALA_CURL_DEFINE(name) decltype(&::name) name = nullptr;
PYKALA_CURL_FUNCTIONS(PYKALA_CURL_DEFINE)
#undef PYKALA_CURL_DEFINE
} // namespace Curl

// Loads libcurl and starts it, once; the reason when it cannot.
QString loadCurl()
{
    static const QString failure = [] {
        // The soname of Debian's libcurl4 (OpenSSL), whose interface is version 4.
        void *library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
        if (!library) {
            return SmtpClient::tr("The mail could not be sent: the library libcurl.so.4 could not be loaded (%1). "
                                  "Install Debian's package libcurl4.")
                .arg(QString::fromLocal8Bit(dlerror()));
        }
        QString missing;
#define PYKALA_CURL_RESOLVE(symbol)                                                                                  \
    Curl::symbol = reinterpret_cast<decltype(&::symbol)>(dlsym(library, #symbol));                                   \
    if (!Curl::symbol && missing.isEmpty())                                                                          \
        missing = QStringLiteral(#symbol);
        PYKALA_CURL_FUNCTIONS(PYKALA_CURL_RESOLVE)
#undef PYKALA_CURL_RESOLVE
        if (!missing.isEmpty()) {
            return SmtpClient::tr("The mail could not be sent: the library libcurl.so.4 has no function %1. "
                                  "Reinstall Debian's package libcurl4.")
                .arg(missing);
        }
        // Before any other thread uses it, as curl asks.
        Curl::curl_global_init(CURL_GLOBAL_DEFAULT);
        return QString();
    }();
    return failure;
}

} // namespace

int SmtpSettings::defaultPort(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::Tls: return 465;
    case SmtpSecurity::StartTls: return 587;
    case SmtpSecurity::None: return 25;
    }
    return 587;
}

QString SmtpSettings::code(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::Tls: return QStringLiteral("tls");
    case SmtpSecurity::StartTls: return QStringLiteral("starttls");
    case SmtpSecurity::None: return QStringLiteral("none");
    }
    return {};
}

std::optional<SmtpSecurity> SmtpSettings::parseSecurity(const QString &code)
{
    for (const SmtpSecurity security : {SmtpSecurity::Tls, SmtpSecurity::StartTls, SmtpSecurity::None}) {
        if (code.trimmed().compare(SmtpSettings::code(security), Qt::CaseInsensitive) == 0)
            return security;
    }
    return std::nullopt;
}

bool SmtpSettings::isLocal(const QString &host)
{
    const QString name = host.trimmed().toLower();
    if (name == u"localhost" || name == u"localhost.")
        return true;
    const QHostAddress address(name.startsWith(u'[') && name.endsWith(u']') ? name.mid(1, name.size() - 2) : name);
    return !address.isNull() && address.isLoopback();
}

Status SmtpSettings::check() const
{
    const QString server = host.trimmed();
    if (server.isEmpty())
        return Failure{SmtpClient::tr("Give the mail server (SMTP) that sends the messages, such as smtp.kunta.fi.")};
    QUrl url;
    url.setHost(server, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || server.contains(u'/') || server.contains(u'@'))
        return Failure{SmtpClient::tr("“%1” is not the name of a mail server such as smtp.kunta.fi.").arg(server)};
    if (port < 1 || port > 65535)
        return Failure{SmtpClient::tr("The mail server's port must be from 1 to 65535, not %1.").arg(port)};
    if (timeoutSeconds < 1 || timeoutSeconds > 3600)
        return Failure{SmtpClient::tr("The time to wait for the mail server must be from 1 to 3600 seconds, not %1.")
                           .arg(timeoutSeconds)};
    if (sender.address.trimmed().isEmpty())
        return Failure{SmtpClient::tr("Give the sender's e-mail address: the messages are sent from it.")};
    if (const auto address = MailAddress::normalized(sender.address); !address)
        return Failure{SmtpClient::tr("The sender's address cannot be used: %1").arg(address.error())};
    if (security == SmtpSecurity::None && !allowUnencrypted && !isLocal(server))
        return Failure{SmtpClient::tr("Sending to %1 without encryption would show the messages, and any password, "
                                      "to everyone on the way. Choose TLS or STARTTLS, or allow an unencrypted "
                                      "connection explicitly if the network to the server is trusted.")
                           .arg(server)};
    return success();
}

// ---------------------------------------------------------------------------

struct SmtpClient::Connection
{
    CURL *curl = nullptr;

    ~Connection()
    {
        if (curl)
            Curl::curl_easy_cleanup(curl);
    }
};

SmtpClient::SmtpClient(SmtpSettings settings)
    : m_settings(std::move(settings))
    , m_connection(std::make_unique<Connection>())
{
}

SmtpClient::~SmtpClient() = default;

SmtpClient::Delivery SmtpClient::send(const MailMessage &message)
{
    using State = Delivery::State;
    if (const Status settings = m_settings.check(); !settings)
        return {State::NotSent, settings.error()};
    const auto recipient = MailAddress::normalized(message.to.address);
    if (!recipient)
        return {State::Refused, recipient.error()};
    MailMessage addressed = message;
    addressed.from = m_settings.sender;
    const auto mime = addressed.toMime();
    if (!mime)
        return {State::NotSent, mime.error()};
    const QByteArray sender = MailAddress::normalized(m_settings.sender.address)->toLatin1();

    if (const QString failure = loadCurl(); !failure.isEmpty())
        return {State::NotSent, failure};
    if (!m_connection->curl)
        m_connection->curl = Curl::curl_easy_init();
    CURL *curl = m_connection->curl;
    if (!curl)
        return {State::NotSent, tr("The mail could not be sent: libcurl could not be started.")};

    const QString server = m_settings.host.trimmed();
    QUrl url;
    url.setScheme(m_settings.security == SmtpSecurity::Tls ? QStringLiteral("smtps") : QStringLiteral("smtp"));
    url.setHost(server);
    url.setPort(m_settings.port);
    url.setPath(u'/' + QString::fromLatin1(greetingName()));
    const QByteArray urlBytes = url.toEncoded();
    const QByteArray from = '<' + sender + '>';
    const QByteArray to = '<' + recipient->toLatin1() + '>';
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    const QByteArray certificates = m_settings.trustedCertificates.toLocal8Bit();
    const long timeout = m_settings.timeoutSeconds;

    Transfer transfer;
    transfer.data = *mime;
    char errorText[CURL_ERROR_SIZE] = {};
    curl_slist *recipients = Curl::curl_slist_append(nullptr, to.constData());

    Curl::curl_easy_setopt(curl, CURLOPT_URL, urlBytes.constData());
    Curl::curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    Curl::curl_easy_setopt(curl, CURLOPT_USE_SSL,
                           long(m_settings.security == SmtpSecurity::None ? CURLUSESSL_NONE : CURLUSESSL_ALL));
    Curl::curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    Curl::curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    // Unset, curl trusts the system's authorities (ca-certificates).
    if (!certificates.isEmpty())
        Curl::curl_easy_setopt(curl, CURLOPT_CAINFO, certificates.constData());
    Curl::curl_easy_setopt(curl, CURLOPT_USERNAME, user.isEmpty() ? nullptr : user.constData());
    Curl::curl_easy_setopt(curl, CURLOPT_PASSWORD, user.isEmpty() ? nullptr : password.constData());
    Curl::curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    Curl::curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    Curl::curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    Curl::curl_easy_setopt(curl, CURLOPT_READFUNCTION, readMessage);
    Curl::curl_easy_setopt(curl, CURLOPT_READDATA, &transfer);
    Curl::curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(transfer.data.size()));
    Curl::curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, timeout);
    Curl::curl_easy_setopt(curl, CURLOPT_SERVER_RESPONSE_TIMEOUT, timeout);
    // A transfer that stalls for as long is given up; a slow one is not.
    Curl::curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    Curl::curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, timeout);
    Curl::curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    Curl::curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L);
    Curl::curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, hear);
    Curl::curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &transfer);
    Curl::curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorText);

    const CURLcode code = Curl::curl_easy_perform(curl);
    // Nothing of this message stays with the handle, which keeps the
    // connection for the next.
    Curl::curl_easy_setopt(curl, CURLOPT_VERBOSE, 0L);
    Curl::curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, nullptr);
    Curl::curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
    Curl::curl_easy_setopt(curl, CURLOPT_DEBUGDATA, nullptr);
    Curl::curl_easy_setopt(curl, CURLOPT_READDATA, nullptr);
    Curl::curl_slist_free_all(recipients);
    if (code == CURLE_OK)
        return {State::Sent, QString()};

    const QString curlSaid = QString::fromUtf8(errorText[0] ? errorText : Curl::curl_easy_strerror(code)).trimmed();
    const QString said = serverSaid(transfer.reply);
    const QString address = *recipient;
    const int port = m_settings.port;
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
        return {State::NotSent, tr("The mail server %1 was not found: the name does not resolve. Check the server's "
                                   "name and the network connection.").arg(server)};
    case CURLE_COULDNT_CONNECT:
        return {State::NotSent, tr("The mail server %1 could not be reached on port %2 (%3). Check the server and "
                                   "the port, and the network connection.").arg(server).arg(port).arg(curlSaid)};
    case CURLE_OPERATION_TIMEDOUT:
        return {State::NotSent, tr("The mail server %1 did not answer on port %2 within %3 seconds. Check the "
                                   "server and the port; a server that takes TLS from the start (usually port "
                                   "465) needs the security TLS.").arg(server).arg(port).arg(timeout)};
    case CURLE_USE_SSL_FAILED:
        return {State::NotSent, tr("The mail server %1 does not offer STARTTLS on port %2, so nothing was sent "
                                   "unencrypted. Choose TLS if the server takes it from the start (usually port "
                                   "465), or ask the server's administrator.").arg(server).arg(port)};
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
        return {State::NotSent, tr("The certificate of the mail server %1 could not be verified (%2), so nothing was "
                                   "sent: the server may not be the one named. Check the server's name, or ask its "
                                   "administrator.").arg(server, curlSaid)};
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_SHUTDOWN_FAILED:
        return {State::NotSent, tr("No encrypted (TLS) connection could be made with the mail server %1 on port %2 "
                                   "(%3). Check the security: port 465 usually takes TLS, port 587 STARTTLS.")
                                    .arg(server).arg(port).arg(curlSaid)};
    case CURLE_LOGIN_DENIED:
        return {State::NotSent,
                said.isEmpty() ? tr("The mail server %1 did not accept a login as %2 (%3): check the user name and "
                                    "the password.").arg(server, m_settings.user, curlSaid)
                               : tr("The mail server %1 refused the login as %2 (“%3”): check the user name and "
                                    "the password.").arg(server, m_settings.user, said),
                true};
    default:
        break;
    }
    const int replyCode = transfer.reply.left(3).toInt();
    if (transfer.refused == "RCPT")
        return {State::Refused, tr("The mail server refused the address %1: “%2”.").arg(address, said)};
    if (transfer.refused == "END")
        return {State::Refused, tr("The mail server refused the message to %1: “%2”.").arg(address, said)};
    if (transfer.refused == "MAIL" && replyCode == 530)
        return {State::NotSent, m_settings.user.isEmpty()
                    ? tr("The mail server %1 wants a login before it sends (“%2”): give the user name.").arg(server, said)
                    : tr("The mail server %1 wants a login but offered none on this connection (“%2”): choose "
                         "STARTTLS or TLS.").arg(server, said)};
    if (transfer.refused == "MAIL")
        return {State::NotSent, tr("The mail server %1 refused the sender's address %2 (“%3”). Check the sender's "
                                   "address: many servers send only from the address of the user logged in.")
                                    .arg(server, QString::fromLatin1(sender), said)};
    if (!said.isEmpty() && transfer.reply.startsWith('5'))
        return {State::NotSent, tr("The mail server %1 refused to send (“%2”).").arg(server, said)};
    return {State::NotSent, tr("Sending through the mail server %1 failed: %2. Try again; if it fails again, check the "
                               "server, the port and the security.").arg(server, curlSaid)};
}

QList<SmtpClient::Delivery> SmtpClient::sendAll(const QList<MailMessage> &messages,
                                                const std::function<bool(int)> &proceed)
{
    QList<Delivery> deliveries;
    std::optional<Delivery> stopped;
    for (int i = 0; i < messages.size(); ++i) {
        if (!stopped && proceed && !proceed(i))
            stopped = Delivery{Delivery::State::NotSent, tr("The sending was stopped before this message.")};
        if (stopped) {
            deliveries << *stopped;
            continue;
        }
        deliveries << send(messages.at(i));
        if (deliveries.last().state == Delivery::State::NotSent)
            stopped = deliveries.last();
    }
    return deliveries;
}
