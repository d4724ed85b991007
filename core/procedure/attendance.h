#pragma once

#include "quorum.h"

#include "model/result.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QTime>

// Who attends a meeting and who may vote on each item.
//
// Members (chair, vice chair and members) hold the body's seats; a personal
// deputy may take the seat of the member whose deputy they are while that
// member is away. Movements happen during an item: someone who arrives during
// an item takes part in its decision, someone who leaves during it does not
// ("saapui kokoukseen tämän asian käsittelyn aikana klo 10.33"). A
// disqualified person is away for that item only.
namespace Attendance {

// A seat of the body on the meeting's day: the member and their personal deputy.
struct Seat
{
    qint64 member = 0;
    qint64 deputy = 0;     // 0 when the member has none
};

// A person arrives, leaves, or changes how they take part: from the meeting
// room to a remote connection or back (kuntalaki 99 §).
enum class Movement { Arrives, Leaves, Switches };

struct Move
{
    qint64 person = 0;
    Movement movement = Movement::Arrives;
    int itemPosition = 0;  // the item during which it happened (agenda position)
    QTime at;
    bool remote = false;   // arriving by, or switching to, a remote connection
};

struct Disqualification
{
    qint64 person = 0;
    int itemPosition = 0;
    QString ground;        // e.g. "HL 28 § 1 mom. 1 k (asianosainen)"
};

// Who was present when the meeting opened; others (officials, experts) are
// not in it: they attend with the right to speak but hold no seat.
struct Record
{
    QList<Seat> seats;
    QSet<qint64> presentAtOpening;  // members and deputies present when the meeting opened
    QSet<qint64> remoteAtOpening;   // those of them who took part by a remote connection
    QList<Move> moves;              // in the order they happened
    QList<Disqualification> disqualifications;
};

// Presence for one item.
struct ItemPresence
{
    QList<qint64> entitled;                 // may vote: members, or deputies in their member's seat
    QMap<qint64, qint64> deputyFor;         // deputy → the member whose seat they take
    QList<qint64> disqualified;             // away for this item
    QSet<qint64> remote;                    // present by a remote connection at the item's decision
    Quorum quorum;
};

// Checks a record for what cannot happen — a move of a person with no seat,
// arriving when present, leaving or switching when away, switching to the way
// one already takes part, a deputy taking a seat its member holds, a
// disqualification of an absent person — and returns the presence
// for each item position 1…lastPosition.
Result<QList<ItemPresence>> evaluate(const Record &record, QuorumRule rule, int lastPosition);

} // namespace Attendance
