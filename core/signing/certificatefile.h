#pragma once

#include "model/person.h"
#include "model/result.h"

#include <QByteArray>

// A certificate as a person hands it over to be registered: a PEM or DER
// file of one X.509 certificate (no key). Read with Qt's TLS backend.
namespace CertificateFile {

// The certificate in `bytes`, ready for Store::addPersonCertificate once its
// person and use are set. Refused when the bytes are not exactly one
// certificate, or when it is no longer valid (registering one for the
// future is allowed: an identity card is often renewed early).
Result<PersonCertificate> read(const QByteArray &bytes);

} // namespace CertificateFile
