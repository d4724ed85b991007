#pragma once

#include "verification.h"

#include "model/result.h"

#include <optional>

// Signs a PDF with a certificate of the NSS database in use (Nss), through
// Poppler: an incremental revision with a visible signature in the next
// free slot of the last page — the signature page of the minutes — showing
// the signer, their role and the time. Earlier signatures stay valid.
namespace Signer {

struct Request
{
    QString certificate;               // the nickname, as 'pykala-cli certs' lists it
    QString role;                      // "pöytäkirjanpitäjä"; the signature's reason
    QString location;                  // where, e.g. the municipality; may be empty
    std::optional<QString> password;   // of the database or token holding the key
    // What the signature commits to besides the document, written into its
    // field's name ("signature-2-COMMITMENT"), which the signed bytes hold
    // and viewers do not show: the decision record's audit chain head. Made
    // of letters, digits and hyphens; may be empty.
    QString commitment;
};

// Signs `input` into `output`. The certificate must be in the database and
// valid today; the new file is verified before it is kept, so a wrong
// password, an untrusted issuer or a failure leaves no output (and `input`
// is never changed). Returns the verification of the signed file.
Result<Verification::Report> sign(const QString &input, const QString &output, const Request &request);

} // namespace Signer
