#include "invitationlist.h"

#include "model/meeting.h"
#include "store/store.h"

#include <QSet>

namespace InvitationList {

Result<QList<Entry>> of(const Store &store, const Meeting &meeting)
{
    const auto memberships = store.memberships(meeting.bodyId, meeting.plannedStart.date());
    if (!memberships)
        return Failure{memberships.error()};
    const auto invitees = store.invitees(meeting.id);
    if (!invitees)
        return Failure{invitees.error()};
    QList<qint64> ids;
    for (const Membership &membership : *memberships)
        ids << membership.personId << membership.deputyForPersonId;
    for (const Invitee &invitee : *invitees)
        ids << invitee.personId;
    const auto persons = store.persons(ids);
    if (!persons)
        return Failure{persons.error()};

    QList<Entry> list;
    QSet<qint64> listed;
    for (const MembershipRole role : {MembershipRole::Chair, MembershipRole::ViceChair, MembershipRole::Member,
                                      MembershipRole::Deputy, MembershipRole::Presenter, MembershipRole::Secretary}) {
        for (const Membership &membership : *memberships) {
            if (membership.role != role || listed.contains(membership.personId))
                continue;
            const Person person = persons->value(membership.personId);
            Entry entry;
            entry.personId = membership.personId;
            entry.name = person.displayName();
            entry.role = role;
            entry.email = person.email.trimmed();
            if (role == MembershipRole::Deputy) {
                entry.deputyForPersonId = membership.deputyForPersonId;
                entry.deputyFor = persons->value(membership.deputyForPersonId).displayName();
            }
            listed.insert(membership.personId);
            list.append(entry);
        }
    }
    for (const Invitee &invitee : *invitees) {
        if (invitee.personId && listed.contains(invitee.personId))
            continue;
        Entry entry;
        entry.personId = invitee.personId;
        if (invitee.personId) {
            const Person person = persons->value(invitee.personId);
            entry.name = person.displayName();
            entry.email = person.email.trimmed();
            listed.insert(invitee.personId);
        } else {
            entry.name = invitee.name;
            entry.email = invitee.email.trimmed();
        }
        entry.invitedAs = invitee.role;
        list.append(entry);
    }
    return list;
}

} // namespace InvitationList
