#include "attendance.h"

#include <QCoreApplication>

namespace Attendance {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Attendance", text);
}

// Who sits in each seat, given who is in the room: the member if present,
// else the member's deputy if present.
ItemPresence seated(const Record &record, const QSet<qint64> &inRoom, QuorumRule rule, int position)
{
    ItemPresence presence;
    for (const Disqualification &disqualification : record.disqualifications) {
        if (disqualification.itemPosition == position)
            presence.disqualified.append(disqualification.person);
    }
    for (const Seat &seat : record.seats) {
        const bool memberAvailable = inRoom.contains(seat.member);
        const bool memberDisqualified = presence.disqualified.contains(seat.member);
        if (memberAvailable && !memberDisqualified) {
            presence.entitled.append(seat.member);
        } else if (seat.deputy && inRoom.contains(seat.deputy) && !presence.disqualified.contains(seat.deputy)) {
            // The deputy takes the seat when the member is away, including
            // when the member is disqualified for this item.
            presence.entitled.append(seat.deputy);
            presence.deputyFor.insert(seat.deputy, seat.member);
        }
    }
    presence.quorum = Quorum::of(rule, int(record.seats.size()), int(presence.entitled.size()));
    return presence;
}

} // namespace

Result<QList<ItemPresence>> evaluate(const Record &record, QuorumRule rule, int lastPosition)
{
    QSet<qint64> people;
    for (const Seat &seat : record.seats) {
        people.insert(seat.member);
        if (seat.deputy)
            people.insert(seat.deputy);
    }
    for (const qint64 person : record.presentAtOpening) {
        if (!people.contains(person))
            return Failure{tr("Person %1 holds no seat in the body and cannot be recorded as a member present.")
                               .arg(person)};
    }
    for (const qint64 person : record.remoteAtOpening) {
        if (!record.presentAtOpening.contains(person))
            return Failure{tr("Person %1 is recorded as taking part by a remote connection but is not present at the "
                              "opening.").arg(person)};
    }
    for (const Disqualification &disqualification : record.disqualifications) {
        if (disqualification.ground.trimmed().isEmpty())
            return Failure{tr("The disqualification of person %1 in item %2 needs its ground.")
                               .arg(disqualification.person)
                               .arg(disqualification.itemPosition)};
    }

    QSet<qint64> inRoom = record.presentAtOpening;
    QSet<qint64> remote = record.remoteAtOpening;
    QList<ItemPresence> result;
    qsizetype next = 0;
    for (int position = 1; position <= lastPosition; ++position) {
        // Moves during this item: an arrival counts for its decision, a
        // departure does not.
        for (; next < record.moves.size() && record.moves.at(next).itemPosition <= position; ++next) {
            const Move &move = record.moves.at(next);
            if (move.itemPosition < position)
                return Failure{tr("The moves are not in the order of the agenda: item %1 comes after item %2.")
                                   .arg(move.itemPosition)
                                   .arg(position - 1)};
            if (!people.contains(move.person))
                return Failure{tr("Person %1 holds no seat in the body.").arg(move.person)};
            if (move.movement == Movement::Arrives) {
                if (inRoom.contains(move.person))
                    return Failure{tr("Person %1 arrives during item %2 but is already present.")
                                       .arg(move.person)
                                       .arg(position)};
                inRoom.insert(move.person);
                if (move.remote)
                    remote.insert(move.person);
            } else if (move.movement == Movement::Leaves) {
                if (!inRoom.contains(move.person))
                    return Failure{tr("Person %1 leaves during item %2 but is not present.")
                                       .arg(move.person)
                                       .arg(position)};
                inRoom.remove(move.person);
                remote.remove(move.person);
            } else {
                if (!inRoom.contains(move.person))
                    return Failure{tr("Person %1 changes how they take part during item %2 but is not present.")
                                       .arg(move.person)
                                       .arg(position)};
                if (remote.contains(move.person) == move.remote)
                    return Failure{(move.remote ? tr("Person %1 switches to a remote connection during item %2 but "
                                                     "already takes part by one.")
                                                : tr("Person %1 switches to the meeting room during item %2 but is "
                                                     "already there."))
                                       .arg(move.person)
                                       .arg(position)};
                if (move.remote)
                    remote.insert(move.person);
                else
                    remote.remove(move.person);
            }
        }
        ItemPresence presence = seated(record, inRoom, rule, position);
        presence.remote = remote;
        for (const qint64 person : std::as_const(presence.disqualified)) {
            if (!inRoom.contains(person))
                return Failure{tr("Person %1 is recorded as disqualified in item %2 but is not present.")
                                   .arg(person)
                                   .arg(position)};
        }
        // A deputy in the room while the member also is takes no seat; that
        // is allowed, as the deputy may follow the meeting.
        result.append(presence);
    }
    if (next < record.moves.size())
        return Failure{tr("A move is recorded for item %1, which is not on the agenda.")
                           .arg(record.moves.at(next).itemPosition)};
    return result;
}

} // namespace Attendance
