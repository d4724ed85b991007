#pragma once

#include "codes.h"

#include <QDate>

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
};
