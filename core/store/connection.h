#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <vector>

class QLockFile;
struct pg_conn;
struct sqlite3;
class SearchCache;
class Statement;
class StoreEngine;

// The store's link to its database: an SQLite file through the connection
// Qt's driver opened, or a PostgreSQL database through libpq. Statement runs
// SQL on either; what differs between the engines beyond the driver is in
// StoreEngine, one implementation per engine.
class Connection
{
public:
    enum class Kind { Sqlite, Postgresql };

    // Over the Qt SQLite connection of this name (opened or not).
    explicit Connection(const QString &qtConnectionName);
    // Over an open libpq connection, which it closes when it goes.
    explicit Connection(pg_conn *connection);
    ~Connection();
    Q_DISABLE_COPY_MOVE(Connection)

    Kind kind() const { return m_kind; }
    const StoreEngine &engine() const;
    // The Qt connection (SQLite only).
    QSqlDatabase qt() const { return QSqlDatabase::database(m_qtName, false); }
    const QString &qtName() const { return m_qtName; }
    // SQLite's connection behind the Qt one; null when it is not open, and
    // for PostgreSQL.
    sqlite3 *sqlite() const;
    // The libpq connection (PostgreSQL only).
    pg_conn *postgresql() const { return m_pg; }

    // What the engine keeps between this connection's searches (see
    // StoreEngine::rankedMatches); null until the first.
    std::unique_ptr<SearchCache> &searchCache() const { return m_searchCache; }

    // PostgreSQL's prepared statements of this connection, by the SQL the
    // store gave: the name each was prepared under and its number of
    // parameters. A statement is prepared once per connection.
    struct Prepared
    {
        QByteArray name;
        int parameters = 0;
        bool change = false; // INSERT, UPDATE or DELETE
    };
    QHash<QString, Prepared> &prepared() const { return m_prepared; }
    // PostgreSQL: forgets the prepared statements (after the schema
    // changed, their plans would no longer fit).
    void forgetPrepared() const;
    // PostgreSQL: whether the open transaction failed and can only be
    // rolled back. Never on SQLite, where a failed statement leaves it be.
    bool transactionFailed() const;
    // PostgreSQL: whether a transaction is open, or opening (its opening
    // statements wait for the next round trip): what is read may yet be
    // rolled back. Never on SQLite, which tells it apart itself.
    bool inTransaction() const;
    // PostgreSQL, once the engine listens (StoreEngine::listenForCommits):
    // whether another connection committed a change since the last call,
    // as the server told, without waiting. Always false on SQLite.
    bool othersCommitted() const;
    // The socket to watch for the server's messages; -1 on SQLite.
    int socket() const;
    // PostgreSQL: the connection to the server was lost.
    bool lost() const;

    // PostgreSQL: the changes waiting for the next round trip
    // (Statement::execLater), in their order.
    std::vector<std::unique_ptr<Statement>> &later() const { return m_later; }
    // PostgreSQL: the statements that open a transaction, not yet sent
    // (Statement::openLater), and what is given them once they ran.
    struct Opening
    {
        std::vector<std::unique_ptr<Statement>> statements;
        std::function<void(const std::vector<std::unique_ptr<Statement>> &)> ran;
    };
    Opening &opening() const { return m_opening; }

    // SQLite: the meetings this connection holds (StoreEngine::holdMeeting),
    // each by a lock file beside the store.
    std::map<qint64, std::unique_ptr<QLockFile>> &meetingLocks() const { return m_meetingLocks; }

private:
    Kind m_kind;
    QString m_qtName;
    pg_conn *m_pg = nullptr;
    mutable QHash<QString, Prepared> m_prepared;
    mutable std::unique_ptr<SearchCache> m_searchCache;
    mutable std::map<qint64, std::unique_ptr<QLockFile>> m_meetingLocks;
    mutable std::vector<std::unique_ptr<Statement>> m_later;
    mutable Opening m_opening;
};
