#include <catch2/catch.hpp>

// What a store on a PostgreSQL server does as a database: how it is
// recognised and refused, its statements, and the server's own protections
// as check sees them (an SQLite file's counterparts: test_sqlitestore). Run
// only with the tests' cluster (PYKALA_TEST_POSTGRESQL).

#include "testsupport.h"

#include "demo/demodata.h"
#include "store/auditlog.h"
#include "store/connection.h"
#include "store/libpq.h"
#include "store/schema.h"
#include "store/statement.h"
#include "store/storeengine.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <libpq-fe.h>

#include <cstdio>
#include <utility>

namespace {

// A database of the server, empty or with what `statements` make in it.
QString database(const QString &name, const QStringList &statements = {})
{
    const QString admin = QStringLiteral("postgresql:///postgres?host=%1&user=pykala")
                              .arg(qEnvironmentVariable("PYKALA_TEST_POSTGRESQL"));
    const QString uri = QStringLiteral("postgresql:///%1?host=%2&user=pykala")
                            .arg(name, qEnvironmentVariable("PYKALA_TEST_POSTGRESQL"));
    for (const auto &[target, sql] :
         QList<std::pair<QString, QString>>{{admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)},
                                            {admin, QStringLiteral("CREATE DATABASE %1").arg(name)}}) {
        PGconn *connection = PQconnectdb(target.toUtf8().constData());
        REQUIRE(PQstatus(connection) == CONNECTION_OK);
        PQsetNoticeProcessor(connection, [](void *, const char *) {}, nullptr); // "does not exist, skipping"
        PGresult *result = PQexec(connection, sql.toUtf8().constData());
        INFO(PQresultErrorMessage(result));
        CHECK(PQresultStatus(result) == PGRES_COMMAND_OK);
        PQclear(result);
        PQfinish(connection);
    }
    PGconn *connection = PQconnectdb(uri.toUtf8().constData());
    REQUIRE(PQstatus(connection) == CONNECTION_OK);
    for (const QString &sql : statements) {
        PGresult *result = PQexec(connection, sql.toUtf8().constData());
        INFO(sql.toStdString() << ": " << PQresultErrorMessage(result));
        CHECK(PQresultStatus(result) == PGRES_COMMAND_OK);
        PQclear(result);
    }
    PQfinish(connection);
    return uri;
}

} // namespace

TEST_CASE("A database that holds other tables is refused and left as it was", "[postgresql][bad-input]")
{
    REQUIRE(testsOnServer());
    const QString uri = database(QStringLiteral("muu_ohjelma"), {QStringLiteral("CREATE TABLE asiakas (nimi text)"),
                                                                 QStringLiteral("INSERT INTO asiakas VALUES ('A')")});
    for (const Store::Mode mode : {Store::Mode::OpenExisting, Store::Mode::CreateNew, Store::Mode::ReadOnly}) {
        const auto store = Store::open(uri, mode);
        REQUIRE_FALSE(store.ok());
        CHECK_THAT(store.error().toStdString(), Catch::Contains("holds other tables and is not a Pykälä store"));
    }
    PGconn *connection = PQconnectdb(uri.toUtf8().constData());
    PGresult *tables = PQexec(connection, "SELECT string_agg(tablename, ',') FROM pg_tables WHERE schemaname = 'public'");
    CHECK(QByteArray(PQgetvalue(tables, 0, 0)) == QByteArrayLiteral("asiakas"));
    PQclear(tables);
    PQfinish(connection);
}

TEST_CASE("A new store is made only when asked, never over another", "[postgresql][bad-input]")
{
    REQUIRE(testsOnServer());
    const QString uri = database(QStringLiteral("uusi_kunta"));
    // An empty database opened normally is left as it is (it may be any
    // database: the server's own postgres); asked for, a store is made in it.
    for (const Store::Mode mode : {Store::Mode::OpenExisting, Store::Mode::ReadOnly}) {
        const auto refused = Store::open(uri, mode);
        REQUIRE_FALSE(refused.ok());
        CHECK_THAT(refused.error().toStdString(), Catch::Contains("is empty"));
    }
    {
        PGconn *connection = PQconnectdb(uri.toUtf8().constData());
        PGresult *tables = PQexec(connection, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'");
        CHECK(QByteArray(PQgetvalue(tables, 0, 0)) == QByteArrayLiteral("0"));
        PQclear(tables);
        PQfinish(connection);
    }
    {
        auto store = Store::open(uri, Store::Mode::CreateNew);
        REQUIRE(store.ok());
        REQUIRE(store.value()->addPerson({0, QStringLiteral("Anna"), QStringLiteral("Ahonen"), {}, {}, {}}).ok());
    }
    const auto again = Store::open(uri, Store::Mode::CreateNew);
    REQUIRE_FALSE(again.ok());
    CHECK_THAT(again.error().toStdString(), Catch::Contains("already holds a store"));
    // An init refused half-way (its schema made, nothing written) is no
    // store yet: it can be made again.
    const QString other = database(QStringLiteral("toinen_kunta"));
    const CliRun refused = runCli({QStringLiteral("--store"), other, QStringLiteral("init"), QStringLiteral("--name"),
                                   QStringLiteral("Kunta\tjossa sarkain")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("tab")));
    const CliRun made = runCli({QStringLiteral("--store"), other, QStringLiteral("init"), QStringLiteral("--name"),
                                QStringLiteral("Toinen kunta")});
    INFO(made.err.toStdString());
    CHECK(made.exitCode == 0);
    CHECK(runCli({QStringLiteral("--store"), other, QStringLiteral("init")}).err.contains(QStringLiteral("already holds a store")));
    auto store = Store::open(uri);
    REQUIRE(store.ok());
    CHECK(store.value()->persons()->size() == 1);
    CHECK(store.value()->check()->ok());
}

TEST_CASE("A server or database that cannot be reached gives one clear message", "[postgresql][bad-input]")
{
    REQUIRE(testsOnServer());
    const QString folder = qEnvironmentVariable("PYKALA_TEST_POSTGRESQL");
    for (const QString &uri : {QStringLiteral("postgresql:///ei_ole_olemassa?host=%1&user=pykala").arg(folder),
                               QStringLiteral("postgresql:///kunta?host=/nonexistent/folder&user=pykala"),
                               QStringLiteral("postgresql://pykala:salasana@/kunta?host=/nonexistent/folder")}) {
        const auto store = Store::open(uri);
        REQUIRE_FALSE(store.ok());
        const std::string message = store.error().toStdString();
        CHECK_THAT(message, Catch::StartsWith("Cannot connect to the store"));
        CHECK_THAT(message, Catch::Contains("Check the address"));
        // A password is never shown.
        CHECK_THAT(message, !Catch::Contains("salasana"));
    }
    const CliRun run = runCli({QStringLiteral("--store"),
                               QStringLiteral("postgresql:///ei_ole_olemassa?host=%1&user=pykala").arg(folder),
                               QStringLiteral("meetings")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.startsWith(QStringLiteral("pykala-cli: Cannot connect to the store")));
}

TEST_CASE("A store whose version row says 0 is damaged, a higher one is a newer version's", "[postgresql][bad-input]")
{
    REQUIRE(testsOnServer());
    TestDir dir;
    const QString path = dir.path(QStringLiteral("v.sqlite"));
    writeSampleStore(path);
    const QString uri = storeLocation(path);
    for (const auto &[version, expected] : {std::pair(0, "header gives schema version 0"),
                                            std::pair(-3, "header gives schema version -3"),
                                            std::pair(Schema::applicationId, "newer version")}) {
        {
            RawConnection raw(path);
            REQUIRE(raw.exec(QStringLiteral("UPDATE pykala_store SET schema_version = %1").arg(version)));
        }
        const QByteArray before = storeBytes(path);
        const auto store = Store::open(uri);
        REQUIRE_FALSE(store.ok());
        CHECK_THAT(store.error().toStdString(), Catch::Contains(expected));
        CHECK(storeBytes(path) == before);
    }
}

TEST_CASE("Statements on PostgreSQL take SQLite's parameters, one statement, a value for each", "[postgresql][bad-input]")
{
    REQUIRE(testsOnServer());
    const QString uri = database(QStringLiteral("lauseet"));
    const Connection connection(PQconnectdb(uri.toUtf8().constData()));
    REQUIRE(PQstatus(connection.postgresql()) == CONNECTION_OK);
    // (PostgreSQL infers a parameter's type from where it stands: here a
    // cast tells it.)
    Statement missing(connection, QStringLiteral("SELECT CAST(? AS bigint) + CAST(? AS bigint)"), {1});
    CHECK_FALSE(missing.exec());
    CHECK(missing.errorMessage().contains(QStringLiteral("1 values for 2 parameters")));
    Statement sum(connection, QStringLiteral("SELECT CAST(? AS bigint) + CAST(? AS bigint)"), {1, 2});
    REQUIRE(sum.exec());
    REQUIRE(sum.next());
    CHECK(sum.value(0).toLongLong() == 3);
    REQUIRE(sum.exec()); // the same values once more
    REQUIRE(sum.next());
    CHECK(sum.value(0).toLongLong() == 3);
    // Numbered parameters, used twice; a ? inside quotes is text.
    Statement numbered(connection, QStringLiteral("SELECT CAST(?1 AS bigint) * 10 + CAST(?2 AS bigint), '?' || ?1, \"?column\" FROM (SELECT 1 AS \"?column\") t"),
                       {4, 2});
    REQUIRE(numbered.exec());
    REQUIRE(numbered.next());
    CHECK(numbered.value(0).toLongLong() == 42);
    CHECK(numbered.value(1).toString() == QStringLiteral("?4"));
    CHECK(numbered.value(2).toLongLong() == 1);
    // A list of ids as SQLite reads it from JSON.
    Statement ids(connection, QStringLiteral("SELECT sum(value) FROM (SELECT value FROM json_each(?)) t"),
                  {QStringLiteral("[3,5,8]")});
    REQUIRE(ids.exec());
    REQUIRE(ids.next());
    CHECK(ids.value(0).toLongLong() == 16);
    // Bytes and text come back as they went, NULL as a null.
    const QByteArray bytes("\x00\xff\x01''\\x", 7);
    Statement values(connection, QStringLiteral("SELECT CAST(? AS bytea), CAST(? AS text), CAST(? AS text)"),
                     {bytes, QStringLiteral("Äänekoski – Åbo €"), QVariant()});
    REQUIRE(values.exec());
    REQUIRE(values.next());
    CHECK(values.value(0).toByteArray() == bytes);
    CHECK(values.value(1).toString() == QStringLiteral("Äänekoski – Åbo €"));
    CHECK(values.value(2).isNull());
    int type = 0;
    CHECK(values.rawValue(0, &type) == bytes);
    CHECK(type == Statement::Blob);
    // One statement only: a second one is refused, not run.
    Statement two(connection, QStringLiteral("SELECT 1; CREATE TABLE toinen (x integer)"));
    CHECK_FALSE(two.exec());
    CHECK_FALSE(two.errorMessage().isEmpty());
    Statement made(connection, QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'toinen'"));
    REQUIRE(made.exec());
    REQUIRE(made.next());
    CHECK(made.value(0).toLongLong() == 0);
    // Text with a NUL, which PostgreSQL cannot keep, is refused, not cut.
    Statement nul(connection, QStringLiteral("SELECT CAST(? AS text)"), {QStringLiteral("ennen") + QChar(0) + QStringLiteral("jälkeen")});
    CHECK_FALSE(nul.exec());
    CHECK_THAT(nul.errorMessage().toStdString(), Catch::Contains("U+0000"));
}

namespace {

// What the connection sends is traced by libpq into a file; each round trip
// to the server ends with one Sync message from the client, or is one
// simple Query.
class RoundTrips
{
public:
    explicit RoundTrips(PGconn *connection)
        : m_connection(connection)
        , m_file(std::tmpfile())
    {
        PQtrace(m_connection, m_file);
        PQsetTraceFlags(m_connection, PQTRACE_SUPPRESS_TIMESTAMPS);
    }
    ~RoundTrips()
    {
        PQuntrace(m_connection);
        std::fclose(m_file);
    }
    Q_DISABLE_COPY_MOVE(RoundTrips)

    // The round trips since the last call.
    int count()
    {
        std::fflush(m_file);
        std::rewind(m_file);
        QByteArray trace;
        char buffer[4096];
        for (size_t read; (read = std::fread(buffer, 1, sizeof buffer, m_file)) > 0;)
            trace.append(buffer, qsizetype(read));
        std::fclose(m_file);
        m_file = std::tmpfile();
        PQtrace(m_connection, m_file);
        PQsetTraceFlags(m_connection, PQTRACE_SUPPRESS_TIMESTAMPS);
        int syncs = 0;
        for (const QByteArray &line : trace.split('\n'))
            syncs += line.startsWith("F\t") && (line.endsWith("\tSync") || line.contains("\tQuery\t")) ? 1 : 0;
        return syncs;
    }

private:
    PGconn *m_connection;
    std::FILE *m_file;
};

// A new store with one body, the board (KH).
std::unique_ptr<Store> storeWithBoard(const QString &path)
{
    auto store = createStore(path);
    REQUIRE(store->addBody({0, QStringLiteral("Kunnanhallitus"), QStringLiteral("KH"), BodyKind::Board,
                            QuorumRule::MoreThanHalf})
                .ok());
    return store;
}

QList<qint64> numbers(const Connection &connection)
{
    Statement rows(connection, QStringLiteral("SELECT x FROM luku ORDER BY x"));
    REQUIRE(rows.exec());
    QList<qint64> all;
    while (rows.next())
        all.append(rows.value(0).toLongLong());
    return all;
}

} // namespace

TEST_CASE("Statements run together go in one round trip, each keeps its rows, and the first that fails stops the rest", "[postgresql][store]")
{
    REQUIRE(testsOnServer());
    const QString uri = database(QStringLiteral("yhdessa"),
                                 {QStringLiteral("CREATE TABLE luku (id bigint GENERATED BY DEFAULT AS IDENTITY "
                                                 "PRIMARY KEY, x bigint NOT NULL UNIQUE)"),
                                  QStringLiteral("CREATE FUNCTION last_insert_id() RETURNS bigint LANGUAGE plpgsql "
                                                 "AS $$ BEGIN RETURN lastval(); EXCEPTION WHEN OTHERS THEN RETURN 0; "
                                                 "END $$")});
    const Connection connection(PQconnectdb(uri.toUtf8().constData()));
    REQUIRE(PQstatus(connection.postgresql()) == CONNECTION_OK);
    const QString insert = QStringLiteral("INSERT INTO luku (x) VALUES (?)");
    const QString rows = QStringLiteral("SELECT x FROM luku ORDER BY x");
    const QString count = QStringLiteral("SELECT count(*) FROM luku");
    // Each statement prepared once, before the tracing starts.
    for (const QString &sql : {insert, rows, count})
        Statement prepared(connection, sql);
    RoundTrips trips(connection.postgresql());

    Statement one(connection, insert, {1});
    Statement two(connection, insert, {2});
    Statement read(connection, rows);
    Statement total(connection, count);
    CHECK(Statement::execTogether({&one, &two, &read, &total}) == nullptr);
    CHECK(trips.count() == 1);
    QList<qint64> seen;
    while (read.next())
        seen.append(read.value(0).toLongLong());
    CHECK(seen == QList<qint64>{1, 2});
    REQUIRE(total.next());
    CHECK(total.value(0).toLongLong() == 2);
    // Each on its own: a round trip each.
    Statement alone(connection, count);
    REQUIRE(alone.exec());
    REQUIRE(read.exec());
    CHECK(trips.count() == 2);

    // The second insert is refused (3 is taken): it is the one given, with
    // the server's reason; the third never runs, and out of a transaction
    // the first goes back with them, all of them one transaction.
    Statement three(connection, insert, {3});
    REQUIRE(three.exec());
    Statement four(connection, insert, {4});
    Statement again(connection, insert, {3});
    Statement five(connection, insert, {5});
    Statement after(connection, count);
    CHECK(Statement::execTogether({&four, &again, &five, &after}) == &again);
    CHECK(again.refusedByConstraint());
    CHECK_FALSE(again.errorMessage().isEmpty());
    CHECK_FALSE(after.next());
    CHECK(numbers(connection) == QList<qint64>{1, 2, 3});
    (void)trips.count();

    // A statement without all its values is found before anything is sent.
    Statement six(connection, insert, {6});
    Statement short_(connection, QStringLiteral("SELECT CAST(? AS bigint) + CAST(? AS bigint)"), {1});
    (void)trips.count();
    CHECK(Statement::execTogether({&six, &short_}) == &short_);
    CHECK(short_.errorMessage().contains(QStringLiteral("1 values for 2 parameters")));
    CHECK(trips.count() == 0);
    CHECK(numbers(connection) == QList<qint64>{1, 2, 3});

    // In a transaction, a refused one fails the transaction, as said.
    Statement begin(connection, QStringLiteral("BEGIN"));
    REQUIRE(begin.exec());
    Statement seven(connection, insert, {7});
    Statement taken(connection, insert, {1});
    CHECK(Statement::execTogether({&seven, &taken}) == &taken);
    CHECK(connection.transactionFailed());
    REQUIRE(Statement(connection, QStringLiteral("ROLLBACK")).exec());

    // An insert's new id comes with it, in the round trip of its savepoint.
    REQUIRE(begin.exec());
    Statement eight(connection, insert, {8});
    Statement nine(connection, insert, {9});
    Statement id(connection, QStringLiteral("SELECT id FROM luku WHERE x = ?"));
    (void)trips.count();
    eight.readInsertId();
    REQUIRE(eight.exec());
    const qint64 eighth = eight.lastInsertId();
    CHECK(trips.count() == 1);
    REQUIRE(nine.exec()); // its id not asked for: asked when read
    const qint64 ninth = nine.lastInsertId();
    CHECK(trips.count() == 2);
    for (const auto &[x, expected] : {std::pair(8, eighth), std::pair(9, ninth)}) {
        REQUIRE(id.bind(x).exec());
        REQUIRE(id.next());
        CHECK(id.value(0).toLongLong() == expected);
    }
    REQUIRE(Statement(connection, QStringLiteral("COMMIT")).exec());
    CHECK(numbers(connection) == QList<qint64>{1, 2, 3, 8, 9});
}

TEST_CASE("Statements to be planned once are planned once for their round trip, a change's for its transaction, "
          "and the others for their values",
          "[postgresql][store]")
{
    REQUIRE(testsOnServer());
    const QString uri = database(QStringLiteral("kerran"));
    const Connection connection(PQconnectdb(uri.toUtf8().constData()));
    REQUIRE(PQstatus(connection.postgresql()) == CONNECTION_OK);
    const QString mode = QStringLiteral("SELECT current_setting('plan_cache_mode')");
    const auto modeNow = [&] {
        Statement now(connection, mode);
        REQUIRE(now.exec());
        REQUIRE(now.next());
        return now.value(0).toString();
    };
    // The server's default: a plan for each run's values.
    CHECK(modeNow() == u"auto");
    // Each statement prepared once, before the tracing starts.
    const QString plusOne = QStringLiteral("SELECT ?::bigint + 1");
    for (const QString &sql : {mode, plusOne, StoreEngine::of(Connection::Kind::Postgresql).planOnce()})
        Statement prepared(connection, sql);
    RoundTrips trips(connection.postgresql());

    // Planned once in their round trip, and only in it.
    Statement first(connection, mode);
    Statement second(connection, plusOne, {41});
    CHECK(Statement::execTogether({&first, &second}, Statement::Planning::Once) == nullptr);
    CHECK(trips.count() == 1);
    REQUIRE(first.next());
    CHECK(first.value(0).toString() == u"force_generic_plan");
    REQUIRE(second.next());
    CHECK(second.value(0).toLongLong() == 42);
    CHECK(modeNow() == u"auto");
    // One statement alone too; by default, a plan for its values.
    Statement alone(connection, mode);
    CHECK(Statement::execTogether({&alone}, Statement::Planning::Once) == nullptr);
    REQUIRE(alone.next());
    CHECK(alone.value(0).toString() == u"force_generic_plan");
    Statement plain(connection, mode);
    CHECK(Statement::execTogether({&plain}) == nullptr);
    REQUIRE(plain.next());
    CHECK(plain.value(0).toString() == u"auto");
    // The first given failing is the one given, with the server's reason.
    Statement divided(connection, QStringLiteral("SELECT 1 / ?::bigint"), {0});
    Statement after(connection, mode);
    CHECK(Statement::execTogether({&divided, &after}, Statement::Planning::Once) == &divided);
    CHECK(divided.errorMessage().contains(u"division by zero"));
    CHECK(modeNow() == u"auto");

    // A change: from the engine's begin to its commit.
    for (const QString &sql : StoreEngine::of(Connection::Kind::Postgresql).beginWrite())
        REQUIRE(Statement(connection, sql).exec());
    CHECK(modeNow() == u"force_generic_plan");
    REQUIRE(Statement(connection, QStringLiteral("COMMIT")).exec());
    CHECK(modeNow() == u"auto");
    // SQLite plans each statement once as it compiles it: nothing to send.
    CHECK(StoreEngine::of(Connection::Kind::Sqlite).planOnce().isEmpty());

    // The connection lost (its server process ended): the first statement
    // given is the one that failed, with the reason, never the statement
    // of planning sent before it.
    const Connection other(PQconnectdb(uri.toUtf8().constData()));
    REQUIRE(PQstatus(other.postgresql()) == CONNECTION_OK);
    Statement end(other, QStringLiteral("SELECT pg_terminate_backend(?::integer)"),
                  {PQbackendPID(connection.postgresql())});
    REQUIRE(end.exec());
    Statement lost(connection, mode);
    CHECK(Statement::execTogether({&lost}, Statement::Planning::Once) == &lost);
    CHECK_FALSE(lost.errorMessage().isEmpty());
}

TEST_CASE("A change sent later goes with the next round trip, its failure is that statement's, and a rollback "
          "forgets it",
          "[postgresql][store]")
{
    REQUIRE(testsOnServer());
    const QString uri = database(QStringLiteral("myohemmin"),
                                 {QStringLiteral("CREATE TABLE luku (x bigint PRIMARY KEY)"),
                                  QStringLiteral("CREATE FUNCTION last_insert_id() RETURNS bigint LANGUAGE sql "
                                                 "AS $$ SELECT 0::bigint $$")});
    const Connection connection(PQconnectdb(uri.toUtf8().constData()));
    REQUIRE(PQstatus(connection.postgresql()) == CONNECTION_OK);
    const QString insert = QStringLiteral("INSERT INTO luku (x) VALUES (?)");
    const QString count = QStringLiteral("SELECT count(*) FROM luku");
    const QString sum = QStringLiteral("SELECT coalesce(sum(x), 0) FROM luku");
    for (const QString &sql : {insert, count, sum, QStringLiteral("BEGIN")})
        Statement prepared(connection, sql);
    const auto later = [&](qint64 x) {
        QString error;
        const bool queued = Statement::execLater(
            std::make_unique<Statement>(connection, insert, std::initializer_list<QVariant>{x}), &error);
        CHECK(error.isEmpty());
        return queued;
    };
    const auto value = [](Statement &read) {
        REQUIRE(read.next());
        return read.value(0).toLongLong();
    };
    RoundTrips trips(connection.postgresql());

    // Outside a transaction it runs at once.
    CHECK(later(1));
    CHECK(trips.count() == 1);
    CHECK(connection.later().empty());

    // Inside one it waits, and goes with the next statement, which sees it.
    REQUIRE(Statement(connection, QStringLiteral("BEGIN")).exec());
    CHECK(trips.count() == 1);
    CHECK(later(2));
    CHECK(later(3));
    CHECK(trips.count() == 0);
    CHECK(connection.later().size() == 2);
    Statement seen(connection, sum);
    REQUIRE(seen.exec());
    CHECK(trips.count() == 1);
    CHECK(value(seen) == 6);
    CHECK(connection.later().empty());
    // With a change in a savepoint of its own, and with statements run
    // together: still one round trip each.
    CHECK(later(4));
    Statement guarded(connection, insert, {5});
    CHECK(guarded.exec());
    CHECK(trips.count() == 1);
    CHECK(later(6));
    Statement both(connection, sum);
    Statement rows(connection, count);
    CHECK(Statement::execTogether({&both, &rows}) == nullptr);
    CHECK(trips.count() == 1);
    CHECK(value(both) == 21);
    CHECK(value(rows) == 6);
    REQUIRE(Statement(connection, QStringLiteral("COMMIT")).exec());

    // One that fails: the statement it went with fails with its reason
    // (a key taken is the store's constraint refusing), the transaction
    // can only be rolled back, and nothing of it stays.
    REQUIRE(Statement(connection, QStringLiteral("BEGIN")).exec());
    CHECK(later(7));
    CHECK(later(1));
    Statement carrier(connection, count);
    CHECK_FALSE(carrier.exec());
    CHECK(carrier.refusedByConstraint());
    CHECK_FALSE(carrier.errorMessage().isEmpty());
    CHECK(connection.transactionFailed());
    REQUIRE(Statement(connection, QStringLiteral("ROLLBACK")).exec());
    Statement afterFailure(connection, sum);
    REQUIRE(afterFailure.exec());
    CHECK(value(afterFailure) == 21);
    // The same as the first of statements run together, and before a
    // guarded change.
    REQUIRE(Statement(connection, QStringLiteral("BEGIN")).exec());
    CHECK(later(2));
    Statement firstGiven(connection, count);
    Statement secondGiven(connection, sum);
    CHECK(Statement::execTogether({&firstGiven, &secondGiven}) == &firstGiven);
    CHECK(firstGiven.refusedByConstraint());
    REQUIRE(Statement(connection, QStringLiteral("ROLLBACK")).exec());
    REQUIRE(Statement(connection, QStringLiteral("BEGIN")).exec());
    CHECK(later(3));
    Statement refusedWith(connection, insert, {8});
    CHECK_FALSE(refusedWith.exec());
    CHECK(refusedWith.refusedByConstraint());
    CHECK(connection.transactionFailed());
    REQUIRE(Statement(connection, QStringLiteral("ROLLBACK")).exec());

    // Rolled back before it was sent: forgotten, never sent.
    REQUIRE(Statement(connection, QStringLiteral("BEGIN")).exec());
    CHECK(later(9));
    Statement::dropLater(connection);
    CHECK(connection.later().empty());
    REQUIRE(Statement(connection, QStringLiteral("ROLLBACK")).exec());
    Statement kept(connection, sum);
    REQUIRE(kept.exec());
    CHECK(value(kept) == 21);
}

TEST_CASE("A transaction's opening goes with its first statement, whose rows it reads, and a rollback before it "
          "forgets it",
          "[postgresql][store]")
{
    REQUIRE(testsOnServer());
    const QString uri = database(QStringLiteral("avaus"),
                                 {QStringLiteral("CREATE TABLE luku (x bigint PRIMARY KEY)"),
                                  QStringLiteral("INSERT INTO luku VALUES (1)"),
                                  QStringLiteral("CREATE FUNCTION last_insert_id() RETURNS bigint LANGUAGE sql "
                                                 "AS $$ SELECT 0::bigint $$")});
    const Connection connection(PQconnectdb(uri.toUtf8().constData()));
    REQUIRE(PQstatus(connection.postgresql()) == CONNECTION_OK);
    const QString begin = QStringLiteral("BEGIN");
    const QString lock = QStringLiteral("SELECT pg_advisory_xact_lock(7)");
    const QString count = QStringLiteral("SELECT count(*) FROM luku");
    const QString insert = QStringLiteral("INSERT INTO luku (x) VALUES (?)");
    const QString sum = QStringLiteral("SELECT coalesce(sum(x), 0) FROM luku");
    for (const QString &sql : {begin, lock, count, insert, sum})
        Statement prepared(connection, sql);
    // The opening: BEGIN, a lock and a read, whose count `ran` is given.
    qint64 counted = -1;
    int ranTimes = 0;
    const auto open = [&](const QString &last = QString()) {
        std::vector<std::unique_ptr<Statement>> opening;
        for (const QString &sql : {begin, lock, last.isEmpty() ? count : last})
            opening.push_back(std::make_unique<Statement>(connection, sql));
        QString error;
        REQUIRE(Statement::openLater(connection, std::move(opening),
                                     [&](const std::vector<std::unique_ptr<Statement>> &ran) {
                                         ++ranTimes;
                                         REQUIRE(ran.at(2)->next());
                                         counted = ran.at(2)->value(0).toLongLong();
                                     },
                                     &error));
        CHECK(error.isEmpty());
    };
    const auto value = [](Statement &read) {
        REQUIRE(read.next());
        return read.value(0).toLongLong();
    };
    RoundTrips trips(connection.postgresql());

    // Nothing is sent until a statement runs: then all in its round trip,
    // the changes sent later after the opening, and inside its transaction.
    open();
    CHECK(trips.count() == 0);
    CHECK(connection.inTransaction());
    QString error;
    CHECK(Statement::execLater(std::make_unique<Statement>(connection, insert, std::initializer_list<QVariant>{2}),
                               &error));
    CHECK(trips.count() == 0);
    Statement first(connection, sum);
    REQUIRE(first.exec());
    CHECK(trips.count() == 1);
    CHECK(ranTimes == 1);
    CHECK(counted == 1);
    CHECK(value(first) == 3);
    CHECK(PQtransactionStatus(connection.postgresql()) == PQTRANS_INTRANS);
    REQUIRE(Statement(connection, QStringLiteral("ROLLBACK")).exec());
    Statement rolledBack(connection, sum);
    REQUIRE(rolledBack.exec());
    CHECK(value(rolledBack) == 1);
    (void)trips.count();

    // With a change as the first statement: in a savepoint of its own after
    // the opening, one round trip; refused, the transaction goes on.
    open();
    Statement taken(connection, insert, {1});
    CHECK_FALSE(taken.exec());
    CHECK(taken.refusedByConstraint());
    CHECK(trips.count() == 3); // and the savepoint rolled back and released
    CHECK(ranTimes == 2);
    CHECK_FALSE(connection.transactionFailed());
    Statement added(connection, insert, {5});
    REQUIRE(added.exec());
    REQUIRE(Statement(connection, QStringLiteral("COMMIT")).exec());
    Statement committed(connection, sum);
    REQUIRE(committed.exec());
    CHECK(value(committed) == 6);
    // Statements run together carry it too.
    open();
    Statement both(connection, sum);
    Statement rows(connection, count);
    (void)trips.count();
    CHECK(Statement::execTogether({&both, &rows}) == nullptr);
    CHECK(trips.count() == 1);
    CHECK(ranTimes == 3);
    CHECK(counted == 2);
    CHECK(value(rows) == 2);
    REQUIRE(Statement(connection, QStringLiteral("COMMIT")).exec());

    // An opening that fails: the statement it went with fails with its
    // reason, `ran` is not given it, and the transaction can only be
    // rolled back.
    const QString divide = QStringLiteral("SELECT 1 / (SELECT count(*) - 2 FROM luku)");
    Statement prepareDivide(connection, divide);
    open(divide);
    Statement carrier(connection, sum);
    CHECK_FALSE(carrier.exec());
    CHECK(carrier.errorMessage().contains(u"division by zero"));
    CHECK(ranTimes == 3);
    CHECK(connection.transactionFailed());
    CHECK_FALSE(Statement::dropLater(connection));
    REQUIRE(Statement(connection, QStringLiteral("ROLLBACK")).exec());

    // Rolled back before anything was sent: forgotten, never sent, and no
    // transaction to end.
    (void)trips.count();
    open();
    CHECK(Statement::execLater(std::make_unique<Statement>(connection, insert, std::initializer_list<QVariant>{9}),
                               &error));
    CHECK(Statement::dropLater(connection));
    CHECK(trips.count() == 0);
    CHECK_FALSE(connection.inTransaction());
    Statement kept(connection, sum);
    REQUIRE(kept.exec());
    CHECK(value(kept) == 6);
    CHECK(ranTimes == 3);
}

namespace {

// The round trips a Store makes to its server, counted as it calls libpq
// (through the pointers of store/libpq.h): each pipeline's Sync, each
// statement run alone, each statement prepared.
class StoreRoundTrips
{
public:
    StoreRoundTrips()
        : m_sync(std::exchange(Pq::PQpipelineSync, &sync))
        , m_execPrepared(std::exchange(Pq::PQexecPrepared, &execPrepared))
        , m_exec(std::exchange(Pq::PQexec, &exec))
        , m_prepare(std::exchange(Pq::PQprepare, &prepare))
    {
        s_trips = 0;
    }
    ~StoreRoundTrips()
    {
        Pq::PQpipelineSync = m_sync;
        Pq::PQexecPrepared = m_execPrepared;
        Pq::PQexec = m_exec;
        Pq::PQprepare = m_prepare;
    }
    Q_DISABLE_COPY_MOVE(StoreRoundTrips)

    // The round trips since the last call.
    static int count() { return std::exchange(s_trips, 0); }

private:
    static inline int s_trips = 0;
    static int sync(PGconn *connection) { return ++s_trips, ::PQpipelineSync(connection); }
    static PGresult *execPrepared(PGconn *connection, const char *name, int count, const char *const *values,
                                  const int *lengths, const int *formats, int resultFormat)
    {
        ++s_trips;
        return ::PQexecPrepared(connection, name, count, values, lengths, formats, resultFormat);
    }
    static PGresult *exec(PGconn *connection, const char *sql) { return ++s_trips, ::PQexec(connection, sql); }
    static PGresult *prepare(PGconn *connection, const char *name, const char *sql, int count, const Oid *types)
    {
        ++s_trips;
        return ::PQprepare(connection, name, sql, count, types);
    }
    decltype(Pq::PQpipelineSync) m_sync;
    decltype(Pq::PQexecPrepared) m_execPrepared;
    decltype(Pq::PQexec) m_exec;
    decltype(Pq::PQprepare) m_prepare;
};

} // namespace

TEST_CASE("Saving an item takes the server four round trips: the change's opening goes with its first read, the "
          "search entry's texts with the item's digest",
          "[postgresql][store]")
{
    REQUIRE(testsOnServer());
    TestDir dir;
    const QString path = dir.path(QStringLiteral("t.sqlite"));
    auto store = storeWithBoard(path);
    Meeting meeting;
    meeting.bodyId = store->bodies()->constFirst().id;
    meeting.year = 2026;
    meeting.number = 1;
    meeting.plannedStart = QDateTime(QDate(2026, 12, 14), QTime(16, 0));
    meeting.place = QStringLiteral("Kunnantalo");
    const qint64 meetingId = required(store->addMeeting(meeting));
    const auto item = [&](int number) {
        AgendaItem made;
        made.meetingId = meetingId;
        made.title = QStringLiteral("Kaavoituskatsaus %1").arg(number);
        made.background = QStringLiteral("<p>Katsaus kaavoitukseen.</p>");
        return made;
    };
    // Each statement is prepared at its first use on the connection.
    AgendaItem saved = store->agendaItem(required(store->addAgendaItem(item(1))))->value();
    saved.background = QStringLiteral("<p>Katsaus päivitetään.</p>");
    REQUIRE(store->updateAgendaItem(saved).ok());

    StoreRoundTrips trips;
    // A new item: the opening with the meeting and the item's place on its
    // agenda; the insert; the item's digest with the texts of its entry;
    // the audit entry, the entry and the commit.
    const qint64 added = required(store->addAgendaItem(item(2)));
    CHECK(trips.count() == 4);
    // Saved anew: the opening with the item's digest; its place read; the
    // update; its digest with the entry's texts; the commit.
    AgendaItem changed = store->agendaItem(added)->value();
    (void)trips.count();
    changed.background = QStringLiteral("<p>Asemakaavan muutos vireille.</p>");
    REQUIRE(store->updateAgendaItem(changed).ok());
    CHECK(trips.count() == 5);
    // What the entries were made of is what the items are.
    CHECK(store->search(QStringLiteral("vireille"), 10)->size() == 1);
    CHECK(store->search(QStringLiteral("päivitetään"), 10)->size() == 1);
    CHECK(store->search(QStringLiteral("kaavoituskatsaus"), 10)->size() == 2);
    CHECK(store->check()->ok());
}

TEST_CASE("An audit entry the server refuses fails its change, which leaves the store as it was", "[postgresql][store]")
{
    REQUIRE(testsOnServer());
    TestDir dir;
    const QString path = dir.path(QStringLiteral("t.sqlite"));
    auto store = storeWithBoard(path);
    const auto before = store->auditHead();
    REQUIRE(before.ok());
    // The server refuses the next audit entry, as a damaged or tampered
    // server would.
    RawConnection owner(path);
    REQUIRE(owner.exec(QStringLiteral("CREATE FUNCTION no_entry() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE "
                                      "EXCEPTION 'no more entries'; END $$")));
    REQUIRE(owner.exec(QStringLiteral("CREATE TRIGGER no_entry BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE "
                                      "FUNCTION no_entry()")));
    const auto refused = store->addPerson({0, QStringLiteral("Anna"), QStringLiteral("Ahonen"), {}, {}, {}});
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(u"no more entries"));
    CHECK(store->persons()->isEmpty());
    const auto after = store->auditHead();
    REQUIRE(after.ok());
    CHECK(after->first == before->first);
    // Taken away again, the next change goes through, and check finds the
    // store whole.
    REQUIRE(owner.exec(QStringLiteral("DROP TRIGGER no_entry ON audit_log")));
    REQUIRE(store->addPerson({0, QStringLiteral("Anna"), QStringLiteral("Ahonen"), {}, {}, {}}).ok());
    CHECK(store->persons()->size() == 1);
    CHECK(store->check()->ok());
}

TEST_CASE("A refused change inside a transaction leaves the rest of it to go on", "[postgresql][store]")
{
    REQUIRE(testsOnServer());
    TestDir dir;
    const QString path = dir.path(QStringLiteral("t.sqlite"));
    auto store = storeWithBoard(path);
    {
        Store::Transaction transaction(*store);
        REQUIRE(transaction.ok());
        // Refused by the database (the short name is taken, whatever its case).
        const auto twice = store->addBody({0, QStringLiteral("Toinen"), QStringLiteral("kh"), BodyKind::Board,
                                           QuorumRule::MoreThanHalf});
        CHECK_FALSE(twice.ok());
        REQUIRE(store->addPerson({0, QStringLiteral("Anna"), QStringLiteral("Ahonen"), {}, {}, {}}).ok());
        REQUIRE(transaction.commit().ok());
    }
    CHECK(store->bodies()->size() == 1);
    CHECK(store->persons()->size() == 1);
    CHECK(store->check()->ok());
}

TEST_CASE("check finds the server's protections turned off, changed or removed", "[postgresql][check]")
{
    REQUIRE(testsOnServer());
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    writeSampleStore(path);
    CHECK(checkProblems(path).isEmpty());
    SECTION("a trigger turned off")
    {
        REQUIRE(RawConnection(path).exec(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")));
        CHECK_THAT(checkProblems(path).toStdString(), Catch::Contains("trigger audit_log_append_only was turned off"));
    }
    SECTION("a trigger removed")
    {
        REQUIRE(RawConnection(path).exec(QStringLiteral("DROP TRIGGER meeting_signed ON meeting")));
        CHECK_THAT(checkProblems(path).toStdString(), Catch::Contains("trigger meeting_signed is missing"));
    }
    SECTION("a trigger's function rewritten")
    {
        REQUIRE(RawConnection(path).exec(QStringLiteral(
            "CREATE OR REPLACE FUNCTION meeting_is_signed(meeting bigint) RETURNS boolean LANGUAGE sql STABLE AS "
            "$$ SELECT false $$")));
        CHECK_THAT(checkProblems(path).toStdString(), Catch::Contains("function meeting_is_signed was changed"));
    }
    SECTION("a reference removed, and a row written without it")
    {
        RawConnection raw(path);
        REQUIRE(raw.exec(QStringLiteral("ALTER TABLE membership DROP CONSTRAINT membership_body_id_fkey")));
        REQUIRE(raw.exec(QStringLiteral("UPDATE membership SET body_id = 999 WHERE id = 1")));
        const std::string found = checkProblems(path).toStdString();
        CHECK_THAT(found, Catch::Contains("reference from membership.body_id to body is missing"));
        CHECK_THAT(found, Catch::Contains("membership row 1 refers to a missing body row"));
    }
    SECTION("the references' own triggers turned off")
    {
        REQUIRE(RawConnection(path).exec(QStringLiteral("ALTER TABLE agenda_item DISABLE TRIGGER ALL")));
        CHECK_THAT(checkProblems(path).toStdString(), Catch::Contains("references of table agenda_item are not checked"));
    }
}

TEST_CASE("A store opened for reading only refuses every change on the server too", "[postgresql][store]")
{
    REQUIRE(testsOnServer());
    TestDir dir;
    const QString path = dir.path(QStringLiteral("r.sqlite"));
    writeSampleStore(path);
    const QByteArray before = storeBytes(path);
    auto store = openStore(path, Store::Mode::ReadOnly);
    CHECK(store->readOnly());
    CHECK(store->persons()->size() == 3);
    CHECK_THAT(refusal(store->addPerson({0, QStringLiteral("Anna"), QStringLiteral("Ahonen"), {}, {}, {}})),
               Catch::Contains("reading only"));
    CHECK(storeBytes(path) == before);
}

TEST_CASE("A store dumped with pg_dump and restored with pg_restore passes check, every record the same", "[postgresql][backup]")
{
    REQUIRE(testsOnServer());
    TestDir dir;
    const QString path = dir.path(QStringLiteral("varmuus.sqlite"));
    {
        auto store = createStore(path);
        recordMeeting(*store);
        REQUIRE(store->check()->ok());
    }
    const QString document = dir.path(QStringLiteral("ennen.json"));
    REQUIRE(runCli({QStringLiteral("--store"), path, QStringLiteral("export"), document}).exitCode == 0);
    // As docs/deployment.md says: the custom format, then into an empty
    // database.
    const QString dump = dir.path(QStringLiteral("kunta.dump"));
    runTool(QStringLiteral("pg_dump"), {QStringLiteral("--format=custom"), QStringLiteral("--file"), dump,
                                        QStringLiteral("--dbname"), storeLocation(path)},
            dir.path(QStringLiteral(".")));
    const QString restored = database(QStringLiteral("palautettu"));
    runTool(QStringLiteral("pg_restore"), {QStringLiteral("--exit-on-error"), QStringLiteral("--no-owner"),
                                           QStringLiteral("--dbname"), restored, dump},
            dir.path(QStringLiteral(".")));
    auto store = Store::open(restored);
    INFO(store.error().toStdString());
    REQUIRE(store.ok());
    const auto report = store.value()->check();
    REQUIRE(report.ok());
    INFO((report->integrityProblems + report->foreignKeyProblems + report->auditProblems).join(u'\n').toStdString());
    CHECK(report->ok());
    CHECK(report->auditEntries > 50);
    store.value().reset();
    const QString after = dir.path(QStringLiteral("jalkeen.json"));
    REQUIRE(runCli({QStringLiteral("--store"), restored, QStringLiteral("export"), after}).exitCode == 0);
    CHECK(readFile(after) == readFile(document));
    // The restored store goes on: a new item takes an id of its own.
    auto reopened = Store::open(restored);
    REQUIRE(reopened.ok());
    const Meeting next = addUnheldMeeting(*reopened.value(), required(reopened.value()->findMeeting(QStringLiteral("KH 12/2026"))));
    CHECK(next.id > 0);
    CHECK(reopened.value()->check()->ok());
}

TEST_CASE("Search finds the same items in the same order, with the same ranks, on both engines", "[postgresql][search]")
{
    REQUIRE(testsOnServer());
    TestDir dir;
    // The same demo archive on SQLite (a file) and on the server.
    DemoData::Options options;
    options.bodies = 4;
    options.years = 1;
    options.seed = 11;
    options.asOf = QDate(2026, 11, 1);
    auto file = Store::open(dir.path(QStringLiteral("tiedosto.sqlite")), Store::Mode::CreateNew);
    REQUIRE(file.ok());
    auto server = createStore(dir.path(QStringLiteral("palvelin.sqlite")));
    REQUIRE(DemoData::generate(*file.value(), options).ok());
    REQUIRE(DemoData::generate(*server, options).ok());
    QList<qint64> bodyIds;
    for (const Body &body : required(server->bodies()))
        bodyIds.append(body.id);
    REQUIRE(bodyIds.size() == 4);
    const QStringList queries{
        QStringLiteral("päätös"), QStringLiteral("talousarvio"), QStringLiteral("koulu"),
        QStringLiteral("kaava"), QStringLiteral("lautakunta"), QStringLiteral("hyväksyi"),
        QStringLiteral("avustus"), QStringLiteral("skola"), QStringLiteral("tarkastus pöytäkirja"),
        QStringLiteral("kunnanhallitus esitys"), QStringLiteral("viranhaltijapäätösten"),
        QStringLiteral("Tontin myynti"), QStringLiteral("2026"), QStringLiteral("ei-löydy-mitään"),
    };
    int compared = 0;
    const auto compare = [&] {
        for (const QString &query : queries) {
            for (const SearchFilter::Order order : {SearchFilter::Order::Relevance, SearchFilter::Order::Newest}) {
                for (const auto &[limit, bodyId, year] : QList<std::tuple<int, qint64, int>>{
                         {5, 0, 0}, {40, 0, 0}, {20, bodyIds.first(), 0}, {20, bodyIds.last(), 2026}, {20, 0, 2025}}) {
                    SearchFilter filter;
                    filter.order = order;
                    filter.bodyId = bodyId;
                    filter.year = year;
                    const auto onFile = file.value()->search(query, limit, filter);
                    const auto onServer = server->search(query, limit, filter);
                    REQUIRE(onFile.ok());
                    REQUIRE(onServer.ok());
                    INFO(query.toStdString() << " limit " << limit << " body " << bodyId << " year " << year);
                    REQUIRE(onFile->size() == onServer->size());
                    for (int i = 0; i < onFile->size(); ++i) {
                        const SearchHit &a = onFile->at(i);
                        const SearchHit &b = onServer->at(i);
                        INFO("hit " << i << ": " << a.meetingReference.toStdString() << " " << a.title.toStdString()
                                    << " / " << b.meetingReference.toStdString() << " " << b.title.toStdString());
                        CHECK(a.itemId == b.itemId);
                        CHECK(a.meetingReference == b.meetingReference);
                        CHECK(a.sectionNumber == b.sectionNumber);
                        CHECK(a.snippet == b.snippet);
                        // bm25 as FTS5 computes it, to the last bits of a double.
                        CHECK(a.rank == Approx(b.rank).epsilon(1e-12));
                        ++compared;
                    }
                }
            }
        }
    };
    // The entries as rows, and then every one of them in blocks, as the
    // store's own function packs older spans.
    compare();
    CHECK(compared > 600);
    const QString serverPath = dir.path(QStringLiteral("palvelin.sqlite"));
    REQUIRE(RawConnection(serverPath).exec(QStringLiteral(
        "SELECT item_search_block_spans((SELECT until FROM item_search_blocked), (SELECT max(id) / 1024 * 1024 + 1024 "
        "FROM item_search))")));
    REQUIRE(RawConnection(serverPath).value(QStringLiteral("SELECT count(*) FROM item_search_term t WHERE NOT EXISTS "
                                                           "(SELECT 1 FROM item_search_block b WHERE b.term = t.term "
                                                           "AND b.first_id = t.item_id / 1024 * 1024)")).toInt() == 0);
    compared = 0;
    compare();
    CHECK(compared > 600);
    CHECK(checkProblems(serverPath).isEmpty());
}

TEST_CASE("Each search entry's terms follow its item, with their counts, and check finds them changed", "[postgresql][search][check]")
{
    REQUIRE(testsOnServer());
    TestDir dir;
    const QString path = dir.path(QStringLiteral("termit.sqlite"));
    const Sample sample = writeSampleStore(path);
    const auto entries = [&](const QString &term) {
        return RawConnection(path)
            .value(QStringLiteral("SELECT count(*) FROM item_search_term WHERE term = '%1'").arg(term))
            .toInt();
    };
    {
        auto store = openStore(path);
        AgendaItem item = required(store->agendaItem(sample.publicItem)).value();
        item.title = QStringLiteral("Kaavoitus");
        item.background = QStringLiteral("<p>Kaavoitus etenee. Kaavoitus jatkuu ainutkertaisesti.</p>");
        item.proposal.clear();
        REQUIRE(store->updateAgendaItem(item).ok());
        // Once in the title, weighing four, and twice in the text: 4 + 2.
        CHECK(RawConnection(path)
                  .value(QStringLiteral("SELECT frequency FROM item_search_term WHERE term = 'kaavoitus' AND item_id = %1")
                             .arg(sample.publicItem))
                  .toInt()
              == 6);
        CHECK(entries(QStringLiteral("ainutkertaisesti")) == 1);
        // The entry made again: the words it no longer has are gone with it.
        item.background = QStringLiteral("<p>Kaavoitus etenee.</p>");
        REQUIRE(store->updateAgendaItem(item).ok());
        CHECK(entries(QStringLiteral("ainutkertaisesti")) == 0);
        CHECK(RawConnection(path)
                  .value(QStringLiteral("SELECT frequency FROM item_search_term WHERE term = 'kaavoitus' AND item_id = %1")
                             .arg(sample.publicItem))
                  .toInt()
              == 5);
        // An item removed takes its terms along.
        AgendaItem added;
        added.meetingId = sample.meeting;
        added.title = QStringLiteral("Poistettava ainutkertainen asia");
        const qint64 addedId = required(store->addAgendaItem(added));
        CHECK(entries(QStringLiteral("poistettava")) == 1);
        REQUIRE(store->removeAgendaItem(addedId).ok());
        CHECK(entries(QStringLiteral("poistettava")) == 0);
    }
    CHECK(checkProblems(path).isEmpty());
    // Terms are derived, never changed.
    CHECK_FALSE(RawConnection(path).exec(QStringLiteral("UPDATE item_search_term SET frequency = 9 WHERE term = 'kaavoitus'")));
    SECTION("a term taken away")
    {
        REQUIRE(RawConnection(path).exec(
            QStringLiteral("DELETE FROM item_search_term WHERE term = 'kaavoitus' AND item_id = %1").arg(sample.publicItem)));
        CHECK_THAT(checkProblems(path).toStdString(),
                   Catch::Contains(QStringLiteral("terms for agenda item %1 do not match").arg(sample.publicItem).toStdString()));
    }
    SECTION("a count changed, with the protection turned off")
    {
        RawConnection raw(path);
        REQUIRE(raw.dropProtections({QStringLiteral("item_search_term")}));
        REQUIRE(raw.exec(QStringLiteral("UPDATE item_search_term SET frequency = 40 WHERE term = 'kaavoitus'")));
        REQUIRE(raw.restoreProtections());
        CHECK_THAT(checkProblems(path).toStdString(),
                   Catch::Contains(QStringLiteral("terms for agenda item %1 do not match").arg(sample.publicItem).toStdString()));
    }
    SECTION("a term of no entry")
    {
        REQUIRE(RawConnection(path).exec(
            QStringLiteral("INSERT INTO item_search_term (term, item_id, frequency, tokens) VALUES ('x', 99999, 1, 1)")));
        CHECK_THAT(checkProblems(path).toStdString(), Catch::Contains("terms for agenda item 99999 do not match"));
    }
}

namespace {

// One entry of a search block as migration 20 packs it, worked out here:
// the id's offset in the block's span (int2), the frequency and the words
// (int4 each), big-endian, in hexadecimal.
QString packedPosting(qint64 itemId, int frequency, int words)
{
    return QStringLiteral("%1%2%3")
        .arg(itemId % 1024, 4, 16, QLatin1Char('0'))
        .arg(frequency, 8, 16, QLatin1Char('0'))
        .arg(words, 8, 16, QLatin1Char('0'));
}

} // namespace

TEST_CASE("Older search entries are kept in blocks that follow their items, and check finds a block changed", "[postgresql][search][check]")
{
    REQUIRE(testsOnServer());
    TestDir dir;
    const QString path = dir.path(QStringLiteral("lohkot.sqlite"));
    const Sample sample = writeSampleStore(path);
    const auto value = [&](const QString &sql) { return RawConnection(path).value(sql); };
    const auto block = [&](const QString &term) {
        return value(QStringLiteral("SELECT coalesce((SELECT encode(postings, 'hex') FROM item_search_block "
                                    "WHERE term = '%1' AND first_id = 0), '')").arg(term)).toString();
    };
    const auto words = [&](qint64 item) {
        return value(QStringLiteral("SELECT tokens FROM item_search WHERE id = %1").arg(item)).toInt();
    };
    // A small store's entries are all of its newest spans: no block yet.
    REQUIRE(sample.confidentialItem < 1024);
    CHECK(value(QStringLiteral("SELECT until FROM item_search_blocked")).toInt() == 0);
    CHECK(value(QStringLiteral("SELECT count(*) FROM item_search_block")).toInt() == 0);
    // Items from id 5000 on: the spans before 4096 - 1024 = 3072 are blocked.
    REQUIRE(RawConnection(path).exec(QStringLiteral("ALTER TABLE agenda_item ALTER COLUMN id RESTART WITH 5000")));
    auto store = openStore(path);
    AgendaItem added;
    added.meetingId = sample.meeting;
    added.title = QStringLiteral("Uusi ainutlaatuinen asia");
    const qint64 addedId = required(store->addAgendaItem(added));
    REQUIRE(addedId == 5000);
    CHECK(value(QStringLiteral("SELECT until FROM item_search_blocked")).toInt() == 3072);
    CHECK(value(QStringLiteral("SELECT count(*) FROM item_search_block WHERE first_id <> 0")).toInt() == 0);
    CHECK(value(QStringLiteral("SELECT count(*) FROM item_search_term WHERE item_id < 3072")).toInt()
          == value(QStringLiteral("SELECT sum(length(postings) / 10) FROM item_search_block")).toInt());
    // The newest item's terms are rows only.
    CHECK(value(QStringLiteral("SELECT count(*) FROM item_search_block WHERE term = 'ainutlaatuinen'")).toInt() == 0);

    // An older item changed: its terms' blocks are made again.
    AgendaItem item = required(store->agendaItem(sample.publicItem)).value();
    item.title = QStringLiteral("Kaavoitus");
    item.background = QStringLiteral("<p>Kaavoitus etenee. Kaavoitus jatkuu ainutkertaisesti.</p>");
    item.proposal.clear();
    REQUIRE(store->updateAgendaItem(item).ok());
    CHECK(block(QStringLiteral("ainutkertaisesti")) == packedPosting(sample.publicItem, 1, words(sample.publicItem)));
    // Once in the title (four) and twice in the text.
    CHECK(block(QStringLiteral("kaavoitus")) == packedPosting(sample.publicItem, 6, words(sample.publicItem)));
    const auto found = [&](const QString &query) {
        QList<qint64> ids;
        for (const SearchHit &hit : required(store->search(query, 20)))
            ids.append(hit.itemId);
        return ids;
    };
    CHECK(found(QStringLiteral("ainutkertaisesti")) == QList<qint64>{sample.publicItem});
    CHECK(found(QStringLiteral("kaavoitus ainutlaatuinen")).isEmpty());
    item.background = QStringLiteral("<p>Kaavoitus etenee.</p>");
    REQUIRE(store->updateAgendaItem(item).ok());
    CHECK(block(QStringLiteral("ainutkertaisesti")).isEmpty());
    CHECK(block(QStringLiteral("kaavoitus")) == packedPosting(sample.publicItem, 5, words(sample.publicItem)));
    CHECK(found(QStringLiteral("ainutkertaisesti")).isEmpty());
    CHECK(found(QStringLiteral("kaavoitus")) == QList<qint64>{sample.publicItem});
    // Removed, it leaves no block behind.
    REQUIRE(store->removeAgendaItem(sample.publicItem).ok());
    CHECK(block(QStringLiteral("kaavoitus")).isEmpty());
    CHECK(found(QStringLiteral("kaavoitus")).isEmpty());
    store.reset();
    CHECK(checkProblems(path).isEmpty());
    // Made in one pass (a copy, the update to schema 20), they are the same.
    const QString blocks = QStringLiteral("SELECT string_agg(term || ' ' || first_id || ' ' || encode(postings, 'hex'), "
                                          "',' ORDER BY term, first_id) FROM item_search_block");
    const QString kept = value(blocks).toString();
    CHECK(kept.contains(QStringLiteral("vahingonkorvausvaatimus 0 ")));
    REQUIRE(RawConnection(path).exec(QStringLiteral("SELECT item_search_fill_blocks()")));
    CHECK(value(blocks).toString() == kept);
    CHECK(value(QStringLiteral("SELECT until FROM item_search_blocked")).toInt() == 3072);

    // Blocks are made anew, never changed, and check compares each with its
    // term's entries.
    CHECK_FALSE(RawConnection(path).exec(QStringLiteral("UPDATE item_search_block SET first_id = 1024")));
    SECTION("a block taken away")
    {
        REQUIRE(RawConnection(path).exec(QStringLiteral("DELETE FROM item_search_block WHERE term = 'vahingonkorvausvaatimus'")));
        CHECK_THAT(checkProblems(path).toStdString(),
                   Catch::Contains("block of the term “vahingonkorvausvaatimus” for agenda items 0 to 1023 does not match"));
    }
    SECTION("an entry's count changed in a block")
    {
        RawConnection raw(path);
        REQUIRE(raw.dropProtections({QStringLiteral("item_search_block")}));
        REQUIRE(raw.exec(QStringLiteral("UPDATE item_search_block SET postings = set_byte(postings, 5, 99) "
                                        "WHERE term = 'vahingonkorvausvaatimus'")));
        REQUIRE(raw.restoreProtections());
        CHECK_THAT(checkProblems(path).toStdString(),
                   Catch::Contains("block of the term “vahingonkorvausvaatimus” for agenda items 0 to 1023 does not match"));
    }
    SECTION("the blocks' bound moved past the newest item")
    {
        REQUIRE(RawConnection(path).exec(QStringLiteral("UPDATE item_search_blocked SET until = 6144")));
        CHECK_THAT(checkProblems(path).toStdString(),
                   Catch::Contains("block of the term “ainutlaatuinen” for agenda items 4096 to 5119 does not match"));
    }
    SECTION("a block cut short, past its protections: search says so and changes nothing")
    {
        RawConnection raw(path);
        REQUIRE(raw.exec(QStringLiteral("ALTER TABLE item_search_block DROP CONSTRAINT item_search_block_postings_check")));
        REQUIRE(raw.dropProtections({QStringLiteral("item_search_block")}));
        REQUIRE(raw.exec(QStringLiteral("UPDATE item_search_block SET postings = substring(postings FROM 1 FOR 7) "
                                        "WHERE term = 'vahingonkorvausvaatimus'")));
        REQUIRE(raw.restoreProtections());
        auto opened = openStore(path);
        const auto searched = opened->search(QStringLiteral("vahingonkorvausvaatimus"), 20);
        REQUIRE_FALSE(searched.ok());
        CHECK_THAT(searched.error().toStdString(),
                   Catch::Contains("A block of the search index could not be read: run a check of the store"));
        CHECK(required(opened->search(QStringLiteral("ainutlaatuinen"), 20)).size() == 1);
        opened.reset();
        CHECK_THAT(checkProblems(path).toStdString(),
                   Catch::Contains("block of the term “vahingonkorvausvaatimus” for agenda items 0 to 1023 does not match"));
    }
}

TEST_CASE("A store of schema 18 with roles set up gets its entries' terms, their policy and the meetings' order in the update", "[postgresql][schema][search]")
{
    REQUIRE(testsOnServer());
    TestDir dir;
    const QString path = dir.path(QStringLiteral("paivitys.sqlite"));
    writeSampleStore(path);
    const QList<qint64> before = [&] {
        auto store = openStore(path);
        REQUIRE(store->setUpAccess().ok());
        QList<qint64> ids;
        for (const SearchHit &hit : required(store->search(QStringLiteral("kunnanhallitus"), 20)))
            ids.append(hit.itemId);
        return ids;
    }();
    REQUIRE_FALSE(before.isEmpty());
    // The store as schema 18 left it: no terms, no trigger, no functions.
    {
        RawConnection raw(path);
        for (const char *sql : {"DROP TRIGGER item_search_terms ON item_search", "DROP TABLE item_search_term",
                                "DROP TABLE item_search_block", "DROP TABLE item_search_blocked",
                                "DROP FUNCTION item_search_terms()", "DROP FUNCTION item_search_terms_of(tsvector, tsvector)",
                                "DROP FUNCTION item_search_reblock(text[], bigint)",
                                "DROP FUNCTION item_search_block_spans(bigint, bigint)",
                                "DROP FUNCTION item_search_fill_blocks()", "DROP INDEX meeting_order",
                                "DROP INDEX agenda_item_order", "DROP INDEX case_title_word_case_word",
                                "CREATE INDEX case_title_word_case ON case_title_word(case_id)",
                                "UPDATE pykala_store SET schema_version = 18"})
            REQUIRE(raw.exec(QString::fromLatin1(sql)));
    }
    auto store = openStore(path);
    {
        RawConnection raw(path);
        CHECK(raw.value(QStringLiteral("SELECT schema_version FROM pykala_store")).toInt() == 21);
        // Migration 21's indexes of the orders searches walk, one in place
        // of the index of a title word's case alone.
        CHECK(raw.value(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname IN "
                                       "('meeting_order', 'agenda_item_order', 'case_title_word_case_word')")).toInt()
              == 3);
        CHECK(raw.value(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = 'case_title_word_case'")).toInt()
              == 0);
        CHECK(raw.value(QStringLiteral("SELECT count(DISTINCT item_id) FROM item_search_term")).toInt()
              == raw.value(QStringLiteral("SELECT count(*) FROM item_search")).toInt());
        // The roles' policies cover the new table: what a login reads of it
        // is what it reads of the entries.
        CHECK(raw.value(QStringLiteral("SELECT relrowsecurity FROM pg_class WHERE relname = 'item_search_term'")).toBool());
        CHECK(raw.value(QStringLiteral("SELECT count(*) FROM pg_policy WHERE polrelid = 'item_search_term'::regclass"))
                  .toInt()
              == 4);
        // And the blocks, which no login reads.
        CHECK(raw.value(QStringLiteral("SELECT relrowsecurity FROM pg_class WHERE relname = 'item_search_block'")).toBool());
        CHECK(raw.value(QStringLiteral("SELECT count(*) FROM pg_policy WHERE polrelid = 'item_search_block'::regclass"))
                  .toInt()
              == 4);
    }
    QList<qint64> after;
    for (const SearchHit &hit : required(store->search(QStringLiteral("kunnanhallitus"), 20)))
        after.append(hit.itemId);
    CHECK(after == before);
    CHECK(checkProblems(path).isEmpty());
}

TEST_CASE("Both engines' tables have the same columns in the same order, of the same kinds", "[postgresql][schema]")
{
    // A row's audit digest reads every column in order with its type: the
    // two schemas, written apart, must agree column for column.
    REQUIRE(testsOnServer());
    TestDir dir;
    const QString file = dir.path(QStringLiteral("tiedosto.sqlite"));
    REQUIRE(Store::open(file, Store::Mode::CreateNew).ok());
    const QString server = dir.path(QStringLiteral("palvelin.sqlite"));
    createStore(server);
    const QString name = QStringLiteral("schema-columns");
    QSqlDatabase sqlite = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    sqlite.setDatabaseName(file);
    REQUIRE(sqlite.open());
    RawConnection postgresql(server);
    const QHash<QString, QString> kinds{{QStringLiteral("INTEGER"), QStringLiteral("bigint")},
                                        {QStringLiteral("TEXT"), QStringLiteral("text")},
                                        {QStringLiteral("BLOB"), QStringLiteral("bytea")}};
    QStringList tables = AuditLog::entities();
    tables << QStringLiteral("preparer") << QStringLiteral("extract_recipient") << QStringLiteral("audit_log");
    for (const QString &table : std::as_const(tables)) {
        QStringList onFile;
        {
            QSqlQuery columns(sqlite);
            REQUIRE(columns.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)));
            while (columns.next())
                onFile << columns.value(1).toString() + u' ' + kinds.value(columns.value(2).toString(), QStringLiteral("?"));
        }
        const QString onServer =
            postgresql
                .value(QStringLiteral("SELECT string_agg(column_name || ' ' || data_type, ',' ORDER BY ordinal_position) "
                                      "FROM information_schema.columns WHERE table_schema = current_schema() "
                                      "AND table_name = '%1'")
                           .arg(table))
                .toString();
        INFO(table.toStdString());
        CHECK(onFile.size() > 1);
        CHECK(onFile.join(u',') == onServer);
    }
    sqlite.close();
    sqlite = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}
