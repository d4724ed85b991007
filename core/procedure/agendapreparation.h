#pragma once

#include "itemdecision.h"

#include "model/agendaitem.h"
#include "model/meeting.h"
#include "model/result.h"

#include <QList>
#include <QString>

class Store;

// Preparing a meeting's agenda from what earlier meetings left open.
namespace AgendaPreparation {

// An item an earlier meeting of the same body tabled or returned for
// preparation, not yet brought to a later meeting.
struct PendingItem
{
    Meeting meeting;                 // where it was tabled or returned
    QString meetingReference;        // "KH 12/2026"
    AgendaItem item;
    ItemDecision::OutcomeKind outcome = ItemDecision::OutcomeKind::Tabled;
};

// How far back earlier meetings are looked at, in years.
constexpr int lookBackYears = 3;

// The items earlier meetings of `meeting`'s body tabled or returned (as
// their records replay) in the last `lookBackYears` years, newest first,
// leaving out those whose case — its case reference, or its title when it
// has none — is already on this or a later meeting's agenda.
Result<QList<PendingItem>> pendingItems(const Store &store, const Meeting &meeting);

// Puts a copy of an earlier item on the meeting's agenda, last: its title,
// case, preparers, presenter, background, proposal, publicity, appeal kind,
// extract recipients and attachments; not its § number, proceedings or
// decision. One transaction. Returns the new item's id.
Result<qint64> bringIn(Store &store, qint64 meetingId, qint64 itemId);

} // namespace AgendaPreparation
