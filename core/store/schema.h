#pragma once

#include <QList>
#include <QStringList>

// The store's schema, as forward migrations: migration N brings a store from
// user_version N-1 to N. Released migrations are never edited, only appended.
namespace Schema {

// 'PYKL': marks an SQLite file as a Pykälä store (PRAGMA application_id).
constexpr int applicationId = 0x50594B4C;

// Statements of each migration, index 0 being migration 1.
const QList<QStringList> &migrations();

// The audited tables whose rows migration `version` changes; their new
// digests are logged so that the audit chain stays continuous.
const QStringList &changedEntities(int version);
inline int currentVersion() { return int(migrations().size()); }

} // namespace Schema
