// pykala-cli migrate: a whole store copied into a new one, as an
// administrator moves a municipality's store onto a server or back. The
// store copied is on the engine under test, its copy on SQLite (or on the
// engine again).

#include <catch2/catch.hpp>

#include "testsupport.h"

#include "exchange/meetingpackage.h"

#include <QFile>

namespace {

CliRun cli(const QStringList &arguments)
{
    return runCli(arguments);
}

void expectFailure(const CliRun &run, int code, const char *text)
{
    INFO("stderr: " << run.err.toStdString());
    CHECK(run.exitCode == code);
    CHECK(run.err.contains(QString::fromUtf8(text)));
    CHECK(run.err.trimmed().count(u'\n') == 0);
}

// A store of demo data at `path`, made by pykala-cli itself.
void makeDemoStore(const QString &path)
{
    REQUIRE(cli({QStringLiteral("--store"), path, QStringLiteral("init")}).exitCode == 0);
    const CliRun demo = cli({QStringLiteral("--store"), path, QStringLiteral("demo"), QStringLiteral("--bodies"),
                             QStringLiteral("2"), QStringLiteral("--years"), QStringLiteral("1"),
                             QStringLiteral("--as-of"), QStringLiteral("2026-06-01")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
}

QString exported(const QString &store)
{
    const CliRun run = cli({QStringLiteral("--store"), store, QStringLiteral("export"), QStringLiteral("-")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run.out;
}

} // namespace

TEST_CASE("migrate copies a store into a new one, checks it and says so in one line", "[cli][migrate]")
{
    TestDir dir;
    const QString source = dir.path(QStringLiteral("kunta.sqlite"));
    makeDemoStore(source);
    const QString copy = dir.path(QStringLiteral("kopio.sqlite"));
    // On the engine under test: on the server an empty database, which
    // runCli finds by the path it stands for.
    const QString back = dir.path(QStringLiteral("takaisin.sqlite"));
    const QString backLocation = storeLocation(back);

    for (const auto &[from, to] : {std::pair{source, copy}, std::pair{copy, back}}) {
        const CliRun run = cli({QStringLiteral("migrate"), from, to});
        INFO("stderr: " << run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        // Not on a terminal: no progress lines, only the summary.
        CHECK(run.err.isEmpty());
        CHECK(run.out.trimmed().count(u'\n') == 0);
        CHECK(run.out.contains(QStringLiteral("Copied ")));
        CHECK(run.out.contains(QStringLiteral("The copy checks out")));
        const CliRun checked = cli({QStringLiteral("--store"), to, QStringLiteral("check")});
        INFO(checked.out.toStdString());
        CHECK(checked.exitCode == 0);
    }
    CHECK(exported(copy) == exported(source));
    CHECK(exported(back) == exported(source));
    const auto sourceStore = openStore(source, Store::Mode::ReadOnly);
    CHECK(openAt(backLocation)->onServer() == testsOnServer());
    CHECK(required(openAt(backLocation)->digests()) == required(sourceStore->digests()));
}

TEST_CASE("migrate never writes over a file or into a store that holds records", "[cli][migrate][bad-input]")
{
    TestDir dir;
    const QString source = dir.path(QStringLiteral("kunta.sqlite"));
    const Sample sample = addSample(*createStore(source));
    (void)sample;

    const QString existing = dir.path(QStringLiteral("olemassa.sqlite"));
    writeFile(existing, QByteArrayLiteral("jotain muuta"));
    expectFailure(cli({QStringLiteral("migrate"), source, existing}), 1, "already exists");
    CHECK(readFile(existing) == QByteArrayLiteral("jotain muuta"));

    // A store with records, on the engine under test.
    const QString filled = dir.path(QStringLiteral("toinen.sqlite"));
    addSample(*createStore(filled));
    const QByteArray before = storeBytes(filled);
    expectFailure(cli({QStringLiteral("migrate"), source, storeLocation(filled)}), 1,
                  testsOnServer() ? "already holds a store" : "already exists");
    CHECK(storeBytes(filled) == before);

    // Nor is anything made of a source that is not there.
    const QString missing = dir.path(QStringLiteral("puuttuu.sqlite"));
    const QString target = dir.path(QStringLiteral("uusi.sqlite"));
    expectFailure(cli({QStringLiteral("migrate"), missing, target}), 1, "There is no store");
    CHECK_FALSE(QFile::exists(target));
    CHECK_FALSE(QFile::exists(missing));
}

TEST_CASE("migrate of a meeting package is refused and leaves nothing behind", "[cli][migrate][package]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("kunta.sqlite")));
    const RecordedMeeting recorded = recordMeeting(*store);
    const QString package = dir.path(QStringLiteral("KH 12-2026.pykala-package"));
    required(MeetingPackage::write(*store, recorded.meeting, package, {Audience::Public, QString()}));
    const QString target = dir.path(QStringLiteral("kopio.sqlite"));
    expectFailure(cli({QStringLiteral("migrate"), package, target}), 1, "is a meeting package");
    CHECK_FALSE(QFile::exists(target));
}

TEST_CASE("migrate to a server it cannot reach says so in one line and exits with 1", "[cli][migrate][bad-input]")
{
    TestDir dir;
    const QString source = dir.path(QStringLiteral("kunta.sqlite"));
    addSample(*createStore(source));
    const QString unreachable =
        QStringLiteral("postgresql:///kunta?host=%1&user=pykala").arg(dir.path(QStringLiteral("ei-palvelinta")));
    expectFailure(cli({QStringLiteral("migrate"), source, unreachable}), 1, "Cannot connect to the store");
    expectFailure(cli({QStringLiteral("migrate"), source, QStringLiteral("postgresql://[::1")}), 1,
                  "Cannot connect to the store");
    // Two arguments, no more and no fewer.
    CHECK(cli({QStringLiteral("migrate"), source}).exitCode == 2);
}
