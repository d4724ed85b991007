#include "membershipchanges.h"

#include "store/store.h"

#include <QCoreApplication>

#include <cstdlib>

namespace MembershipChanges {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MembershipChanges", text);
}

// Runs beyond `day` (open-ended, or ending later).
bool runsBeyond(const Membership &membership, const QDate &day)
{
    return membership.validUntil.isNull() || membership.validUntil > day;
}

} // namespace

Result<SuccessionResult> succeed(Store &store, const Succession &succession)
{
    if (!succession.firstDay.isValid())
        return Failure{tr("Give the successor's first day.")};
    const auto found = store.membership(succession.membershipId);
    if (!found)
        return Failure{found.error()};
    if (!found->has_value())
        return Failure{tr("There is no membership with id %1.").arg(succession.membershipId)};
    const Membership leaving = found->value();
    if (!succession.successorPersonId)
        return Failure{tr("Choose the successor.")};
    if (succession.successorPersonId == leaving.personId)
        return Failure{tr("The successor is the person leaving; choose someone else.")};
    const QDate lastDay = succession.firstDay.addDays(-1);
    if (!leaving.isValidOn(lastDay) || !runsBeyond(leaving, lastDay))
        return Failure{tr("The membership does not run on both %1 and %2; a successor takes over a membership "
                          "in force.")
                           .arg(lastDay.toString(QStringLiteral("d.M.yyyy")),
                                succession.firstDay.toString(QStringLiteral("d.M.yyyy")))};
    const auto memberships = store.memberships(leaving.bodyId);
    if (!memberships)
        return Failure{memberships.error()};

    // The successor's seat comes first and the leaving one ends last: the
    // personal deputies move onto the new seat (or end) in between, so that
    // no deputy stands in for a seat that has ended (Store).
    Store::Transaction transaction(store);
    if (!transaction.ok())
        return Failure{transaction.error()};
    SuccessionResult result;
    Membership successor = leaving;
    successor.id = 0;
    successor.personId = succession.successorPersonId;
    successor.validFrom = succession.firstDay;
    const auto added = store.addMembership(successor);
    if (!added)
        return Failure{added.error()};
    result.successorMembershipId = *added;

    if (leaving.holdsSeat()) {
        for (const Membership &deputy : *memberships) {
            if (deputy.role != MembershipRole::Deputy || deputy.deputyForPersonId != leaving.personId
                || !runsBeyond(deputy, lastDay))
                continue;
            const bool successorIsDeputy = deputy.personId == succession.successorPersonId;
            if (successorIsDeputy || !succession.moveDeputy) {
                // No one stands in for themselves; a deputy not moved stands
                // in for no one after the leaving member's last day.
                if (deputy.validFrom > lastDay) {
                    PYKALA_TRY(store.removeMembership(deputy.id));
                } else {
                    PYKALA_TRY(store.endMembership(deputy.id, lastDay));
                }
                if (successorIsDeputy)
                    result.successorWasDeputy = true;
                else
                    ++result.deputiesEnded;
                continue;
            }
            if (deputy.validFrom >= succession.firstDay) {
                Membership moved = deputy;
                moved.deputyForPersonId = succession.successorPersonId;
                PYKALA_TRY(store.updateMembership(moved));
            } else {
                PYKALA_TRY(store.endMembership(deputy.id, lastDay));
                Membership moved = deputy;
                moved.id = 0;
                moved.deputyForPersonId = succession.successorPersonId;
                moved.validFrom = succession.firstDay;
                const auto movedId = store.addMembership(moved);
                if (!movedId)
                    return Failure{movedId.error()};
            }
            ++result.deputiesMoved;
        }
    }
    PYKALA_TRY(store.endMembership(leaving.id, lastDay));
    PYKALA_TRY(transaction.commit());
    return result;
}

QList<Membership> endingWithTerm(const QList<Membership> &memberships, const QDate &lastDay, bool officials)
{
    QList<Membership> ending;
    for (const Membership &membership : memberships) {
        const bool elected = membership.holdsSeat() || membership.role == MembershipRole::Deputy;
        if ((elected || officials) && membership.isValidOn(lastDay) && runsBeyond(membership, lastDay))
            ending.append(membership);
    }
    return ending;
}

Result<int> endTerm(Store &store, qint64 bodyId, const QDate &lastDay, bool officials)
{
    if (!lastDay.isValid())
        return Failure{tr("Give the last day of the term.")};
    const auto memberships = store.memberships(bodyId);
    if (!memberships)
        return Failure{memberships.error()};
    const QList<Membership> ending = endingWithTerm(*memberships, lastDay, officials);
    Store::Transaction transaction(store);
    if (!transaction.ok())
        return Failure{transaction.error()};
    // The personal deputies first: a seat ends only once no deputy stands in
    // for it beyond its end.
    for (const bool deputies : {true, false}) {
        for (const Membership &membership : ending) {
            if ((membership.role == MembershipRole::Deputy) == deputies)
                PYKALA_TRY(store.endMembership(membership.id, lastDay));
        }
    }
    PYKALA_TRY(transaction.commit());
    return int(ending.size());
}

QDate councilTermEnd(const QDate &day)
{
    // Elections every four years from 2025 (the term from 1.6.2025 to 31.5.2029).
    const int offset = ((day.year() - 2025) % 4 + 4) % 4;
    const QDate sameCycle(day.year() - offset, 5, 31);
    QDate nearest = sameCycle;
    for (const QDate &candidate : {sameCycle.addYears(-4), sameCycle.addYears(4)}) {
        if (std::abs(day.daysTo(candidate)) < std::abs(day.daysTo(nearest)))
            nearest = candidate;
    }
    return nearest;
}

std::pair<QDate, QDate> councilTermOf(const QDate &day)
{
    const auto startOf = [](int year) { return QDate(year, year == 2021 ? 8 : 6, 1); };
    int electionYear = day.year() - ((day.year() - 2025) % 4 + 4) % 4;
    if (day < startOf(electionYear))
        electionYear -= 4;
    return {startOf(electionYear), startOf(electionYear + 4).addDays(-1)};
}

} // namespace MembershipChanges
