#include "statement.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <atomic>
#include <memory>
#include <unordered_map>
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
sqlite3 *handleOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
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

} // namespace

void Statement::keepPrepared(const QSqlDatabase &db)
{
    if (sqlite3 *handle = handleOf(db))
        pools().insert(handle, std::make_shared<Pool>());
}

void Statement::forgetPrepared(const QSqlDatabase &db)
{
    pools().remove(handleOf(db)); // the pool finalizes its statements
}

Statement::Statement(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
    : m_db(handleOf(db))
{
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

QByteArrayView Statement::rawValue(int column, int *type) const
{
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
    return m_statement ? sqlite3_column_count(m_statement) : 0;
}

QString Statement::columnName(int column) const
{
    if (!m_statement)
        return {};
    // As Qt's driver names fields: no quotes, no table before a dot.
    QString name = QString::fromUtf8(sqlite3_column_name(m_statement, column)).remove(u'"');
    return name.mid(name.lastIndexOf(u'.') + 1);
}

qint64 Statement::lastInsertId() const
{
    return m_db ? qint64(sqlite3_last_insert_rowid(m_db)) : 0;
}

void Statement::finish()
{
    if (m_statement && m_step != 0)
        sqlite3_reset(m_statement);
    m_step = 0;
    m_rowPending = false;
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
