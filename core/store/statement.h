#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <memory>
#include <vector>

class Connection;
class QSqlDatabase;
class QSqlError;
struct pg_result;
struct sqlite3;
struct sqlite3_stmt;

// One prepared SQL statement with every parameter bound positionally, run
// on either engine: through SQLite's own interface on the connection Qt's
// driver opened (Qt's per-value binding and row caching cost more than the
// statement itself), or through libpq. The one place where the engines'
// errors become messages for people.
//
// The SQL is the store's, written for SQLite; on PostgreSQL the engine
// reads it with its parameters (? and ?N) numbered as PostgreSQL numbers
// them, and "SELECT value FROM json_each(?)" (a list of ids) as its own
// json_array_elements_text (StoreEngine::postgresqlSql). Everything else
// the store runs is written so that both engines read it alike, or comes
// from StoreEngine.
//
// Values bind as Qt's SQLite driver binds them (text, integer, real, blob),
// except that a null QString is the empty text: only an invalid QVariant is
// NULL. Columns read as Qt's driver reads them: qint64, double, QString,
// QByteArray, or for NULL a null QVariant of type QString (isNull(), not
// !isValid()). The SQL is one statement, and every parameter gets a value.
class Statement
{
public:
    // The storage classes of values, as SQLite numbers them.
    enum ValueType { Integer = 1, Float = 2, Text = 3, Blob = 4, Null = 5 };

    Statement(const Connection &db, const QString &sql, std::initializer_list<QVariant> values = {});
    ~Statement();
    Q_DISABLE_COPY_MOVE(Statement)

    Statement &bind(const QVariant &value);

    // Executes; false with errorMessage() set when SQLite failed. The first
    // row, if any, is then read by next().
    bool exec();
    // Executes the statements in turn, as exec() each, and on PostgreSQL in
    // one round trip to the server (libpq's pipeline); each keeps its own
    // rows. Stops at the first that fails and gives it, with its
    // errorMessage(); null when all ran. A change among them does not get a
    // savepoint of its own, as exec() gives it in a transaction: a refused
    // one fails the transaction, so they are for statements whose failure
    // ends the change anyway.
    // A server plans a prepared statement for the values of each run, anew
    // at each of a session's first five; with Planning::Once it plans them
    // once for every value (StoreEngine::planOnce, for this transaction or
    // this round trip): for statements whose one best plan does not depend
    // on their values, read many times in a session's first minutes.
    enum class Planning { ForValues, Once };
    static Statement *execTogether(const std::vector<Statement *> &statements,
                                   Planning planning = Planning::ForValues);
    // A change whose rows are not read and whose failure ends the change it
    // is part of (an audit entry, an item's preparer): on a server inside a
    // transaction it is sent with the connection's next round trip (the
    // next statement run, or the transaction's end), not in one of its
    // own, and without a savepoint. Should it fail, that next statement
    // fails with its message and the transaction can only be rolled back.
    // Elsewhere it runs now. False, with *error set, when it failed or
    // could not be made ready.
    static bool execLater(std::unique_ptr<Statement> change, QString *error);
    // The statements that open a transaction (BEGIN, the writers' lock, and
    // what is read as it is taken): on a server not sent on their own but
    // first in the connection's next round trip, after which `ran` is given
    // them to read their rows. Should one fail, that next statement fails
    // with its message. Elsewhere they run now, and `ran` at once. False,
    // with *error set, when they failed or could not be made ready.
    using Opened = std::function<void(const std::vector<std::unique_ptr<Statement>> &)>;
    static bool openLater(const Connection &db, std::vector<std::unique_ptr<Statement>> statements, Opened ran,
                          QString *error);
    // Forgets the connection's changes not yet sent (execLater), as the
    // transaction or savepoint they are in is rolled back: every statement
    // run sends them, so they all came after it began. True when the
    // transaction's opening statements had not been sent either: nothing
    // of it reached the server.
    static bool dropLater(const Connection &db);
    // An INSERT whose new row's id lastInsertId() will read: on PostgreSQL
    // it is asked for with the insert, in the same round trip.
    void readInsertId() { m_wantsInsertId = true; }
    bool next();
    QVariant value(int column) const;
    // An integer column's value without a QVariant (0 for NULL), for reads
    // of many rows.
    qint64 integer(int column) const;
    // The column's bytes as the engine gives them, valid until the next step:
    // text as UTF-8, a blob as is; with the storage class (ValueType) in *type.
    QByteArrayView rawValue(int column, int *type) const;
    // On PostgreSQL, the rows are sent in the server's binary form, not as
    // text: for reads of many rows through integer() and rawValue(), which
    // then give a bytea's bytes without decoding them, where libpq holds
    // every row until finish(): valid until then (no effect on SQLite).
    void readBinary() { m_binary = true; }
    int columnCount() const;
    QString columnName(int column) const;
    qint64 lastInsertId() const;
    // Ends the reading of rows early, releasing what they hold.
    void finish();

    const QString &errorMessage() const { return m_error; }
    // SQLite's primary result code of the failure, or 0; on PostgreSQL the
    // code SQLite would give for it (SQLITE_CONSTRAINT for a refused change).
    int sqliteCode() const { return m_code; }
    // Whether the failure was the store's constraints or triggers refusing
    // the change.
    bool refusedByConstraint() const { return m_code == 19; }

    // Statements on this connection keep their compiled form for the next
    // Statement of the same SQL: SQLite parses and plans each text once. Only
    // for connections used by one thread; forget before closing. (PostgreSQL
    // connections always keep theirs, prepared on the server.)
    static void keepPrepared(const Connection &db);
    static void forgetPrepared(const Connection &db);

private:
    void fail(int code);
    bool execPostgresql();
    // Checks the values and makes them ready to send, as exec() starts.
    bool startPostgresql();
    // Sends it, started, into the connection's pipeline.
    bool sendPostgresql();
    // A change inside a transaction, in a savepoint of its own.
    bool execGuarded();
    void failPostgresql(const pg_result *result);
    void clearPostgresql();

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

    // PostgreSQL: the connection, the statement's prepared name, its values
    // as text (or bytes), and the result read row by row.
    const Connection *m_pg = nullptr;
    QByteArray m_name;
    int m_parameters = 0;
    bool m_change = false;
    std::vector<QByteArray> m_values;
    std::vector<int> m_formats;
    std::vector<bool> m_nulls;
    std::vector<const char *> m_sent; // the values as libpq takes them (startPostgresql)
    std::vector<int> m_lengths;
    pg_result *m_result = nullptr;
    int m_row = -1;
    int m_rows = 0;
    mutable QByteArray m_bytes; // a bytea value decoded, for rawValue()
    bool m_binary = false;      // PostgreSQL's rows in binary form (readBinary)
    bool m_wantsInsertId = false;
    qint64 m_insertId = -1; // read with the insert (readInsertId), else -1
};

// Empty when the SQLite library behind Qt's driver on this open connection
// is the one Statement calls; else what is wrong and what to do. Statement
// must not touch a connection of another library.
QString sqliteLibraryProblem(const QSqlDatabase &db);

// The store's message for an SQLite failure: what went wrong and what to do.
QString describeSqliteError(int code, const QString &detail);
// The same for a PostgreSQL failure, by its SQLSTATE.
QString describePostgresqlError(const QByteArray &sqlState, const QString &detail);
// The same for a failure Qt's driver reported (opening a connection).
QString describeSqlError(const QSqlError &error);

// QVariant helpers: the store keeps optional values as NULL (an invalid QVariant).
QVariant nullIfEmpty(const QString &text);
QVariant nullIfZero(qint64 id);
