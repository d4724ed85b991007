#pragma once

#include "model/codes.h"
#include "model/result.h"

#include <QList>
#include <QString>

#include <optional>

class Store;
struct Meeting;

// Who a meeting's invitation goes to: the body's seats and officials as
// their memberships stand on the meeting's day, and the others on its
// invitation list. The invitation list dialog, the member packages and the
// invitation by e-mail all take it from here.
namespace InvitationList {

struct Entry
{
    qint64 personId = 0;                 // 0 for a name typed onto the invitation list
    QString name;
    // The seat or office in the body on the meeting's day; none for others
    // invited. Someone holding one may receive a member's package.
    std::optional<MembershipRole> role;
    qint64 deputyForPersonId = 0;        // a personal deputy's member
    QString deputyFor;                   // that member's name
    QString invitedAs;                   // the role written on the invitation list, for others invited
    QString email;                       // empty when the store has none

    bool holdsSeat() const { return role.has_value(); }
};

// In the order the agenda lists them: chair, vice chairs, members, each
// member's personal deputy after the members, presenters, secretaries, then
// the others invited in their order. A person with several roles in the body
// is listed once, by the first; someone on the invitation list who holds a
// seat is listed with the seat.
Result<QList<Entry>> of(const Store &store, const Meeting &meeting);

} // namespace InvitationList
