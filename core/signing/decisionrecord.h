#pragma once

#include "signer.h"

#include "model/result.h"

#include <QMap>
#include <QStringList>

class Store;
struct Meeting;

// The decision record: a meeting's minutes signed into the store. The
// canonical digest of the meeting's record — the meeting with its events,
// and each item with its texts, preparers, recipients and attachments, as
// the interchange format writes them — is taken when the first signature is
// made, written into the minutes' metadata (a keyword "sha256:…") and kept
// with the signed PDF in the store (and so in the audit chain). From then on
// the store's triggers refuse any change to that record, and `check`
// compares it with what was signed.
namespace DecisionRecord {

struct Digests
{
    QString record;                  // SHA-256 over the parts, in order
    QMap<QString, QString> parts;    // "meeting" and each item by its § ("§ 156")
};

// The digests of the meeting's record as the store holds it now.
Result<Digests> digests(const Store &store, const Meeting &meeting);

// Signs the meeting's minutes with one more signature, in the order
// secretary, minute-checkers, chair (`request.role` empty: the role of that
// turn), and keeps them in the store; the first signature makes the minutes
// from the record and freezes it. Refused for a meeting not yet closed and
// for minutes that already have all their signatures. Returns the
// verification of the signed minutes.
Result<Verification::Report> signMinutes(Store &store, const Meeting &meeting, Signer::Request request);

// Every meeting whose minutes are signed, compared with its record now: one
// message per meeting part that differs ("KH 12/2026 § 5 differs from …").
Result<QStringList> check(const Store &store);

} // namespace DecisionRecord
