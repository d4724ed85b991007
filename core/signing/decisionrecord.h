#pragma once

#include "signer.h"

#include "model/codes.h"
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
    QString record;                  // SHA-256 of `text`
    QString text;                    // a line "part:digest" per part, in order
    QMap<QString, QString> parts;    // "meeting" and each item by its § ("§ 156")
};

// The digests of the meeting's record as the store holds it now.
Result<Digests> digests(const Store &store, const Meeting &meeting);

// Who signs the minutes in each turn: the role as the signatures name it,
// and the person (0 where the store names no one: a body without a
// secretary on the meeting's day).
struct Signatory
{
    QString role;
    qint64 person = 0;
    QString name;
};
Result<QList<Signatory>> signatories(const Store &store, const Meeting &meeting);

// Why the certificate (DER) may not sign as the signatory: it is not
// registered for signing for that person (the message names whose it is
// when it is another's); empty when it may. One rule for signing and for
// check.
Result<QString> certificateProblem(const Store &store, const Signatory &signatory, const QByteArray &certificate);

// A role as `--role` or the signing order names it — the code (secretary,
// minute-checker(s), chair) or the words of the minutes' language
// (pöytäkirjanpitäjä, protokolljusterare) — as the minutes' signatures
// name it; empty stays empty (the role of the turn).
QString signingRole(const QString &given, Language language);

// Signs the meeting's minutes with one more signature, in the order
// secretary, minute-checkers, chair (`request.role` empty: the role of that
// turn), and keeps them in the store; the first signature makes the minutes
// from the record and freezes it. Each signature commits to the audit
// chain's head at its time. Refused for a meeting not yet closed and for
// minutes that already have all their signatures. Returns the verification
// of the signed minutes.
Result<Verification::Report> signMinutes(Store &store, const Meeting &meeting, Signer::Request request);

// A signature of signed minutes as `check` found it.
struct CheckedSignature
{
    QString minutes;                 // the meeting: "KH 12/2026"
    int number = 0;                  // from 1, in signing order
    QString signer;
    QString role;
    QString certificateStatus;       // Verification::Signature::certificateStatus
    qint64 auditEntry = 0;           // the audit entry it commits to; 0: none (signed before anchoring)
};

struct Findings
{
    QStringList problems;            // one sentence each, naming the meeting and the part
    QList<CheckedSignature> signatures;
};

// Every meeting's signed minutes against the store: each signature verified
// cryptographically (whether its certificate is trusted is reported, not
// required); the record's digests made again from its rows and compared
// with those inside the bytes the first signature covers ("KH 12/2026 § 5
// differs from …"); the digest kept in the store compared with them too;
// and the audit entry each signature commits to compared with the log.
Result<Findings> check(const Store &store);

} // namespace DecisionRecord
