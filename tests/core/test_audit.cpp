#include <catch2/catch.hpp>

#include "testsupport.h"

#include "store/auditlog.h"
#include "store/connection.h"

#include <libpq-fe.h>

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>


namespace {

// Changes the store behind its back, as a tamperer with sqlite3 or psql
// would; first turning off the triggers of `unprotected` tables.
void tamper(const QString &path, const QStringList &statements, const QStringList &unprotected = {})
{
    RawConnection raw(path);
    REQUIRE(raw.dropProtections(unprotected));
    for (const QString &sql : statements) {
        INFO(sql.toStdString());
        REQUIRE(raw.exec(sql));
    }
}

} // namespace

TEST_CASE("Every change is in the audit log, chained", "[audit]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("a.sqlite"));
    auto store = createStore(path);
    store->setActor(QStringLiteral("sihteeri"));
    const Sample sample = addSample(*store);
    const auto report = store->check();
    REQUIRE(report->ok());
    // organisation, body, 3 persons, 3 memberships, meeting, 2 items, attachment
    CHECK(report->auditEntries == 12);
    AgendaItem item = store->agendaItem(sample.publicItem)->value();
    item.title = QStringLiteral("Uusi otsikko");
    REQUIRE(store->updateAgendaItem(item).ok());
    REQUIRE(store->removeAttachment(sample.attachment).ok());
    CHECK(store->check()->auditEntries == 14);
    CHECK(store->check()->ok());
}

TEST_CASE("The database refuses to change or delete audit entries", "[audit]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("a.sqlite"));
    createStore(path)->addPerson({0, QStringLiteral("A"), QStringLiteral("B"), {}, {}, {}});
    CHECK_FALSE(RawConnection(path).exec(QStringLiteral("UPDATE audit_log SET actor = 'joku muu'")));
    CHECK_FALSE(RawConnection(path).exec(QStringLiteral("DELETE FROM audit_log")));
    CHECK(checkProblems(path).isEmpty());
}

TEST_CASE("check catches a tampered audit entry", "[audit]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("a.sqlite"));
    writeSampleStore(path);
    SECTION("an entry's content")
    {
        tamper(path, {QStringLiteral("UPDATE audit_log SET actor = 'joku muu' WHERE id = 5")}, {QStringLiteral("audit_log")});
        CHECK(checkProblems(path).contains(QStringLiteral("entry 5 was altered")));
    }
    SECTION("an entry removed from the middle")
    {
        tamper(path, {QStringLiteral("DELETE FROM audit_log WHERE id = 4")}, {QStringLiteral("audit_log")});
        CHECK(checkProblems(path).contains(QStringLiteral("missing")));
    }
    SECTION("the newest entries cut off")
    {
        tamper(path, {QStringLiteral("DELETE FROM audit_log WHERE id > 10")}, {QStringLiteral("audit_log")});
        CHECK(checkProblems(path).contains(QStringLiteral("newest audit log entries")));
    }
    SECTION("an entry rewritten with a recomputed hash of its own")
    {
        tamper(path, {QStringLiteral("UPDATE audit_log SET hash = '%1' WHERE id = 3").arg(QString(64, u'a'))},
               {QStringLiteral("audit_log")});
        const QString found = checkProblems(path);
        CHECK(found.contains(QStringLiteral("entry 3 was altered")));
        CHECK(found.contains(QStringLiteral("entry 4 does not follow")));
    }
}

TEST_CASE("check catches records changed outside Pykälä", "[audit]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("a.sqlite"));
    const Sample sample = writeSampleStore(path);
    SECTION("a changed decision")
    {
        tamper(path, {QStringLiteral("UPDATE agenda_item SET decision = '<p>Toisin päätetty.</p>' WHERE id = %1")
                          .arg(sample.publicItem)});
        CHECK(checkProblems(path).contains(QStringLiteral("agenda_item %1 differs").arg(sample.publicItem)));
    }
    SECTION("a changed preparer, part of the item")
    {
        tamper(path, {QStringLiteral("UPDATE preparer SET name = 'Joku Muu'")});
        CHECK(checkProblems(path).contains(QStringLiteral("agenda_item %1 differs").arg(sample.publicItem)));
    }
    SECTION("an inserted person")
    {
        tamper(path, {QStringLiteral("INSERT INTO person (given_name, family_name) VALUES ('Vale', 'Henkilö')")});
        CHECK(checkProblems(path).contains(QStringLiteral("not in the audit log")));
    }
    SECTION("a deleted membership")
    {
        tamper(path, {QStringLiteral("DELETE FROM membership WHERE role = 'deputy'")});
        CHECK(checkProblems(path).contains(QStringLiteral("deleted outside")));
    }
    SECTION("an attachment whose bytes were replaced")
    {
        tamper(path, {QStringLiteral("UPDATE attachment SET content = %1 WHERE id = %2")
                          .arg(RawConnection(path).blob(QByteArray(13, '\0')))
                          .arg(sample.attachment)});
        const QString found = checkProblems(path);
        CHECK(found.contains(QStringLiteral("does not match its SHA-256")));
        CHECK(found.contains(QStringLiteral("attachment %1 differs").arg(sample.attachment)));
    }
}

TEST_CASE("A record changed outside Pykälä stays visible after a later edit", "[audit]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("a.sqlite"));
    const Sample sample = writeSampleStore(path);
    tamper(path, {QStringLiteral("UPDATE body SET quorum_rule = 'two-thirds' WHERE id = %1").arg(sample.body)});
    {
        auto store = openStore(path);
        Body body = store->body(sample.body)->value();
        body.name = QStringLiteral("Kunnanhallitus (uusi nimi)");
        REQUIRE(store->updateBody(body).ok());
    }
    CHECK(checkProblems(path).contains(QStringLiteral("from a value the log never recorded")));
}

namespace {

// A row's digest as the store computed it through Qt's SQL driver before it
// read SQLite directly: text as QString, written back as UTF-8.
QString digestThroughQt(const QSqlDatabase &db, const QString &table, qint64 id)
{
    auto field = [](QCryptographicHash &hash, char type, const QByteArray &bytes) {
        hash.addData(QByteArrayView(&type, 1));
        hash.addData(QByteArray::number(bytes.size()));
        hash.addData(":");
        hash.addData(bytes);
    };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery query(db);
    REQUIRE(query.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table)));
    query.addBindValue(id);
    REQUIRE(query.exec());
    const QSqlRecord record = query.record();
    while (query.next()) {
        for (int column = 0; column < record.count(); ++column) {
            field(hash, 'C', record.fieldName(column).toUtf8());
            const QVariant value = query.value(column);
            if (value.isNull())
                field(hash, 'N', {});
            else if (value.typeId() == QMetaType::QByteArray)
                field(hash, 'B', value.toByteArray());
            else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
                field(hash, 'I', QByteArray::number(value.toLongLong()));
            else if (value.typeId() == QMetaType::Double)
                field(hash, 'R', QByteArray::number(value.toDouble(), 'g', 17));
            else
                field(hash, 'T', value.toString().toUtf8());
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

TEST_CASE("Digests of text are what they were through Qt's driver, whatever the characters", "[audit]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("a.sqlite"));
    {
        auto store = createStore(path);
        Organisation organisation = store->organisation()->value_or(Organisation{});
        // Finnish and Swedish letters, a euro, a Hangul syllable, an emoji
        // (a surrogate pair) and a byte order mark.
        organisation.name = QStringLiteral("Äänekoski–Åbo € ") + QChar(0xD55C) + QString::fromUcs4(U"\U0001F600")
            + QChar(0xFEFF) + QStringLiteral(" kunta");
        // U+FFFF and a lone surrogate the store refuses (TextRules); only
        // another tool writes them, below.
        Organisation lost = organisation;
        lost.name += QChar(0xFFFF) + QString(QChar(0xD800));
        CHECK_THAT(refusal(store->setOrganisation(lost)), Catch::Contains("holds a character that cannot be kept (U+ffff"));
        REQUIRE(store->setOrganisation(organisation).ok());
    }
    CHECK(openStore(path)->check()->ok());
    if (testsOnServer()) {
        // On PostgreSQL: the digest as the row reads through libpq's text
        // form, typed by its columns' types, the same however the text is.
        auto throughLibpq = [&] {
            PGconn *connection = PQconnectdb(storeLocation(path).toUtf8().constData());
            REQUIRE(PQstatus(connection) == CONNECTION_OK);
            PGresult *row = PQexec(connection, "SET bytea_output = 'hex'");
            PQclear(row);
            row = PQexec(connection, "SELECT * FROM organisation WHERE id = 1");
            REQUIRE(PQresultStatus(row) == PGRES_TUPLES_OK);
            REQUIRE(PQntuples(row) == 1);
            QCryptographicHash hash(QCryptographicHash::Sha256);
            auto field = [&](char type, const QByteArray &bytes) {
                hash.addData(QByteArrayView(&type, 1));
                hash.addData(QByteArray::number(bytes.size()));
                hash.addData(":");
                hash.addData(bytes);
            };
            for (int column = 0; column < PQnfields(row); ++column) {
                field('C', PQfname(row, column));
                const QByteArray text(PQgetvalue(row, 0, column), PQgetlength(row, 0, column));
                if (PQgetisnull(row, 0, column))
                    field('N', {});
                else if (PQftype(row, column) == 17) // bytea
                    field('B', QByteArray::fromHex(text.mid(2)));
                else if (PQftype(row, column) == 20) // bigint
                    field('I', text);
                else
                    field('T', text);
            }
            PQclear(row);
            PQfinish(connection);
            return QString::fromLatin1(hash.result().toHex());
        };
        // The store's digest of the row, as its audit log keeps it.
        const QString logged = RawConnection(path)
                                   .value(QStringLiteral("SELECT new_digest FROM audit_log WHERE entity = "
                                                         "'organisation' AND entity_id = 1 ORDER BY id DESC LIMIT 1"))
                                   .toString();
        const QString digest = throughLibpq();
        CHECK(digest == logged);
        // Another tool's U+FFFF, which the store refuses to write itself
        // (PostgreSQL keeps no lone surrogates, nor bytes that are no UTF-8).
        RawConnection raw(path);
        REQUIRE(raw.exec(QStringLiteral("UPDATE organisation SET name = 'kunta ' || %1 WHERE id = 1")
                             .arg(raw.character(0xFFFF))));
        CHECK(throughLibpq() != digest);
        const QString changed = checkProblems(path);
        CHECK(changed.contains(QStringLiteral("organisation 1 differs")));
        return;
    }
    const QString connection = QStringLiteral("digest-through-qt");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        const Connection through(connection);
        CHECK(AuditLog::entityDigest(through, QStringLiteral("organisation"), 1).value()
              == digestThroughQt(db, QStringLiteral("organisation"), 1));
        // Characters the store refuses, as another tool could write them.
        QSqlQuery lost(db);
        REQUIRE(lost.prepare(QStringLiteral("UPDATE organisation SET name = ? WHERE id = 1")));
        lost.addBindValue(QStringLiteral("kunta ") + QChar(0xFFFF) + QChar(0xD800));
        REQUIRE(lost.exec());
        CHECK(AuditLog::entityDigest(through, QStringLiteral("organisation"), 1).value()
              == digestThroughQt(db, QStringLiteral("organisation"), 1));
        // And bytes that are no UTF-8 at all, as another tool could write them.
        QSqlQuery broken(db);
        REQUIRE(broken.exec(QStringLiteral("UPDATE organisation SET registry_address = "
                                           "CAST(X'61C0AF62FF80E0808063EDA080' AS TEXT) WHERE id = 1")));
        CHECK(AuditLog::entityDigest(through, QStringLiteral("organisation"), 1).value()
              == digestThroughQt(db, QStringLiteral("organisation"), 1));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}
