#pragma once

#include "model/result.h"

#include "model/codes.h"

#include <QDate>

// Time limits of appeal against a decision (kuntalaki 134–140 §;
// hankintalaki 1397/2016 132 § and 147 §; hallintolainkäyttö by reference).
namespace Appeal {

struct Deadline
{
    QDate published;        // the minutes were published in the public data network
    QDate sent;             // or: an extract was sent to a party (partyDeadline)
    QDate notified;         // deemed notified: 7 days after publication
    QDate lastDay;          // the last day to appeal, moved off non-working days
    int periodDays = 0;     // 14 or 30, counted from the day after notification
    bool moved = false;     // the period ended on a non-working day
};

// The appeal period of an instruction kind in days: 14 for a request for
// rectification and for procurement (hankintaoikaisu and the market court,
// counted from a party's notification), 30 for a municipal or administrative
// appeal; 0 when the decision cannot be appealed.
int periodDays(AppealKind kind);

// Computes when a decision published on `published` is deemed notified to a
// member of the municipality and the last day of appeal. Fails for a
// decision that cannot be appealed, and for procurement, whose period runs
// from the day a party is notified of the decision, which the minutes'
// publication does not tell.
Result<Deadline> deadline(AppealKind kind, const QDate &published);

// The day a party sent an extract on `sent` is deemed notified: the seventh
// day after a letter was posted, the third after an electronic message
// (kuntalaki 139 §, hallintolaki 59 §).
QDate notifiedOn(SendMethod method, const QDate &sent);

// The last day of appeal of a party sent an extract of the decision on
// `sent` by `method`: the period runs from the day after notification, for
// procurement too. Fails for a decision that cannot be appealed.
Result<Deadline> partyDeadline(AppealKind kind, SendMethod method, const QDate &sent);

// Parses an appeal kind from its code ("rectification") or its Finnish name
// ("oikaisuvaatimus", "kunnallisvalitus", "hallintovalitus", "hankintaoikaisu").
std::optional<AppealKind> parseKind(const QString &text);

} // namespace Appeal
