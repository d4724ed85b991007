#include <catch2/catch.hpp>

// What a store kept in an SQLite file does as a file: its header, its
// write-ahead log, damage to it, and migrations from the schemas of earlier
// releases (a PostgreSQL store begins at schema 15: test_postgresqlstore).

#include "testsupport.h"

#include "store/auditlog.h"
#include "store/connection.h"
#include "store/schema.h"
#include "store/statement.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

TEST_CASE("An empty file is migrated to the current schema", "[store][migration]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("tyhja.sqlite"));
    writeFile(path, QByteArray());
    {
        auto store = openStore(path);
        REQUIRE(store->addPerson({0, QStringLiteral("Anna"), QStringLiteral("Ahonen"), {}, {}, {}}).ok());
    }
    auto reopened = openStore(path);
    CHECK(reopened->persons()->size() == 1);
    CHECK(reopened->check()->ok());
}

TEST_CASE("Creating a store never overwrites a file", "[store]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("olemassa.txt"));
    writeFile(path, QByteArrayLiteral("tärkeä tiedosto"));
    const auto store = Store::open(path, Store::Mode::CreateNew);
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().contains(QStringLiteral("already exists")));
    CHECK(readFile(path) == QByteArrayLiteral("tärkeä tiedosto"));
}

TEST_CASE("Opening a missing store says how to create one", "[store]")
{
    TestDir dir;
    const auto store = Store::open(dir.path(QStringLiteral("ei.sqlite")));
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().contains(QStringLiteral("pykala-cli init")));
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("ei.sqlite"))));
}

TEST_CASE("Files that are not Pykälä stores are refused and left untouched", "[store][bad-input]")
{
    TestDir dir;
    SECTION("a text file")
    {
        const QString path = dir.path(QStringLiteral("muistio.txt"));
        writeFile(path, QByteArray(5000, 'x'));
        const QByteArray before = fileDigest(path);
        const auto store = Store::open(path);
        REQUIRE_FALSE(store.ok());
        CHECK(store.error().contains(QStringLiteral("not a Pykälä store")));
        CHECK(fileDigest(path) == before);
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.path(QStringLiteral("muu.sqlite"));
        {
            RawConnection raw(path);
            REQUIRE(raw.exec(QStringLiteral("CREATE TABLE asiakas (nimi TEXT)")));
        }
        const QByteArray before = fileDigest(path);
        const auto store = Store::open(path);
        REQUIRE_FALSE(store.ok());
        CHECK(store.error().contains(QStringLiteral("not a Pykälä store")));
        CHECK(fileDigest(path) == before);
    }
}

TEST_CASE("A store whose header gives no schema version is refused as damaged, untouched", "[store][bad-input]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("kaannetty.sqlite"));
    writeSampleStore(path);
    // One flipped byte: the first of the header's user_version (offset 60,
    // big-endian) makes it negative; before, opening it crashed.
    QByteArray bytes = readFile(path);
    bytes[60] = char(0xFF);
    writeFile(path, bytes);
    const QByteArray before = fileDigest(path);
    for (const Store::Mode mode : {Store::Mode::OpenExisting, Store::Mode::ReadOnly}) {
        const auto store = Store::open(path, mode);
        REQUIRE_FALSE(store.ok());
        CHECK(store.error().contains(QStringLiteral("is damaged: its header gives schema version -")));
        CHECK(fileDigest(path) == before);
    }
    for (const QStringList &command : {QStringList{QStringLiteral("check")}, QStringList{QStringLiteral("meetings")},
                                       QStringList{QStringLiteral("search"), QStringLiteral("koulu")}}) {
        const CliRun run = runCli(QStringList{QStringLiteral("--store"), path} + command);
        INFO(command.join(u' ').toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("is damaged")));
    }
    CHECK(fileDigest(path) == before);
    // Schema version 0 on a store that has its tables is damage too.
    const QString zero = dir.path(QStringLiteral("nolla.sqlite"));
    writeSampleStore(zero);
    {
        RawConnection raw(zero);
        REQUIRE(raw.exec(QStringLiteral("PRAGMA user_version = 0")));
    }
    const auto opened = Store::open(zero);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(QStringLiteral("header gives schema version 0")));
}

TEST_CASE("A truncated store is refused and left untouched", "[store][bad-input]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("katkaistu.sqlite"));
    writeSampleStore(path);
    QByteArray bytes = readFile(path);
    REQUIRE(bytes.size() > 8192);
    bytes.truncate(bytes.size() / 2);
    writeFile(path, bytes);
    const QByteArray before = fileDigest(path);
    const auto store = Store::open(path);
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().contains(QStringLiteral("damaged")));
    CHECK(fileDigest(path) == before);
}

TEST_CASE("A refused store keeps its pending write-ahead log out of the file", "[store][bad-input]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("kesken.sqlite"));
    const QString copy = dir.path(QStringLiteral("kopio.sqlite"));
    writeSampleStore(path);
    {
        // A newer version's change, still only in the WAL when the files are copied.
        RawConnection raw(path);
        REQUIRE(raw.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        REQUIRE(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Store::currentSchemaVersion() + 1)));
        REQUIRE(QFile::copy(path, copy));
        REQUIRE(QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
    }
    REQUIRE(QFileInfo(copy + QStringLiteral("-wal")).size() > 0);
    const QByteArray before = fileDigest(copy);
    const auto store = Store::open(copy);
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().contains(QStringLiteral("newer version")));
    CHECK(fileDigest(copy) == before);
    CHECK(QFileInfo(copy + QStringLiteral("-wal")).size() > 0);
}

TEST_CASE("A store of schema 1 is migrated forward with its data", "[store][migration]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("v1.sqlite"));
    {
        RawConnection raw(path);
        for (const QString &sql : Schema::migrations().first())
            REQUIRE(raw.exec(sql));
        REQUIRE(raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId)));
        REQUIRE(raw.exec(QStringLiteral("PRAGMA user_version = 1")));
        REQUIRE(raw.exec(QStringLiteral("INSERT INTO person (given_name, family_name) VALUES ('Aino', 'Aalto')")));
    }
    auto store = openStore(path);
    CHECK(store->persons()->size() == 1);
    RawConnection raw(path);
    CHECK(raw.value(QStringLiteral("PRAGMA user_version")).toInt() == Store::currentSchemaVersion());
    // The database itself refuses a § number twice in a body's year.
    REQUIRE(raw.exec(QStringLiteral("INSERT INTO body (name, short_name, kind, quorum_rule) "
                                    "VALUES ('Kunnanhallitus', 'KH', 'board', 'more-than-half')")));
    REQUIRE(raw.exec(QStringLiteral("INSERT INTO meeting (body_id, year, number, planned_start, mode, state) "
                                    "VALUES (1, 2026, 1, '2026-01-12T16:00:00', 'in-person', 'planned')")));
    REQUIRE(raw.exec(QStringLiteral("INSERT INTO agenda_item (meeting_id, position, section_number, title, publicity, "
                                    "appeal_kind) VALUES (1, 1, 5, 'Yksi', 'public', 'rectification')")));
    CHECK_FALSE(raw.exec(QStringLiteral("INSERT INTO agenda_item (meeting_id, position, section_number, title, "
                                        "publicity, appeal_kind) VALUES (1, 2, 5, 'Kaksi', 'public', 'rectification')")));
    REQUIRE(raw.exec(QStringLiteral("INSERT INTO agenda_item (meeting_id, position, section_number, title, publicity, "
                                    "appeal_kind) VALUES (1, 2, 6, 'Kaksi', 'public', 'rectification')")));
    CHECK_FALSE(raw.exec(QStringLiteral("UPDATE agenda_item SET section_number = 5 WHERE section_number = 6")));
}

TEST_CASE("Migrating a store with audited rows keeps the audit chain whole, and tampering still shows", "[store][migration]")
{
    for (const bool tamper : {false, true}) {
        TestDir dir;
        const QString path = dir.path(QStringLiteral("v5.sqlite"));
        {
            // A store of schema 5 with rows written and audited as Pykälä did then.
            const QString name = QStringLiteral("v5");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                REQUIRE(db.open());
                QSqlQuery query(db);
                for (int version = 1; version <= 5; ++version) {
                    for (const QString &sql : Schema::migrations().at(version - 1))
                        REQUIRE(query.exec(sql));
                }
                REQUIRE(query.exec(QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId)));
                REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = 5")));
                REQUIRE(query.exec(QStringLiteral("INSERT INTO organisation (id, name, business_id, default_language) "
                                                  "VALUES (1, 'Testilän kunta', '', 'fi')")));
                REQUIRE(query.exec(QStringLiteral("INSERT INTO body (name, short_name, kind, quorum_rule) "
                                                  "VALUES ('Kunnanhallitus', 'KH', 'board', 'more-than-half')")));
                REQUIRE(query.exec(QStringLiteral("INSERT INTO meeting (body_id, year, number, planned_start, mode, "
                                                  "state) VALUES (1, 2026, 1, '2026-01-12T16:00:00', 'in-person', "
                                                  "'planned')")));
                QString head = AuditLog::genesisHash();
                const Connection connection(name);
                for (const QString &entity : {QStringLiteral("organisation"), QStringLiteral("body"), QStringLiteral("meeting")}) {
                    const QString digest = AuditLog::entityDigest(connection, entity, 1).value();
                    head = AuditLog::append(connection, head, {QStringLiteral("2026-01-01T10:00:00.000Z"), QStringLiteral("test"),
                                                       QStringLiteral("insert"), entity, 1, QString(), digest})
                               .value();
                }
                if (tamper) // changed with another tool before the migration
                    REQUIRE(query.exec(QStringLiteral("UPDATE body SET name = 'Kunnanhallitu' WHERE id = 1")));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        auto store = openStore(path);
        const auto report = store->check();
        REQUIRE(report.ok());
        INFO(report->auditProblems.join(QLatin1Char('\n')).toStdString());
        CHECK(report->ok() == !tamper);
        if (tamper)
            CHECK(report->auditProblems.join(QLatin1Char(' ')).contains(QStringLiteral("body 1")));
        // Rows read with the new fields' defaults.
        CHECK(store->organisation()->value().administrativeCourt.isEmpty());
        CHECK_FALSE(store->meetings()->first().minutesPublished.isValid());
    }
}

TEST_CASE("A store written at schema 11 is migrated to 18 with its audit chain whole, tampering still shows",
          "[store][migration]")
{
    // tests/data/store-schema-11.sqlite was written by Pykälä at schema 11
    // (init, organisation, and an import of one held meeting: a board with
    // members, items with preparers and recipients, an attachment, events),
    // then vacuumed to 1 KiB pages.
    for (const bool tamper : {false, true}) {
        TestDir dir;
        const QString path = dir.path(QStringLiteral("v11.sqlite"));
        copyTestStore("store-schema-11", path);
        if (tamper) { // changed with another tool before the migration
            RawConnection raw(path);
            REQUIRE(raw.exec(QStringLiteral("UPDATE agenda_item SET title = 'Muutettu' WHERE id = 2")));
        }
        auto store = openStore(path);
        const auto report = store->check();
        REQUIRE(report.ok());
        INFO(report->auditProblems.join(QLatin1Char('\n')).toStdString());
        CHECK(report->ok() == !tamper);
        if (tamper) {
            CHECK(report->auditProblems.join(QLatin1Char(' ')).contains(QStringLiteral("agenda_item 2")));
            continue;
        }
        {
            RawConnection raw(path);
            CHECK(raw.value(QStringLiteral("PRAGMA user_version")).toInt() == 21);
            // Migration 17 changes no case: the cases are made after the last step.
            CHECK(raw.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'schema migration 17'")).toInt() == 0);
            // Each organisation and item row logged once as changed by the
            // migration, and nothing else.
            auto logged = [&](const char *entity) {
                return raw.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'schema migration 12' "
                                                "AND action = 'update' AND entity %1")
                                     .arg(QLatin1String(entity)))
                    .toInt();
            };
            CHECK(logged("= 'organisation'") == 1);
            CHECK(logged("= 'agenda_item'") == raw.value(QStringLiteral("SELECT count(*) FROM agenda_item")).toInt());
            CHECK(logged("NOT IN ('organisation', 'agenda_item')") == 0);
            // Migration 13: each body and meeting row.
            auto logged13 = [&](const char *entity) {
                return raw.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'schema migration 13' "
                                                "AND action = 'update' AND entity %1")
                                     .arg(QLatin1String(entity)))
                    .toInt();
            };
            CHECK(logged13("= 'body'") == raw.value(QStringLiteral("SELECT count(*) FROM body")).toInt());
            CHECK(logged13("= 'meeting'") == raw.value(QStringLiteral("SELECT count(*) FROM meeting")).toInt());
            CHECK(logged13("NOT IN ('body', 'meeting')") == 0);
            // Migration 18: each body row (its package days), and no package
            // row, there being none.
            CHECK(raw.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'schema migration 18' "
                                           "AND action = 'update' AND entity = 'body'"))
                      .toInt()
                  == raw.value(QStringLiteral("SELECT count(*) FROM body")).toInt());
            CHECK(raw.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'schema migration 18' "
                                           "AND entity <> 'body'"))
                      .toInt()
                  == 0);
            CHECK(raw.value(QStringLiteral("SELECT min(package_expiry_days) || '-' || max(package_expiry_days) FROM body"))
                      .toString()
                  == QStringLiteral("30-30"));
        }
        const Body body = required(store->bodies()).first();
        CHECK(body.defaultPlace.isEmpty());
        CHECK_FALSE(body.defaultStart.isValid());
        CHECK_FALSE(body.signsElectronically);
        CHECK_FALSE(required(store->meetings()).first().convened.isValid());
        // The new fields read as their defaults, and are written and read back.
        Organisation organisation = required(store->organisation()).value();
        CHECK(organisation.swedishName.isEmpty());
        CHECK(organisation.administrativeCourt == QStringLiteral("ita-suomi"));
        const Meeting held = required(store->meetings()).first();
        AgendaItem item = required(store->agendaItems(held.id)).at(1);
        CHECK_FALSE(item.language.has_value());
        organisation.swedishName = QStringLiteral(" Testilä kommun ");
        REQUIRE(store->setOrganisation(organisation).ok());
        CHECK(required(store->organisation())->swedishName == QStringLiteral("Testilä kommun"));
        // The meeting is held; its items' texts still change until its minutes are signed.
        item.language = Language::Swedish;
        REQUIRE(store->updateAgendaItem(item).ok());
        CHECK(required(store->agendaItem(item.id))->language == Language::Swedish);
        item.language.reset();
        REQUIRE(store->updateAgendaItem(item).ok());
        CHECK_FALSE(required(store->agendaItem(item.id))->language.has_value());
        CHECK(store->check()->ok());
    }
}

TEST_CASE("A statement is one statement, with a value for every parameter", "[store][bad-input]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    createStore(path).reset();
    const QString name = QStringLiteral("statement-checks");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        // The statements end before the connection closes: SQLite does not
        // close a connection with statements still compiled, and it leaks.
        {
            const Connection connection(name);
            Statement two(connection, QStringLiteral("SELECT 1; DROP TABLE person"));
            CHECK_FALSE(two.exec());
            CHECK(two.errorMessage().contains(QStringLiteral("more than one statement")));
            Statement missing(connection, QStringLiteral("SELECT ? + ?"), {1});
            CHECK_FALSE(missing.exec());
            CHECK(missing.errorMessage().contains(QStringLiteral("1 values for 2 parameters")));
            Statement again(connection, QStringLiteral("SELECT ? + ?"), {1, 2});
            REQUIRE(again.exec());
            REQUIRE(again.next());
            CHECK(again.value(0).toInt() == 3);
            REQUIRE(again.exec()); // the same values once more
            REQUIRE(again.next());
            CHECK(again.value(0).toInt() == 3);
            Statement persons(connection, QStringLiteral("SELECT count(*) FROM person"));
            CHECK(persons.exec()); // the second statement above never ran
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

