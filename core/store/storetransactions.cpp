// Transactions and the audit chain: every change runs in a Transaction and
// leaves its audit entry, through insertAudited or changeExisting.

#include "store.h"

#include "auditlog.h"
#include "statement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

#include "connection.h"
#include "storeengine.h"

#include <memory>
#include <vector>

// ---------------------------------------------------------------------------
// Transactions

Store::Transaction::Transaction(Store &store)
    : m_store(store)
{
    if (m_store.m_readOnly) {
        m_error = QCoreApplication::translate("Store", "%1 is open for reading only (a meeting package, or a store "
                                                       "opened for review); nothing was changed. Make changes in the "
                                                       "organisation's own store.")
                      .arg(m_store.displayLocation());
        return;
    }
    m_depth = m_store.m_transactionDepth;
    const Connection &db = m_store.database();
    if (m_depth > 0) {
        Statement savepoint(db, QStringLiteral("SAVEPOINT level%1").arg(m_depth));
        if (!savepoint.exec()) {
            m_error = savepoint.errorMessage();
            return;
        }
        m_active = true;
        ++m_store.m_transactionDepth;
        return;
    }
    std::vector<std::unique_ptr<Statement>> begin;
    for (const QString &statement : db.engine().beginWrite())
        begin.push_back(std::make_unique<Statement>(db, statement));
    // Where the engine counts the store's own commits (a server), what
    // others changed is looked at, and the audit chain's head read, as the
    // writer's lock is taken. On a server all of it goes with the change's
    // first statement, in its round trip (Statement::openLater).
    const size_t opening = begin.size();
    const bool looks = m_store.looksAtOthersChanges();
    if (looks) {
        begin.push_back(std::make_unique<Statement>(db, db.engine().changeCounterQuery()));
        begin.push_back(std::make_unique<Statement>(db, AuditLog::headQuery()));
    }
    m_store.m_lastAuditHash.clear();
    Store *owner = &m_store;
    const auto ran = [owner, looks, opening](const std::vector<std::unique_ptr<Statement>> &statements) {
        if (!looks)
            return;
        if (Statement &counter = *statements.at(opening); counter.next())
            owner->noteCounter(counter.integer(0), false);
        owner->m_lastAuditHash = AuditLog::headOf(*statements.at(opening + 1)).second;
    };
    // Failing, nothing of it began: SQLite's one BEGIN failed, and nothing
    // was sent to a server.
    if (!Statement::openLater(db, std::move(begin), ran, &m_error))
        return;
    m_active = true;
    ++m_store.m_transactionDepth;
}

Store::Transaction::~Transaction()
{
    if (!m_active)
        return;
    const Connection &db = m_store.database();
    const bool unsent = Statement::dropLater(db);
    if (m_depth == 0) {
        if (!unsent) // else nothing of it reached the server
            Statement(db, QStringLiteral("ROLLBACK")).exec();
    } else {
        Statement(db, QStringLiteral("ROLLBACK TO level%1").arg(m_depth)).exec();
        Statement(db, QStringLiteral("RELEASE level%1").arg(m_depth)).exec();
    }
    // Audit entries written in what was rolled back are gone; reload the
    // head. What was read for the search index may be gone too.
    m_store.m_lastAuditHash.clear();
    m_store.m_readIndexSources.clear();
    if (m_depth == 0)
        m_store.m_unindexedItems.clear();
    --m_store.m_transactionDepth;
}

Status Store::Transaction::commit()
{
    if (!m_active)
        return Status::failure(m_error.isEmpty() ? tr("The transaction has already ended.") : m_error);
    if (m_depth > 0) {
        Statement end(m_store.database(), QStringLiteral("RELEASE level%1").arg(m_depth));
        if (!end.exec())
            return Status::failure(end.errorMessage()); // the destructor rolls back
        m_active = false;
        --m_store.m_transactionDepth;
        return success();
    }
    const Connection &db = m_store.database();
    // The search index's new entries, the engine's last writes, the change
    // counter and the COMMIT go to a server in one round trip.
    std::vector<std::unique_ptr<Statement>> ending;
    PYKALA_TRY(m_store.indexPendingItems(&ending)); // on failure the destructor rolls back
    // A statement that failed unseen has ended a PostgreSQL transaction,
    // whose COMMIT would then roll it back and still succeed.
    if (db.transactionFailed())
        return Status::failure(tr("The change was not saved: the store's server ended it after an error. Try "
                                  "again."));
    for (const QString &sql : db.engine().beforeCommit())
        ending.push_back(std::make_unique<Statement>(db, sql));
    // The newest audit entry, this change's, while no other writer can have
    // committed since (they wait for this one).
    Statement *counter = nullptr;
    if (db.engine().countsOwnCommits())
        counter = ending.emplace_back(std::make_unique<Statement>(db, db.engine().changeCounterQuery())).get();
    ending.push_back(std::make_unique<Statement>(db, QStringLiteral("COMMIT")));
    std::vector<Statement *> statements;
    for (const auto &statement : ending)
        statements.push_back(statement.get());
    if (const Statement *failed = Statement::execTogether(statements))
        return Status::failure(failed->errorMessage()); // the destructor rolls back
    m_active = false;
    --m_store.m_transactionDepth;
    if (counter && counter->next())
        m_store.noteCounter(counter->integer(0), true);
    emit m_store.changed();
    return success();
}

namespace {

// Now in UTC to the millisecond, as the audit log writes it; the text is made
// once for each millisecond however many entries fall in it.
QString auditTime()
{
    thread_local qint64 last = -1;
    thread_local QString text;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now != last) {
        last = now;
        text = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODateWithMs);
    }
    return text;
}

} // namespace

Status Store::audit(const QString &action, const QString &entity, qint64 id, const QString &oldDigest)
{
    const Connection &db = database();
    QString newDigest;
    if (action != u"delete") {
        const auto digest = entity == u"agenda_item" ? itemDigest(id) : AuditLog::entityDigest(db, entity, id);
        if (!digest)
            return Status::failure(digest.error());
        newDigest = *digest;
    }
    if (m_lastAuditHash.isEmpty()) {
        const auto head = AuditLog::head(db);
        if (!head)
            return Status::failure(head.error());
        m_lastAuditHash = head->second;
    }
    const AuditLog::Entry entry{auditTime(), m_actor, action,
                                entity, id, oldDigest, newDigest};
    const auto hash = AuditLog::append(db, m_lastAuditHash, entry);
    if (!hash)
        return Status::failure(hash.error());
    m_lastAuditHash = *hash;
    return success();
}

Result<std::pair<qint64, QString>> Store::auditHead() const
{
    return AuditLog::head(database());
}

Result<std::optional<QString>> Store::auditEntryHash(qint64 id) const
{
    using R = Result<std::optional<QString>>;
    Statement entry(database(), QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"), {id});
    if (!entry.exec())
        return R::failure(entry.errorMessage());
    return entry.next() ? std::optional<QString>(entry.value(0).toString()) : std::optional<QString>();
}

Status Store::execute(const QString &sql, std::initializer_list<QVariant> values)
{
    Statement statement(database(), sql, values);
    if (!statement.exec())
        return Failure{statement.errorMessage()};
    return success();
}

Status Store::executeLater(const QString &sql, std::initializer_list<QVariant> values)
{
    QString error;
    if (!Statement::execLater(std::make_unique<Statement>(database(), sql, values), &error))
        return Failure{error};
    return success();
}

Status Store::changeExisting(const QString &action, const QString &entity, qint64 id, const QString &missing,
                             const std::function<Status()> &change)
{
    Transaction transaction(*this);
    if (!transaction.ok())
        return Failure{transaction.error()};
    const auto old = AuditLog::entityDigest(database(), entity, id);
    if (!old)
        return Failure{old.error()};
    if (old->isEmpty())
        return Failure{missing};
    PYKALA_TRY(change());
    PYKALA_TRY(audit(action, entity, id, *old));
    return transaction.commit();
}

Result<qint64> Store::insertAudited(const QString &entity, const std::function<Result<qint64>()> &insert)
{
    Transaction transaction(*this);
    const auto id = insertAudited(transaction, entity, insert);
    if (!id)
        return id;
    PYKALA_TRY(transaction.commit());
    return id;
}

Result<qint64> Store::insertAudited(const Transaction &open, const QString &entity,
                                    const std::function<Result<qint64>()> &insert)
{
    if (!open.ok())
        return Failure{open.error()};
    const auto id = insert();
    if (!id)
        return id;
    PYKALA_TRY(audit(QStringLiteral("insert"), entity, *id, QString()));
    return id;
}
