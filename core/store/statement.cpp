#include "statement.h"

#include "connection.h"
#include "storeengine.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include "libpq.h"
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <memory>
#include <unordered_map>
#include <utility>
#include <vector>

// Compiled statements not in use, by SQL text. Most SQL is a string literal,
// or text the store made once and keeps (raw data, which like a literal has
// no header): its text is found by its address before it is looked up
// (hashed and compared) by the text itself.
struct StatementPool
{
    std::unordered_map<QString, std::vector<sqlite3_stmt *>> bySql; // nodes stay put: pointers to them last
    // By the literal's address and length.
    QHash<QPair<const void *, qsizetype>, std::vector<sqlite3_stmt *> *> byLiteral;

    StatementPool() = default;
    Q_DISABLE_COPY_MOVE(StatementPool)
    // Finalized however the pool goes: forgotten, or with its thread.
    ~StatementPool()
    {
        for (const auto &[sql, statements] : bySql) {
            for (sqlite3_stmt *statement : statements)
                sqlite3_finalize(statement);
        }
    }
};

namespace {

using Statements = std::vector<sqlite3_stmt *>;
using Pool = StatementPool;

// The SQLite connection behind a QSQLITE connection; null when it is not open.
sqlite3 *handleOf(const Connection &connection)
{
    return connection.sqlite();
}

// The pools of the connections that keep their statements compiled.
QHash<sqlite3 *, std::shared_ptr<Pool>> &pools()
{
    thread_local QHash<sqlite3 *, std::shared_ptr<Pool>> all;
    return all;
}

bool isLiteral(const QString &text)
{
    // QStringLiteral data is static: it has no header and is never freed;
    // nor is the raw data of the store's kept SQL (StoreSupport::KeptSql).
    return !text.isNull() && !const_cast<QString &>(text).data_ptr().d_ptr();
}

Statements &freeStatements(Pool &pool, const QString &sql)
{
    if (!isLiteral(sql))
        return pool.bySql[sql];
    Statements *&found = pool.byLiteral[qMakePair(static_cast<const void *>(sql.constData()), sql.size())];
    if (!found)
        found = &pool.bySql[sql];
    return *found;
}

// A PostgreSQL column type's storage class, as SQLite names them.
Statement::ValueType storageClass(unsigned int type)
{
    switch (type) {
    case 16: // bool
    case 20: // int8
    case 21: // int2
    case 23: // int4
    case 26: // oid
        return Statement::Integer;
    case 700:  // float4
    case 701:  // float8
    case 1700: // numeric
        return Statement::Float;
    case 17: // bytea
        return Statement::Blob;
    default:
        return Statement::Text;
    }
}

} // namespace

void Statement::keepPrepared(const Connection &db)
{
    if (sqlite3 *handle = handleOf(db))
        pools().insert(handle, std::make_shared<Pool>());
}

void Statement::forgetPrepared(const Connection &db)
{
    pools().remove(handleOf(db)); // the pool finalizes its statements
}

Statement::Statement(const Connection &db, const QString &sql, std::initializer_list<QVariant> values)
    : m_db(handleOf(db))
{
    if (db.kind() == Connection::Kind::Postgresql) {
        m_pg = &db;
        if (!db.postgresql()) {
            m_unusable = true;
            m_code = SQLITE_MISUSE;
            m_error = QCoreApplication::translate("Store", "The store is not open.");
            return;
        }
        auto &prepared = db.prepared();
        auto found = prepared.constFind(sql);
        if (found == prepared.cend()) {
            // Prepared on the server once per connection, its parameters'
            // types inferred there from where they stand (as SQLite's
            // affinity would take them).
            int parameters = 0;
            const QByteArray text = db.engine().translated(sql, &parameters).toUtf8();
            const QByteArray name = "pykala_" + QByteArray::number(prepared.size() + 1);
            PGresult *result = Pq::PQprepare(db.postgresql(), name.constData(), text.constData(), parameters, nullptr);
            const bool ok = result && Pq::PQresultStatus(result) == PGRES_COMMAND_OK;
            if (!ok) {
                failPostgresql(result);
                Pq::PQclear(result);
                m_unusable = true;
                return;
            }
            Pq::PQclear(result);
            const QString verb = sql.trimmed().section(u' ', 0, 0).toUpper();
            const bool change = verb == u"INSERT" || verb == u"UPDATE" || verb == u"DELETE";
            found = prepared.insert(sql, Connection::Prepared{name, parameters, change});
        }
        m_name = found->name;
        m_parameters = found->parameters;
        m_change = found->change;
        for (const QVariant &value : values)
            bind(value);
        return;
    }
    if (!m_db) {
        m_unusable = true;
        m_code = SQLITE_MISUSE;
        m_error = QCoreApplication::translate("Store", "The store is not open.");
        return;
    }
    const auto pool = pools().constFind(m_db);
    if (pool != pools().cend()) {
        m_pool = *pool;
        m_free = &freeStatements(**pool, sql);
        if (!m_free->empty()) {
            m_statement = m_free->back();
            m_free->pop_back();
        }
    }
    if (!m_statement) {
        const void *tail = nullptr;
        // The text as it is, by its length: utf16() would copy a literal or
        // a kept text to give it a terminating null, and copy it in place.
        const auto *text = reinterpret_cast<const char16_t *>(sql.constData());
        const int result = sqlite3_prepare16_v3(m_db, text, int(sql.size() * sizeof(char16_t)),
                                                m_free ? SQLITE_PREPARE_PERSISTENT : 0, &m_statement, &tail);
        // One statement per Statement: a second one would silently not run.
        const qsizetype used = tail ? static_cast<const char16_t *>(tail) - text : sql.size();
        if (result == SQLITE_OK && !QStringView(sql).mid(used).trimmed().isEmpty()) {
            m_code = SQLITE_MISUSE;
            m_error = describeSqliteError(m_code, QStringLiteral("more than one statement: %1").arg(sql));
            m_unusable = true;
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
        } else if (result != SQLITE_OK) {
            fail(result);
            m_unusable = true;
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
        }
    }
    for (const QVariant &value : values)
        bind(value);
}

Statement::~Statement()
{
    clearPostgresql();
    if (!m_statement)
        return;
    // Back to the pool while the connection keeps one (it is not closed).
    const std::shared_ptr<Pool> pool = m_pool.lock();
    if (!pool || pools().value(m_db) != pool) {
        sqlite3_finalize(m_statement);
        return;
    }
    sqlite3_reset(m_statement); // ends any read, keeps the compiled statement
    sqlite3_clear_bindings(m_statement);
    m_free->push_back(m_statement);
}

void Statement::fail(int code)
{
    m_code = code & 0xff;
    m_error = describeSqliteError(m_code, QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(code)));
}

Statement &Statement::bind(const QVariant &value)
{
    const int index = ++m_bound;
    if (m_pg) {
        if (m_row >= 0 || m_result)
            finish(); // binding starts a new execution
        if (index == 1) {
            m_values.clear();
            m_formats.clear();
            m_nulls.clear();
        }
        // As text in PostgreSQL's input forms, bytes as they are.
        QByteArray bytes;
        int format = 0;
        bool null = !value.isValid();
        if (!null) {
            switch (value.typeId()) {
            case QMetaType::QByteArray:
                bytes = value.toByteArray();
                null = bytes.isNull();
                format = 1;
                break;
            case QMetaType::Bool:
                bytes = value.toBool() ? "1" : "0";
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                bytes = QByteArray::number(value.toDouble(), 'g', 17);
                break;
            case QMetaType::QDate:
                null = value.toDate().isNull();
                bytes = value.toDate().toString(Qt::ISODate).toUtf8();
                break;
            case QMetaType::QDateTime:
                null = value.toDateTime().isNull();
                bytes = value.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
                break;
            default: {
                const QString text = value.toString();
                // PostgreSQL keeps no NUL in text (libpq would cut it there):
                // refused whole, as a constraint would.
                if (text.contains(QChar(0))) {
                    m_unusable = true;
                    m_code = SQLITE_CONSTRAINT;
                    m_error = describeSqliteError(
                        m_code, QStringLiteral("a text holds U+0000, which a store on PostgreSQL cannot keep"));
                }
                bytes = text.toUtf8();
                break;
            }
            }
        }
        m_values.push_back(bytes);
        m_formats.push_back(format);
        m_nulls.push_back(null);
        return *this;
    }
    if (!m_statement)
        return *this;
    if (m_step != 0)
        finish(); // binding starts a new execution
    int result = SQLITE_OK;
    const auto text = [&](const QString &string) {
        const void *characters = string.isEmpty() ? static_cast<const void *>(u"") : string.constData();
        return sqlite3_bind_text16(m_statement, index, characters,
                                   int(string.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
    };
    // As Qt's driver binds, except that a null QString is text, not NULL.
    if (!value.isValid()) {
        result = sqlite3_bind_null(m_statement, index);
    } else {
        switch (value.typeId()) {
        case QMetaType::QString:
            result = text(value.toString());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            result = bytes.isNull() ? sqlite3_bind_null(m_statement, index)
                                    : sqlite3_bind_blob64(m_statement, index, bytes.constData(),
                                                          sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
            break;
        }
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::Short:
        case QMetaType::UShort:
            result = sqlite3_bind_int64(m_statement, index, value.toLongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            result = sqlite3_bind_double(m_statement, index, value.toDouble());
            break;
        case QMetaType::QDate:
            result = value.toDate().isNull() ? sqlite3_bind_null(m_statement, index)
                                             : text(value.toDate().toString(Qt::ISODate));
            break;
        case QMetaType::QDateTime:
            result = value.toDateTime().isNull() ? sqlite3_bind_null(m_statement, index)
                                                 : text(value.toDateTime().toString(Qt::ISODateWithMs));
            break;
        default:
            result = text(value.toString());
            break;
        }
    }
    if (result != SQLITE_OK) {
        fail(result);
        m_unusable = true;
    }
    return *this;
}

bool Statement::exec()
{
    if (m_pg)
        return execPostgresql();
    if (!m_statement || m_unusable)
        return false;
    m_code = 0;
    m_error.clear();
    // Every parameter has its value: bound now, or for an execution before.
    if (m_bound != sqlite3_bind_parameter_count(m_statement) && !(m_bound == 0 && m_executed)) {
        m_code = SQLITE_MISUSE;
        m_error = describeSqliteError(m_code, QStringLiteral("%1 values for %2 parameters")
                                                  .arg(m_bound)
                                                  .arg(sqlite3_bind_parameter_count(m_statement)));
        return false;
    }
    if (m_step != 0)
        sqlite3_reset(m_statement); // run again with the same values
    m_bound = 0; // a later bind() starts a new execution
    m_executed = true;
    m_step = sqlite3_step(m_statement);
    m_rowPending = m_step == SQLITE_ROW;
    if (m_step == SQLITE_ROW || m_step == SQLITE_DONE)
        return true;
    fail(m_step);
    sqlite3_reset(m_statement);
    m_step = 0;
    return false;
}

bool Statement::next()
{
    if (m_pg) {
        if (!m_result || m_row + 1 >= m_rows)
            return false;
        ++m_row;
        return true;
    }
    if (m_rowPending) {
        m_rowPending = false;
        return true;
    }
    if (m_step != SQLITE_ROW)
        return false;
    m_step = sqlite3_step(m_statement);
    if (m_step == SQLITE_ROW)
        return true;
    if (m_step != SQLITE_DONE)
        fail(m_step);
    return false;
}

QVariant Statement::value(int column) const
{
    if (m_pg) {
        if (!m_result || m_row < 0 || m_row >= m_rows || column < 0 || column >= Pq::PQnfields(m_result))
            return {};
        if (Pq::PQgetisnull(m_result, m_row, column))
            return QVariant(QMetaType::fromType<QString>());
        const char *text = Pq::PQgetvalue(m_result, m_row, column);
        const int length = Pq::PQgetlength(m_result, m_row, column);
        switch (storageClass(Pq::PQftype(m_result, column))) {
        case Integer:
            return integer(column);
        case Float:
            // (Not read in binary form: readBinary() is for integers, text and bytea.)
            return m_binary ? QVariant() : QVariant(QByteArray::fromRawData(text, length).toDouble());
        case Blob: // in text form as hex (bytea_output is set so)
            return m_binary ? QByteArray(text, length)
                            : QByteArray::fromHex(QByteArray::fromRawData(text + 2, qMax(0, length - 2)));
        default:
            return QString::fromUtf8(text, length);
        }
    }
    if (m_step != SQLITE_ROW)
        return {};
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(m_statement, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, column);
    case SQLITE_BLOB: {
        const void *bytes = sqlite3_column_blob(m_statement, column);
        return QByteArray(static_cast<const char *>(bytes), sqlite3_column_bytes(m_statement, column));
    }
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>()); // a null, as Qt's driver gives it
    default: {
        const void *text = sqlite3_column_text16(m_statement, column);
        return QString(static_cast<const QChar *>(text),
                       sqlite3_column_bytes16(m_statement, column) / qsizetype(sizeof(char16_t)));
    }
    }
}

qint64 Statement::integer(int column) const
{
    if (m_pg) {
        if (!m_result || m_row < 0 || m_row >= m_rows || column < 0 || column >= Pq::PQnfields(m_result))
            return 0;
        const char *text = Pq::PQgetvalue(m_result, m_row, column);
        const int length = Pq::PQgetlength(m_result, m_row, column);
        if (m_binary) {
            // Big-endian, of the column's width (bool, int2, int4, oid, int8).
            const auto *bytes = reinterpret_cast<const unsigned char *>(text);
            quint64 value = 0;
            for (int i = 0; i < length && i < 8; ++i)
                value = (value << 8) | bytes[i];
            switch (length) {
            case 1:
                return qint64(bytes[0] != 0);
            case 2:
                return qint16(value);
            case 4:
                return Pq::PQftype(m_result, column) == 26 ? qint64(quint32(value)) : qint64(qint32(value));
            case 8:
                return qint64(value);
            default:
                return 0;
            }
        }
        if (Pq::PQftype(m_result, column) == 16) // bool: t or f
            return length > 0 && text[0] == 't' ? 1 : 0;
        // An integer's text read digit by digit (reads of many rows spend
        // most of their time here); anything else as Qt reads it.
        const bool negative = length > 0 && text[0] == '-';
        if (length > (negative ? 1 : 0) && length <= 18) {
            qint64 value = 0;
            int i = negative ? 1 : 0;
            for (; i < length && text[i] >= '0' && text[i] <= '9'; ++i)
                value = value * 10 + (text[i] - '0');
            if (i == length)
                return negative ? -value : value;
        }
        return QByteArray::fromRawData(text, length).toLongLong();
    }
    return m_step == SQLITE_ROW ? sqlite3_column_int64(m_statement, column) : 0;
}

QByteArrayView Statement::rawValue(int column, int *type) const
{
    if (m_pg) {
        if (!m_result || m_row < 0 || m_row >= m_rows || Pq::PQgetisnull(m_result, m_row, column)) {
            *type = Null;
            return {};
        }
        const char *text = Pq::PQgetvalue(m_result, m_row, column);
        const int length = Pq::PQgetlength(m_result, m_row, column);
        *type = storageClass(Pq::PQftype(m_result, column));
        switch (*type) {
        case Integer:
        case Float:
            return {};
        case Blob:
            if (m_binary)
                return {text, length};
            m_bytes = QByteArray::fromHex(QByteArray::fromRawData(text + 2, qMax(0, length - 2)));
            return m_bytes;
        default:
            return {text, length};
        }
    }
    *type = m_step == SQLITE_ROW ? sqlite3_column_type(m_statement, column) : SQLITE_NULL;
    switch (*type) {
    case SQLITE_BLOB: {
        const void *bytes = sqlite3_column_blob(m_statement, column);
        return {static_cast<const char *>(bytes), sqlite3_column_bytes(m_statement, column)};
    }
    case SQLITE_TEXT: {
        const unsigned char *text = sqlite3_column_text(m_statement, column);
        return {reinterpret_cast<const char *>(text), sqlite3_column_bytes(m_statement, column)};
    }
    default:
        return {};
    }
}

int Statement::columnCount() const
{
    if (m_pg)
        return m_result ? Pq::PQnfields(m_result) : 0;
    return m_statement ? sqlite3_column_count(m_statement) : 0;
}

QString Statement::columnName(int column) const
{
    if (m_pg)
        return m_result ? QString::fromUtf8(Pq::PQfname(m_result, column)) : QString();
    if (!m_statement)
        return {};
    // As Qt's driver names fields: no quotes, no table before a dot.
    QString name = QString::fromUtf8(sqlite3_column_name(m_statement, column)).remove(u'"');
    return name.mid(name.lastIndexOf(u'.') + 1);
}

qint64 Statement::lastInsertId() const
{
    if (m_pg && m_insertId >= 0)
        return m_insertId;
    if (m_pg) {
        // The value the last insert of this session drew from a sequence
        // (an identity column's): the store's function, which unlike
        // lastval() does not fail before the first.
        PGresult *result = Pq::PQexec(m_pg->postgresql(), "SELECT last_insert_id()");
        qint64 id = 0;
        if (result && Pq::PQresultStatus(result) == PGRES_TUPLES_OK && Pq::PQntuples(result) == 1)
            id = QByteArray(Pq::PQgetvalue(result, 0, 0)).toLongLong();
        Pq::PQclear(result);
        return id;
    }
    return m_db ? qint64(sqlite3_last_insert_rowid(m_db)) : 0;
}

void Statement::finish()
{
    if (m_pg) {
        clearPostgresql();
        return;
    }
    if (m_statement && m_step != 0)
        sqlite3_reset(m_statement);
    m_step = 0;
    m_rowPending = false;
}

void Statement::clearPostgresql()
{
    if (m_result)
        Pq::PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
    m_rows = 0;
}

bool Statement::startPostgresql()
{
    if (m_unusable)
        return false;
    m_code = 0;
    m_error.clear();
    if (m_bound != m_parameters && !(m_bound == 0 && m_executed)) {
        m_code = SQLITE_MISUSE;
        m_error = describeSqliteError(m_code, QStringLiteral("%1 values for %2 parameters")
                                                  .arg(m_bound)
                                                  .arg(m_parameters));
        return false;
    }
    clearPostgresql();
    m_insertId = -1;
    m_bound = 0;
    m_executed = true;
    m_sent.resize(m_values.size());
    m_lengths.resize(m_values.size());
    for (size_t i = 0; i < m_values.size(); ++i) {
        m_sent[i] = m_nulls[i] ? nullptr : m_values[i].constData();
        m_lengths[i] = int(m_values[i].size());
    }
    return true;
}

bool Statement::sendPostgresql()
{
    return Pq::PQsendQueryPrepared(m_pg->postgresql(), m_name.constData(), int(m_sent.size()), m_sent.data(),
                                   m_lengths.data(), m_formats.data(), m_binary ? 1 : 0)
        == 1;
}

bool Statement::execPostgresql()
{
    PGconn *connection = m_pg->postgresql();
    // Inside a transaction a failed statement would end the transaction on
    // PostgreSQL: a change runs in a savepoint of its own, so that the
    // store may go on after a refusal as it does on SQLite.
    const bool opening = !m_pg->opening().statements.empty();
    const bool inTransaction = m_change && (opening || Pq::PQtransactionStatus(connection) == PQTRANS_INTRANS);
    // The statements waiting for a round trip (openLater, execLater) go
    // with this one.
    if (!inTransaction && (opening || !m_pg->later().empty()))
        return execTogether({this}) == nullptr;
    if (!startPostgresql())
        return false;
    if (inTransaction)
        return execGuarded();
    m_result = Pq::PQexecPrepared(connection, m_name.constData(), int(m_sent.size()), m_sent.data(), m_lengths.data(),
                                  m_formats.data(), m_binary ? 1 : 0);
    const ExecStatusType status = m_result ? Pq::PQresultStatus(m_result) : PGRES_FATAL_ERROR;
    const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    if (!ok) {
        failPostgresql(m_result);
        clearPostgresql();
    } else {
        m_rows = Pq::PQntuples(m_result);
    }
    return ok;
}

namespace {

// Ends a pipeline of `count` commands and reads it to its end: the first
// result of each command (null where none came), the rest cleared. Each
// command's results are followed by a null, then comes the
// synchronisation's; after a failure the rest come as aborted. The
// connection leaves the pipeline with nothing pending.
std::vector<PGresult *> endPipeline(PGconn *connection, size_t count)
{
    std::vector<PGresult *> results(count, nullptr);
    const bool synced = Pq::PQpipelineSync(connection) == 1;
    size_t command = 0;
    while (synced) {
        PGresult *result = Pq::PQgetResult(connection);
        if (!result) {
            if (++command > count)
                break; // nothing more will come: the connection failed
            continue;
        }
        if (Pq::PQresultStatus(result) == PGRES_PIPELINE_SYNC) {
            Pq::PQclear(result);
            break;
        }
        if (command < count && !results[command]) {
            results[command] = result;
            continue;
        }
        Pq::PQclear(result);
    }
    Pq::PQexitPipelineMode(connection);
    return results;
}

// What waits on a server's connection for its next round trip, taken
// from it to go first: the transaction's opening statements (openLater),
// then the changes sent later (execLater).
struct Waiting
{
    Connection::Opening opening;
    std::vector<std::unique_ptr<Statement>> later;

    static Waiting take(const Connection *server)
    {
        if (!server)
            return {};
        return {std::exchange(server->opening(), {}), std::exchange(server->later(), {})};
    }
    // Not sent: they wait on for the next round trip.
    void putBack(const Connection &server)
    {
        server.opening() = std::move(opening);
        server.later() = std::move(later);
    }
    std::vector<Statement *> statements() const
    {
        std::vector<Statement *> all;
        for (const auto &statement : opening.statements)
            all.push_back(statement.get());
        for (const auto &change : later)
            all.push_back(change.get());
        return all;
    }
    size_t opened() const { return opening.statements.size(); }
    // Gives the opening statements their owner once `ran` of all those
    // sent ran, the opening ones first.
    void ranFirst(size_t ran) const
    {
        if (opened() > 0 && ran >= opened() && opening.ran)
            opening.ran(opening.statements);
    }
};

} // namespace

bool Statement::execGuarded()
{
    // The savepoint, the change and the savepoint's release sent together
    // (libpq's pipeline): one round trip to the server, not three; an
    // insert's new id is asked for with it (readInsertId). A change refused
    // aborts the rest of the pipeline; the transaction then goes back to
    // the savepoint, and on. The transaction's opening statements
    // (openLater) and the changes waiting for a round trip (execLater) go
    // first, outside the savepoint: one that fails is this statement's
    // failure, and ends the transaction.
    PGconn *connection = m_pg->postgresql();
    const Waiting waiting = Waiting::take(m_pg);
    const std::vector<Statement *> before = waiting.statements();
    const size_t opened = waiting.opened();
    const size_t first = before.size();
    static const char savepoint[] = "SAVEPOINT pykala_statement";
    static const char insertId[] = "SELECT last_insert_id()";
    static const char release[] = "RELEASE SAVEPOINT pykala_statement";
    const bool entered = Pq::PQenterPipelineMode(connection) == 1;
    bool sent = entered;
    for (Statement *statement : before)
        sent = sent && statement->sendPostgresql();
    sent = sent && Pq::PQsendQueryParams(connection, savepoint, 0, nullptr, nullptr, nullptr, nullptr, 0) == 1;
    sent = sent && sendPostgresql();
    if (m_wantsInsertId)
        sent = sent && Pq::PQsendQueryParams(connection, insertId, 0, nullptr, nullptr, nullptr, nullptr, 0) == 1;
    sent = sent && Pq::PQsendQueryParams(connection, release, 0, nullptr, nullptr, nullptr, nullptr, 0) == 1;
    // The opening statements' results (kept), the waiting changes', the
    // savepoint's, the change's (kept), the new id's, the release's.
    const size_t count = first + (m_wantsInsertId ? 4 : 3);
    std::vector<PGresult *> results = entered ? endPipeline(connection, count) : std::vector<PGresult *>(count, nullptr);
    const Statement *laterFailed = nullptr;
    size_t ranBefore = 0; // how many of them ran
    for (; ranBefore < first; ++ranBefore) {
        const size_t i = ranBefore;
        const ExecStatusType status = results[i] ? Pq::PQresultStatus(results[i]) : PGRES_FATAL_ERROR;
        if (!sent || (status != PGRES_COMMAND_OK && !(i < opened && status == PGRES_TUPLES_OK))) {
            before[i]->failPostgresql(results[i]);
            laterFailed = before[i];
            break;
        }
        if (i < opened) {
            before[i]->m_result = std::exchange(results[i], nullptr);
            before[i]->m_rows = Pq::PQntuples(before[i]->m_result);
        }
    }
    waiting.ranFirst(ranBefore);
    const bool savepointMade = results[first] && Pq::PQresultStatus(results[first]) == PGRES_COMMAND_OK;
    qint64 newId = -1;
    if (const PGresult *id = m_wantsInsertId ? results[first + 2] : nullptr;
        id && Pq::PQresultStatus(id) == PGRES_TUPLES_OK && Pq::PQntuples(id) == 1)
        newId = QByteArray(Pq::PQgetvalue(id, 0, 0)).toLongLong();
    m_result = std::exchange(results[first + 1], nullptr);
    for (PGresult *result : results)
        Pq::PQclear(result);
    const ExecStatusType status = m_result ? Pq::PQresultStatus(m_result) : PGRES_FATAL_ERROR;
    const bool ok = sent && !laterFailed && (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK);
    if (!ok) {
        if (laterFailed) {
            m_error = laterFailed->m_error;
            m_code = laterFailed->m_code;
        } else {
            failPostgresql(m_result);
        }
        clearPostgresql();
        if (savepointMade) {
            for (const char *end : {"ROLLBACK TO SAVEPOINT pykala_statement", release})
                Pq::PQclear(Pq::PQexec(connection, end));
        }
    } else {
        m_rows = Pq::PQntuples(m_result);
        m_insertId = newId;
    }
    return ok;
}

Statement *Statement::execTogether(const std::vector<Statement *> &given, Planning planning)
{
    // Only on a server is there a round trip to save, or a plan to keep.
    const Connection *server = given.empty() ? nullptr : given.front()->m_pg;
    // The transaction's opening statements (openLater) and the changes
    // waiting for a round trip (execLater) go first.
    Waiting waiting = Waiting::take(server);
    std::unique_ptr<Statement> once;
    if (server && planning == Planning::Once && !server->engine().planOnce().isEmpty())
        once = std::make_unique<Statement>(*server, server->engine().planOnce());
    std::vector<Statement *> statements = waiting.statements();
    if (once)
        statements.push_back(once.get());
    const size_t own = statements.size();
    statements.insert(statements.end(), given.cbegin(), given.cend());
    // A waiting change or the planning statement failing is the first
    // given one's failure: it did not run.
    const auto reported = [&](Statement *failed) {
        if (const auto at = std::find(statements.cbegin(), statements.cend(), failed);
            failed && at - statements.cbegin() < std::ptrdiff_t(own)) {
            given.front()->m_error = failed->m_error;
            given.front()->m_code = failed->m_code;
            failed = given.front();
        }
        return failed;
    };
    bool together = server && statements.size() > 1;
    for (const Statement *statement : statements)
        together = together && statement->m_pg == server;
    if (!together) {
        // Statements of another connection among them: run one by one, the
        // waiting changes with the first on theirs.
        if (server)
            waiting.putBack(*server);
        for (Statement *statement : given) {
            if (!statement->exec())
                return statement;
        }
        return nullptr;
    }
    const size_t count = statements.size();
    for (size_t i = 0; i < count; ++i) {
        if (!statements[i]->startPostgresql()) {
            Statement *failed = reported(statements[i]);
            waiting.putBack(*server);
            return failed;
        }
    }
    PGconn *connection = server->postgresql();
    const bool entered = Pq::PQenterPipelineMode(connection) == 1;
    bool sent = entered;
    for (Statement *statement : statements)
        sent = sent && statement->sendPostgresql();
    const std::vector<PGresult *> results = entered ? endPipeline(connection, count)
                                                    : std::vector<PGresult *>(count, nullptr);
    Statement *failed = nullptr;
    for (size_t i = 0; i < count; ++i) {
        Statement *statement = statements[i];
        statement->m_result = results[i];
        const ExecStatusType status = results[i] ? Pq::PQresultStatus(results[i]) : PGRES_FATAL_ERROR;
        if (!failed && sent && (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)) {
            statement->m_rows = Pq::PQntuples(results[i]);
            continue;
        }
        if (!failed) {
            failed = statement;
            statement->failPostgresql(results[i]);
        }
        statement->clearPostgresql(); // not run, after the one that failed
    }
    if (sent)
        waiting.ranFirst(size_t(std::find(statements.cbegin(), statements.cend(), failed) - statements.cbegin()));
    return reported(failed);
}

bool Statement::openLater(const Connection &db, std::vector<std::unique_ptr<Statement>> statements, Opened ran,
                          QString *error)
{
    if (db.kind() == Connection::Kind::Postgresql) {
        for (const auto &statement : statements) {
            if (!statement->startPostgresql()) {
                *error = statement->errorMessage();
                return false;
            }
        }
        db.opening() = {std::move(statements), std::move(ran)};
        return true;
    }
    std::vector<Statement *> now;
    for (const auto &statement : statements)
        now.push_back(statement.get());
    if (const Statement *failed = execTogether(now)) {
        *error = failed->errorMessage();
        return false;
    }
    if (ran)
        ran(statements);
    return true;
}

bool Statement::execLater(std::unique_ptr<Statement> change, QString *error)
{
    const Connection *server = change->m_pg;
    const bool deferred = server
        && (!server->opening().statements.empty()
            || Pq::PQtransactionStatus(server->postgresql()) == PQTRANS_INTRANS);
    if (deferred ? change->startPostgresql() : change->exec()) {
        if (deferred)
            server->later().push_back(std::move(change));
        return true;
    }
    *error = change->errorMessage();
    return false;
}

bool Statement::dropLater(const Connection &db)
{
    db.later().clear();
    const bool unsent = !db.opening().statements.empty();
    db.opening() = {};
    return unsent;
}

void Statement::failPostgresql(const pg_result *result)
{
    PGconn *connection = m_pg ? m_pg->postgresql() : nullptr;
    QByteArray state = result ? QByteArray(Pq::PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QByteArray();
    QString detail = QString::fromUtf8(result ? Pq::PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr);
    if (detail.isEmpty())
        detail = QString::fromUtf8(connection ? Pq::PQerrorMessage(connection) : "").trimmed();
    if (state.isEmpty() && connection && Pq::PQstatus(connection) == CONNECTION_BAD)
        state = "08006"; // the connection is gone
    // The SQLite code it corresponds to, for the store's own decisions.
    m_code = state.startsWith("23") || state == "P0001" ? SQLITE_CONSTRAINT
        : state.startsWith("40") || state == "55P03"   ? SQLITE_BUSY
        : state == "25006"                             ? SQLITE_READONLY
                                                       : SQLITE_ERROR;
    m_error = describePostgresqlError(state, detail);
}

QString describePostgresqlError(const QByteArray &sqlState, const QString &detail)
{
    if (sqlState.startsWith("23") || sqlState == "P0001")
        return describeSqliteError(SQLITE_CONSTRAINT, detail);
    if (sqlState.startsWith("40") || sqlState == "55P03") // another writer held on past the wait
        return describeSqliteError(SQLITE_BUSY, detail);
    if (sqlState == "25006")
        return QCoreApplication::translate("Store", "The store is open for reading only; nothing was changed.");
    if (sqlState == "42501")
        return QCoreApplication::translate("Store", "You may not do this in the store (%1). Ask the store's "
                                                    "administrator for the rights you need.")
            .arg(detail);
    if (sqlState == "53100")
        return QCoreApplication::translate("Store", "The store's server has no disk space left. Ask its "
                                                    "administrator to free some, then try again.");
    if (sqlState.startsWith("08") || sqlState.startsWith("57P"))
        return QCoreApplication::translate("Store", "The connection to the store's server was lost (%1). Check the "
                                                    "network and that the server is running, then open the store "
                                                    "again.")
            .arg(detail);
    return QCoreApplication::translate("Store", "The store reported an error: %1").arg(detail);
}

QString sqliteLibraryProblem(const QSqlDatabase &db)
{
    // The driver's library does not change while the program runs: it is
    // asked on the first connection only.
    static std::atomic<bool> same{false};
    if (same)
        return {};
    QSqlQuery query(db);
    const QString ours = QString::fromLatin1(sqlite3_sourceid());
    const QString theirs = query.exec(QStringLiteral("SELECT sqlite_source_id()")) && query.next()
        ? query.value(0).toString()
        : QString();
    if (theirs == ours) {
        same = true;
        return {};
    }
    return QCoreApplication::translate("Store", "Qt's SQLite driver uses another SQLite library (%1) than this "
                                                "Pykälä was built with (%2). Install Pykälä for the Qt of this "
                                                "system, or build it against that Qt.")
        .arg(theirs.isEmpty() ? QStringLiteral("?") : theirs.left(19), ours.left(19));
}

QString describeSqlError(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    const QString detail = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    return describeSqliteError(ok ? (code & 0xff) : 0, detail);
}

QString describeSqliteError(int code, const QString &detail)
{
    switch (code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QCoreApplication::translate(
                   "Store", "The store is locked by another program. Close the other program or wait until it has "
                            "finished, then try again.");
    case SQLITE_READONLY:
        return QCoreApplication::translate("Store", "The store is read-only. Check the file's permissions.");
    case SQLITE_IOERR:
        return QCoreApplication::translate("Store", "The store could not be read or written (%1). Check the disk.")
            .arg(detail);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QCoreApplication::translate("Store", "The store is damaged (%1). Run 'pykala-cli check' and restore "
                                                    "the store from a backup.")
            .arg(detail);
    case SQLITE_FULL:
        return QCoreApplication::translate("Store", "The disk is full. Free some space and try again.");
    case SQLITE_CONSTRAINT:
        return QCoreApplication::translate("Store", "The change conflicts with the stored records (%1).").arg(detail);
    default:
        return QCoreApplication::translate("Store", "The store reported an error: %1").arg(detail);
    }
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant nullIfZero(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}
