#pragma once

#include "model/result.h"

#include "model/membership.h"

#include <QDate>
#include <QList>

#include <utility>

class Store;

// The register's changes of more than one membership, each in one
// transaction: a member succeeded by another during the term, and the end
// of a term. Memberships are ended, never rewritten, so the seats of
// meetings already held stay as their records name them (Store).
namespace MembershipChanges {

// A member (or deputy) leaves and another takes the seat: a resignation,
// a release from office, a death.
struct Succession
{
    qint64 membershipId = 0;     // the membership being left
    qint64 successorPersonId = 0;
    QDate firstDay;              // the successor's first day; the old membership ends the day before
    // The personal deputy of the member leaving stands in for the successor
    // from firstDay (their deputy membership ends the day before and a new
    // one names the successor). Otherwise it ends the day before too: a
    // personal deputy stands in only for their own member.
    bool moveDeputy = true;
};

// What a succession did.
struct SuccessionResult
{
    qint64 successorMembershipId = 0;
    int deputiesMoved = 0;
    int deputiesEnded = 0;       // not moved (moveDeputy false): ended with the seat
    // The successor was the leaving member's own personal deputy: that
    // deputy membership ended too, since no one stands in for themselves.
    bool successorWasDeputy = false;
};

// Ends the membership on the day before firstDay and adds the successor's
// in the same role (a deputy's successor stands in for the same member)
// until the old membership's end; moves the personal deputy when asked,
// else ends their membership too. All of it or nothing.
Result<SuccessionResult> succeed(Store &store, const Succession &succession);

// The end of a term: ends on lastDay every membership of the body in force
// on that day that runs beyond it — the chair, vice chairs, members and
// deputies, and with `officials` the presenters and secretaries too, whose
// offices do not follow the council's term. Memberships that start later
// (the next term, entered already) stay. The deputies end before the seats
// they stand in for. Returns how many ended.
Result<int> endTerm(Store &store, qint64 bodyId, const QDate &lastDay, bool officials = false);
// Which of a body's memberships endTerm ends.
QList<Membership> endingWithTerm(const QList<Membership> &memberships, const QDate &lastDay, bool officials = false);

// The last day of the council term nearest to `day`: the terms run from
// 1 June of a year of municipal elections (2025, 2029, …) for four years.
QDate councilTermEnd(const QDate &day);
// The council term `day` falls in, its first and last day: from 1 June of
// an election year (2025, 2029, …) to 31 May four years later. The term
// elected in 2021 began on 1 August 2021, the elections of that spring
// having been postponed to June.
std::pair<QDate, QDate> councilTermOf(const QDate &day);

} // namespace MembershipChanges
