// The SQLite engine: what the store does in SQLite's own way. The schema's
// migrations are in schema.cpp.

#include "storeengine.h"

#include "schema.h"
#include "statement.h"
#include "store.h"

#include "storesupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QRegularExpression>

namespace {

class SqliteEngine final : public StoreEngine
{
public:
    QString translated(const QString &sql, int *parameters) const override
    {
        *parameters = 0;
        return sql;
    }

    Result<Header> header(const Connection &db) const override
    {
        int values[3] = {0, 0, 0}; // application_id, user_version, number of schema objects
        const char *const reads[3] = {"PRAGMA application_id", "PRAGMA user_version",
                                      "SELECT count(*) FROM sqlite_master"};
        Header header;
        for (int i = 0; i < 3; ++i) {
            Statement statement(db, QString::fromLatin1(reads[i]));
            if (!statement.exec() || !statement.next()) {
                if (statement.sqliteCode() == 26) { // SQLITE_NOTADB
                    header.notDatabase = true;
                    return header;
                }
                return Failure{statement.errorMessage()};
            }
            values[i] = statement.value(0).toInt();
        }
        header.empty = values[0] == 0 && values[1] == 0 && values[2] == 0;
        header.pykala = values[0] == Schema::applicationId;
        header.version = values[1];
        if (header.pykala) {
            Statement marked(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                                "AND name = 'package')"));
            if (!marked.exec() || !marked.next())
                return Failure{marked.errorMessage()};
            if (marked.value(0).toBool()) {
                marked.finish();
                Statement rows(db, QStringLiteral("SELECT count(*) FROM package"));
                if (!rows.exec() || !rows.next())
                    return Failure{rows.errorMessage()};
                header.package = rows.value(0).toInt() > 0;
            }
        }
        return header;
    }

    std::optional<std::pair<int, QStringList>> baseline() const override { return std::nullopt; }

    QStringList migration(int version) const override { return Schema::migrations().value(version - 1); }

    Status setVersion(const Connection &db, int version) const override
    {
        for (const QString &pragma : {QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId),
                                      QStringLiteral("PRAGMA user_version = %1").arg(version)}) {
            Statement statement(db, pragma);
            if (!statement.exec())
                return Status::failure(statement.errorMessage());
        }
        return success();
    }

    const QStringList &beginWrite() const override
    {
        static const QStringList begin{QStringLiteral("BEGIN IMMEDIATE")};
        return begin;
    }

    const QString &beginRead() const override
    {
        static const QString begin = QStringLiteral("BEGIN DEFERRED");
        return begin;
    }

    Status checkStructure(const Connection &db, CheckReport &report) const override
    {
        Statement integrity(db, QStringLiteral("PRAGMA integrity_check"));
        if (!integrity.exec())
            return Status::failure(integrity.errorMessage());
        while (integrity.next()) {
            const QString line = integrity.value(0).toString();
            if (line != u"ok")
                report.integrityProblems.append(line);
        }
        Statement foreignKeys(db, QStringLiteral("PRAGMA foreign_key_check"));
        if (!foreignKeys.exec())
            return Status::failure(foreignKeys.errorMessage());
        while (foreignKeys.next()) {
            report.foreignKeyProblems.append(QCoreApplication::translate("Store", "%1 row %2 refers to a missing %3 row.")
                                                 .arg(foreignKeys.value(0).toString(), foreignKeys.value(1).toString(),
                                                      foreignKeys.value(2).toString()));
        }
        // The store's own protections: every trigger its migrations made.
        QHash<QString, QString> triggers; // name → its SQL as stored
        Statement present(db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"));
        if (!present.exec())
            return Status::failure(present.errorMessage());
        while (present.next())
            triggers.insert(present.value(0).toString(), present.value(1).toString().simplified());
        // Each trigger as the latest migration that makes it wrote it.
        static const QRegularExpression createTrigger(QStringLiteral("CREATE TRIGGER (\\w+)"));
        QMap<QString, QString> expected;
        for (const QStringList &migration : Schema::migrations()) {
            for (const QString &statement : migration) {
                const auto match = createTrigger.match(statement);
                if (match.hasMatch())
                    expected.insert(match.captured(1), statement.simplified());
            }
        }
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (!triggers.contains(it.key()))
                report.integrityProblems.append(QCoreApplication::translate("Store", "The store's trigger %1 is missing: its protections were "
                                                   "removed outside Pykälä.")
                                                    .arg(it.key()));
            else if (triggers.value(it.key()) != it.value())
                report.integrityProblems.append(QCoreApplication::translate("Store", "The store's trigger %1 was changed outside Pykälä.").arg(it.key()));
        }
        return success();
    }

    Result<qint64> changeCounter(const Connection &db) const override
    {
        Statement query(db, QStringLiteral("PRAGMA data_version"));
        if (!query.exec() || !query.next())
            return Result<qint64>::failure(query.errorMessage());
        return query.value(0).toLongLong();
    }

    bool countsOwnCommits() const override { return false; }

    const QString &auditInsert() const override { return m_auditInsert; }
    const QString &auditSequence() const override { return m_auditSequence; }

    Status beforeCommit(const Connection &) const override { return success(); }

    Status beginCopy(const Connection &) const override { return success(); }

    Status endCopy(const Connection &db, qint64 auditSequence) const override
    {
        // A rowid is always the largest one's + 1; AUTOINCREMENT keeps the
        // largest id it gave in a row that appears with the first entry.
        QList<std::pair<QString, QVariant>> statements{
            {QStringLiteral("DELETE FROM sqlite_sequence WHERE name = 'audit_log'"), QVariant()}};
        if (auditSequence > 0)
            statements.append({QStringLiteral("INSERT INTO sqlite_sequence (name, seq) VALUES ('audit_log', ?)"),
                               auditSequence});
        for (const auto &[sql, value] : std::as_const(statements)) {
            Statement statement(db, sql);
            if (value.isValid())
                statement.bind(value);
            if (!statement.exec())
                return Status::failure(statement.errorMessage());
        }
        return success();
    }

    const QString &indexInsert() const override { return m_indexInsert; }
    const QString &indexDelete() const override { return m_indexDelete; }
    const QString &indexOrphans() const override { return m_indexOrphans; }
    const QString &indexEntries() const override { return m_indexEntries; }

    QString matchExpression(const QList<QStringList> &groups) const override
    {
        // FTS5: each term a string in double quotes.
        QStringList all;
        for (const QStringList &group : groups) {
            QStringList alternatives;
            for (const QString &term : group)
                alternatives.append(QLatin1Char('"') + QString(term).replace(u'"', QStringLiteral("\"\""))
                                    + QLatin1Char('"'));
            all.append(QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
        }
        return all.join(QStringLiteral(" AND "));
    }

    const QString &rankedMatches(bool newestFirst) const override { return newestFirst ? m_byDate : m_byRank; }

private:
    // Kept for the life of the program, found by their address (KeptSql).
    // AUTOINCREMENT gives the next id, and remembers the largest ever used.
    const StoreSupport::KeptSql m_auditInsert{
        QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, old_digest, new_digest, "
                       "previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")};
    const StoreSupport::KeptSql m_auditSequence{
        QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'")};
    const StoreSupport::KeptSql m_indexInsert{
        QStringLiteral("INSERT INTO item_search (rowid, title, body) VALUES (?, ?, ?)")};
    const StoreSupport::KeptSql m_indexDelete{QStringLiteral("DELETE FROM item_search WHERE rowid = ?")};
    const StoreSupport::KeptSql m_indexOrphans{
        QStringLiteral("SELECT rowid FROM item_search WHERE rowid NOT IN (SELECT id FROM agenda_item)")};
    const StoreSupport::KeptSql m_indexEntries{QStringLiteral(
        "SELECT a.id, s.title, s.body FROM agenda_item a LEFT JOIN item_search s ON s.rowid = a.id ORDER BY a.id")};
    // The matches are ranked within the index alone, once, kept to the body
    // and year asked for (the items of those are looked up only when one is
    // asked for). By relevance, those that rank as well as the `limit`-th
    // best (all of them, should identical texts, such as a standard item of
    // every meeting, tie there) are put in order, equal ranks newest meeting
    // first, by their ids and meetings alone; newest first, every match is
    // ordered by its meeting's day. Joined first, a common word would read
    // every matching item.
    static QString matched()
    {
        return QStringLiteral(
            "WITH matched AS MATERIALIZED (SELECT rowid AS id, bm25(item_search, 4.0, 1.0) AS rank FROM item_search "
            "WHERE item_search MATCH ? AND (? = 0 AND ? = 0 OR rowid IN (SELECT i.id FROM agenda_item i "
            "JOIN meeting m ON m.id = i.meeting_id WHERE (? = 0 OR m.body_id = ?) AND (? = 0 OR m.year = ?)))) ");
    }
    const StoreSupport::KeptSql m_byRank{
        matched()
        + QStringLiteral("SELECT s.id, s.rank FROM matched s JOIN agenda_item i ON i.id = s.id "
                         "JOIN meeting m ON m.id = i.meeting_id "
                         "WHERE s.rank <= coalesce((SELECT rank FROM matched ORDER BY rank "
                         "LIMIT 1 OFFSET ?), 1e308) ORDER BY s.rank, m.planned_start DESC, m.id DESC, i.position LIMIT ?")};
    const StoreSupport::KeptSql m_byDate{
        matched()
        + QStringLiteral("SELECT s.id, s.rank FROM matched s JOIN agenda_item i ON i.id = s.id "
                         "JOIN meeting m ON m.id = i.meeting_id "
                         "ORDER BY m.planned_start DESC, m.id DESC, i.position, s.rank LIMIT ?")};
};

} // namespace

const StoreEngine &sqliteEngine()
{
    static const SqliteEngine engine;
    return engine;
}
