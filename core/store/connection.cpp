#include "connection.h"

#include "statement.h"
#include "storeengine.h"

#include <QLockFile>
#include <QSqlDriver>
#include <QVariant>

#include "libpq.h"

Connection::Connection(const QString &qtConnectionName)
    : m_kind(Kind::Sqlite)
    , m_qtName(qtConnectionName)
{
}

Connection::Connection(pg_conn *connection)
    : m_kind(Kind::Postgresql)
    , m_pg(connection)
{
    // A connection made elsewhere (a tool's, a test's) comes from a libpq
    // already in the process: the store's pointers find the same one.
    Pq::load(nullptr);
}

Connection::~Connection()
{
    m_later.clear(); // before the connection they were to go on
    m_opening.statements.clear();
    if (m_pg)
        Pq::PQfinish(m_pg);
}

sqlite3 *Connection::sqlite() const
{
    if (m_kind != Kind::Sqlite)
        return nullptr;
    const QSqlDatabase db = qt();
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

const StoreEngine &Connection::engine() const
{
    return StoreEngine::of(m_kind);
}

void Connection::forgetPrepared() const
{
    if (!m_pg || m_prepared.isEmpty())
        return;
    Pq::PQclear(Pq::PQexec(m_pg, "DEALLOCATE ALL"));
    m_prepared.clear();
}

bool Connection::transactionFailed() const
{
    return m_pg && Pq::PQtransactionStatus(m_pg) == PQTRANS_INERROR;
}

bool Connection::inTransaction() const
{
    return m_pg && (!m_opening.statements.empty() || Pq::PQtransactionStatus(m_pg) != PQTRANS_IDLE);
}

bool Connection::othersCommitted() const
{
    if (!m_pg || !Pq::PQconsumeInput(m_pg))
        return false; // a lost connection: the next statement says so
    bool others = false;
    const int own = Pq::PQbackendPID(m_pg);
    while (PGnotify *notification = Pq::PQnotifies(m_pg)) {
        others = others || notification->be_pid != own;
        Pq::PQfreemem(notification);
    }
    return others;
}

int Connection::socket() const
{
    return m_pg ? Pq::PQsocket(m_pg) : -1;
}

bool Connection::lost() const
{
    return m_pg && Pq::PQstatus(m_pg) != CONNECTION_OK;
}
