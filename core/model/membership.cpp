#include "membership.h"

bool Membership::seatsCover(const QList<Membership> &memberships, const QDate &from, const QDate &until)
{
    // From the first day on, the seat in force that runs longest carries the
    // cover on to the day after it ends, until past `until` or a gap.
    QDate day = from;
    while (true) {
        const Membership *longest = nullptr;
        for (const Membership &seat : memberships) {
            if (!seat.holdsSeat() || !seat.isValidOn(day))
                continue;
            if (!longest || seat.validUntil.isNull()
                || (!longest->validUntil.isNull() && seat.validUntil > longest->validUntil))
                longest = &seat;
            if (longest->validUntil.isNull())
                break;
        }
        if (!longest)
            return false;
        if (longest->validUntil.isNull() || (!until.isNull() && longest->validUntil >= until))
            return true;
        day = longest->validUntil.addDays(1);
    }
}
