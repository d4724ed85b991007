// pykala-cli import-members, as a secretary or a script runs it.

#include <catch2/catch.hpp>

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString example = QStringLiteral(PYKALA_SOURCE_DIR "/docs/examples/jasenet.csv");

CliRun members(const QString &store, QStringList arguments, const QByteArray &input = {})
{
    arguments.prepend(QStringLiteral("import-members"));
    arguments.prepend(store);
    arguments.prepend(QStringLiteral("--store"));
    return runCli(arguments, input);
}

// A store with the bodies the example file names, closed.
QString storeWithBodies(const TestDir &dir)
{
    const QString path = dir.path(QStringLiteral("kunta.sqlite"));
    auto store = createStore(path);
    required(store->addBody({0, QStringLiteral("Kunnanhallitus"), QStringLiteral("KH"), BodyKind::Board,
                             QuorumRule::MoreThanHalf}));
    required(store->addBody({0, QStringLiteral("Kunnanvaltuusto"), QStringLiteral("KV"), BodyKind::Council,
                             QuorumRule::TwoThirds}));
    return path;
}

// What the store holds: its audit entries, persons and memberships.
std::tuple<qint64, qsizetype, qsizetype> contents(const QString &path)
{
    auto store = openStore(path);
    return {required(store->check()).auditEntries, required(store->persons()).size(),
            required(store->memberships()).size()};
}

QJsonObject jsonObjectOf(const CliRun &run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    INFO(run.out.left(300).toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

void expectUsage(const CliRun &run, const char *text)
{
    INFO("stderr: " << run.err.toStdString());
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QString::fromUtf8(text)));
}

} // namespace

TEST_CASE("import-members imports the example file and prints what it did, again, it adds nothing", "[cli]")
{
    TestDir dir;
    const QString store = storeWithBodies(dir);
    const auto before = contents(store);

    const CliRun dry = members(store, {example, QStringLiteral("--dry-run")});
    INFO(dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("jasenet.csv: 12 rows of members (UTF-8, separated by \";\").")));
    CHECK(dry.out.contains(QStringLiteral("10 new persons:\n  Aino Mäkelä\n  Östen Åberg\n")));
    CHECK(dry.out.contains(QStringLiteral("\n  Ville Vesa\n0 persons already in the store.\n")));
    CHECK(dry.out.contains(QStringLiteral("12 new memberships; 0 already in the store, passed over.")));
    CHECK(dry.out.endsWith(QStringLiteral("Dry run: nothing was written.\n")));
    CHECK(dry.err.isEmpty());
    CHECK(contents(store) == before);

    const CliRun run = members(store, {example});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("10 new persons:")));
    CHECK(run.out.endsWith(QStringLiteral("Imported.\n")));
    CHECK(contents(store) == std::tuple{std::get<0>(before) + 22, qsizetype(10), qsizetype(12)});

    const CliRun again = members(store, {example, QStringLiteral("--json")});
    REQUIRE(again.exitCode == 0);
    const QJsonObject summary = jsonObjectOf(again);
    CHECK(summary.value(u"encoding").toString() == QStringLiteral("UTF-8"));
    CHECK(summary.value(u"separator").toString() == QStringLiteral(";"));
    CHECK(summary.value(u"rows").toInt() == 12);
    CHECK(summary.value(u"personsAdded").toArray().isEmpty());
    CHECK(summary.value(u"personsMatched").toArray().size() == 10);
    CHECK(summary.value(u"personsMatched")[0].toString() == QStringLiteral("Aino Mäkelä"));
    CHECK(summary.value(u"membershipsAdded").toInt() == 0);
    CHECK(summary.value(u"membershipsSkipped").toInt() == 12);
    CHECK(summary.value(u"written").toBool());
    CHECK(contents(store) == std::tuple{std::get<0>(before) + 22, qsizetype(10), qsizetype(12)});

    // Standard input, as a pipe gives it.
    const CliRun piped = members(store, {QStringLiteral("-")}, readFile(example));
    CHECK(piped.exitCode == 0);
    CHECK(piped.out.contains(QStringLiteral("0 new memberships; 12 already in the store, passed over.")));
}

TEST_CASE("import-members prints every problem on stderr, exits 1 and imports nothing", "[cli]")
{
    TestDir dir;
    const QString store = storeWithBodies(dir);
    const auto before = contents(store);
    const QString bad = dir.path(QStringLiteral("huono.csv"));
    writeFile(bad, "Toimielin;Etunimi;Sukunimi;Rooli;Alkaen\r\n"
                   "KH;Aino;Mäkelä;jäsen;1.6.2025\r\n"
                   "XX;Pekka;Pöyhönen;jäsen;1.6.2025\r\n"
                   "KH;Liisa;;jäsen;31.6.2025\r\n");

    const CliRun run = members(store, {bad});
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    CHECK(run.err == QStringLiteral("pykala-cli: %1: The file has 3 problems; nothing was imported.\n"
                                    "  Row 3, column \"Toimielin\": there is no body \"XX\" in the store; the bodies "
                                    "are KV (Kunnanvaltuusto), KH (Kunnanhallitus).\n"
                                    "  Row 4, column \"Sukunimi\": the family name is empty.\n"
                                    "  Row 4, column \"Alkaen\": \"31.6.2025\" is not a day of the calendar.\n")
                         .arg(bad));
    CHECK(contents(store) == before);

    // With --json the problems are on standard output too, for scripts.
    const CliRun json = members(store, {bad, QStringLiteral("--json"), QStringLiteral("--dry-run")});
    CHECK(json.exitCode == 1);
    const QJsonObject report = jsonObjectOf(json);
    CHECK_FALSE(report.value(u"written").toBool());
    const QJsonArray problems = report.value(u"problems").toArray();
    REQUIRE(problems.size() == 3);
    CHECK(problems.at(1)[u"row"].toInt() == 4);
    CHECK(problems.at(1)[u"columnNumber"].toInt() == 3);
    CHECK(problems.at(1)[u"column"].toString() == QStringLiteral("Sukunimi"));
    CHECK(problems.at(1)[u"message"].toString() == QStringLiteral("the family name is empty."));
    CHECK(report.value(u"unlistedProblems").toInt() == 0);
    CHECK(json.err.startsWith(QStringLiteral("pykala-cli: %1: The file has 3 problems").arg(bad)));

    // One problem of the whole file is one line.
    const QString empty = dir.path(QStringLiteral("tyhja.csv"));
    writeFile(empty, {});
    const CliRun none = members(store, {empty});
    CHECK(none.exitCode == 1);
    CHECK(none.err == QStringLiteral("pykala-cli: %1: The file is empty: it has no header row and no members. "
                                     "Nothing was imported.\n")
                          .arg(empty));
    CHECK(contents(store) == before);
}

TEST_CASE("import-members: a file that cannot be read, and usage errors", "[cli]")
{
    TestDir dir;
    const QString store = storeWithBodies(dir);
    const CliRun missing = members(store, {dir.path(QStringLiteral("ei-ole.csv"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("Cannot read ")));
    CHECK(missing.err.trimmed().count(u'\n') == 0);

    expectUsage(members(store, {}), "Usage: pykala-cli import-members FILE.csv");
    expectUsage(members(store, {example, example}), "Usage: pykala-cli import-members FILE.csv");
    expectUsage(members(store, {example, QStringLiteral("--limit"), QStringLiteral("3")}),
                "The command import-members takes no --limit option.");
    expectUsage(runCli({QStringLiteral("--store"), store, QStringLiteral("bodies"), QStringLiteral("--dry-run")}),
                "The command bodies takes no --dry-run option.");
    const CliRun help = runCli({QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("import-members FILE.csv")));
    CHECK(help.out.contains(QStringLiteral("--dry-run")));
}
