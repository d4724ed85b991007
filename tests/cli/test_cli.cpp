// End-to-end tests: pykala-cli as a script or an administrator runs it.

#include <catch2/catch.hpp>

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QStringList withStore(const QString &path, QStringList arguments)
{
    arguments.prepend(path);
    arguments.prepend(QStringLiteral("--store"));
    return arguments;
}

CliRun cli(const QString &store, const QStringList &arguments, const QStringList &environment = {})
{
    return runCli(withStore(store, arguments), {}, environment);
}

// A sample store in an SQLite file at `path`, whatever engine the tests'
// stores are on: for what a file (not a database) is needed.
void writeSampleFile(const QString &path)
{
    auto created = Store::open(path, Store::Mode::CreateNew);
    INFO(created.error().toStdString());
    REQUIRE(created.ok());
    created.value()->setActor(QStringLiteral("tester"));
    addSample(*created.value());
}

// A store filled by `demo` once for all the read-only tests.
QString demoStore()
{
    static TestDir dir;
    static const QString path = [] {
        const QString file = dir.path(QStringLiteral("demo.sqlite"));
        REQUIRE(cli(file, {QStringLiteral("init")}).exitCode == 0);
        const CliRun demo = cli(file, {QStringLiteral("demo"), QStringLiteral("--bodies"), QStringLiteral("4"),
                                       QStringLiteral("--years"), QStringLiteral("1"), QStringLiteral("--seed"),
                                       QStringLiteral("3"), QStringLiteral("--as-of"), QStringLiteral("2026-06-01")});
        INFO(demo.err.toStdString());
        REQUIRE(demo.exitCode == 0);
        return file;
    }();
    return path;
}

QJsonDocument json(const CliRun &run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    INFO(run.out.left(300).toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document;
}

void expectFailure(const CliRun &run, int code, const char *text)
{
    INFO("stderr: " << run.err.toStdString());
    CHECK(run.exitCode == code);
    CHECK(run.err.contains(QString::fromUtf8(text)));
    // One clear line.
    CHECK(run.err.trimmed().count(u'\n') == 0);
}

} // namespace

TEST_CASE("init creates a store and never overwrites a file", "[cli]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("kunta.sqlite"));
    const CliRun created = cli(path, {QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Testikunta"),
                                      QStringLiteral("--language"), QStringLiteral("sv")});
    CHECK(created.exitCode == 0);
    CHECK(created.out.contains(QStringLiteral("Created the store")));
    CHECK(openStore(path)->organisation()->value().defaultLanguage == Language::Swedish);

    const QByteArray before = fileDigest(path);
    expectFailure(cli(path, {QStringLiteral("init")}), 1, testsOnServer() ? "already holds a store" : "already exists");
    CHECK(fileDigest(path) == before);
    expectFailure(cli(dir.path(QStringLiteral("x.sqlite")), {QStringLiteral("init"), QStringLiteral("--language"),
                                                             QStringLiteral("de")}),
                  2, "--language must be fi or sv");
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("x.sqlite"))));
}

TEST_CASE("Usage errors exit with 2 and say what to do", "[cli]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    expectFailure(runCli({}), 2, "No command given.");
    expectFailure(cli(path, {QStringLiteral("lennä")}), 2, "Unknown command \"lennä\"");
    expectFailure(cli(path, {QStringLiteral("show")}), 2, "Usage: pykala-cli show MEETING");
    expectFailure(cli(path, {QStringLiteral("bodies"), QStringLiteral("--limit"), QStringLiteral("3")}), 2,
                  "takes no --limit option");
    expectFailure(cli(path, {QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--limit"),
                             QStringLiteral("paljon")}),
                  2, "--limit must be a whole number");
    expectFailure(cli(path, {QStringLiteral("--bogus")}), 2, "Unknown option 'bogus'");
    const CliRun help = runCli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("search QUERY")));
}

TEST_CASE("The store is found from --store, PYKALA_STORE or the default", "[cli]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("env.sqlite"));
    REQUIRE(cli(path, {QStringLiteral("init")}).exitCode == 0);
    const CliRun viaEnvironment =
        runCli({QStringLiteral("bodies")}, {}, {QStringLiteral("PYKALA_STORE=") + path});
    CHECK(viaEnvironment.exitCode == 0);
    const CliRun missing = runCli({QStringLiteral("bodies")}, {},
                                  {QStringLiteral("XDG_DATA_HOME=") + dir.path(QStringLiteral("koti"))});
    expectFailure(missing, 1, "pykala-cli init");
    CHECK(missing.err.contains(dir.path(QStringLiteral("koti/pykala/pykala.sqlite"))));
}

TEST_CASE("Listings, agendas and search read the store", "[cli]")
{
    const QString store = demoStore();

    const CliRun bodies = cli(store, {QStringLiteral("bodies"), QStringLiteral("--json")});
    REQUIRE(bodies.exitCode == 0);
    const QJsonArray bodyList = json(bodies).array();
    REQUIRE(bodyList.size() == 4);
    CHECK(bodyList.at(1).toObject().value(u"shortName").toString() == QStringLiteral("KH"));
    CHECK(bodyList.at(1).toObject().value(u"members").toInt() == 9);
    CHECK(cli(store, {QStringLiteral("bodies")}).out.contains(QStringLiteral("Kunnanhallitus")));

    const CliRun meetings = cli(store, {QStringLiteral("meetings"), QStringLiteral("--body"), QStringLiteral("KH"),
                                        QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--json")});
    REQUIRE(meetings.exitCode == 0);
    const QJsonArray meetingList = json(meetings).array();
    REQUIRE(meetingList.size() >= 18);
    CHECK(meetingList.at(0).toObject().value(u"reference").toString() == QStringLiteral("KH 1/2026"));
    CHECK(meetingList.at(0).toObject().value(u"state").toString() == QStringLiteral("minutes-checked"));
    expectFailure(cli(store, {QStringLiteral("meetings"), QStringLiteral("--body"), QStringLiteral("XX")}), 1,
                  "no body with the short name XX");

    const CliRun agenda = cli(store, {QStringLiteral("show"), QStringLiteral("KH 1/2026")});
    REQUIRE(agenda.exitCode == 0);
    CHECK(agenda.out.contains(QStringLiteral("Kunnanhallitus – Esityslista KH 1/2026")));
    CHECK(agenda.out.contains(QStringLiteral("§ 1 ")));
    CHECK(agenda.out.contains(QStringLiteral("Kokouksen avaus, laillisuus ja päätösvaltaisuus")));
    CHECK(agenda.out.contains(QStringLiteral("Päätösehdotus:")));
    const qint64 id = meetingList.at(0).toObject().value(u"id").toInteger();
    CHECK(cli(store, {QStringLiteral("show"), QString::number(id)}).out == agenda.out);
    expectFailure(cli(store, {QStringLiteral("show"), QStringLiteral("KH 99/2026")}), 1, "no meeting KH 99/2026");

    const CliRun search = cli(store, {QStringLiteral("search"), QStringLiteral("talousarvion toteutuma"),
                                      QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--json")});
    REQUIRE(search.exitCode == 0);
    const QJsonArray hits = json(search).array();
    REQUIRE(hits.size() == 3);
    CHECK(hits.at(0).toObject().value(u"title").toString().startsWith(QStringLiteral("Talousarvion toteutuminen")));
    CHECK(hits.at(0).toObject().value(u"meeting").toString().startsWith(QStringLiteral("KH ")));
    CHECK(cli(store, {QStringLiteral("search"), QStringLiteral("zzyzx")}).out.contains(QStringLiteral("No agenda items")));
    expectFailure(cli(store, {QStringLiteral("search"), QStringLiteral("?!")}), 1, "no words");
}

TEST_CASE("show --public leaves out confidential content and personal data", "[cli]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("p.sqlite"));
    writeSampleStore(path);
    const CliRun internal = cli(path, {QStringLiteral("show"), QStringLiteral("KH 12/2026")});
    const CliRun published = cli(path, {QStringLiteral("show"), QStringLiteral("KH 12/2026"), QStringLiteral("--public")});
    REQUIRE(internal.exitCode == 0);
    REQUIRE(published.exitCode == 0);
    CHECK(internal.out.contains(QStringLiteral("Matti Meikäläinen")));
    CHECK_FALSE(published.out.contains(QStringLiteral("Matti Meikäläinen")));
    CHECK(published.out.contains(QStringLiteral("Vahingonkorvausvaatimus")));
    CHECK(published.out.contains(QStringLiteral("Salassa pidettävä (JulkL 24 § 1 mom. 32 k)")));
    CHECK(published.out.contains(QStringLiteral("Asian sisältö on salassa pidettävä.")));
}

TEST_CASE("export and import carry a store and a meeting", "[cli][exchange]")
{
    const QString store = demoStore();
    TestDir dir;
    const QString file = dir.path(QStringLiteral("kaikki.json"));
    REQUIRE(cli(store, {QStringLiteral("export"), file}).exitCode == 0);
    const QString copy = dir.path(QStringLiteral("kopio.sqlite"));
    REQUIRE(cli(copy, {QStringLiteral("init")}).exitCode == 0);
    const CliRun imported = cli(copy, {QStringLiteral("import"), file});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("Imported")));
    const QString again = dir.path(QStringLiteral("uudelleen.json"));
    REQUIRE(cli(copy, {QStringLiteral("export"), again}).exitCode == 0);
    CHECK(readFile(again) == readFile(file));
    CHECK(cli(copy, {QStringLiteral("check")}).exitCode == 0);

    const CliRun one = cli(store, {QStringLiteral("export"), QStringLiteral("--meeting"), QStringLiteral("KH 2/2026"),
                                   QStringLiteral("-")});
    REQUIRE(one.exitCode == 0);
    CHECK(json(one).object().value(u"meetings").toArray().size() == 1);
    const QString fresh = dir.path(QStringLiteral("yksi.sqlite"));
    REQUIRE(cli(fresh, {QStringLiteral("init")}).exitCode == 0);
    const CliRun fromStdin = runCli(withStore(fresh, {QStringLiteral("import"), QStringLiteral("-")}), one.out.toUtf8());
    CHECK(fromStdin.exitCode == 0);
    CHECK(cli(fresh, {QStringLiteral("show"), QStringLiteral("KH 2/2026")}).exitCode == 0);
    expectFailure(cli(store, {QStringLiteral("export"), QStringLiteral("--meeting"), QStringLiteral("KH 77/2026"),
                              dir.path(QStringLiteral("x.json"))}),
                  1, "no meeting KH 77/2026");
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("x.json"))));
    expectFailure(cli(store, {QStringLiteral("export"), dir.path(QStringLiteral("puuttuva/kansio/x.json"))}), 1,
                  "Cannot write");
}

TEST_CASE("Bad input fails with one clear line and leaves the store byte for byte", "[cli][bad-input]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    writeSampleStore(path);
    const QString document = dir.path(QStringLiteral("doc.json"));
    REQUIRE(cli(path, {QStringLiteral("export"), document}).exitCode == 0);
    const QByteArray good = readFile(document);
    const QByteArray before = fileDigest(path);

    SECTION("malformed JSON")
    {
        writeFile(document, good.left(good.size() / 2));
        expectFailure(cli(path, {QStringLiteral("import"), document}), 1, "not valid JSON");
    }
    SECTION("schema-invalid JSON names the path")
    {
        writeFile(document, QByteArray(good).replace("\"mode\": \"in-person\"", "\"mode\": \"by-carrier-pigeon\""));
        expectFailure(cli(path, {QStringLiteral("import"), document}), 1, "$.meetings[0].mode:");
    }
    SECTION("an import that fails half-way")
    {
        // Everything up to the meeting is acceptable; the meeting exists.
        expectFailure(cli(path, {QStringLiteral("import"), document}), 1,
                      "$.meetings[0]: Meeting KH 12/2026 already exists. Nothing was imported.");
    }
    SECTION("a missing import file")
    {
        expectFailure(cli(path, {QStringLiteral("import"), dir.path(QStringLiteral("ei.json"))}), 1, "Cannot read");
    }
    SECTION("a store locked by another program")
    {
        RawConnection holder(path);
        REQUIRE(holder.holdWriteLock());
        writeFile(document, QByteArray(good).replace("\"number\": 12", "\"number\": 13"));
        expectFailure(cli(path, {QStringLiteral("import"), document}, {QStringLiteral("PYKALA_BUSY_TIMEOUT_MS=200")}),
                      1, "locked by another program");
        REQUIRE(holder.exec(QStringLiteral("ROLLBACK")));
    }
    CHECK(fileDigest(path) == before);
}

TEST_CASE("Stores that cannot be used are refused with one clear line", "[cli][bad-input]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    writeSampleStore(path);
    // The damage is done to a store's file (on either engine's run: the
    // command line opens a file as SQLite whatever the server holds).
    const QString sample = dir.path(QStringLiteral("tiedosto.sqlite"));
    writeSampleFile(sample);
    const QByteArray bytes = readFile(sample);
    const QString document = dir.path(QStringLiteral("doc.json"));
    REQUIRE(cli(path, {QStringLiteral("export"), document}).exitCode == 0);

    struct Case
    {
        const char *name;
        QByteArray content;
        const char *message;
    };
    QByteArray newer = bytes;
    newer[60] = char(0x7f); // user_version, big-endian at offset 60
    QByteArray corrupt = bytes;
    for (int i = 2048; i < 4096; ++i)
        corrupt[i] = char(0x5a); // over the schema's records at the end of page 1
    const QList<Case> cases{
        {"a text file", QByteArrayLiteral("Tämä on muistio, ei tietokanta.\n"), "is not a Pykälä store"},
        {"a newer schema", newer, "newer version of Pykälä"},
        {"a truncated store", bytes.left(bytes.size() / 2), "was probably truncated"},
        {"a corrupt store", corrupt, "is damaged"},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const QString file = dir.path(QString::fromUtf8(c.name).replace(u' ', u'-'));
        writeFile(file, c.content);
        const QByteArray before = fileDigest(file);
        for (const QStringList &arguments : {QStringList{QStringLiteral("import"), document},
                                             QStringList{QStringLiteral("bodies")},
                                             QStringList{QStringLiteral("check")}}) {
            INFO(arguments.join(u' ').toStdString());
            expectFailure(cli(file, arguments), 1, c.message);
        }
        CHECK(fileDigest(file) == before);
    }
}

TEST_CASE("Without libcurl and libpq a store file works, and mail or a store on a server says what to install",
          "[cli][bad-input]")
{
    // Both are loaded when first needed, not when the program starts: files
    // of their names that no program can load, found before the system's,
    // stop only the mail and the server.
    TestDir dir;
    const QString file = dir.path(QStringLiteral("tiedosto.sqlite"));
    writeSampleFile(file);
    const QString libraries = dir.path(QStringLiteral("lib"));
    REQUIRE(QDir().mkpath(libraries));
    writeFile(libraries + QStringLiteral("/libpq.so.5"), QByteArrayLiteral("Ei kirjasto.\n"));
    writeFile(libraries + QStringLiteral("/libcurl.so.4"), QByteArrayLiteral("Ei kirjasto.\n"));
    const QStringList broken{QStringLiteral("LD_LIBRARY_PATH=") + libraries};

    const CliRun bodies = cli(file, {QStringLiteral("bodies")}, broken);
    INFO("stderr: " << bodies.err.toStdString());
    REQUIRE(bodies.exitCode == 0);
    CHECK(bodies.out.contains(QStringLiteral("Kunnanhallitus")));
    const CliRun agenda = cli(file, {QStringLiteral("agenda"), QStringLiteral("KH 12/2026"), QStringLiteral("-o"),
                                     dir.path(QStringLiteral("esityslista.pdf"))},
                              broken);
    INFO("stderr: " << agenda.err.toStdString());
    CHECK(agenda.exitCode == 0);

    const QByteArray before = fileDigest(file);
    expectFailure(cli(file,
                      {QStringLiteral("meeting"), QStringLiteral("invite"), QStringLiteral("KH 12/2026"),
                       QStringLiteral("--smtp-host"), QStringLiteral("127.0.0.1"), QStringLiteral("--security"),
                       QStringLiteral("none"), QStringLiteral("--from"), QStringLiteral("kirjaamo@testila.fi")},
                      broken),
                  1, "Install Debian's package libcurl4.");
    CHECK(fileDigest(file) == before);

    const QString server = QStringLiteral("postgresql:///pykala?host=") + dir.path(QStringLiteral("ei-palvelinta"));
    expectFailure(runCli({QStringLiteral("--store"), server, QStringLiteral("bodies")}, {}, broken), 1,
                  "Install Debian's package libpq5 to open a store on a server.");
}

TEST_CASE("check reports tampering and exits with 1", "[cli][audit]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    writeSampleStore(path);
    const CliRun clean = cli(path, {QStringLiteral("check"), QStringLiteral("--json")});
    CHECK(clean.exitCode == 0);
    CHECK(json(clean).object().value(u"ok").toBool());
    CHECK(json(clean).object().value(u"auditEntries").toInt() == 12);
    REQUIRE(RawConnection(path).exec(QStringLiteral("UPDATE agenda_item SET decision = '<p>Väärennetty.</p>'")));
    const CliRun tampered = cli(path, {QStringLiteral("check"), QStringLiteral("--json")});
    CHECK(tampered.exitCode == 1);
    CHECK_FALSE(json(tampered).object().value(u"ok").toBool());
    CHECK(json(tampered).object().value(u"audit").toArray().size() == 2);
    expectFailure(tampered, 1, "failed its check");
}

TEST_CASE("deadlines computes notification and the last day of appeal", "[cli][appeal]")
{
    // Published Fri 13.3.2026 → notified 20.3; + 14 = Good Friday 3.4 → Tue 7.4.
    const CliRun easter = runCli({QStringLiteral("deadlines"), QStringLiteral("--published"),
                                  QStringLiteral("2026-03-13"), QStringLiteral("--kind"),
                                  QStringLiteral("oikaisuvaatimus"), QStringLiteral("--json")});
    REQUIRE(easter.exitCode == 0);
    const QJsonObject result = json(easter).object();
    CHECK(result.value(u"published").toString() == QStringLiteral("2026-03-13"));
    CHECK(result.value(u"notified").toString() == QStringLiteral("2026-03-20"));
    CHECK(result.value(u"lastDay").toString() == QStringLiteral("2026-04-07"));
    const CliRun text = runCli({QStringLiteral("deadlines"), QStringLiteral("--published"),
                                QStringLiteral("2026-03-13"), QStringLiteral("--kind"), QStringLiteral("rectification")});
    CHECK(text.out.contains(QStringLiteral("pitkäperjantai")));

    expectFailure(runCli({QStringLiteral("deadlines"), QStringLiteral("--published"), QStringLiteral("13.3.2026"),
                          QStringLiteral("--kind"), QStringLiteral("rectification")}),
                  2, "--published must be a date");
    expectFailure(runCli({QStringLiteral("deadlines"), QStringLiteral("--published"), QStringLiteral("2026-03-13"),
                          QStringLiteral("--kind"), QStringLiteral("valitus")}),
                  2, "--kind must be one of");
    expectFailure(runCli({QStringLiteral("deadlines"), QStringLiteral("--kind"), QStringLiteral("rectification")}), 2,
                  "needs --published");
    expectFailure(runCli({QStringLiteral("deadlines"), QStringLiteral("--published"), QStringLiteral("2026-03-13"),
                          QStringLiteral("--kind"), QStringLiteral("not-appealable")}),
                  1, "cannot be appealed");
    // A procurement decision's period runs from a party's notification,
    // which the minutes do not tell.
    for (const char *procurement : {"procurement", "hankintaoikaisu"})
        expectFailure(runCli({QStringLiteral("deadlines"), QStringLiteral("--published"), QStringLiteral("2026-03-13"),
                              QStringLiteral("--kind"), QString::fromLatin1(procurement)}),
                      1, "runs from the day a party is notified of the decision");
}

namespace {

// A board of three — Aho (chair), Berg, Carlsson, each with a personal
// deputy — and KH 3/2026 with three items.
QString boardMeeting(const TestDir &dir)
{
    const QString path = dir.path(QStringLiteral("kokous.sqlite"));
    auto store = createStore(path);
    const qint64 body = store->addBody({0, QStringLiteral("Kunnanhallitus"), QStringLiteral("KH"), BodyKind::Board,
                                        QuorumRule::MoreThanHalf, QStringLiteral("Kommunstyrelsen")})
                            .value();
    const QDate from(2025, 6, 1);
    const char *members[] = {"Aho", "Berg", "Carlsson"};
    const char *deputies[] = {"Dahl", "Eklund", "Forsman"};
    for (int i = 0; i < 3; ++i) {
        const qint64 member =
            store->addPerson({0, QStringLiteral("Anna"), QString::fromUtf8(members[i]), {}, {}, {}}).value();
        const qint64 deputy =
            store->addPerson({0, QStringLiteral("Emil"), QString::fromUtf8(deputies[i]), {}, {}, {}}).value();
        REQUIRE(store->addMembership({0, body, member, i == 0 ? MembershipRole::Chair : MembershipRole::Member, 0, from, {}})
                    .ok());
        REQUIRE(store->addMembership({0, body, deputy, MembershipRole::Deputy, member, from, {}}).ok());
    }
    Meeting meeting;
    meeting.bodyId = body;
    meeting.number = 3;
    meeting.plannedStart = QDateTime(QDate(2026, 2, 9), QTime(16, 0));
    meeting.state = MeetingState::Convened;
    const qint64 meetingId = store->addMeeting(meeting).value();
    for (const char *title : {"Kokouksen laillisuus ja päätösvaltaisuus", "Talousarvion toteutuminen", "Lausunto"}) {
        AgendaItem item;
        item.meetingId = meetingId;
        item.title = QString::fromUtf8(title);
        REQUIRE(store->addAgendaItem(item).ok());
    }
    return path;
}

const char *boardEvents = R"({"events": [
    {"type": "open", "at": "16:05"},
    {"type": "attendance", "present": ["Anna Aho", "Anna Berg"], "deputies": [{"person": "Emil Forsman", "for": "Anna Carlsson"}],
     "others": [{"name": "Kalle Kirjuri", "role": "pöytäkirjanpitäjä"}]},
    {"type": "proposal", "item": 2, "id": "berg", "kind": "counter", "by": "Anna Berg", "text": "asia jätetään pöydälle"},
    {"type": "second", "item": 2, "proposal": "berg", "by": "Emil Forsman"},
    {"type": "vote", "item": 2, "ballots": {"Anna Aho": "JAA", "Anna Berg": "EI", "Emil Forsman": "JAA"}},
    {"type": "dissent", "item": 2, "person": "Anna Berg"},
    {"type": "decision", "item": 2},
    {"type": "close", "at": "16:45"}
]})";

} // namespace

TEST_CASE("record stores a meeting's events and outcome computes the item", "[cli][record]")
{
    TestDir dir;
    const QString path = boardMeeting(dir);
    const QString events = dir.path(QStringLiteral("tapahtumat.json"));
    writeFile(events, QByteArray(boardEvents));
    const CliRun recorded = cli(path, {QStringLiteral("record"), QStringLiteral("KH 3/2026"), events});
    INFO(recorded.err.toStdString());
    REQUIRE(recorded.exitCode == 0);
    CHECK_FALSE(recorded.out.contains(QStringLiteral("without quorum")));
    // Opening gave §§ 1–3 and closing set the state.
    const auto meetings = json(cli(path, {QStringLiteral("meetings"), QStringLiteral("--json")})).array();
    CHECK(meetings.first().toObject().value(u"state").toString() == QStringLiteral("closed"));

    // § 2: Aho and Forsman JAA for the base proposal, Berg EI → 2–1.
    const CliRun outcome = cli(path, {QStringLiteral("outcome"), QStringLiteral("KH 3/2026 § 2"), QStringLiteral("--json")});
    INFO(outcome.err.toStdString());
    REQUIRE(outcome.exitCode == 0);
    const QJsonObject result = json(outcome).object();
    CHECK(result.value(u"quorum").toObject().value(u"present").toInt() == 3);
    CHECK(result.value(u"presence").toObject().value(u"absent").toArray().isEmpty());
    CHECK(result.value(u"quorum").toObject().value(u"reached").toBool());
    CHECK(result.value(u"presence").toObject().value(u"deputies").toArray().first().toObject().value(u"deputy").toString()
          == QStringLiteral("Emil Forsman"));
    const QJsonObject round = result.value(u"rounds").toArray().first().toObject();
    CHECK(round.value(u"yes").toInt() == 2);
    CHECK(round.value(u"no").toInt() == 1);
    CHECK(result.value(u"result").toObject().value(u"kind").toString() == QStringLiteral("adopted-as-proposed"));
    CHECK(result.value(u"proceedings").toObject().value(u"fi").toString().contains(
        QStringLiteral("Berg ehdotti Forsmanin kannattamana, että asia jätetään pöydälle.")));
    CHECK(result.value(u"proceedings").toObject().value(u"sv").toString().contains(
        QStringLiteral("kommunstyrelsen hade godkänt grundförslaget med rösterna 2–1")));
    CHECK(result.value(u"proceedings").toObject().value(u"fi").toString().endsWith(
        QStringLiteral("Berg jätti päätöksestä eriävän mielipiteen.")));
    CHECK(result.value(u"othersAttending").toArray().first().toObject().value(u"role").toString()
          == QStringLiteral("pöytäkirjanpitäjä"));
    // The decision event wrote the computed decision into the item.
    const QString agenda = cli(path, {QStringLiteral("show"), QStringLiteral("KH 3/2026")}).out;
    CHECK(agenda.contains(QStringLiteral("Kunnanhallitus hyväksyi pohjaehdotuksen äänin 2–1.")));
    // …and the proceedings, for the secretary to edit.
    CHECK(agenda.contains(QStringLiteral("Käsittely:")));
    CHECK(agenda.contains(QStringLiteral("Berg ehdotti Forsmanin kannattamana")));
    CHECK(cli(path, {QStringLiteral("check")}).exitCode == 0);
}

TEST_CASE("record takes the real date of the opening, a temporary chair and remote participation", "[cli][record]")
{
    TestDir dir;
    const QString path = boardMeeting(dir);
    const QString events = dir.path(QStringLiteral("tapahtumat.json"));
    // KH 3/2026 was planned for Monday 9.2.2026 and is held on Saturday 7.2.
    // In § 2 the chair Aho is disqualified and the board, having no vice
    // chair, chooses Berg to preside; Forsman takes part by remote connection.
    writeFile(events, QByteArrayLiteral(R"({"events": [{"type": "open", "at": "2026-02-07T10:00"},
        {"type": "attendance", "present": ["Anna Aho", "Anna Berg"], "deputies": [{"person": "Emil Forsman", "for": "Anna Carlsson"}],
         "remote": ["Emil Forsman"]},
        {"type": "disqualified", "person": "Anna Aho", "item": 2, "ground": "HL 28 § 1 mom. 1 k"},
        {"type": "temporary-chair", "item": 2, "person": "Anna Berg"},
        {"type": "close", "at": "2026-02-07T11:15"}]})"));
    const CliRun recorded = cli(path, {QStringLiteral("record"), QStringLiteral("KH 3/2026"), events});
    INFO(recorded.err.toStdString());
    REQUIRE(recorded.exitCode == 0);
    const QJsonObject meeting = json(cli(path, {QStringLiteral("meetings"), QStringLiteral("--json")})).array().first().toObject();
    INFO(QJsonDocument(meeting).toJson().toStdString());
    CHECK(meeting.value(u"actualStart").toString().startsWith(QStringLiteral("2026-02-07T10:00")));
    const QJsonObject presence = json(cli(path, {QStringLiteral("outcome"), QStringLiteral("KH 3/2026 § 2"),
                                                 QStringLiteral("--json")})).object().value(u"presence").toObject();
    CHECK(presence.value(u"presiding").toString() == QStringLiteral("Anna Berg"));
    CHECK(presence.value(u"temporaryChair").toBool());
    CHECK(presence.value(u"remote").toArray() == QJsonArray{QStringLiteral("Emil Forsman")});

    // A date in another form is refused, and nothing is recorded.
    const QString other = dir.path(QStringLiteral("toinen.json"));
    writeFile(other, QByteArrayLiteral(R"({"events": [{"type": "open", "at": "7.2.2026 klo 10"}]})"));
    const QByteArray before = storeBytes(path);
    const CliRun refused = cli(path, {QStringLiteral("record"), QStringLiteral("KH 3/2026"), other});
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains(QStringLiteral("\"7.2.2026 klo 10\" is not a date and time such as 2026-12-14T16:05")));
    CHECK(storeBytes(path) == before);
}

TEST_CASE("record flags items handled without quorum", "[cli][record]")
{
    TestDir dir;
    const QString path = boardMeeting(dir);
    const QString events = dir.path(QStringLiteral("tapahtumat.json"));
    // Only Aho and Berg: 2 of 3 is quorum; Berg leaves during item 3 → 1 of 3.
    writeFile(events, QByteArrayLiteral(R"({"events": [{"type": "open", "at": "16:05"},
        {"type": "attendance", "present": ["Anna Aho", "Anna Berg"]},
        {"type": "leave", "person": "Anna Berg", "item": 3, "at": "16:30"}]})"));
    const CliRun recorded = cli(path, {QStringLiteral("record"), QStringLiteral("KH 3/2026"), events});
    REQUIRE(recorded.exitCode == 0);
    CHECK(recorded.out.contains(QStringLiteral("Warning: item 3 was handled without quorum (1 of 3 present, 2 needed).")));
    CHECK_FALSE(recorded.out.contains(QStringLiteral("item 2 was handled without quorum")));
    const QJsonObject third = json(cli(path, {QStringLiteral("outcome"), QStringLiteral("KH 3/2026 § 3"), QStringLiteral("--json")})).object();
    CHECK_FALSE(third.value(u"quorum").toObject().value(u"reached").toBool());
    CHECK(third.value(u"presence").toObject().value(u"absent").toArray().size() == 2);
}

TEST_CASE("record applies nothing of a file with an impossible event", "[cli][record][bad-input]")
{
    TestDir dir;
    const QString path = boardMeeting(dir);
    const QString events = dir.path(QStringLiteral("tapahtumat.json"));
    // Carlsson is away (Forsman sits for her) but votes.
    writeFile(events, QByteArray(boardEvents).replace(R"("Emil Forsman": "JAA"})", R"("Emil Forsman": "JAA", "Anna Carlsson": "EI"})"));
    {
        // Close the store so its file holds everything before comparing bytes.
        openStore(path);
    }
    const QByteArray before = fileDigest(path);
    expectFailure(cli(path, {QStringLiteral("record"), QStringLiteral("KH 3/2026"), events}), 1,
                  "voted on \"base\" against \"berg\" but is not present");
    CHECK(fileDigest(path) == before);
    // The meeting was not opened either.
    CHECK(json(cli(path, {QStringLiteral("meetings"), QStringLiteral("--json")})).array().first().toObject()
              .value(u"state").toString() == QStringLiteral("convened"));
    expectFailure(cli(path, {QStringLiteral("outcome"), QStringLiteral("KH 3/2026 § 2")}), 1, "There is no agenda item");
}

TEST_CASE("agenda, minutes, extract and publish write the official documents", "[cli][documents]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    {
        auto store = createStore(path);
        recordMeeting(*store);
    }
    const CliRun agenda = cli(path, {QStringLiteral("agenda"), QStringLiteral("KH 12/2026"), QStringLiteral("-o"),
                                     dir.path(QStringLiteral("agenda.pdf"))});
    INFO(agenda.err.toStdString());
    REQUIRE(agenda.exitCode == 0);
    CHECK(agenda.err.isEmpty());
    CHECK(readFile(dir.path(QStringLiteral("agenda.pdf"))).startsWith("%PDF-1.4\n"));

    const CliRun minutes = cli(path, {QStringLiteral("minutes"), QStringLiteral("KH 12/2026"), QStringLiteral("--public"),
                                      QStringLiteral("--lang"), QStringLiteral("sv"), QStringLiteral("--output"),
                                      dir.path(QStringLiteral("minutes.html"))});
    REQUIRE(minutes.exitCode == 0);
    const QString html = QString::fromUtf8(readFile(dir.path(QStringLiteral("minutes.html"))));
    CHECK(html.contains(QStringLiteral("<html lang=\"sv\">")));
    CHECK(html.contains(QStringLiteral("Protokolljustering")));
    CHECK_FALSE(html.contains(RecordedMeeting::secretCanary));

    const CliRun extract = cli(path, {QStringLiteral("extract"), QStringLiteral("KH 12/2026 § 3"), QStringLiteral("-o"),
                                      dir.path(QStringLiteral("extract.pdf"))});
    REQUIRE(extract.exitCode == 0);
    CHECK(extract.out.contains(QStringLiteral("pöytäkirjanote 12/2026 § 3")));
    // The confidential § 4 for a party of the case, and for the public.
    for (const auto &[audience, shown] : {std::pair{QStringLiteral("party"), true}, std::pair{QStringLiteral("public"), false}}) {
        const QString file = dir.path(audience + QStringLiteral("-ote.html"));
        const CliRun forAudience = cli(path, {QStringLiteral("extract"), QStringLiteral("KH 12/2026 § 4"),
                                              QStringLiteral("--for"), audience, QStringLiteral("-o"), file});
        INFO(forAudience.err.toStdString());
        REQUIRE(forAudience.exitCode == 0);
        CHECK(QString::fromUtf8(readFile(file)).contains(RecordedMeeting::secretCanary) == shown);
    }

    const CliRun publish = cli(path, {QStringLiteral("publish"), QStringLiteral("KH 12/2026"), QStringLiteral("-o"),
                                      dir.path(QStringLiteral("web"))});
    REQUIRE(publish.exitCode == 0);
    CHECK(publish.out.contains(QStringLiteral("index.html")));
    CHECK(QFile::exists(dir.path(QStringLiteral("web/KH-12-2026-poytakirja.pdf"))));
}

TEST_CASE("Document commands refuse bad input with one clear line", "[cli][documents][bad-input]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    {
        auto store = createStore(path);
        recordMeeting(*store);
    }
    const QByteArray before = fileDigest(path);
    expectFailure(cli(path, {QStringLiteral("minutes"), QStringLiteral("KH 12/2026")}), 2, "needs -o FILE");
    expectFailure(cli(path, {QStringLiteral("agenda"), QStringLiteral("KH 12/2026"), QStringLiteral("--lang"),
                             QStringLiteral("en"), QStringLiteral("-o"), dir.path(QStringLiteral("a.pdf"))}),
                  2, "--lang must be fi or sv");
    expectFailure(cli(path, {QStringLiteral("extract"), QStringLiteral("KH 12/2026 § 4"), QStringLiteral("--for"),
                             QStringLiteral("everyone"), QStringLiteral("-o"), dir.path(QStringLiteral("e.pdf"))}),
                  2, "--for must be internal, member, party or public");
    expectFailure(cli(path, {QStringLiteral("extract"), QStringLiteral("KH 12/2026 § 4"), QStringLiteral("--for"),
                             QStringLiteral("party"), QStringLiteral("--public"), QStringLiteral("-o"),
                             dir.path(QStringLiteral("e.pdf"))}),
                  2, "name two audiences");
    expectFailure(cli(path, {QStringLiteral("extract"), QStringLiteral("KH 12/2026 § 99"), QStringLiteral("-o"),
                             dir.path(QStringLiteral("e.pdf"))}),
                  1, "There is no agenda item KH 12/2026 § 99");
    expectFailure(cli(path, {QStringLiteral("minutes"), QStringLiteral("KH 13/2026"), QStringLiteral("-o"),
                             dir.path(QStringLiteral("m.pdf"))}),
                  1, "There is no meeting KH 13/2026");
    expectFailure(cli(path, {QStringLiteral("minutes"), QStringLiteral("KH 12/2026"), QStringLiteral("-o"),
                             dir.path(QStringLiteral("missing/m.pdf"))}),
                  1, "Could not write");
    writeFile(dir.path(QStringLiteral("file")), "x");
    expectFailure(cli(path, {QStringLiteral("publish"), QStringLiteral("KH 12/2026"), QStringLiteral("-o"),
                             dir.path(QStringLiteral("file/web"))}),
                  1, "Could not make the directory");
    expectFailure(cli(path, {QStringLiteral("organisation"), QStringLiteral("--court"), QStringLiteral("atlantis")}),
                  1, "is not an administrative court");
    expectFailure(cli(path, {QStringLiteral("publication"), QStringLiteral("KH 12/2026"), QStringLiteral("--checked"),
                             QStringLiteral("12.5.2026")}),
                  2, "--checked must be a date");
    expectFailure(cli(path, {QStringLiteral("publication"), QStringLiteral("KH 12/2026"), QStringLiteral("--checked"),
                             QStringLiteral("2026-05-01")}),
                  1, "cannot be checked before the meeting");
    CHECK(fileDigest(path) == before);
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("a.pdf"))));
}

TEST_CASE("organisation and publication set what the appeal instructions need", "[cli][documents]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    REQUIRE(cli(path, {QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Testilän kunta")}).exitCode == 0);
    const CliRun set = cli(path, {QStringLiteral("organisation"), QStringLiteral("--court"), QStringLiteral("vaasa"),
                                  QStringLiteral("--address"), QStringLiteral("Kirjaamo\\nPL 1\\n65100 Testilä"),
                                  QStringLiteral("--email"), QStringLiteral("kirjaamo@testila.fi"), QStringLiteral("--json")});
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    const QJsonObject organisation = json(set).object();
    CHECK(organisation.value(QStringLiteral("administrativeCourt")).toString() == QStringLiteral("vaasa"));
    CHECK(organisation.value(QStringLiteral("registryAddress")).toString() == QStringLiteral("Kirjaamo\nPL 1\n65100 Testilä"));
    CHECK(organisation.value(QStringLiteral("name")).toString() == QStringLiteral("Testilän kunta"));
    const CliRun shown = cli(path, {QStringLiteral("organisation")});
    CHECK(shown.out.contains(QStringLiteral("Administrative court: vaasa")));

    // The minutes' dates, for a closed meeting.
    TestDir other;
    const QString held = other.path(QStringLiteral("s.sqlite"));
    {
        auto store = createStore(held);
        recordMeeting(*store);
    }
    const CliRun dates = cli(held, {QStringLiteral("publication"), QStringLiteral("KH 12/2026"), QStringLiteral("--checked"),
                                    QStringLiteral("2026-05-13"), QStringLiteral("--published"), QStringLiteral("2026-05-15")});
    INFO(dates.err.toStdString());
    REQUIRE(dates.exitCode == 0);
    auto store = openStore(held);
    const Meeting meeting = store->findMeeting(QStringLiteral("KH 12/2026")).value();
    CHECK(meeting.minutesChecked == QDate(2026, 5, 13));
    CHECK(meeting.minutesPublished == QDate(2026, 5, 15));
    CHECK(meeting.state == MeetingState::MinutesChecked);
}

TEST_CASE("organisation --swedish-name sets the name Swedish documents use", "[cli]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    REQUIRE(cli(path, {QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Testilän kunta")}).exitCode == 0);
    const CliRun set = cli(path, {QStringLiteral("organisation"), QStringLiteral("--swedish-name"),
                                  QStringLiteral("Testilä kommun"), QStringLiteral("--json")});
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    CHECK(json(set).object().value(QStringLiteral("swedishName")).toString() == QStringLiteral("Testilä kommun"));
    CHECK(cli(path, {QStringLiteral("organisation")}).out.contains(QStringLiteral("Swedish name: Testilä kommun")));
    // Other options leave it as it is; an empty one clears it.
    REQUIRE(cli(path, {QStringLiteral("organisation"), QStringLiteral("--court"), QStringLiteral("vaasa")}).exitCode == 0);
    CHECK(openStore(path)->organisation()->value().swedishName == QStringLiteral("Testilä kommun"));
    REQUIRE(cli(path, {QStringLiteral("organisation"), QStringLiteral("--swedish-name"), QString()}).exitCode == 0);
    const Organisation cleared = openStore(path)->organisation()->value();
    CHECK(cleared.swedishName.isEmpty());
    CHECK(cleared.name == QStringLiteral("Testilän kunta"));
    CHECK(openStore(path)->check()->ok());
}

TEST_CASE("package writes a read-only meeting package and registers it", "[cli][package]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("p.sqlite"));
    writeSampleStore(path);
    const QString member = dir.path(QStringLiteral("KH-12-2026-Makela.pykala-package"));
    const PackageKeys &keys = packageKeys();
    const QStringList signing{QStringLiteral("--cert"), keys.maker, QStringLiteral("--nssdb"), keys.database};
    const QStringList forMakela{QStringLiteral("package"), QStringLiteral("KH 12/2026"), QStringLiteral("-o"), member,
                                QStringLiteral("--for"), QStringLiteral("member"), QStringLiteral("--recipient"),
                                QStringLiteral("Aino Mäkelä")};
    // Without her encryption certificate, none is made.
    expectFailure(cli(path, forMakela + signing), 1, "Aino Mäkelä has no encryption certificate registered");
    CHECK_FALSE(QFile::exists(member));
    REQUIRE(cli(path, {QStringLiteral("person"), QStringLiteral("certificate"), QStringLiteral("Aino Mäkelä"),
                       QStringLiteral("--file"), encryptionCertificate(QStringLiteral("Aino Mäkelä")),
                       QStringLiteral("--use"), QStringLiteral("encryption")})
                .exitCode == 0);
    // Unsigned, none either.
    expectFailure(cli(path, forMakela), 2, "add --cert NICK");
    const CliRun made = cli(path, forMakela + signing);
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(QStringLiteral("for Aino Mäkelä")));
    CHECK(made.out.contains(QStringLiteral("encrypted for their certificate and signed with Paula Laatija")));
    // Encrypted: no store to read, and nothing of it in the clear.
    CHECK_FALSE(readFile(member).contains(QByteArrayLiteral("Meikäläinen")));
    expectFailure(cli(member, {QStringLiteral("show"), QStringLiteral("KH 12/2026")}), 1,
                  "is a member's encrypted meeting package: it is read with the member's key in review mode");
    // Her key opens it, but the meeting of 11.5.2026 and the body's 30 days
    // have run.
    const QStringList packageInfo{QStringLiteral("package-info"), member, QStringLiteral("--nssdb"), keys.database};
    expectFailure(runCli(packageInfo), 1, "could be read until 2026-06-10 and has expired");
    // Read for a year after the meeting, it opens until 11.5.2027.
    const CliRun days = cli(path, {QStringLiteral("body"), QStringLiteral("edit"), QStringLiteral("KH"),
                                   QStringLiteral("--package-days"), QStringLiteral("365")});
    INFO(days.err.toStdString());
    REQUIRE(days.exitCode == 0);
    expectFailure(cli(path, {QStringLiteral("body"), QStringLiteral("edit"), QStringLiteral("KH"),
                             QStringLiteral("--package-days"), QStringLiteral("0")}),
                  2, "--package-days must be a number of days from 1 to 3650");
    REQUIRE(cli(path, forMakela + signing).exitCode == 0);
    const CliRun info = runCli(packageInfo);
    INFO(info.err.toStdString());
    CHECK(info.out.contains(QStringLiteral("Can be read until: 2027-05-11")));
    CHECK(info.out.contains(QStringLiteral("For: Aino Mäkelä")));
    CHECK(info.out.contains(QStringLiteral("signed by Paula Laatija")));
    CHECK(packageImage(member).contains(QByteArrayLiteral("Matti Meik")));
    const QByteArray before = fileDigest(member);

    const QString open = dir.path(QStringLiteral("julkinen.pykala-package"));
    REQUIRE(cli(path, {QStringLiteral("package"), QStringLiteral("KH 12/2026"), QStringLiteral("-o"), open,
                       QStringLiteral("--for"), QStringLiteral("public")})
                .exitCode == 0);
    CHECK_FALSE(readFile(open).contains(QByteArrayLiteral("Meikäläinen")));

    const CliRun listed = cli(path, {QStringLiteral("disclosures"), QStringLiteral("KH 12/2026"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray entries = json(listed).array();
    REQUIRE(entries.size() == 3);
    CHECK(entries.at(1).toObject().value(u"for").toString() == QStringLiteral("member"));
    CHECK(entries.at(1).toObject().value(u"recipient").toString() == QStringLiteral("Aino Mäkelä"));
    CHECK(entries.at(1).toObject().value(u"sha256").toString() == QString::fromLatin1(before));
    CHECK(entries.at(2).toObject().value(u"for").toString() == QStringLiteral("public"));
    CHECK(cli(path, {QStringLiteral("disclosures")}).out.count(u'\n') == 3);

    // Refusals: usage, then what may not be made; the store stays as it was.
    const QByteArray storeBefore = storeBytes(path);
    const QString other = dir.path(QStringLiteral("muu.pykala-package"));
    expectFailure(cli(path, {QStringLiteral("package"), QStringLiteral("KH 12/2026"), QStringLiteral("-o"), other}), 2,
                  "--for member or --for public");
    expectFailure(cli(path, {QStringLiteral("package"), QStringLiteral("KH 12/2026"), QStringLiteral("-o"), other,
                             QStringLiteral("--for"), QStringLiteral("everyone")}),
                  2, "--for must be member");
    // The other audiences of documents are not for packages.
    expectFailure(cli(path, {QStringLiteral("package"), QStringLiteral("KH 12/2026"), QStringLiteral("-o"), other,
                             QStringLiteral("--for"), QStringLiteral("internal")}),
                  2, "--for must be member");
    expectFailure(cli(path, QStringList{QStringLiteral("package"), QStringLiteral("KH 12/2026"), QStringLiteral("-o"),
                                        other, QStringLiteral("--for"), QStringLiteral("member")}
                                + signing),
                  1, "--recipient");
    expectFailure(cli(path, QStringList{QStringLiteral("package"), QStringLiteral("KH 12/2026"), QStringLiteral("-o"),
                                        other, QStringLiteral("--for"), QStringLiteral("member"),
                                        QStringLiteral("--recipient"), QStringLiteral("Naapurin Lehti")}
                                + signing),
                  1, "no seat or office");
    // A public package is neither signed nor encrypted.
    expectFailure(cli(path, QStringList{QStringLiteral("package"), QStringLiteral("KH 12/2026"), QStringLiteral("-o"),
                                        other, QStringLiteral("--for"), QStringLiteral("public")}
                                + signing),
                  2, "leave out --cert");
    // A store's file is never written over (on the server's run, a file of
    // one beside it).
    QString storeFile = path;
    if (testsOnServer()) {
        storeFile = dir.path(QStringLiteral("tiedosto.sqlite"));
        writeSampleFile(storeFile);
    }
    const QByteArray fileBefore = readFile(storeFile);
    expectFailure(cli(path, {QStringLiteral("package"), QStringLiteral("KH 12/2026"), QStringLiteral("-o"), storeFile,
                             QStringLiteral("--for"), QStringLiteral("public")}),
                  1, "not a meeting package");
    CHECK(readFile(storeFile) == fileBefore);
    CHECK_FALSE(QFile::exists(other));
    CHECK(storeBytes(path) == storeBefore);
}

TEST_CASE("publish replaces only an earlier publication of the same organisation", "[cli][documents][publish]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    {
        auto store = createStore(path);
        recordMeeting(*store);
    }
    auto publish = [&](const QString &target) {
        return cli(path, {QStringLiteral("publish"), QStringLiteral("KH 12/2026"), QStringLiteral("-o"), target});
    };
    // A user's folder: documents, a hidden key file and a subfolder. It is
    // refused and left as it was (before, it was deleted with exit 0).
    const QString own = dir.path(QStringLiteral("omat"));
    QDir().mkpath(own + QStringLiteral("/alikansio"));
    writeFile(own + QStringLiteral("/muistio.txt"), "muistio");
    writeFile(own + QStringLiteral("/.avain"), "salainen");
    writeFile(own + QStringLiteral("/alikansio/kuva.png"), "png");
    const CliRun refused = publish(own);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("already holds files that are not an earlier publication")));
    CHECK(refused.err.count(u'\n') == 1);
    CHECK(readFile(own + QStringLiteral("/muistio.txt")) == "muistio");
    CHECK(readFile(own + QStringLiteral("/.avain")) == "salainen");
    CHECK(readFile(own + QStringLiteral("/alikansio/kuva.png")) == "png");
    CHECK(QDir(own).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size() == 3);
    CHECK(QDir(dir.path(QString())).entryList(QDir::Hidden | QDir::AllEntries | QDir::NoDotAndDotDot).filter(
              QStringLiteral("omat")).size() == 1); // nothing renamed aside

    // "DIR/" as the README writes it is DIR; publishing again replaces it.
    const QString web = dir.path(QStringLiteral("web"));
    const CliRun first = publish(web + QLatin1Char('/'));
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(QFile::exists(web + QStringLiteral("/index.html")));
    CHECK(QFile::exists(web + QStringLiteral("/.pykala-publication.json")));
    writeFile(web + QStringLiteral("/vanha.html"), "old");
    const CliRun again = publish(web);
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK_FALSE(QFile::exists(web + QStringLiteral("/vanha.html")));
    CHECK(QFile::exists(web + QStringLiteral("/index.html")));
    // An empty folder is fine.
    const QString empty = dir.path(QStringLiteral("tyhja"));
    QDir().mkpath(empty);
    CHECK(publish(empty).exitCode == 0);

    // Another organisation's publication is refused.
    writeFile(web + QStringLiteral("/.pykala-publication.json"),
              R"({"publication": "pykala", "organisation": "Toinen kunta"})");
    const CliRun other = publish(web);
    CHECK(other.exitCode == 1);
    CHECK(other.err.contains(QStringLiteral("holds a publication of Toinen kunta, not of Testilän kunta")));
    CHECK(QFile::exists(web + QStringLiteral("/index.html")));
}

TEST_CASE("publish refuses attachments a browser would run, naming them", "[cli][documents][publish]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    qint64 itemId = 0;
    {
        auto store = createStore(path);
        const RecordedMeeting fixture = recordMeeting(*store);
        itemId = fixture.items.at(4).id; // § 5, public
    }
    const QString web = dir.path(QStringLiteral("web"));
    // Each would run at the publication's address, or is not what its name says.
    const QList<std::tuple<QString, QString, QByteArray, QString>> hostile{
        {QStringLiteral("kartta.html"), QStringLiteral("text/html"), QByteArrayLiteral("<script>alert(1)</script>"),
         QStringLiteral("its kind (.html) is not one that is published as it is")},
        {QStringLiteral("kuva.svg"), QStringLiteral("image/svg+xml"),
         QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"),
         QStringLiteral("its kind (.svg) is not one")},
        {QStringLiteral("sivu.xhtml"), QStringLiteral("application/xhtml+xml"), QByteArrayLiteral("<html/>"),
         QStringLiteral("its kind (.xhtml) is not one")},
        {QStringLiteral("lausunto.pdf"), QStringLiteral("application/pdf"), QByteArrayLiteral("<html><script>x</script>"),
         QStringLiteral("its content is not the .pdf its name says")},
        {QStringLiteral("muistio.txt"), QStringLiteral("text/plain"), QByteArrayLiteral("  <html><script>x</script>"),
         QStringLiteral("its content is not plain text")},
    };
    for (const auto &[name, type, content, why] : hostile) {
        INFO(name.toStdString());
        {
            auto store = openStore(path);
            for (const Attachment &earlier : required(store->attachments(itemId)))
                REQUIRE(store->removeAttachment(earlier.id).ok());
            Attachment attachment;
            attachment.itemId = itemId;
            attachment.name = name;
            attachment.mediaType = type;
            attachment.content = content;
            required(store->addAttachment(attachment));
        }
        const CliRun run = cli(path, {QStringLiteral("publish"), QStringLiteral("KH 12/2026"), QStringLiteral("-o"), web});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("Attachment 1 of § 5, \"%1\", cannot be published: %2").arg(name, why)));
        CHECK_FALSE(QFileInfo::exists(web));
    }
    // A PDF, an image and a CSV are published as they are.
    {
        auto store = openStore(path);
        for (const Attachment &earlier : required(store->attachments(itemId)))
            REQUIRE(store->removeAttachment(earlier.id).ok());
        for (const auto &[name, type, content] :
             {std::tuple{QStringLiteral("lausunto.pdf"), QStringLiteral("application/pdf"), QByteArrayLiteral("%PDF-1.4 x")},
              std::tuple{QStringLiteral("kuva.PNG"), QStringLiteral("image/png"), QByteArrayLiteral("\x89PNG\r\n\x1a\nxx")},
              std::tuple{QStringLiteral("luvut.csv"), QStringLiteral("text/csv"), QByteArrayLiteral("a;b\n1;2\n")}}) {
            Attachment attachment;
            attachment.itemId = itemId;
            attachment.name = name;
            attachment.mediaType = type;
            attachment.content = content;
            required(store->addAttachment(attachment));
        }
    }
    const CliRun published = cli(path, {QStringLiteral("publish"), QStringLiteral("KH 12/2026"), QStringLiteral("-o"), web});
    INFO(published.err.toStdString());
    REQUIRE(published.exitCode == 0);
    CHECK(QDir(web + QStringLiteral("/liitteet")).entryList(QDir::Files).size() == 3);
}

TEST_CASE("Control characters from a store or an argument reach the terminal shown, not obeyed", "[cli][bad-input]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    {
        auto store = createStore(path);
        recordMeeting(*store);
    }
    // Another tool wrote an escape sequence into a title (the store itself
    // refuses it): an OSC that retitles the terminal, and a C1 control.
    {
        RawConnection raw(path);
        REQUIRE(raw.exec(QStringLiteral("UPDATE agenda_item SET title = 'Tontin myynti' || %1 || ']0;pwned' "
                                        "|| %2 || %3 || '2J' WHERE title = 'Tontin myynti'")
                             .arg(raw.character(27), raw.character(7), raw.character(155))));
    }
    const CliRun shown = cli(path, {QStringLiteral("show"), QStringLiteral("KH 12/2026")});
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("Tontin myynti\\x1b]0;pwned\\x07\\u009b2J")));
    CHECK_FALSE(shown.out.contains(QChar(0x1B)));
    CHECK_FALSE(shown.out.contains(QChar(0x07)));
    CHECK_FALSE(shown.out.contains(QChar(0x9B)));
    // An argument echoed in an error message.
    const CliRun refused = cli(path, {QStringLiteral("show"), QStringLiteral("KH\x1b[2J 1/2026")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("KH\\x1b[2J")));
    CHECK_FALSE(refused.err.contains(QChar(0x1B)));
}

TEST_CASE("A store is set up and a meeting prepared, convened and cancelled from a script", "[cli][register]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("rekisteri.sqlite"));
    auto run = [&](const QStringList &arguments) {
        const CliRun result = cli(path, arguments);
        INFO(arguments.join(u' ').toStdString() << "\n" << result.err.toStdString());
        return result;
    };
    auto ok = [&](const QStringList &arguments) {
        const CliRun result = run(arguments);
        INFO(arguments.join(u' ').toStdString() << "\n" << result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        return result;
    };
    auto newId = [&](const QStringList &arguments) {
        return QJsonDocument::fromJson(ok(arguments + QStringList{QStringLiteral("--json")}).out.toUtf8())
            .object()[QStringLiteral("id")].toInteger();
    };
    ok({QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Testilän kunta")});
    CHECK(newId({QStringLiteral("body"), QStringLiteral("add"), QStringLiteral("--short"), QStringLiteral("KH"),
                 QStringLiteral("--name"), QStringLiteral("Kunnanhallitus"), QStringLiteral("--kind"), QStringLiteral("board"),
                 QStringLiteral("--place"), QStringLiteral("Kunnantalo, kokoushuone 2"), QStringLiteral("--time"),
                 QStringLiteral("16.30"), QStringLiteral("--signing"), QStringLiteral("electronic")})
          == 1);
    const QJsonObject body = QJsonDocument::fromJson(ok({QStringLiteral("body"), QStringLiteral("KH"), QStringLiteral("--json")}).out.toUtf8()).object();
    CHECK(body[QStringLiteral("quorumRule")].toString() == QStringLiteral("more-than-half"));
    CHECK(body[QStringLiteral("defaultStart")].toString() == QStringLiteral("16:30"));
    CHECK(body[QStringLiteral("signsElectronically")].toBool());
    // A council takes the two-thirds quorum of kuntalaki 103 § by default.
    ok({QStringLiteral("body"), QStringLiteral("add"), QStringLiteral("--short"), QStringLiteral("KV"),
        QStringLiteral("--name"), QStringLiteral("Kunnanvaltuusto"), QStringLiteral("--kind"), QStringLiteral("council")});
    CHECK(QJsonDocument::fromJson(ok({QStringLiteral("body"), QStringLiteral("KV"), QStringLiteral("--json")}).out.toUtf8())
              .object()[QStringLiteral("quorumRule")].toString() == QStringLiteral("two-thirds"));

    const qint64 chair = newId({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--given"),
                                QStringLiteral("Aino"), QStringLiteral("--family"), QStringLiteral("Mäkelä")});
    newId({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--given"), QStringLiteral("Pekka"),
           QStringLiteral("--family"), QStringLiteral("Niemi")});
    newId({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--given"), QStringLiteral("Olli"),
           QStringLiteral("--family"), QStringLiteral("Lahti")});
    ok({QStringLiteral("person"), QStringLiteral("edit"), QStringLiteral("Aino Mäkelä"), QStringLiteral("--title"),
        QStringLiteral("yrittäjä")});
    const QStringList membership{QStringLiteral("membership"), QStringLiteral("add"), QStringLiteral("--body"),
                                 QStringLiteral("KH"), QStringLiteral("--from"), QStringLiteral("1.6.2025")};
    ok(membership + QStringList{QStringLiteral("--person"), QString::number(chair), QStringLiteral("--role"), QStringLiteral("chair")});
    const qint64 niemi = newId(membership + QStringList{QStringLiteral("--person"), QStringLiteral("pekka niemi"),
                                                        QStringLiteral("--role"), QStringLiteral("member")});
    ok(membership + QStringList{QStringLiteral("--person"), QStringLiteral("Olli Lahti"), QStringLiteral("--role"),
                                QStringLiteral("deputy"), QStringLiteral("--deputy-for"), QStringLiteral("Pekka Niemi")});
    const QJsonArray listed = QJsonDocument::fromJson(ok({QStringLiteral("memberships"), QStringLiteral("--json")}).out.toUtf8()).array();
    REQUIRE(listed.size() == 3);
    CHECK(listed.at(2)[QStringLiteral("deputyFor")].toString() == QStringLiteral("Pekka Niemi"));
    CHECK(listed.at(0)[QStringLiteral("validFrom")].toString() == QStringLiteral("2025-06-01"));
    // Niemi leaves: the membership ends, its history stays — his personal
    // deputy's first, since a deputy's membership lies within the member's.
    const QJsonArray deputyBefore = QJsonDocument::fromJson(ok({QStringLiteral("memberships"), QStringLiteral("--json")}).out.toUtf8()).array();
    ok({QStringLiteral("membership"), QStringLiteral("end"), QString::number(deputyBefore.at(2)[QStringLiteral("id")].toInteger()),
        QStringLiteral("--until"), QStringLiteral("2026-01-31")});
    ok({QStringLiteral("membership"), QStringLiteral("end"), QString::number(niemi), QStringLiteral("--until"),
        QStringLiteral("2026-01-31")});
    CHECK(QJsonDocument::fromJson(ok({QStringLiteral("memberships"), QStringLiteral("--json")}).out.toUtf8())
              .array().at(1)[QStringLiteral("validUntil")].toString() == QStringLiteral("2026-01-31"));

    // Bad input: one message each, exit 2 for the command line, 1 for what
    // the store refuses; the store as it was.
    const QString before = QString::fromLatin1(fileDigest(path));
    const QList<std::pair<QStringList, QString>> refused{
        {{QStringLiteral("body"), QStringLiteral("add"), QStringLiteral("--short"), QStringLiteral("YL"),
          QStringLiteral("--name"), QStringLiteral("Ylä"), QStringLiteral("--kind"), QStringLiteral("lautakunta")},
         QStringLiteral("--kind must be one of council, board, committee, section, not \"lautakunta\".")},
        {{QStringLiteral("body"), QStringLiteral("add"), QStringLiteral("--short"), QStringLiteral("KH"),
          QStringLiteral("--name"), QStringLiteral("Toinen"), QStringLiteral("--kind"), QStringLiteral("board")},
         QStringLiteral("There already is a body with the short name KH.")},
        {{QStringLiteral("body"), QStringLiteral("edit"), QStringLiteral("KH"), QStringLiteral("--time"), QStringLiteral("25:00")},
         QStringLiteral("--time must be a time such as 16:00, not \"25:00\".")},
        {{QStringLiteral("membership"), QStringLiteral("add"), QStringLiteral("--body"), QStringLiteral("KH"),
          QStringLiteral("--person"), QStringLiteral("Olli Lahti"), QStringLiteral("--role"), QStringLiteral("deputy"),
          QStringLiteral("--from"), QStringLiteral("2025-06-01")},
         QStringLiteral("A personal deputy must name the member they stand in for")},
        {{QStringLiteral("membership"), QStringLiteral("add"), QStringLiteral("--body"), QStringLiteral("KH"),
          QStringLiteral("--person"), QStringLiteral("Matti Meikäläinen"), QStringLiteral("--role"), QStringLiteral("member"),
          QStringLiteral("--from"), QStringLiteral("2025-06-01")},
         QStringLiteral("There is no person \"Matti Meikäläinen\"")},
        {{QStringLiteral("membership"), QStringLiteral("add"), QStringLiteral("--body"), QStringLiteral("KH"),
          QStringLiteral("--person"), QStringLiteral("Olli Lahti"), QStringLiteral("--role"), QStringLiteral("member"),
          QStringLiteral("--from"), QStringLiteral("31.2.2025")},
         QStringLiteral("--from must be a date such as 2026-12-14 or 14.12.2026, not \"31.2.2025\".")},
        {{QStringLiteral("membership"), QStringLiteral("end"), QString::number(niemi), QStringLiteral("--until"),
          QStringLiteral("2024-12-31")},
         QStringLiteral("cannot end (2024-12-31) before it starts (2025-06-01)")},
        {{QStringLiteral("meeting"), QStringLiteral("add"), QStringLiteral("--body"), QStringLiteral("KV"),
          QStringLiteral("--date"), QStringLiteral("2026-12-14")},
         QStringLiteral("Give the meeting's place with --place")},
        // An option of another action is not taken silently.
        {{QStringLiteral("membership"), QStringLiteral("end"), QString::number(niemi), QStringLiteral("--until"),
          QStringLiteral("2026-06-30"), QStringLiteral("--role"), QStringLiteral("chair")},
         QStringLiteral("membership end takes no --role option.")},
    };
    for (const auto &[arguments, message] : refused) {
        const CliRun result = run(arguments);
        INFO(arguments.join(u' ').toStdString());
        CHECK(result.exitCode != 0);
        CHECK(result.err.contains(message));
        CHECK(result.err.count(u'\n') == 1);
    }
    CHECK(QString::fromLatin1(fileDigest(path)) == before);

    // A meeting takes the body's place and time and the opening items.
    ok({QStringLiteral("meeting"), QStringLiteral("add"), QStringLiteral("--body"), QStringLiteral("KH"),
        QStringLiteral("--date"), QStringLiteral("14.12.2026")});
    const QString shown = ok({QStringLiteral("show"), QStringLiteral("KH 1/2026")}).out;
    CHECK(shown.contains(QStringLiteral("klo 16.30–18.30")));
    CHECK(shown.contains(QStringLiteral("Paikka: Kunnantalo, kokoushuone 2")));
    CHECK(shown.contains(QStringLiteral("3.      Esityslistan hyväksyminen")));
    ok({QStringLiteral("item"), QStringLiteral("add"), QStringLiteral("KH 1/2026"), QStringLiteral("--title"),
        QStringLiteral("Talousarvio 2027"), QStringLiteral("--proposal"),
        QStringLiteral("Kunnanhallitus esittää talousarvion.\n\nValtuusto hyväksyy sen."), QStringLiteral("--presenter"),
        QStringLiteral("Aino Mäkelä")});
    {
        auto store = openStore(path);
        const QList<AgendaItem> items = store->agendaItems(store->findMeeting(QStringLiteral("KH 1/2026"))->id).value();
        REQUIRE(items.size() == 4);
        CHECK(items.last().position == 4);
        CHECK(items.last().proposal == QStringLiteral("<p>Kunnanhallitus esittää talousarvion.</p><p>Valtuusto hyväksyy sen.</p>"));
        CHECK(items.last().presenterPersonId == chair);
    }
    ok({QStringLiteral("meeting"), QStringLiteral("convene"), QStringLiteral("KH 1/2026"), QStringLiteral("--date"),
        QStringLiteral("2026-12-08")});
    ok({QStringLiteral("meeting"), QStringLiteral("edit"), QStringLiteral("KH 1/2026"), QStringLiteral("--time"),
        QStringLiteral("17:00"), QStringLiteral("--end"), QStringLiteral("19:00"), QStringLiteral("--mode"), QStringLiteral("hybrid")});
    CHECK(ok({QStringLiteral("show"), QStringLiteral("KH 1/2026")}).out.contains(QStringLiteral("klo 17.00–19.00")));
    // Moved late, it keeps its two hours and ends after midnight.
    ok({QStringLiteral("meeting"), QStringLiteral("edit"), QStringLiteral("KH 1/2026"), QStringLiteral("--time"),
        QStringLiteral("23:00")});
    CHECK(ok({QStringLiteral("show"), QStringLiteral("KH 1/2026")}).out.contains(QStringLiteral("klo 23.00 – 15.12.2026 klo 1.00")));
    const CliRun noReason = run({QStringLiteral("meeting"), QStringLiteral("cancel"), QStringLiteral("KH 1/2026")});
    CHECK(noReason.exitCode == 2);
    ok({QStringLiteral("meeting"), QStringLiteral("cancel"), QStringLiteral("KH 1/2026"), QStringLiteral("--reason"),
        QStringLiteral("Ei käsiteltäviä asioita.")});
    CHECK(ok({QStringLiteral("show"), QStringLiteral("KH 1/2026")}).out.contains(QStringLiteral("Tila: peruttu (Ei käsiteltäviä asioita.)")));
    const QString html = dir.path(QStringLiteral("esityslista.html"));
    ok({QStringLiteral("agenda"), QStringLiteral("KH 1/2026"), QStringLiteral("-o"), html});
    CHECK(QString::fromUtf8(readFile(html)).contains(QStringLiteral("Kokous on peruttu: Ei käsiteltäviä asioita.")));
    const CliRun again = run({QStringLiteral("meeting"), QStringLiteral("convene"), QStringLiteral("KH 1/2026")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("Only a meeting still to be held can be convened (this one is cancelled).")));
    const Meeting cancelled = openStore(path)->findMeeting(QStringLiteral("KH 1/2026")).value();
    CHECK(cancelled.convened == QDate(2026, 12, 8));
    CHECK(cancelled.mode == MeetingMode::Hybrid);
    CHECK(ok({QStringLiteral("check")}).exitCode == 0);
}

TEST_CASE("membership edit, resign, term and remove do what the desktop's register does", "[cli][register]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("jasenet.sqlite"));
    auto run = [&](const QStringList &arguments) { return cli(path, arguments); };
    auto ok = [&](const QStringList &arguments) {
        const CliRun result = run(arguments);
        INFO(arguments.join(u' ').toStdString() << "\n" << result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        return result;
    };
    auto S = [](const char *text) { return QString::fromUtf8(text); };
    ok({S("init"), S("--name"), S("Testilän kunta")});
    ok({S("body"), S("add"), S("--short"), S("KH"), S("--name"), S("Kunnanhallitus"), S("--kind"), S("board")});
    for (const char *family : {"Mäkelä", "Niemi", "Lahti", "Salo", "Koski"})
        ok({S("person"), S("add"), S("--given"), S("Testi"), S("--family"), S(family)});
    // 1 Mäkelä chair, 2 Niemi member, 3 Lahti his deputy; the term 1.6.2025–31.5.2029.
    const QStringList add{S("membership"), S("add"), S("--body"), S("KH"), S("--from"), S("2025-06-01"), S("--until"),
                          S("2029-05-31")};
    ok(add + QStringList{S("--person"), S("Testi Mäkelä"), S("--role"), S("chair")});
    ok(add + QStringList{S("--person"), S("Testi Niemi"), S("--role"), S("member")});
    ok(add + QStringList{S("--person"), S("Testi Lahti"), S("--role"), S("deputy"), S("--deputy-for"), S("Testi Niemi")});
    auto listed = [&] {
        return QJsonDocument::fromJson(ok({S("memberships"), S("--json")}).out.toUtf8()).array();
    };

    // Bad input: a message each, exit 2 for the command line and 1 for what
    // the store refuses, and the store as it was.
    const QByteArray before = fileDigest(path);
    const QList<std::tuple<QStringList, int, QString>> refused{
        {{S("membership"), S("edit"), S("2")}, 2,
         S("membership edit needs at least one of --role, --deputy-for, --from and --until.")},
        {{S("membership"), S("edit"), S("kaksi"), S("--until"), S("2027-05-31")}, 2,
         S("Name the membership by its id, as 'pykala-cli memberships' lists it, not \"kaksi\".")},
        {{S("membership"), S("edit"), S("99"), S("--until"), S("2027-05-31")}, 1,
         S("There is no membership with id 99. 'pykala-cli memberships' lists them.")},
        {{S("membership"), S("edit"), S("2"), S("--until"), S("31.13.2027")}, 2,
         S("--until must be a date such as 2026-12-14 or 14.12.2026, not \"31.13.2027\".")},
        {{S("membership"), S("edit"), S("2"), S("--deputy-for"), S("Testi Mäkelä")}, 2,
         S("Only a personal deputy (--role deputy) stands in for a member; this membership's role is member.")},
        {{S("membership"), S("edit"), S("1"), S("--role"), S("deputy")}, 2,
         S("A personal deputy stands in for a member: give --deputy-for PERSON.")},
        {{S("membership"), S("edit"), S("2"), S("--body"), S("KH")}, 2, S("membership edit takes no --body option.")},
        // Niemi's seat shorter than his deputy's membership; the deputy beyond his seat.
        {{S("membership"), S("edit"), S("2"), S("--until"), S("2027-05-31")}, 1,
         S("Testi Lahti is the personal deputy of Testi Niemi in KH for 1.6.2025–31.5.2029")},
        {{S("membership"), S("edit"), S("3"), S("--until"), S("")}, 1,
         S("Testi Lahti cannot be the personal deputy of Testi Niemi in KH from 1.6.2025 on")},
        {{S("membership"), S("edit"), S("3"), S("--deputy-for"), S("Testi Salo")}, 1,
         S("Testi Salo does not hold a seat in KH")},
        {{S("membership"), S("resign"), S("2"), S("--successor"), S("Testi Salo")}, 2,
         S("membership resign needs --successor, who takes the seat, and --from, their first day.")},
        {{S("membership"), S("resign"), S("2"), S("--successor"), S("Testi Tuntematon"), S("--from"), S("2026-09-01")}, 1,
         S("There is no person \"Testi Tuntematon\" in the store.")},
        {{S("membership"), S("resign"), S("2"), S("--successor"), S("Testi Niemi"), S("--from"), S("2026-09-01")}, 1,
         S("The successor is the person leaving; choose someone else.")},
        {{S("membership"), S("resign"), S("2"), S("--successor"), S("Testi Salo"), S("--from"), S("2029-06-01")}, 1,
         S("The membership does not run on both 31.5.2029 and 1.6.2029")},
        {{S("membership"), S("resign"), S("2"), S("--successor"), S("Testi Salo"), S("--from"), S("2026-09-01"),
          S("--until"), S("2026-12-31")}, 2, S("membership resign takes no --until option.")},
        {{S("membership"), S("term"), S("--body"), S("KH")}, 2,
         S("membership term needs --body and --last-day, the last day of the term that ends")},
        {{S("membership"), S("term"), S("--body"), S("KV"), S("--last-day"), S("2027-05-31")}, 1,
         S("There is no body with the short name KV.")},
        {{S("membership"), S("term"), S("2"), S("--body"), S("KH"), S("--last-day"), S("2027-05-31")}, 2,
         S("Usage: pykala-cli membership add")},
        {{S("membership"), S("remove"), S("2")}, 1, S("Testi Lahti is the personal deputy of Testi Niemi")},
        {{S("membership"), S("remove"), S("99")}, 1, S("There is no membership with id 99.")},
        {{S("membership"), S("remove"), S("2"), S("--officials")}, 2, S("membership remove takes no --officials option.")},
        {{S("membership"), S("resign")}, 2, S("Usage: pykala-cli membership add")},
    };
    for (const auto &[arguments, code, message] : refused) {
        const CliRun result = run(arguments);
        INFO(arguments.join(u' ').toStdString() << "\n" << result.err.toStdString());
        CHECK(result.exitCode == code);
        CHECK(result.err.contains(message));
        CHECK(result.err.count(u'\n') == 1);
    }
    CHECK(fileDigest(path) == before);

    // Edit: the deputy for the chair instead, and for a shorter time; an
    // empty --until runs on with no end.
    const QJsonObject edited = json(ok({S("membership"), S("edit"), S("3"), S("--deputy-for"), S("Testi Mäkelä"),
                                        S("--until"), S("31.12.2026"), S("--json")})).object();
    CHECK(edited[S("deputyFor")].toString() == S("Testi Mäkelä"));
    CHECK(edited[S("validUntil")].toString() == S("2026-12-31"));
    CHECK(ok({S("membership"), S("edit"), S("3"), S("--deputy-for"), S("Testi Niemi"), S("--until"), S("2029-05-31")})
              .out == S("Saved membership 3:\n   3  KH  Testi Lahti  deputy (deputy for Testi Niemi)  2025-06-01–2029-05-31\n"));
    ok({S("membership"), S("edit"), S("1"), S("--until"), S("")});
    CHECK(listed().at(0)[S("validUntil")].isNull());

    // Niemi resigns; Salo holds the seat from 1.9.2026 and Lahti stands in for her.
    const QJsonObject resigned = json(ok({S("membership"), S("resign"), S("2"), S("--successor"), S("Testi Salo"),
                                          S("--from"), S("1.9.2026"), S("--json")})).object();
    CHECK(resigned[S("successorMembershipId")].toInteger() == 4);
    CHECK(resigned[S("deputiesMoved")].toInt() == 1);
    CHECK(resigned[S("deputiesEnded")].toInt() == 0);
    CHECK_FALSE(resigned[S("successorWasDeputy")].toBool());
    QStringList lines;
    for (const QJsonValue &m : listed())
        lines << QStringLiteral("%1 %2 %3 %4 %5–%6")
                     .arg(m[S("id")].toInteger())
                     .arg(m[S("person")].toString(), m[S("role")].toString(), m[S("deputyFor")].toString(),
                          m[S("validFrom")].toString(), m[S("validUntil")].toString());
    CHECK(lines == QStringList{S("1 Testi Mäkelä chair  2025-06-01–"), S("2 Testi Niemi member  2025-06-01–2026-08-31"),
                               S("4 Testi Salo member  2026-09-01–2029-05-31"),
                               S("3 Testi Lahti deputy Testi Niemi 2025-06-01–2026-08-31"),
                               S("5 Testi Lahti deputy Testi Salo 2026-09-01–2029-05-31")});
    // Lahti takes Salo's seat from 2027: the successor was the deputy.
    CHECK(ok({S("membership"), S("resign"), S("4"), S("--successor"), S("Testi Lahti"), S("--from"), S("2027-01-01")}).out
          == S("Membership 4 ends on 2026-12-31; Testi Lahti holds it from 2027-01-01 (membership 6).\n"
               "The successor was the member's personal deputy: that deputy membership ended too.\n"));
    // Koski added by mistake as a member, with a deputy: removed, the deputy first.
    ok(add + QStringList{S("--person"), S("Testi Koski"), S("--role"), S("vice-chair")});
    ok(add + QStringList{S("--person"), S("Testi Niemi"), S("--role"), S("deputy"), S("--deputy-for"), S("Testi Koski")});
    CHECK(ok({S("membership"), S("remove"), S("8")}).out == S("Removed membership 8.\n"));
    ok({S("membership"), S("remove"), S("7")});
    CHECK(listed().size() == 6);

    // The term ends on 31.5.2027: Lahti's seat and Mäkelä's chair, which had
    // no end, end on it; the rest ended before.
    CHECK(json(ok({S("membership"), S("term"), S("--body"), S("KH"), S("--last-day"), S("2027-05-31"), S("--json")}))
              .object()[S("ended")].toInt() == 2);
    CHECK(ok({S("membership"), S("term"), S("--body"), S("KH"), S("--last-day"), S("2027-05-31"), S("--officials")}).out
          .startsWith(S("0 membership")));
    CHECK(listed().at(0)[S("validUntil")].toString() == S("2027-05-31"));
    CHECK(ok({S("check")}).exitCode == 0);
}

TEST_CASE("Lines and tabs in a one-line text are refused from the command line, the field named", "[cli][bad-input]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("rivit.sqlite"));
    REQUIRE(cli(path, {QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Testilän kunta")}).exitCode == 0);
    const QByteArray before = fileDigest(path);
    expectFailure(cli(path, {QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--given"), QStringLiteral("Aino"),
                             QStringLiteral("--family"), QStringLiteral("Mäkelä\nRm -rf")}),
                  1, "The family name of a person must be on one line: a line break or a tab (U+000a at character 7)");
    expectFailure(cli(path, {QStringLiteral("body"), QStringLiteral("add"), QStringLiteral("--short"), QStringLiteral("KH"),
                             QStringLiteral("--name"), QStringLiteral("Kunnan\thallitus"), QStringLiteral("--kind"),
                             QStringLiteral("board")}),
                  1, "The name of a body must be on one line");
    expectFailure(cli(path, {QStringLiteral("organisation"), QStringLiteral("--email"), QStringLiteral("kirjaamo@testila.fi\nBcc: x@y.fi")}),
                  1, "The registry e-mail address of the organisation must be on one line");
    CHECK(fileDigest(path) == before);
    // The registry's address is lines.
    CHECK(cli(path, {QStringLiteral("organisation"), QStringLiteral("--address"),
                     QStringLiteral("Testilän kunta\nKirjaamo\nKunnantie 1")}).exitCode == 0);
}

TEST_CASE("publish: the agenda before the meeting, the minutes once checked and, signed electronically, once every signature is in", "[cli][publish]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("julkaisu.sqlite"));
    {
        auto store = createStore(path);
        Meeting held = recordMeeting(*store).meeting; // KH 12/2026, closed
        addUnheldMeeting(*store, held);               // KH 13/2026, convened
        held.minutesChecked = QDate();                // not checked yet
        held.minutesPublished = QDate();
        REQUIRE(store->updateMeeting(held).ok());
    }
    auto publish = [&](const QString &meeting, const QString &folder) {
        return cli(path, {QStringLiteral("publish"), meeting, QStringLiteral("-o"), dir.path(folder)});
    };
    // A meeting still to be held: its public agenda.
    const CliRun agenda = publish(QStringLiteral("KH 13/2026"), QStringLiteral("kh13"));
    INFO(agenda.err.toStdString());
    CHECK(agenda.exitCode == 0);
    // Held, not checked: refused, and nothing written.
    const CliRun unchecked = publish(QStringLiteral("KH 12/2026"), QStringLiteral("kh12"));
    CHECK(unchecked.exitCode == 1);
    CHECK(unchecked.err.contains(QStringLiteral("The minutes of KH 12/2026 have not been checked")));
    CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("kh12"))));
    REQUIRE(cli(path, {QStringLiteral("publication"), QStringLiteral("KH 12/2026"), QStringLiteral("--checked"),
                       QStringLiteral("2026-05-12")}).exitCode == 0);
    // The body signs electronically: not before its signatures are in.
    REQUIRE(cli(path, {QStringLiteral("body"), QStringLiteral("edit"), QStringLiteral("KH"), QStringLiteral("--signing"),
                       QStringLiteral("electronic")}).exitCode == 0);
    const CliRun unsigned_ = publish(QStringLiteral("KH 12/2026"), QStringLiteral("kh12"));
    CHECK(unsigned_.exitCode == 1);
    CHECK(unsigned_.err.contains(QStringLiteral("are signed electronically and have not been signed yet")));
    // Nor is its day of publication recorded before then.
    const CliRun day = cli(path, {QStringLiteral("publication"), QStringLiteral("KH 12/2026"), QStringLiteral("--published"),
                                  QStringLiteral("2026-05-13")});
    CHECK(day.exitCode == 1);
    CHECK(day.err.contains(QStringLiteral("have not been signed yet")));
    CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral("kh12"))));
    // On paper: checked is enough.
    REQUIRE(cli(path, {QStringLiteral("body"), QStringLiteral("edit"), QStringLiteral("KH"), QStringLiteral("--signing"),
                       QStringLiteral("paper")}).exitCode == 0);
    const CliRun minutes = publish(QStringLiteral("KH 12/2026"), QStringLiteral("kh12"));
    INFO(minutes.err.toStdString());
    CHECK(minutes.exitCode == 0);
    CHECK(QFileInfo::exists(dir.path(QStringLiteral("kh12/index.html"))));
}

TEST_CASE("A file's audit log names whom --user says, a server's only the user signed in",
          "[cli][audit]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("author.sqlite"));
    REQUIRE(cli(path, {QStringLiteral("init")}).exitCode == 0);
    const QStringList addBody{QStringLiteral("body"), QStringLiteral("add"), QStringLiteral("--short"),
                              QStringLiteral("KH"), QStringLiteral("--name"), QStringLiteral("Kunnanhallitus"),
                              QStringLiteral("--kind"), QStringLiteral("board")};
    auto author = [&] {
        auto store = openStore(path);
        const QList<Body> bodies = required(store->bodies());
        REQUIRE(bodies.size() == 1);
        const auto change = required(store->lastChange(QStringLiteral("body"), bodies.first().id));
        REQUIRE(change.has_value());
        return change->actor;
    };
    const CliRun named = cli(path, QStringList{QStringLiteral("--user"), QStringLiteral("aino")} + addBody);
    if (testsOnServer()) {
        // Nobody signs another's name: refused, nothing written.
        expectFailure(named, 1, "a server's log names the user you signed in as (pykala)");
        CHECK(required(openStore(path)->bodies()).isEmpty());
        // Naming the user signed in, or nobody, is the same.
        REQUIRE(cli(path, QStringList{QStringLiteral("--user"), QStringLiteral("pykala")} + addBody).exitCode == 0);
        CHECK(author() == QStringLiteral("pykala"));
    } else {
        INFO(named.err.toStdString());
        REQUIRE(named.exitCode == 0);
        CHECK(author() == QStringLiteral("aino"));
    }
}

TEST_CASE("access sets up roles and gives logins on a server, and says a file has none", "[cli][access]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("access.sqlite"));
    writeSampleFile(path); // a file, whatever the engine of the tests
    expectFailure(cli(path, {QStringLiteral("access"), QStringLiteral("setup")}), 1, "A store file has no roles");
    expectFailure(cli(path, {QStringLiteral("access"), QStringLiteral("grant"), QStringLiteral("aino"),
                             QStringLiteral("--role"), QStringLiteral("member")}),
                  1, "A store file has no logins");
    expectFailure(cli(path, {QStringLiteral("access"), QStringLiteral("grant"), QStringLiteral("aino")}), 2,
                  "access grant needs --role");
    if (!testsOnServer())
        return;
    const QString server = dir.path(QStringLiteral("access-server.sqlite"));
    addSample(*createStore(server));
    const QString login = storeLocation(server).section(u'/', 3).section(u'?', 0, 0) + QStringLiteral("_aino");
    REQUIRE(cli(server, {QStringLiteral("access"), QStringLiteral("setup")}).exitCode == 0);
    // A member without a person, a secretary without bodies, a role that is not one: refused, nothing given.
    expectFailure(cli(server, {QStringLiteral("access"), QStringLiteral("grant"), login, QStringLiteral("--role"),
                               QStringLiteral("member")}),
                  1, "needs the person it belongs to");
    expectFailure(cli(server, {QStringLiteral("access"), QStringLiteral("grant"), login, QStringLiteral("--role"),
                               QStringLiteral("secretary"), QStringLiteral("--person"), QStringLiteral("Aino Mäkelä")}),
                  1, "works for given bodies");
    expectFailure(cli(server, {QStringLiteral("access"), QStringLiteral("grant"), login, QStringLiteral("--role"),
                               QStringLiteral("boss"), QStringLiteral("--person"), QStringLiteral("Aino Mäkelä")}),
                  1, "There is no role \"boss\"");
    // The tests' own user owns the store: no role would bind it.
    expectFailure(cli(server, {QStringLiteral("access"), QStringLiteral("grant"), QStringLiteral("pykala"),
                               QStringLiteral("--role"), QStringLiteral("public")}),
                  1, "a role would not bind it");
    CHECK(cli(server, {QStringLiteral("access"), QStringLiteral("list")}).out.contains(QStringLiteral("no logins")));
    const CliRun granted = cli(server, {QStringLiteral("access"), QStringLiteral("grant"), login, QStringLiteral("--role"),
                                        QStringLiteral("secretary"), QStringLiteral("--person"),
                                        QStringLiteral("Aino Mäkelä"), QStringLiteral("--body"), QStringLiteral("KH")});
    INFO(granted.err.toStdString());
    REQUIRE(granted.exitCode == 0);
    const CliRun listed = cli(server, {QStringLiteral("access"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray logins = json(listed).array();
    REQUIRE(logins.size() == 1);
    CHECK(logins.at(0).toObject() == QJsonObject{{QStringLiteral("login"), login},
                                                 {QStringLiteral("role"), QStringLiteral("secretary")},
                                                 {QStringLiteral("person"), QStringLiteral("Aino Mäkelä")},
                                                 {QStringLiteral("bodies"), QJsonArray{QStringLiteral("KH")}}});
    REQUIRE(cli(server, {QStringLiteral("access"), QStringLiteral("revoke"), login}).exitCode == 0);
    CHECK(json(cli(server, {QStringLiteral("access"), QStringLiteral("list"), QStringLiteral("--json")})).array().isEmpty());
}
