// The invitation by e-mail through SMTP (core/mail): the MIME pieces
// against the RFCs, and whole messages sent with libcurl to a real SMTP
// server (Debian's aiosmtpd, tests/support/smtpserver.py) and read back
// with Python's own e-mail parser; then each way sending fails — no
// server, a refused recipient, a refused or missing login, TLS that cannot
// be made or verified, a server that never answers — with the message
// that says which.

#include <catch2/catch.hpp>

#include "smtptestserver.h"
#include "testsupport.h"

#include "mail/invitation.h"
#include "mail/mailmessage.h"
#include "mail/smtpclient.h"
#include "store/store.h"

#include <poppler-qt6.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTimeZone>

namespace {

QString pdfText(const QByteArray &pdf)
{
    const auto document = Poppler::Document::loadFromData(pdf);
    REQUIRE(document);
    QString text;
    for (int i = 0; i < document->numPages(); ++i)
        text += document->page(i)->text(QRectF());
    return text;
}

// Each header line of a folded value, for their lengths.
QList<QByteArray> headerLines(const QByteArray &name, const QByteArray &value)
{
    return (name + ": " + value).split('\n');
}

SmtpSettings localServer(int port)
{
    SmtpSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = port;
    settings.security = SmtpSecurity::None;
    settings.sender = {QStringLiteral("Testilän kunta, kunnanhallitus"), QStringLiteral("kirjaamo@testila.fi")};
    settings.timeoutSeconds = 20;
    return settings;
}

MailMessage message(const QString &to, const QString &name = QString())
{
    MailMessage message;
    message.to = {name, to};
    message.subject = QStringLiteral("Kokouskutsu");
    message.text = QStringLiteral("Tervetuloa.\n");
    return message;
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QString header(const QJsonObject &message, const char *name)
{
    return message.value(QStringLiteral("headers")).toObject().value(QLatin1String(name)).toString();
}

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace

TEST_CASE("Addresses are checked and normalised before anything is sent", "[mail]")
{
    CHECK(required(MailAddress::normalized(QStringLiteral("  aino.makela@testila.fi "))) == u"aino.makela@testila.fi");
    // A domain in other scripts goes in its ASCII form.
    CHECK(required(MailAddress::normalized(QStringLiteral("aino@kunta.ääkkönen.fi")))
          == u"aino@kunta.xn--kknen-fraa0m.fi");
    for (const char *bad : {"aino at testila", "aino@", "@testila.fi", "aino @testila.fi", "<aino@testila.fi>",
                            "aino..makela@testila.fi", ".aino@testila.fi", "aino@testila..fi", "aino@testi_la.fi",
                            "a,b@testila.fi", "aino@testila.fi\r\nBcc: kaikki@testila.fi"}) {
        INFO(bad);
        CHECK_THAT(refusal(MailAddress::normalized(QString::fromUtf8(bad))), Catch::Contains("is not an e-mail address"));
    }
    CHECK_THAT(refusal(MailAddress::normalized(QStringLiteral("äiti@testila.fi"))), Catch::Contains("outside ASCII"));
    CHECK_THAT(refusal(MailAddress::normalized(QString())), Catch::Contains("No e-mail address"));

    const MailAddress named = required(MailAddress::parse(QStringLiteral("Kunnanhallitus <kirjaamo@testila.fi>")));
    CHECK(named.name == u"Kunnanhallitus");
    CHECK(named.address == u"kirjaamo@testila.fi");
    const MailAddress quoted = required(MailAddress::parse(QStringLiteral("\"Laine, Liisa\" <liisa@testila.fi>")));
    CHECK(quoted.name == u"Laine, Liisa");
    CHECK(quoted.toString() == u"Laine, Liisa <liisa@testila.fi>");
    CHECK(required(MailAddress::parse(QStringLiteral("liisa@testila.fi"))).name.isEmpty());
    CHECK_THAT(refusal(MailAddress::parse(QStringLiteral("Liisa <liisa>"))), Catch::Contains("is not an e-mail address"));
}

TEST_CASE("The MIME pieces follow RFC 2045, 2047, 2231 and 5322", "[mail]")
{
    SECTION("a subject in ASCII stays readable, folded when long")
    {
        CHECK(Mime::headerText(QStringLiteral("Kokouskutsu KH 12/2026"), 7) == "Kokouskutsu KH 12/2026");
        const QString longSubject = QStringLiteral("Invitation to the meeting of the municipal board %1").arg(
            QStringLiteral("and its sections ").repeated(6));
        const QByteArray folded = Mime::headerText(longSubject, 7);
        CHECK(folded.contains("\r\n "));
        for (const QByteArray &line : headerLines("Subject", folded))
            CHECK(line.trimmed().size() <= 78);
        CHECK(QString::fromLatin1(folded).remove(QStringLiteral("\r\n")) == longSubject.simplified());
        // A word too long for any line is encoded, and so can be split.
        const QByteArray word = Mime::headerText(QStringLiteral("x").repeated(100), 7);
        CHECK(word.startsWith("=?UTF-8?B?"));
        for (const QByteArray &line : headerLines("Subject", word))
            CHECK(line.trimmed().size() <= 76);
    }
    SECTION("a subject in other letters becomes UTF-8 encoded words, a character never split")
    {
        const QString subject = QStringLiteral("Kokouskutsu: Kunnanhallitus – Härkälän ja Öljymäen yhteinen kokous, "
                                               "käsiteltävänä äänestys 🗳 ja pöytäkirjan tarkastus");
        const QByteArray encoded = Mime::headerText(subject, 7);
        QString decoded;
        for (const QByteArray &line : headerLines("Subject", encoded)) {
            CHECK(line.trimmed().size() <= 76);
            const QByteArray trimmed = line.trimmed();
            const QByteArray word = trimmed.mid(trimmed.indexOf("=?"));
            REQUIRE(word.startsWith("=?UTF-8?B?"));
            REQUIRE(word.endsWith("?="));
            const QByteArray bytes = QByteArray::fromBase64(word.mid(10, word.size() - 12));
            // Each word is whole UTF-8 on its own.
            CHECK(QString::fromUtf8(bytes).toUtf8() == bytes);
            decoded += QString::fromUtf8(bytes);
        }
        CHECK(decoded == subject);
        // A line break typed into a subject cannot start a header.
        CHECK_FALSE(Mime::headerText(QStringLiteral("Kutsu\r\nBcc: x@y.fi"), 7).contains("\r\nBcc"));
    }
    SECTION("names are quoted or encoded, and the address follows in angle brackets")
    {
        CHECK(Mime::mailbox({QStringLiteral("Liisa Laine"), QStringLiteral("l@t.fi")}, 2) == "Liisa Laine <l@t.fi>");
        CHECK(Mime::mailbox({QStringLiteral("Laine, Liisa \"LL\""), QStringLiteral("l@t.fi")}, 2)
              == "\"Laine, Liisa \\\"LL\\\"\" <l@t.fi>");
        CHECK(Mime::mailbox({QString(), QStringLiteral("l@t.fi")}, 2) == "l@t.fi");
        CHECK(Mime::mailbox({QStringLiteral("Pöyhönen"), QStringLiteral("p@t.fi")}, 2) == "=?UTF-8?B?UMO2eWjDtm5lbg==?= <p@t.fi>");
    }
    SECTION("a file name in other letters goes as an RFC 2231 parameter, continued when long")
    {
        CHECK(Mime::parameter("filename", QStringLiteral("KH-12-2026-esityslista.pdf"))
              == "filename=\"KH-12-2026-esityslista.pdf\"");
        CHECK(Mime::parameter("filename", QStringLiteral("KS-4-2026-föredragningslista.pdf"))
              == "filename*=UTF-8''KS-4-2026-f%C3%B6redragningslista.pdf");
        const QByteArray continued =
            Mime::parameter("filename", QStringLiteral("Kommunstyrelsen-4-2026-föredragningslista-för-sammanträdet.pdf"));
        CHECK(continued.startsWith("filename*0*=UTF-8''Kommunstyrelsen"));
        CHECK(continued.contains(";\r\n filename*1*="));
        for (const QByteArray &line : continued.split('\n'))
            CHECK(line.size() <= 78);
    }
    SECTION("the text in quoted-printable: CRLF line ends, lines of at most 76, nothing ambiguous")
    {
        const QByteArray encoded = Mime::quotedPrintable(
            QStringLiteral("Äänestys = päätös \n.\nFrom here\n%1\n").arg(QStringLiteral("pitkä rivi ").repeated(12)));
        CHECK(encoded.startsWith("=C3=84=C3=A4nestys =3D p=C3=A4=C3=A4t=C3=B6s=20\r\n=2E\r\n=46rom here\r\n"));
        CHECK(encoded.endsWith("\r\n"));
        CHECK_FALSE(QByteArray(encoded).replace("\r\n", "").contains('\n'));
        for (const QByteArray &line : Mime::quotedPrintable(QStringLiteral("ä").repeated(200)).split('\n'))
            CHECK(line.trimmed().size() <= 76);
    }
    SECTION("the date in English with the zone's offset")
    {
        const QDateTime summer(QDate(2026, 5, 11), QTime(16, 0, 5), QTimeZone(3 * 3600));
        CHECK(Mime::date(summer) == "Mon, 11 May 2026 16:00:05 +0300");
        const QDateTime west(QDate(2026, 12, 6), QTime(9, 30), QTimeZone(-5 * 3600 - 1800));
        CHECK(Mime::date(west) == "Sun, 6 Dec 2026 09:30:00 -0530");
    }
    SECTION("base64 in lines of 76")
    {
        const QByteArray encoded = Mime::base64Lines(QByteArray(1000, 'x'));
        for (const QByteArray &line : encoded.split('\n').mid(0, 5))
            CHECK(line.size() == 77); // and the CR
        CHECK(QByteArray::fromBase64(QByteArray(encoded).replace("\r\n", "")) == QByteArray(1000, 'x'));
    }
}

TEST_CASE("The settings say what is missing, and refuse sending unencrypted to another computer", "[mail]")
{
    SmtpSettings settings = localServer(2525);
    CHECK(settings.check().ok());
    settings.host = QStringLiteral("smtp.testila.fi");
    CHECK_THAT(refusal(settings.check()), Catch::Contains("without encryption") && Catch::Contains("smtp.testila.fi"));
    settings.allowUnencrypted = true;
    CHECK(settings.check().ok());
    settings.allowUnencrypted = false;
    settings.security = SmtpSecurity::StartTls;
    CHECK(settings.check().ok());
    for (const char *local : {"localhost", "127.0.0.1", "127.3.2.1", "::1", "[::1]", "LOCALHOST"})
        CHECK(SmtpSettings::isLocal(QString::fromLatin1(local)));
    for (const char *remote : {"smtp.testila.fi", "10.0.0.1", "localhost.testila.fi", "::2"})
        CHECK_FALSE(SmtpSettings::isLocal(QString::fromLatin1(remote)));

    SmtpSettings missing = localServer(2525);
    missing.host.clear();
    CHECK_THAT(refusal(missing.check()), Catch::Contains("Give the mail server"));
    missing = localServer(2525);
    missing.host = QStringLiteral("smtp testila.fi");
    CHECK_THAT(refusal(missing.check()), Catch::Contains("is not the name of a mail server"));
    missing = localServer(0);
    CHECK_THAT(refusal(missing.check()), Catch::Contains("from 1 to 65535"));
    missing = localServer(2525);
    missing.sender.address.clear();
    CHECK_THAT(refusal(missing.check()), Catch::Contains("Give the sender's e-mail address"));
    missing.sender.address = QStringLiteral("kirjaamo");
    CHECK_THAT(refusal(missing.check()), Catch::Contains("sender's address cannot be used"));

    CHECK(SmtpSettings::defaultPort(SmtpSecurity::Tls) == 465);
    CHECK(SmtpSettings::defaultPort(SmtpSecurity::StartTls) == 587);
    CHECK(SmtpSettings::parseSecurity(QStringLiteral("STARTTLS")) == SmtpSecurity::StartTls);
    CHECK_FALSE(SmtpSettings::parseSecurity(QStringLiteral("ssl")).has_value());
}

TEST_CASE("A message as Python's e-mail parser reads it: headers decoded, text, attachment byte for byte",
          "[mail][smtp]")
{
    SmtpTestServer server;
    SmtpClient client(localServer(server.port()));
    MailMessage first = message(QStringLiteral("pekka@testila.fi"), QStringLiteral("Pöyhönen, Pekka"));
    first.subject = QStringLiteral("Kokouskutsu: Kunnanhallitus KH 12/2026 – Härkälän kokous, jossa käsitellään "
                                   "talousarvion toteutuma ja äänestetään");
    first.text = QStringLiteral("Hyvä vastaanottaja,\n\nkokous pidetään Kunnantalolla.\n.\nFrom: ei otsake\n%1\n")
                     .arg(QStringLiteral("Pitkä rivi = ").repeated(20));
    QByteArray pdf = "%PDF-1.4\n";
    for (int i = 0; i < 5000; ++i)
        pdf += char(i * 7 % 256);
    first.attachments = {{QStringLiteral("KS-4-2026-föredragningslista för sammanträdet den 11 maj.pdf"),
                          "application/pdf", pdf}};
    REQUIRE(client.send(first).sent());
    REQUIRE(client.send(message(QStringLiteral("liisa@testila.fi"))).sent());

    const QList<QJsonObject> received = server.messages();
    REQUIRE(received.size() == 2);
    const QJsonObject got = received.first();
    INFO(compactJson(got));
    CHECK(got.value(QStringLiteral("defects")).toArray().isEmpty());
    CHECK(got.value(QStringLiteral("longest_line")).toInt() <= 78);
    CHECK(got.value(QStringLiteral("bare_newlines")).toInt() == 0);
    CHECK(got.value(QStringLiteral("date_valid")).toBool());
    CHECK(text(got, "mail_from") == u"kirjaamo@testila.fi");
    CHECK(got.value(QStringLiteral("rcpt_tos")).toArray() == QJsonArray{QStringLiteral("pekka@testila.fi")});
    CHECK(header(got, "Subject") == first.subject);
    CHECK(header(got, "From") == u"\"Testilän kunta, kunnanhallitus\" <kirjaamo@testila.fi>");
    CHECK(got.value(QStringLiteral("to")).toArray()
          == QJsonArray{QJsonArray{QStringLiteral("Pöyhönen, Pekka"), QStringLiteral("pekka@testila.fi")}});
    CHECK(header(got, "MIME-Version") == u"1.0");
    CHECK(header(got, "Message-ID").endsWith(u"@testila.fi>"));
    CHECK(header(got, "Message-ID") != header(received.at(1), "Message-ID"));
    CHECK(text(got, "text_charset") == u"utf-8");
    CHECK(text(got, "text").remove(u'\r') == first.text);
    const QJsonArray attachments = got.value(QStringLiteral("attachments")).toArray();
    REQUIRE(attachments.size() == 1);
    const QJsonObject attachment = attachments.first().toObject();
    CHECK(text(attachment, "filename") == first.attachments.first().fileName);
    CHECK(text(attachment, "content_type") == u"application/pdf");
    CHECK(text(attachment, "sha256") == sha256(pdf));
    // The second, without an attachment, is plain text.
    CHECK(received.at(1).value(QStringLiteral("attachments")).toArray().isEmpty());
    CHECK(text(received.at(1), "text").remove(u'\r') == u"Tervetuloa.\n");
}

TEST_CASE("The invitation goes to each address in a message of its own, with the public agenda and those without "
          "an address named",
          "[mail][smtp][invitation]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const Sample sample = addSample(*store); // only the deputy, Pöyhönen, has an address
    required(store->addInvitee({0, sample.meeting, 0, 0, QStringLiteral("Ville Vesi"), QStringLiteral("asiantuntija"),
                                QStringLiteral("ville.vesi@example.fi")}));
    // Two on the list share one address: one message to it.
    required(store->addInvitee({0, sample.meeting, 0, 0, QStringLiteral("Veera Vesi"), QStringLiteral("asiantuntija"),
                                QStringLiteral("Ville.Vesi@example.fi")}));
    required(store->addInvitee({0, sample.meeting, 0, 0, QStringLiteral("Kalle Kirjoitusvirhe"),
                                QStringLiteral("tarkastaja"), QStringLiteral("kalle at example.fi")}));
    const Meeting meeting = required(store->meeting(sample.meeting)).value();

    const Invitation::Draft draft = required(Invitation::draft(*store, meeting));
    REQUIRE(draft.recipients.size() == 2);
    CHECK(draft.recipients.at(0).address == u"pekka@testila.fi");
    CHECK(draft.recipients.at(1).address == u"ville.vesi@example.fi");
    CHECK(draft.recipients.at(1).names() == u"Ville Vesi, Veera Vesi");
    REQUIRE(draft.withoutAddress.size() == 2);
    CHECK(draft.withoutAddress.at(0).name == u"Aino Mäkelä");
    CHECK(draft.withoutAddress.at(1).name == u"Östen Åberg");
    REQUIRE(draft.unusableAddress.size() == 1);
    CHECK(draft.unusableAddress.first().first.name == u"Kalle Kirjoitusvirhe");
    CHECK_THAT(draft.unusableAddress.first().second.toStdString(), Catch::Contains("kalle at example.fi"));
    CHECK(draft.leavesOut());
    CHECK(draft.subject.startsWith(u"Invitation: Kunnanhallitus KH 12/2026 on "));
    CHECK(draft.text.contains(u"Place: Kunnantalo"));
    CHECK(draft.text.contains(u"2. Vahingonkorvausvaatimus"));

    const MailAttachment agenda = required(Invitation::publicAgenda(*store, meeting));
    CHECK(agenda.fileName == u"KH-12-2026-esityslista.pdf");
    CHECK(agenda.data.startsWith("%PDF-"));
    // The public agenda: the confidential item by its title only.
    const QString agendaText = pdfText(agenda.data);
    CHECK(agendaText.contains(u"Vahingonkorvausvaatimus"));
    CHECK(agendaText.contains(u"digitalisaatiofoorumin"));
    CHECK_FALSE(agendaText.contains(u"vaatii korvausta"));
    CHECK_FALSE(agendaText.contains(u"Meikäläinen"));

    SmtpTestServer server;
    SmtpSettings settings = localServer(server.port());
    const QList<MailMessage> messages = Invitation::messages(draft, settings.sender, agenda);
    REQUIRE(messages.size() == 2);
    SmtpClient client(settings);
    QList<int> asked;
    const QList<SmtpClient::Delivery> deliveries = client.sendAll(messages, [&](int index) {
        asked << index;
        return true;
    });
    CHECK(asked == QList<int>{0, 1});
    REQUIRE(deliveries.size() == 2);
    CHECK(deliveries.at(0).sent());
    CHECK(deliveries.at(1).sent());

    const QList<QJsonObject> received = server.messages();
    REQUIRE(received.size() == 2);
    const QStringList addresses{QStringLiteral("pekka@testila.fi"), QStringLiteral("ville.vesi@example.fi")};
    for (int i = 0; i < 2; ++i) {
        const QJsonObject got = received.at(i);
        INFO(compactJson(got));
        // Nobody sees another's address: one recipient each, no Cc or Bcc.
        CHECK(got.value(QStringLiteral("rcpt_tos")).toArray() == QJsonArray{addresses.at(i)});
        CHECK(got.value(QStringLiteral("to")).toArray().size() == 1);
        CHECK(got.value(QStringLiteral("to")).toArray().first().toArray().at(1).toString() == addresses.at(i));
        CHECK_FALSE(got.value(QStringLiteral("headers")).toObject().contains(QStringLiteral("Cc")));
        CHECK_FALSE(got.value(QStringLiteral("headers")).toObject().contains(QStringLiteral("Bcc")));
        CHECK(got.value(QStringLiteral("defects")).toArray().isEmpty());
        CHECK(header(got, "Subject") == draft.subject);
        const QString body = text(got, "text").remove(u'\r');
        CHECK(body == draft.text + u'\n');
        CHECK_FALSE(body.contains(u"Meikäläinen"));
        CHECK_FALSE(body.contains(u"vaatii korvausta"));
        const QJsonArray attachments = got.value(QStringLiteral("attachments")).toArray();
        REQUIRE(attachments.size() == 1);
        const QJsonObject attached = attachments.first().toObject();
        CHECK(text(attached, "filename") == u"KH-12-2026-esityslista.pdf");
        CHECK(text(attached, "starts") == u"%PDF-");
        CHECK(text(attached, "sha256") == sha256(agenda.data));
        // Nothing confidential anywhere in what went over the wire.
        const QByteArray raw = server.rawMessage(i);
        CHECK_FALSE(raw.contains("Meik"));
        CHECK_FALSE(raw.contains("korvausta"));
    }
    CHECK(received.at(1).value(QStringLiteral("to")).toArray().first().toArray().at(0).toString()
          == u"Ville Vesi, Veera Vesi");
    // The agenda attached is the one made now: the same document gives the same bytes.
    CHECK(required(Invitation::publicAgenda(*store, meeting)).data == agenda.data);
}

TEST_CASE("A server that is not there, or never answers, is named with what to check", "[mail][smtp][failure]")
{
    int port = 0;
    {
        SmtpTestServer server;
        port = server.port();
        server.stop();
    }
    SmtpClient client(localServer(port));
    const QList<SmtpClient::Delivery> deliveries = client.sendAll(
        {message(QStringLiteral("a@testila.fi")), message(QStringLiteral("b@testila.fi"))});
    REQUIRE(deliveries.size() == 2);
    for (const SmtpClient::Delivery &delivery : deliveries) {
        CHECK(delivery.state == SmtpClient::Delivery::State::NotSent);
        CHECK_THAT(delivery.problem.toStdString(),
                   Catch::Contains("could not be reached on port " + std::to_string(port)));
    }

    SmtpTestServer::Options silent;
    silent.silent = true;
    SmtpTestServer mute(silent);
    SmtpSettings settings = localServer(mute.port());
    settings.timeoutSeconds = 2;
    const SmtpClient::Delivery waited = SmtpClient(settings).send(message(QStringLiteral("a@testila.fi")));
    CHECK(waited.state == SmtpClient::Delivery::State::NotSent);
    CHECK_THAT(waited.problem.toStdString(), Catch::Contains("did not answer") && Catch::Contains("within 2 seconds"));

    settings.host = QStringLiteral("nonexistent.invalid");
    settings.allowUnencrypted = true;
    CHECK_THAT(SmtpClient(settings).send(message(QStringLiteral("a@testila.fi"))).problem.toStdString(),
               Catch::Contains("was not found"));
    // Settings that cannot work are refused before anything is tried.
    settings.allowUnencrypted = false;
    CHECK_THAT(SmtpClient(settings).send(message(QStringLiteral("a@testila.fi"))).problem.toStdString(),
               Catch::Contains("without encryption"));
}

TEST_CASE("A refused recipient is named and the others still get theirs", "[mail][smtp][failure]")
{
    SmtpTestServer::Options options;
    options.refused = {QStringLiteral("eronnut@testila.fi")};
    SmtpTestServer server(options);
    SmtpClient client(localServer(server.port()));
    const QList<SmtpClient::Delivery> deliveries =
        client.sendAll({message(QStringLiteral("aino@testila.fi")), message(QStringLiteral("eronnut@testila.fi")),
                        message(QStringLiteral("osten@testila.fi"))});
    REQUIRE(deliveries.size() == 3);
    CHECK(deliveries.at(0).sent());
    CHECK(deliveries.at(1).state == SmtpClient::Delivery::State::Refused);
    CHECK_THAT(deliveries.at(1).problem.toStdString(),
               Catch::Contains("refused the address eronnut@testila.fi") && Catch::Contains("User unknown"));
    CHECK(deliveries.at(2).sent());
    const QList<QJsonObject> received = server.messages();
    REQUIRE(received.size() == 2);
    CHECK(received.at(0).value(QStringLiteral("rcpt_tos")).toArray() == QJsonArray{QStringLiteral("aino@testila.fi")});
    CHECK(received.at(1).value(QStringLiteral("rcpt_tos")).toArray() == QJsonArray{QStringLiteral("osten@testila.fi")});

    // Stopped between messages: those not tried say so.
    SmtpClient again(localServer(server.port()));
    const QList<SmtpClient::Delivery> stopped = again.sendAll(
        {message(QStringLiteral("aino@testila.fi")), message(QStringLiteral("osten@testila.fi"))},
        [](int index) { return index == 0; });
    CHECK(stopped.at(0).sent());
    CHECK(stopped.at(1).state == SmtpClient::Delivery::State::NotSent);
    CHECK_THAT(stopped.at(1).problem.toStdString(), Catch::Contains("stopped"));
    CHECK(server.messages().size() == 3);
}

TEST_CASE("The login: accepted, refused, or missing where the server wants one", "[mail][smtp][failure]")
{
    SmtpTestServer::Options options;
    options.user = QStringLiteral("kirjaamo");
    options.password = QStringLiteral("salasana ja välilyönti");
    SmtpTestServer server(options);
    SmtpSettings settings = localServer(server.port());
    settings.user = QStringLiteral("kirjaamo");
    settings.password = QStringLiteral("salasana ja välilyönti");
    REQUIRE(SmtpClient(settings).send(message(QStringLiteral("aino@testila.fi"))).sent());
    REQUIRE(server.messages().size() == 1);
    CHECK(text(server.messages().first(), "login") == u"kirjaamo");

    settings.password = QStringLiteral("väärä");
    const QList<SmtpClient::Delivery> refused = SmtpClient(settings).sendAll(
        {message(QStringLiteral("aino@testila.fi")), message(QStringLiteral("osten@testila.fi"))});
    for (const SmtpClient::Delivery &delivery : refused) {
        CHECK(delivery.state == SmtpClient::Delivery::State::NotSent);
        CHECK(delivery.loginRefused);
        CHECK_THAT(delivery.problem.toStdString(),
                   Catch::Contains("refused the login as kirjaamo") && Catch::Contains("user name and the password"));
    }

    settings.user.clear();
    const SmtpClient::Delivery anonymous = SmtpClient(settings).send(message(QStringLiteral("aino@testila.fi")));
    CHECK(anonymous.state == SmtpClient::Delivery::State::NotSent);
    CHECK_FALSE(anonymous.loginRefused);
    CHECK_THAT(anonymous.problem.toStdString(), Catch::Contains("wants a login") && Catch::Contains("user name"));
    CHECK(server.messages().size() == 1);
}

TEST_CASE("TLS: STARTTLS and TLS from the first byte, a certificate not trusted, a server without TLS",
          "[mail][smtp][tls][failure]")
{
    TestDir dir;
    makeServerCertificate(dir.path(QString()));
    const QString certificate = dir.path(QStringLiteral("server.pem"));
    SmtpTestServer::Options options;
    options.certificate = certificate;
    options.key = dir.path(QStringLiteral("server.key"));

    options.startTls = true;
    SmtpTestServer startTls(options);
    SmtpSettings settings = localServer(startTls.port());
    settings.security = SmtpSecurity::StartTls;
    settings.trustedCertificates = certificate;
    const SmtpClient::Delivery sent = SmtpClient(settings).send(message(QStringLiteral("aino@testila.fi")));
    INFO(sent.problem.toStdString());
    REQUIRE(sent.sent());
    REQUIRE(startTls.messages().size() == 1);
    CHECK(startTls.messages().first().value(QStringLiteral("tls")).toBool());
    // The system's authorities do not know this server's certificate.
    settings.trustedCertificates.clear();
    const SmtpClient::Delivery untrusted = SmtpClient(settings).send(message(QStringLiteral("aino@testila.fi")));
    CHECK(untrusted.state == SmtpClient::Delivery::State::NotSent);
    CHECK_THAT(untrusted.problem.toStdString(), Catch::Contains("certificate of the mail server 127.0.0.1 could not "
                                                                "be verified"));

    options.startTls = false;
    SmtpTestServer implicit(options);
    settings = localServer(implicit.port());
    settings.security = SmtpSecurity::Tls;
    settings.trustedCertificates = certificate;
    REQUIRE(SmtpClient(settings).send(message(QStringLiteral("aino@testila.fi"))).sent());
    CHECK(implicit.messages().first().value(QStringLiteral("tls")).toBool());

    SmtpTestServer plain;
    settings = localServer(plain.port());
    settings.security = SmtpSecurity::StartTls;
    const SmtpClient::Delivery noStartTls = SmtpClient(settings).send(message(QStringLiteral("aino@testila.fi")));
    CHECK_THAT(noStartTls.problem.toStdString(), Catch::Contains("does not offer STARTTLS"));
    settings.security = SmtpSecurity::Tls;
    const SmtpClient::Delivery noTls = SmtpClient(settings).send(message(QStringLiteral("aino@testila.fi")));
    CHECK_THAT(noTls.problem.toStdString(), Catch::Contains("No encrypted (TLS) connection"));
    CHECK(plain.messages().isEmpty());
}
