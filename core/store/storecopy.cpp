// Copying a whole store into another, on either engine: every table's rows
// as they are, in one transaction of the target (Store::copyInto), and a new
// store made and checked around it (Store::copyTo).

#include "store.h"

#include "auditlog.h"
#include "connection.h"
#include "statement.h"
#include "storeengine.h"
#include "storesupport.h"

#include <QFile>
#include <QScopeGuard>

#include <memory>
#include <optional>

using namespace StoreSupport;

namespace {

// The store's tables, in an order their references and triggers accept:
// what a row refers to comes before it; a meeting's record (its items with
// their preparers, recipients and attachments, and its events) before its
// signed minutes, which freeze it; the minutes before their corrections,
// which need them complete. Each with the columns that order its rows, and
// how many rows one read takes: fewer where a row holds a file, so that a
// read on PostgreSQL (whose result comes whole) stays small. The search
// index is made anew from the items; what each engine keeps for itself
// (the schema version, SQLite's sequences, the index's totals) is its own.
// A table added to the schema is added here.
struct CopiedTable
{
    const char *name;
    const char *key;
    int rowsPerRead;
};

constexpr CopiedTable copiedTables[] = {
    {"organisation", "id", 1},
    {"body", "id", 1000},
    {"person", "id", 1000},
    {"membership", "id", 1000},
    {"meeting", "id", 1000},
    {"agenda_item", "id", 200},
    {"preparer", "item_id, position", 1000},
    {"extract_recipient", "item_id, position", 1000},
    {"attachment", "id", 4},
    {"meeting_event", "id", 1000},
    {"invitee", "id", 1000},
    {"signed_minutes", "id", 2},
    {"correction", "id", 1000},
    {"package", "id", 1},
    {"disclosure", "id", 1000},
    {"person_certificate", "id", 100},
    {"item_template", "id", 500},
    {"task_class", "id", 1000},
    {"case_file", "id", 500},
    {"case_title_word", "word, case_id", 1000},
    {"item_case", "id", 1000},
    {"extract_sent", "id", 1000},
    {"audit_log", "id", 1000},
};

// The most parameters one statement binds: SQLite's smallest limit.
constexpr int maxParameters = 999;

// Items indexed at a time: the indexer's batch, made on a thread of its own.
constexpr int itemsPerIndexing = 1024;

QString tableName(const CopiedTable &table)
{
    return QString::fromLatin1(table.name);
}

// A value as it was read, to be written as it was: NULL stays NULL (read as
// a null of type QString, which would bind as ''), and a file of no bytes
// stays a file (a null QByteArray would bind as NULL).
QVariant asRead(const QVariant &value)
{
    if (value.typeId() == QMetaType::QByteArray)
        return value.toByteArray().isNull() ? QVariant(QByteArray("", 0)) : value;
    return value.isNull() ? QVariant() : value;
}

Result<QStringList> columnNames(const Connection &db, const QString &table)
{
    // The names come from the list above, never from input.
    Statement columns(db, QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(table));
    if (!columns.exec())
        return Failure{columns.errorMessage()};
    QStringList names;
    for (int column = 0; column < columns.columnCount(); ++column)
        names.append(columns.columnName(column));
    return names;
}

// The copy of one snapshot of a store into another store's transaction.
class TableCopier
{
public:
    TableCopier(const Connection &from, const Connection &to, const Store::CopyProgress &progress)
        : m_from(from), m_to(to), m_progress(progress)
    {
    }

    Result<qint64> countRows() const
    {
        qint64 rows = 0;
        for (const CopiedTable &table : copiedTables) {
            Statement count(m_from, QStringLiteral("SELECT count(*) FROM %1").arg(tableName(table)));
            if (!count.exec() || !count.next())
                return Failure{count.errorMessage()};
            rows += count.value(0).toLongLong();
        }
        return rows;
    }

    // The first table of the target that holds a row; empty when none does.
    Result<QString> firstFilledTable() const
    {
        for (const CopiedTable &table : copiedTables) {
            Statement any(m_to, QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(tableName(table)));
            if (!any.exec() || !any.next())
                return Failure{any.errorMessage()};
            if (any.value(0).toBool())
                return tableName(table);
        }
        // The log's sequence outlives its entries; the index its items.
        const std::pair<QString, QString> leftOver[] = {{QStringLiteral("audit_log"), m_to.engine().auditSequence()},
                                                        {QStringLiteral("item_search"), m_to.engine().indexOrphans()}};
        for (const auto &[table, sql] : leftOver) {
            Statement any(m_to, sql);
            if (!any.exec())
                return Failure{any.errorMessage()};
            if (any.next())
                return table;
        }
        return QString();
    }

    void setTotal(qint64 total) { m_total = total; }
    bool stopped() const { return m_stopped; }

    // Counts `rows` more as done; false when the copy is to stop.
    bool advance(qint64 rows)
    {
        m_done += rows;
        if (m_progress && !m_progress(m_done, m_total))
            m_stopped = true;
        return !m_stopped;
    }

    // Copies the table's rows, a read at a time in the order of its key,
    // each written with every column's value as it was read.
    Status copy(const CopiedTable &table)
    {
        const QString name = tableName(table);
        const auto columns = columnNames(m_from, name);
        if (!columns)
            return Failure{columns.error()};
        const auto targetColumns = columnNames(m_to, name);
        if (!targetColumns)
            return Failure{targetColumns.error()};
        if (*columns != *targetColumns)
            return Failure{Store::tr("The table %1 has other columns in the store copied (%2) than in the copy (%3): "
                                     "the two are not of the same version of Pykälä. Nothing was copied.")
                               .arg(name, columns->join(QStringLiteral(", ")),
                                    targetColumns->join(QStringLiteral(", ")))};
        const QStringList key = QString::fromLatin1(table.key).split(QStringLiteral(", "));
        QList<int> keyColumns;
        for (const QString &column : key)
            keyColumns.append(int(columns->indexOf(column)));
        QStringList parameters;
        for (qsizetype i = 0; i < columns->size(); ++i)
            parameters.append(QStringLiteral("?"));
        const QString order = key.join(QStringLiteral(", "));
        const QString first = QStringLiteral("SELECT * FROM %1 ORDER BY %2 LIMIT %3").arg(name, order).arg(table.rowsPerRead);
        const QString next = QStringLiteral("SELECT * FROM %1 WHERE (%2) > (%3) ORDER BY %2 LIMIT %4")
                                 .arg(name, order, parameters.mid(0, key.size()).join(QStringLiteral(", ")))
                                 .arg(table.rowsPerRead);
        // Rows go in statements of several (on a server a round trip each),
        // as many as SQLite's smallest limit of parameters holds.
        const int rowsPerInsert = qMax(1, maxParameters / int(columns->size()));
        const QString rowValues = QLatin1Char('(') + parameters.join(QStringLiteral(", ")) + QLatin1Char(')');
        auto insertSql = [&](int rows) {
            return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                .arg(name, columns->join(QStringLiteral(", ")),
                     QStringList(rows, rowValues).join(QStringLiteral(", ")));
        };
        Statement fullInsert(m_to, insertSql(rowsPerInsert));
        QVariantList pending; // the values of the rows read and not yet written
        int pendingRows = 0;
        QString firstKey, lastKey; // of those rows, for a message
        auto write = [&]() -> Status {
            if (pendingRows == 0)
                return success();
            std::optional<Statement> partial;
            Statement &insert = pendingRows == rowsPerInsert ? fullInsert
                                                             : partial.emplace(m_to, insertSql(pendingRows));
            for (const QVariant &value : std::as_const(pending))
                insert.bind(value);
            if (!insert.exec())
                return Failure{Store::tr("Copying the rows %1 to %2 of the table %3 failed: %4 Nothing was copied.")
                                   .arg(firstKey, lastKey, name, insert.errorMessage())};
            pending.clear();
            pendingRows = 0;
            return success();
        };
        QVariantList after; // the key of the last row read
        for (;;) {
            Statement read(m_from, after.isEmpty() ? first : next);
            for (const QVariant &value : std::as_const(after))
                read.bind(value);
            if (!read.exec())
                return Failure{read.errorMessage()};
            int rows = 0;
            while (read.next()) {
                for (int column = 0; column < columns->size(); ++column)
                    pending.append(asRead(read.value(column)));
                after.clear();
                QStringList key;
                for (const int column : std::as_const(keyColumns)) {
                    after.append(read.value(column));
                    key.append(read.value(column).toString());
                }
                lastKey = key.join(QStringLiteral(", "));
                if (pendingRows == 0)
                    firstKey = lastKey;
                ++rows;
                if (++pendingRows == rowsPerInsert)
                    PYKALA_TRY(write());
            }
            if (!read.errorMessage().isEmpty())
                return Failure{read.errorMessage()};
            PYKALA_TRY(write());
            if (rows > 0 && !advance(rows))
                return success();
            if (rows < table.rowsPerRead)
                return success();
        }
    }

private:
    const Connection &m_from;
    const Connection &m_to;
    const Store::CopyProgress &m_progress;
    qint64 m_total = 0;
    qint64 m_done = 0;
    bool m_stopped = false;
};

} // namespace

Result<qint64> Store::copyInto(Store &target, const CopyProgress &progress) const
{
    if (&target == this || target.m_path == m_path)
        return Failure{tr("A store cannot be copied into itself. Give a new store to copy it into.")};
    if (target.readOnly())
        return Failure{tr("%1 is open for reading only; a store is copied into a store that can be written.")
                           .arg(target.displayLocation())};
    for (const QString &entity : AuditLog::entities()) {
        const auto copied = std::find_if(std::cbegin(copiedTables), std::cend(copiedTables),
                                         [&](const CopiedTable &table) { return tableName(table) == entity; });
        if (copied == std::cend(copiedTables))
            return Failure{tr("The copy does not know the table %1. Nothing was copied.").arg(entity)};
    }
    const Connection &from = database();
    const Connection &to = target.database();
    const ReadSnapshot snapshot(from, !readingOneSnapshot());
    if (!snapshot.error().isEmpty())
        return Failure{snapshot.error()};
    const auto package = packageInfo();
    if (!package)
        return Failure{package.error()};
    if (package->has_value())
        return Failure{tr("%1 is a meeting package, one meeting's copy for review, and is not copied. Copy the "
                          "organisation's own store.")
                           .arg(displayLocation())};

    Transaction transaction(target);
    if (!transaction.ok())
        return Failure{transaction.error()};
    TableCopier copier(from, to, progress);
    const auto filled = copier.firstFilledTable();
    if (!filled)
        return Failure{filled.error()};
    if (!filled->isEmpty())
        return Failure{tr("%1 already holds records (its table %2 is not empty), and a store is copied only into one "
                          "that holds nothing. Give a new file, or an empty PostgreSQL database. It was left as it "
                          "was.")
                           .arg(target.displayLocation(), *filled)};
    const auto rows = copier.countRows();
    if (!rows)
        return Failure{rows.error()};
    Statement count(from, QStringLiteral("SELECT count(*) FROM agenda_item"));
    if (!count.exec() || !count.next())
        return Failure{count.errorMessage()};
    const qint64 items = count.value(0).toLongLong();
    count.finish();
    copier.setTotal(*rows + items);
    const QString stopped = tr("The copy was stopped; nothing was copied into %1.").arg(target.displayLocation());
    if (!copier.advance(0))
        return Failure{stopped};

    PYKALA_TRY(to.engine().beginCopy(to));
    for (const CopiedTable &table : copiedTables) {
        PYKALA_TRY(copier.copy(table));
        if (copier.stopped())
            return Failure{stopped};
    }

    // The search index, made from the items as copied, a batch at a time.
    QList<qint64> itemIds;
    {
        Statement ids(to, QStringLiteral("SELECT id FROM agenda_item ORDER BY id"));
        if (!ids.exec())
            return Failure{ids.errorMessage()};
        while (ids.next())
            itemIds.append(ids.value(0).toLongLong());
    }
    for (qsizetype first = 0; first < itemIds.size(); first += itemsPerIndexing) {
        target.m_unindexedItems = itemIds.mid(first, itemsPerIndexing);
        const qsizetype batch = target.m_unindexedItems.size();
        PYKALA_TRY(target.indexPendingItems());
        if (!copier.advance(batch))
            return Failure{stopped};
    }

    // The engine's ids go on after the copied ones, and the audit log's
    // largest id ever given is the source's.
    Statement sequence(from, from.engine().auditSequence());
    if (!sequence.exec())
        return Failure{sequence.errorMessage()};
    const qint64 auditSequence = sequence.next() ? sequence.value(0).toLongLong() : 0;
    sequence.finish();
    PYKALA_TRY(to.engine().endCopy(to, auditSequence));
    PYKALA_TRY(transaction.commit());
    return *rows;
}

Result<StoreCopySummary> Store::copyTo(const QString &location, const CopyProgress &progress,
                                       int busyTimeoutMs) const
{
    // The copy and what it is compared with are of one snapshot of this
    // store: what others change meanwhile is in neither.
    const ReadSnapshot snapshot(database(), !readingOneSnapshot());
    if (!snapshot.error().isEmpty())
        return Failure{snapshot.error()};
    ++m_snapshotDepth;
    const auto snapshotEnds = qScopeGuard([this] { --m_snapshotDepth; });

    const bool server = isServerLocation(location);
    // A file is new; a database is empty, or holds the unused store a
    // stopped copy left (CreateNew takes either).
    auto opened = open(location, Mode::CreateNew, busyTimeoutMs);
    if (!opened)
        return Failure{opened.error()};
    std::unique_ptr<Store> target = std::move(opened).value();
    StoreCopySummary summary;
    summary.location = target->displayLocation();
    auto fail = [&](const QString &message) -> Result<StoreCopySummary> {
        if (server)
            return Failure{message};
        target.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(location + suffix);
        return Failure{message + QLatin1Char(' ') + tr("The new file %1 was removed.").arg(summary.location)};
    };

    const auto copied = copyInto(*target, progress);
    if (!copied)
        return fail(copied.error());
    summary.rows = *copied;

    // The copy as the store copied: nothing wrong in it, and the same
    // records with the same history.
    const auto report = target->check();
    if (!report)
        return fail(report.error());
    if (!report->ok()) {
        const QStringList problems = report->integrityProblems + report->foreignKeyProblems + report->auditProblems;
        return fail(tr("The copy fails its check (%n problem(s); the first: %1). Run 'pykala-cli check' on the store "
                       "copied: a copy has the problems of its source.",
                       nullptr, int(problems.size()))
                        .arg(problems.first()));
    }
    summary.auditEntries = report->auditEntries;
    const auto mine = digests();
    if (!mine)
        return fail(mine.error());
    const auto theirs = target->digests();
    if (!theirs)
        return fail(theirs.error());
    if (*mine != *theirs) {
        QStringList differing;
        for (auto it = mine->cbegin(); it != mine->cend(); ++it) {
            if (theirs->value(it.key()) != it.value())
                differing.append(it.key());
        }
        for (auto it = theirs->cbegin(); it != theirs->cend(); ++it) {
            if (!mine->contains(it.key()))
                differing.append(it.key());
        }
        differing.sort();
        return fail(tr("%n record(s) of the copy differ from the store copied (the first: %1).", nullptr,
                       int(differing.size()))
                        .arg(differing.value(0)));
    }
    const auto head = auditHead();
    if (!head)
        return fail(head.error());
    const auto copiedHead = target->auditHead();
    if (!copiedHead)
        return fail(copiedHead.error());
    if (*head != *copiedHead)
        return fail(tr("The copy's audit log does not end where the store copied ends (entry %1, not %2).")
                        .arg(copiedHead->first)
                        .arg(head->first));
    summary.records = mine->size();
    return summary;
}

Result<QHash<QString, QString>> Store::digests() const
{
    const Connection &db = database();
    const ReadSnapshot snapshot(db, !readingOneSnapshot());
    if (!snapshot.error().isEmpty())
        return Failure{snapshot.error()};
    QHash<QString, QString> all;
    for (const QString &entity : AuditLog::entities()) {
        QList<qint64> ids;
        {
            Statement rows(db, QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(entity));
            if (!rows.exec())
                return Failure{rows.errorMessage()};
            while (rows.next())
                ids.append(rows.value(0).toLongLong());
        }
        for (const qint64 id : std::as_const(ids)) {
            const auto digest = AuditLog::entityDigest(db, entity, id);
            if (!digest)
                return Failure{digest.error()};
            all.insert(entity + QLatin1Char(' ') + QString::number(id), *digest);
        }
    }
    return all;
}
