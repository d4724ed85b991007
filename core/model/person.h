#pragma once

#include "codes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// Anyone who appears in the records: members, deputies, officials.
struct Person
{
    qint64 id = 0;
    QString givenName;
    QString familyName;
    QString title;                // occupation or office, e.g. "kunnansihteeri"
    QString email;
    QString phone;

    QString displayName() const { return givenName + QLatin1Char(' ') + familyName; }
};

// A certificate registered for a person, from the certificate itself: the
// one they sign with and, where it is another (Finnish identity cards carry
// separate ones), the one packages are encrypted to. Kept with its DER bytes;
// the store computes the fingerprint.
struct PersonCertificate
{
    qint64 id = 0;
    qint64 personId = 0;
    CertificateUse use = CertificateUse::Signing;
    QString subject;              // the subject's distinguished name
    QString commonName;           // "Liisa Laine"
    QString issuer;               // the issuer's distinguished name
    QString serialNumber;         // hex
    QDateTime validFrom;          // UTC
    QDateTime validUntil;
    QString sha256;               // of the DER bytes, hex: the fingerprint
    QByteArray der;
};
