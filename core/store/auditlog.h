#pragma once

#include "model/result.h"

#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

class Connection;
class Statement;

// The append-only audit log. Each entry records who changed which entity when,
// with SHA-256 digests of the entity's old and new values, and the SHA-256 of
// the previous entry, so that any edit of an earlier entry breaks the chain.
// Triggers in the schema refuse UPDATE and DELETE on the log.
namespace AuditLog {

// The audited entities, which are also their table names.
const QStringList &entities();

// The SHA-256 hash before the first entry.
QString genesisHash();

// Digest of an entity's current stored value (an agenda item includes its
// preparers and extract recipients); empty when the entity does not exist.
// The reads `alongside` run with its own, in the same round trip to a server.
Result<QString> entityDigest(const Connection &db, const QString &entity, qint64 id,
                             const std::vector<Statement *> &alongside = {});

// The newest entry's id and hash, or 0 and the genesis hash for an empty log.
Result<std::pair<qint64, QString>> head(const Connection &db);
// The same from the query of headQuery(), run with others (execTogether).
const QString &headQuery();
std::pair<qint64, QString> headOf(Statement &newest);

struct Entry
{
    QString at;
    QString actor;
    QString action;
    QString entity;
    qint64 entityId = 0;
    QString oldDigest;
    QString newDigest;
};

// Appends an entry chained to previousHash; returns the new entry's hash.
Result<QString> append(const Connection &db, const QString &previousHash, const Entry &entry);

// Walks the chain and compares every audited entity with the log's latest
// digest for it. Returns the problems found; counts entries into *entries.
Result<QStringList> verify(const Connection &db, qint64 *entries);

} // namespace AuditLog
