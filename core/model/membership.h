#pragma once

#include "codes.h"

#include <QDate>
#include <QList>

// A person's role in a body for a period. A personal deputy names the member
// whose deputy they are.
struct Membership
{
    qint64 id = 0;
    qint64 bodyId = 0;
    qint64 personId = 0;
    MembershipRole role = MembershipRole::Member;
    qint64 deputyForPersonId = 0; // set exactly when role is Deputy
    QDate validFrom;
    QDate validUntil;             // null while the membership is open-ended

    bool isValidOn(QDate day) const
    {
        return day >= validFrom && (validUntil.isNull() || day <= validUntil);
    }

    // A seat of the body: the chair, a vice chair or a member, for whom a
    // personal deputy may stand in.
    bool holdsSeat() const
    {
        return role == MembershipRole::Chair || role == MembershipRole::ViceChair || role == MembershipRole::Member;
    }

    // Whether the seats among `memberships` (one person's, in one body)
    // together cover every day from `from` to `until` (null: with no end).
    // A personal deputy's membership lies so within their member's: on every
    // day of it, the member holds a seat, whether as member, chair or vice
    // chair, in one membership or in several back to back.
    static bool seatsCover(const QList<Membership> &memberships, const QDate &from, const QDate &until);
};
