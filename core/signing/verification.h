#pragma once

#include "model/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

// Verifies the signatures of a PDF (signed minutes, or any signed PDF)
// through Poppler and NSS: each signature's signer, role, time,
// hash algorithm, whether it covers the document up to the end of its
// revision, its cryptographic status and its certificate's status as of the
// signing time (minutes outlive certificates), and a verdict over them all.
// The certificates are checked against the trust anchors of the NSS
// database in use (Nss::useDatabase).
namespace Verification {

struct Signature
{
    QString field;                 // the signature field's name
    QString signer;                // the certificate's common name
    QString signerDn;              // its distinguished name
    QByteArray certificate;        // the signer's certificate (DER), for its fingerprint
    QString role;                  // the reason given when signing ("pöytäkirjanpitäjä")
    QString location;
    QDateTime time;                // the signing time the signature claims (UTC)
    QString hashAlgorithm;         // "SHA-256"
    qint64 revisionEnd = 0;        // where the revision it signs ends (bytes)
    bool coversRevision = false;   // the signed ranges run from the start to the end of that revision
    bool coversWholeFile = false;  // … and that is the end of the file
    QString cryptographicStatus;   // valid, invalid, digest-mismatch, decoding-error, generic-error, not-found, not-verified
    QString certificateStatus;     // trusted, untrusted-issuer, unknown-issuer, revoked, expired, generic-error, not-verified
    bool valid() const
    {
        return cryptographicStatus == u"valid" && certificateStatus == u"trusted" && coversRevision;
    }
};

struct Report
{
    QList<Signature> signatures;   // in the order they were made
    bool ok = false;               // every signature valid, and the last covers the whole file
    QString verdict;               // one sentence for people
};

// A signature's statuses in words, in the user's language ("changed after
// signing", "issued by an unknown authority"); the codes stay in JSON.
QString signatureStatusText(const QString &cryptographicStatus);
QString certificateStatusText(const QString &certificateStatus);
// Both for a signature: "valid", or what is wrong with it.
QString statusText(const Signature &signature);

// Reads `file` and verifies every signature. Fails only when the file
// cannot be read as a PDF; a document without signatures, or with bad ones,
// gives a report that is not ok.
Result<Report> verify(const QString &file);

// The same for a PDF in memory; `file` names it in messages.
Result<Report> verifyData(const QByteArray &bytes, const QString &file);

} // namespace Verification
