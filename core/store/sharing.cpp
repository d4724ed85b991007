// Working at once: hearing of others' commits, the latest change of a row,
// the times of its changes, and the hold of a meeting being run.

#include "store.h"

#include "auditlog.h"
#include "connection.h"
#include "statement.h"
#include "storeengine.h"

#include <QSocketNotifier>

void Store::setActor(const QString &actor)
{
    if (!onServer())
        m_actor = actor;
}

Status Store::watchForChanges()
{
    const Connection &db = database();
    const QString &listen = db.engine().listenForCommits();
    if (listen.isEmpty() || m_commitNotifier)
        return success();
    Statement statement(db, listen);
    if (!statement.exec())
        return Status::failure(statement.errorMessage());
    m_commitNotifier = new QSocketNotifier(qintptr(db.socket()), QSocketNotifier::Read, this);
    connect(m_commitNotifier, &QSocketNotifier::activated, this, [this] {
        // Told between statements only: never inside this store's own work.
        if (database().othersCommitted())
            emit changedElsewhere();
        // A lost connection's socket is closed, and its number may be
        // another file's, always readable: nothing more to hear.
        if (database().lost())
            m_commitNotifier->setEnabled(false);
    });
    return success();
}

Result<std::optional<Store::Change>> Store::lastChange(const QString &entity, qint64 id) const
{
    Statement latest(database(), QStringLiteral("SELECT actor, at FROM audit_log WHERE entity = ? AND entity_id = ? "
                                                "ORDER BY id DESC LIMIT 1"),
                     {entity, id});
    if (!latest.exec())
        return Failure{latest.errorMessage()};
    if (!latest.next())
        return std::optional<Change>();
    return std::optional<Change>(
        Change{latest.value(0).toString(), QDateTime::fromString(latest.value(1).toString(), Qt::ISODateWithMs)});
}

Result<QHash<qint64, Store::Lifetime>> Store::changeTimes(const QString &entity) const
{
    if (!AuditLog::entities().contains(entity))
        return Failure{tr("Unknown entity %1.").arg(entity)};
    Statement times(database(),
                    QStringLiteral("SELECT entity_id, MIN(at), MAX(at) FROM audit_log WHERE entity = ? GROUP BY entity_id"),
                    {entity});
    if (!times.exec())
        return Failure{times.errorMessage()};
    QHash<qint64, Lifetime> all;
    while (times.next()) {
        all.insert(times.value(0).toLongLong(),
                   Lifetime{QDateTime::fromString(times.value(1).toString(), Qt::ISODateWithMs),
                            QDateTime::fromString(times.value(2).toString(), Qt::ISODateWithMs)});
    }
    return all;
}

Result<QString> Store::holdMeeting(qint64 meetingId)
{
    if (m_heldMeetings.contains(meetingId))
        return QString();
    const Connection &db = database();
    const auto holder = db.engine().holdMeeting(db, meetingId);
    if (holder && holder->isEmpty())
        m_heldMeetings.insert(meetingId);
    return holder;
}

void Store::releaseMeeting(qint64 meetingId)
{
    if (!m_heldMeetings.remove(meetingId))
        return;
    const Connection &db = database();
    db.engine().releaseMeeting(db, meetingId);
}

Result<QString> Store::meetingHolder(qint64 meetingId) const
{
    if (m_heldMeetings.contains(meetingId))
        return QString();
    const Connection &db = database();
    return db.engine().meetingHolder(db, meetingId);
}
