#pragma once

// What the files of Store share, and nothing outside the store needs: reading
// rows, the codes and dates as the store keeps them, and each table's
// columns, declared once (Table) with the SQL made from them.

#include "statement.h"

#include "model/agendaitem.h"
#include "model/codes.h"
#include "model/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "textrules.h"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class Connection;

namespace StoreSupport {

// ---------------------------------------------------------------------------
// Values as the store keeps them

// Ids as a JSON array, for `IN (SELECT value FROM json_each(?))`: one
// statement for any number of them.
QString jsonIds(const QList<qint64> &ids);

// What both engines' searches keep in memory to order the matches that
// rank alike: the meetings newest first (planned start, then the meeting
// added last), each with its body and year; and each item's meeting and
// place on its agenda, by which the items of one meeting follow each other.
const QString &meetingsNewestFirstSql();
const QString &itemPlacesSql();

QVariant isoDate(const QDate &date);
QVariant isoDateTime(const QDateTime &dateTime);
QDate parseDate(const QVariant &value);
QDateTime parseDateTime(const QVariant &value);
QString sha256Hex(const QByteArray &data);

// A language that may be unset: its code, or empty.
QString languageCode(const std::optional<Language> &language);

template<typename Enum>
Enum parseCode(const QVariant &value, Enum fallback)
{
    return Codes::parse<Enum>(value.toString()).value_or(fallback);
}

// An agenda item (or an item template's) with its rich text as the store
// keeps it, and why it cannot be kept as it is (empty when it can): the
// rules of agenda.cpp, which item templates follow too.
AgendaItem sanitized(AgendaItem item);
QString itemProblem(const AgendaItem &item);

// ---------------------------------------------------------------------------
// Reading rows

template<typename T, typename Reader>
Result<QList<T>> readAll(Statement &query, Reader reader)
{
    if (!query.exec())
        return Failure{query.errorMessage()};
    QList<T> result;
    while (query.next())
        result.append(reader(query));
    return result;
}

template<typename T, typename Reader>
Result<std::optional<T>> readOne(Statement &query, Reader reader)
{
    if (!query.exec())
        return Failure{query.errorMessage()};
    if (!query.next())
        return std::optional<T>();
    return std::optional<T>(reader(query));
}

// One read transaction around everything a reader compares (check, copy):
// one snapshot of the store, so that writers committing meanwhile (WAL lets
// them) cannot make rows and their audit entries look as if they disagreed.
// Without `begin` (the store's own transaction is open, and is the
// snapshot) it does nothing.
class ReadSnapshot
{
public:
    ReadSnapshot(const Connection &db, bool begin);
    ~ReadSnapshot();
    Q_DISABLE_COPY_MOVE(ReadSnapshot)
    // Whether the read transaction could not begin: its error, else empty.
    const QString &error() const { return m_error; }

private:
    const Connection &m_db;
    bool m_open = false;
    QString m_error;
};

// The next free position among the rows of `table` that belong to one
// owner (an item's attachments, a meeting's items or invitees). The table
// and column come from the store's own code, never from input.
Result<int> nextPosition(const Connection &db, const QString &table, const QString &owner, qint64 ownerId);
// Its SQL, bound to the owner's id, and the position from its run.
QString nextPositionSql(const QString &table, const QString &owner);
Result<int> nextPositionOf(Statement &last);

// Gives a row that comes without a position (0) the next free one.
template<typename T>
Status placeLast(const Connection &db, T &row, const QString &table, const QString &owner, qint64 ownerId)
{
    if (row.position > 0)
        return success();
    const auto next = nextPosition(db, table, owner, ownerId);
    if (!next)
        return Failure{next.error()};
    row.position = *next;
    return success();
}

// ---------------------------------------------------------------------------
// SQL made at run time

// SQL text made once and kept for the life of the program. Statement finds
// a literal's compiled statement by the literal's address; a kept text is
// handed out the same way (as raw data, which has no header of its own), so
// that it is found as fast and never hashed. Keep one in a static.
class KeptSql
{
public:
    explicit KeptSql(QString text);
    Q_DISABLE_COPY_MOVE(KeptSql)
    operator const QString &() const { return m_view; }

private:
    const QString m_text;
    const QString m_view; // raw data over m_text
};

// A statement filtered by some of its conditions, kept as one text for each
// set of the conditions given (bit i of `given` is conditions[i]), each
// text holding only its own conditions, joined by AND ("TRUE" for none).
// A plan made once for every value (SQLite's, as it compiles a statement;
// a server's in a change, StoreEngine::planOnce) can use no index for a
// catch-all condition such as "(? = 0 OR body_id = ?)", and reads every
// row. The caller binds the values of the conditions given, in their order.
class FilteredSql
{
public:
    FilteredSql(const QStringList &conditions, const std::function<QString(const QString &where)> &make);
    Q_DISABLE_COPY_MOVE(FilteredSql)
    const QString &operator()(unsigned given) const { return *m_texts.at(given); }

private:
    std::vector<std::unique_ptr<const KeptSql>> m_texts;
};

// A filter by body and year (MeetingFilter, SearchFilter) for a FilteredSql
// of the conditions (body, year): which of them it gives, and their values
// bound in that order.
template<typename Filter>
unsigned bodyYearGiven(const Filter &filter)
{
    return (filter.bodyId != 0 ? 1u : 0u) | (filter.year != 0 ? 2u : 0u);
}

template<typename Filter>
void bindBodyYear(Statement &statement, const Filter &filter)
{
    if (filter.bodyId != 0)
        statement.bind(filter.bodyId);
    if (filter.year != 0)
        statement.bind(filter.year);
}

// How the store uses a column besides reading it.
enum ColumnUse {
    Written = 0,   // bound when a row is added and when it is updated
    Fixed = 1,     // bound when a row is added, never changed by an update
    OnRequest = 2, // read only when asked for (a file's bytes); NULL stands in otherwise
};

// The SQL of one table, made from its column names: what Table<T> runs.
class TableSql
{
public:
    struct Name
    {
        const char *name;
        bool written; // bound from a row; not so the id SQLite gives
        int use;
    };
    TableSql(const char *table, const std::vector<Name> &columns);
    Q_DISABLE_COPY_MOVE(TableSql)

    const QString &table() const { return m_table; }
    // "SELECT <every column> FROM <table> <rest>"; without `withRequested`,
    // NULL in place of the columns read only on request.
    QString select(const QString &rest, bool withRequested = true) const;
    // INSERT of the written columns.
    const KeptSql &insert() const { return m_insert; }
    // UPDATE of the written columns that are not fixed, WHERE id = ?.
    const KeptSql &update() const { return m_update; }
    // The INSERT, or for a row of that id already there, its UPDATE.
    const KeptSql &upsert() const { return m_upsert; }

private:
    const QString m_table;
    const std::vector<Name> m_columns;
    const KeptSql m_insert;
    const KeptSql m_update;
    const KeptSql m_upsert;
};

// One column of a table as the store reads and writes it into a T.
template<typename T>
struct Column
{
    const char *name;
    // The value stored from a row; none for a column that is never bound
    // from one (the id SQLite gives).
    QVariant (*value)(const T &row);
    // Sets the row's field from the value read; none for a column the
    // store reads into no field.
    void (*read)(T &row, const QVariant &value);
    int use = Written;
};

// One table: each column declared once, with the field it holds. The SELECT
// list, the INSERT and the UPDATE are made from the one list, and a row is
// read back by the columns' places in it. Keep one in a static: its SQL is
// kept for the life of the program.
template<typename T>
class Table
{
public:
    Table(const char *table, std::vector<Column<T>> columns)
        : m_columns(std::move(columns))
        , m_sql(table, names(m_columns))
    {
    }
    Q_DISABLE_COPY_MOVE(Table)

    const QString &name() const { return m_sql.table(); }
    QString select(const QString &rest, bool withRequested = true) const { return m_sql.select(rest, withRequested); }

    T read(const Statement &row) const
    {
        T value;
        for (int i = 0; i < int(m_columns.size()); ++i) {
            if (m_columns[i].read)
                m_columns[i].read(value, row.value(i));
        }
        return value;
    }

    // Adds the row: its id, or why not. A row the table's constraints refuse
    // fails with refused() when that is given.
    Result<qint64> insert(const Connection &db, const T &row,
                          const std::function<QString()> &refused = nullptr) const
    {
        PYKALA_TRY(checkTexts(row, true));
        Statement insert(db, m_sql.insert());
        insert.readInsertId();
        bindValues(insert, row, true);
        if (!insert.exec())
            return Failure{refused && insert.refusedByConstraint() ? refused() : insert.errorMessage()};
        return insert.lastInsertId();
    }

    // Adds the row with the connection's next round trip to a server
    // (Statement::execLater): a row whose id is not read and whose refusal
    // ends the change, such as an item's preparer.
    Status insertLater(const Connection &db, const T &row) const
    {
        PYKALA_TRY(checkTexts(row, true));
        auto insert = std::make_unique<Statement>(db, m_sql.insert());
        bindValues(*insert, row, true);
        QString error;
        return Statement::execLater(std::move(insert), &error) ? success() : Status(Failure{error});
    }

    // Writes the row's changeable columns over those of the row of its id.
    Status update(const Connection &db, const T &row) const
    {
        PYKALA_TRY(checkTexts(row, false));
        Statement update(db, m_sql.update());
        bindValues(update, row, false);
        update.bind(row.id);
        return update.exec() ? success() : Status(Failure{update.errorMessage()});
    }

    // Adds the row, or updates the one of its id (a table of one row).
    Status upsert(const Connection &db, const T &row) const
    {
        PYKALA_TRY(checkTexts(row, true));
        Statement upsert(db, m_sql.upsert());
        bindValues(upsert, row, true);
        return upsert.exec() ? success() : Status(Failure{upsert.errorMessage()});
    }

private:
    // The values of the columns an insert writes, or without `adding` those
    // an update writes, in the order of the columns.
    void bindValues(Statement &statement, const T &row, bool adding) const
    {
        for (const Column<T> &column : m_columns) {
            if (column.value && (adding || !(column.use & Fixed)))
                statement.bind(column.value(row));
        }
    }

    // Every text the row would write, against TextRules.
    Status checkTexts(const T &row, bool adding) const
    {
        for (const Column<T> &column : m_columns) {
            if (!column.value || (!adding && (column.use & Fixed)))
                continue;
            const QVariant value = column.value(row);
            if (value.typeId() != QMetaType::QString)
                continue;
            if (const QString problem = TextRules::problem(m_sql.table(), QString::fromLatin1(column.name),
                                                           value.toString());
                !problem.isEmpty())
                return Failure{problem};
        }
        return success();
    }

    static std::vector<TableSql::Name> names(const std::vector<Column<T>> &columns)
    {
        std::vector<TableSql::Name> result;
        for (const Column<T> &column : columns)
            result.push_back({column.name, column.value != nullptr, column.use});
        return result;
    }

    const std::vector<Column<T>> m_columns;
    const TableSql m_sql;
};

// A row's publicity (an item's, an attachment's, a case's, a task
// class's), and the legal basis that a confidential one names (a public one
// keeps none).
template<typename T>
Column<T> publicityColumn()
{
    return {"publicity", [](const T &row) -> QVariant { return Codes::code(row.publicity); },
            [](T &row, const QVariant &value) { row.publicity = parseCode(value, Publicity::Public); }};
}

template<typename T>
Column<T> confidentialityBasisColumn()
{
    return {"confidentiality_basis",
            [](const T &row) -> QVariant {
                return row.publicity == Publicity::Public ? QString() : row.confidentialityBasis.text.trimmed();
            },
            [](T &row, const QVariant &value) { row.confidentialityBasis = LegalBasis::fromText(value.toString()); }};
}

// The id column of a table whose ids SQLite gives.
template<typename T>
Column<T> idColumn()
{
    return {"id", nullptr, [](T &row, const QVariant &value) { row.id = value.toLongLong(); }};
}

template<typename T>
Result<QList<T>> readAll(Statement &query, const Table<T> &table)
{
    return readAll<T>(query, [&](const Statement &row) { return table.read(row); });
}

template<typename T>
Result<std::optional<T>> readOne(Statement &query, const Table<T> &table)
{
    return readOne<T>(query, [&](const Statement &row) { return table.read(row); });
}

} // namespace StoreSupport
