// pykala-cli meeting invite: the invitation with the public agenda through
// a real SMTP server (Debian's aiosmtpd, tests/support/smtpserver.py), a
// message to each address, those without one listed; every bad option and
// every failure one clear line and a non-zero exit.

#include <catch2/catch.hpp>

#include "smtptestserver.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

CliRun cli(const QString &store, QStringList arguments, const QStringList &environment = {})
{
    arguments.prepend(store);
    arguments.prepend(QStringLiteral("--store"));
    return runCli(arguments, {}, environment);
}

QStringList invite(int port, const QStringList &more = {})
{
    return QStringList{QStringLiteral("meeting"), QStringLiteral("invite"), QStringLiteral("KH 12/2026"),
                       QStringLiteral("--smtp-host"), QStringLiteral("127.0.0.1"), QStringLiteral("--smtp-port"),
                       QString::number(port), QStringLiteral("--security"), QStringLiteral("none"),
                       QStringLiteral("--from"), QStringLiteral("Kunnanhallitus <kirjaamo@testila.fi>")}
        + more;
}

void expectFailure(const CliRun &run, int code, const char *text)
{
    INFO("stdout: " << run.out.toStdString() << "\nstderr: " << run.err.toStdString());
    CHECK(run.exitCode == code);
    CHECK(run.err.contains(QString::fromUtf8(text)));
    // One clear line.
    CHECK(run.err.trimmed().count(u'\n') == 0);
}

// The sample (only the deputy Pöyhönen has an address) with Ville Vesi
// and, when given, one more invited.
QString sampleStore(const TestDir &dir, const QString &otherAddress = QString())
{
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    auto store = createStore(path);
    const Sample sample = addSample(*store);
    required(store->addInvitee({0, sample.meeting, 0, 0, QStringLiteral("Ville Vesi"), QStringLiteral("asiantuntija"),
                                QStringLiteral("ville.vesi@example.fi")}));
    if (!otherAddress.isEmpty())
        required(store->addInvitee({0, sample.meeting, 0, 0, QStringLiteral("Hilkka Hylätty"),
                                    QStringLiteral("tarkastaja"), otherAddress}));
    return path;
}

} // namespace

TEST_CASE("meeting invite sends the public agenda to each address and lists those without one", "[cli][mail][smtp]")
{
    TestDir dir;
    const QString store = sampleStore(dir);
    SmtpTestServer server;
    const CliRun run = cli(store, invite(server.port()));
    INFO("stdout: " << run.out.toStdString() << "\nstderr: " << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    CHECK(run.out.contains(QStringLiteral("Sent: Pekka Pöyhönen (deputy for Östen Åberg) <pekka@testila.fi>")));
    CHECK(run.out.contains(QStringLiteral("Sent: Ville Vesi (asiantuntija) <ville.vesi@example.fi>")));
    CHECK(run.out.contains(QStringLiteral("No e-mail address, not sent: Aino Mäkelä (chair)")));
    CHECK(run.out.contains(QStringLiteral("No e-mail address, not sent: Östen Åberg (member)")));
    CHECK(run.out.contains(QStringLiteral("sent to every address, 2 in all")));

    // The attachment is the public agenda, as `agenda --public` writes it.
    const QString agenda = dir.path(QStringLiteral("agenda.pdf"));
    REQUIRE(cli(store, {QStringLiteral("agenda"), QStringLiteral("KH 12/2026"), QStringLiteral("--public"),
                        QStringLiteral("-o"), agenda})
                .exitCode
            == 0);
    const QByteArray pdf = readFile(agenda);
    const QString digest = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
    const QString text = runTool(QStringLiteral("pdftotext"), {agenda, QStringLiteral("-")}, dir.path(QString()));
    CHECK(text.contains(QStringLiteral("Vahingonkorvausvaatimus")));
    CHECK_FALSE(text.contains(QStringLiteral("vaatii korvausta")));
    CHECK_FALSE(text.contains(QStringLiteral("Meikäläinen")));

    const QList<QJsonObject> received = server.messages();
    REQUIRE(received.size() == 2);
    const QStringList addresses{QStringLiteral("pekka@testila.fi"), QStringLiteral("ville.vesi@example.fi")};
    for (int i = 0; i < 2; ++i) {
        const QJsonObject got = received.at(i);
        INFO(compactJson(got));
        CHECK(got.value(QStringLiteral("rcpt_tos")).toArray() == QJsonArray{addresses.at(i)});
        CHECK(got.value(QStringLiteral("mail_from")).toString() == u"kirjaamo@testila.fi");
        CHECK(got.value(QStringLiteral("headers")).toObject().value(QStringLiteral("From")).toString()
              == u"Kunnanhallitus <kirjaamo@testila.fi>");
        CHECK(got.value(QStringLiteral("headers")).toObject().value(QStringLiteral("Subject")).toString().startsWith(
            QStringLiteral("Invitation: Kunnanhallitus KH 12/2026 on ")));
        CHECK(got.value(QStringLiteral("defects")).toArray().isEmpty());
        const QJsonArray attachments = got.value(QStringLiteral("attachments")).toArray();
        REQUIRE(attachments.size() == 1);
        CHECK(attachments.first().toObject().value(QStringLiteral("filename")).toString()
              == u"KH-12-2026-esityslista.pdf");
        CHECK(attachments.first().toObject().value(QStringLiteral("sha256")).toString() == digest);
        CHECK_FALSE(server.rawMessage(i).contains("korvausta"));
    }
}

TEST_CASE("meeting invite names the addresses the server refused and exits with 1, --json lists each", "[cli][mail][smtp]")
{
    TestDir dir;
    const QString store = sampleStore(dir, QStringLiteral("hilkka@example.fi"));
    SmtpTestServer::Options options;
    options.refused = {QStringLiteral("hilkka@example.fi")};
    SmtpTestServer server(options);

    const CliRun run = cli(store, invite(server.port()));
    expectFailure(run, 1, "Not sent to 1 of 3 addresses (hilkka@example.fi): The mail server refused the address");
    CHECK(run.out.contains(QStringLiteral("Sent: Ville Vesi (asiantuntija) <ville.vesi@example.fi>")));
    CHECK(run.out.contains(QStringLiteral("Not sent: Hilkka Hylätty (tarkastaja) <hilkka@example.fi>: The mail server "
                                          "refused the address hilkka@example.fi")));
    CHECK_FALSE(run.out.contains(QStringLiteral("every address")));
    CHECK(server.messages().size() == 2);

    const CliRun json = cli(store, invite(server.port(), {QStringLiteral("--json")}));
    CHECK(json.exitCode == 1);
    const QJsonObject report = jsonObject(json.out.toUtf8());
    CHECK(report.value(QStringLiteral("sent")).toArray().size() == 2);
    const QJsonArray notSent = report.value(QStringLiteral("notSent")).toArray();
    REQUIRE(notSent.size() == 1);
    CHECK(notSent.first().toObject().value(QStringLiteral("address")).toString() == u"hilkka@example.fi");
    CHECK(notSent.first().toObject().value(QStringLiteral("problem")).toString().contains(QStringLiteral("User unknown")));
    CHECK(report.value(QStringLiteral("withoutAddress")).toArray()
          == QJsonArray{QStringLiteral("Aino Mäkelä (chair)"), QStringLiteral("Östen Åberg (member)")});
}

TEST_CASE("meeting invite logs in with the password from a file or the environment, never the command line",
          "[cli][mail][smtp]")
{
    TestDir dir;
    const QString store = sampleStore(dir);
    SmtpTestServer::Options options;
    options.user = QStringLiteral("kirjaamo");
    options.password = QStringLiteral("salainen sana");
    SmtpTestServer server(options);
    const QString passwordFile = dir.path(QStringLiteral("password"));
    writeFile(passwordFile, "salainen sana\n");
    const QStringList login{QStringLiteral("--smtp-user"), QStringLiteral("kirjaamo")};

    CliRun run = cli(store, invite(server.port(), login + QStringList{QStringLiteral("--password-file"), passwordFile}));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    REQUIRE(server.messages().size() == 2);
    CHECK(server.messages().first().value(QStringLiteral("login")).toString() == u"kirjaamo");
    run = cli(store, invite(server.port(), login), {QStringLiteral("PYKALA_SMTP_PASSWORD=salainen sana")});
    CHECK(run.exitCode == 0);
    CHECK(server.messages().size() == 4);

    expectFailure(cli(store, invite(server.port(), login), {QStringLiteral("PYKALA_SMTP_PASSWORD=väärä")}), 1,
                  "refused the login as kirjaamo");
    expectFailure(cli(store, invite(server.port(), login), {QStringLiteral("PYKALA_SMTP_PASSWORD=")}), 2,
                  "--smtp-user needs the password");
    expectFailure(cli(store, invite(server.port(), {QStringLiteral("--password-file"), passwordFile})), 2,
                  "give the user name with --smtp-user");
    expectFailure(cli(store, invite(server.port(), login + QStringList{QStringLiteral("--password-file"),
                                                                       dir.path(QStringLiteral("missing"))})),
                  1, "Cannot read the password file");
    expectFailure(cli(store, invite(server.port())), 1, "wants a login before it sends");
    CHECK(server.messages().size() == 4);
}

TEST_CASE("meeting invite refuses bad options and a server it cannot use with one line", "[cli][mail][bad-input]")
{
    TestDir dir;
    const QString store = sampleStore(dir);
    int port = 0;
    {
        SmtpTestServer gone;
        port = gone.port();
    }
    expectFailure(cli(store, invite(port)), 1, "could not be reached on port");
    // Whatever failed, nothing is said to have been sent.
    CHECK_FALSE(cli(store, invite(port)).out.contains(QStringLiteral("Sent:")));

    auto without = [&](const QString &option) {
        QStringList arguments = invite(port);
        const qsizetype at = arguments.indexOf(option);
        arguments.remove(at, 2);
        return arguments;
    };
    expectFailure(cli(store, without(QStringLiteral("--smtp-host"))), 2, "needs --smtp-host HOST and --from ADDRESS");
    expectFailure(cli(store, without(QStringLiteral("--from"))), 2, "needs --smtp-host HOST and --from ADDRESS");
    expectFailure(cli(store, invite(port, {QStringLiteral("--security"), QStringLiteral("ssl")})), 2,
                  "--security must be tls, starttls or none");
    expectFailure(cli(store, invite(port, {QStringLiteral("--smtp-port"), QStringLiteral("70000")})), 2,
                  "--smtp-port must be a whole number from 1 to 65535");
    expectFailure(cli(store, invite(port, {QStringLiteral("--smtp-timeout"), QStringLiteral("soon")})), 2,
                  "--smtp-timeout must be a whole number");
    expectFailure(cli(store, invite(port, {QStringLiteral("--from"), QStringLiteral("kirjaamo")})), 2,
                  "is not an e-mail address");
    expectFailure(cli(store, invite(port, {QStringLiteral("--reason"), QStringLiteral("x")})), 2,
                  "meeting invite takes no --reason option");
    // Unencrypted to another computer only when allowed explicitly.
    expectFailure(cli(store, invite(port, {QStringLiteral("--smtp-host"), QStringLiteral("smtp.invalid")})), 2,
                  "without encryption");
    expectFailure(cli(store, invite(port, {QStringLiteral("--smtp-host"), QStringLiteral("smtp.invalid"),
                                           QStringLiteral("--allow-unencrypted")})),
                  1, "was not found");
    // Another command does not take the mail options.
    expectFailure(cli(store, {QStringLiteral("show"), QStringLiteral("KH 12/2026"), QStringLiteral("--smtp-host"),
                              QStringLiteral("x")}),
                  2, "The command show takes no --smtp-host option");

    // A cancelled meeting sends no invitation.
    REQUIRE(cli(store, {QStringLiteral("meeting"), QStringLiteral("cancel"), QStringLiteral("KH 12/2026"),
                        QStringLiteral("--reason"), QStringLiteral("Ei asioita.")})
                .exitCode
            == 0);
    expectFailure(cli(store, invite(port)), 1, "KH 12/2026 is cancelled");
}

TEST_CASE("meeting invite with nobody to send to says so and sends nothing", "[cli][mail][bad-input]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    {
        auto store = createStore(path);
        const Sample sample = addSample(*store);
        Person deputy = required(store->person(sample.deputy)).value();
        deputy.email.clear();
        required(store->updatePerson(deputy));
    }
    SmtpTestServer server;
    expectFailure(cli(path, invite(server.port())), 1, "Nobody invited to KH 12/2026 has a usable e-mail address");
    CHECK(server.messages().isEmpty());
}
