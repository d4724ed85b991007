#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <memory>
#include <vector>

class QSqlDatabase;
class QSqlError;
struct sqlite3;
struct sqlite3_stmt;

// One prepared SQL statement with every parameter bound positionally, run
// through SQLite's own interface on the connection Qt's driver opened: Qt's
// per-value binding and row caching cost more than the statement itself. The
// one place where SQLite's errors become messages for people.
//
// Values bind as Qt's SQLite driver binds them (text, integer, real, blob),
// except that a null QString is the empty text: only an invalid QVariant is
// NULL. Columns read as Qt's driver reads them: qint64, double, QString,
// QByteArray, or for NULL a null QVariant of type QString (isNull(), not
// !isValid()). The SQL is one statement, and every parameter gets a value.
class Statement
{
public:
    Statement(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {});
    ~Statement();
    Q_DISABLE_COPY_MOVE(Statement)

    Statement &bind(const QVariant &value);

    // Executes; false with errorMessage() set when SQLite failed. The first
    // row, if any, is then read by next().
    bool exec();
    bool next();
    QVariant value(int column) const;
    // The column's bytes as SQLite keeps them, valid until the next step: text
    // as UTF-8, a blob as is; with the storage class (SQLITE_TEXT…) in *type.
    QByteArrayView rawValue(int column, int *type) const;
    int columnCount() const;
    QString columnName(int column) const;
    qint64 lastInsertId() const;
    // Ends the reading of rows early, releasing what they hold.
    void finish();

    const QString &errorMessage() const { return m_error; }
    // SQLite's primary result code of the failure, or 0.
    int sqliteCode() const { return m_code; }

    // Statements on this connection keep their compiled form for the next
    // Statement of the same SQL: SQLite parses and plans each text once. Only
    // for connections used by one thread; forget before closing.
    static void keepPrepared(const QSqlDatabase &db);
    static void forgetPrepared(const QSqlDatabase &db);

private:
    void fail(int code);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::weak_ptr<struct StatementPool> m_pool;          // the connection's compiled statements
    std::vector<sqlite3_stmt *> *m_free = nullptr; // where this one goes back to
    bool m_unusable = false; // not compiled, or a value did not bind
    int m_bound = 0;
    bool m_executed = false; // its values stay bound for the next execution
    int m_step = 0;          // result of the last sqlite3_step
    bool m_rowPending = false; // exec() stepped onto a row next() has not yet given
    int m_code = 0;
    QString m_error;
};

// Empty when the SQLite library behind Qt's driver on this open connection
// is the one Statement calls; else what is wrong and what to do. Statement
// must not touch a connection of another library.
QString sqliteLibraryProblem(const QSqlDatabase &db);

// The store's message for an SQLite failure: what went wrong and what to do.
QString describeSqliteError(int code, const QString &detail);
// The same for a failure Qt's driver reported (opening a connection).
QString describeSqlError(const QSqlError &error);

// QVariant helpers: the store keeps optional values as NULL (an invalid QVariant).
QVariant nullIfEmpty(const QString &text);
QVariant nullIfZero(qint64 id);
