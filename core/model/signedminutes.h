#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

// A meeting's signed minutes as the store keeps them: the PDF with the
// signatures so far, and the digests of the record it was made from. From
// the first signature on the meeting's record is frozen; the minutes are
// complete (the meeting finalised) when all their signatures are in.
struct SignedMinutes
{
    qint64 id = 0;
    qint64 meetingId = 0;
    QByteArray pdf;
    QString sha256;               // of pdf, computed by the store
    QString recordDigest;         // SHA-256 over the part digests
    QString partDigests;          // JSON: {"meeting": digest, "§ 5": digest, …}
    int signatures = 0;
    // The role of each signature, in order, fixed when the record is frozen
    // (the body's signing order then): "pöytäkirjanpitäjä", …
    QStringList signingRoles;
    QDateTime frozenAt;           // UTC, the first signature

    int requiredSignatures() const { return int(signingRoles.size()); }
    bool complete() const { return signatures >= requiredSignatures(); }
};

// A correction (oikaisu) of signed minutes: decided later, recorded beside
// them and never in them; linked to the meeting, the item it concerns (0 for
// the minutes as a whole) and the signed file it corrects.
struct Correction
{
    qint64 id = 0;
    qint64 meetingId = 0;
    qint64 itemId = 0;
    QString text;
    QDate decided;
    QString correctsSha256;       // of the signed minutes, filled in by the store
    QDateTime recordedAt;         // UTC
};

