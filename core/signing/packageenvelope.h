#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// A member's meeting package as it travels: the package store signed by its
// maker (CMS SignedData, content attached, SHA-256), then encrypted for its
// one recipient (CMS EnvelopedData, AES-256-CBC, the content key carried by
// RSA key transport to the recipient's certificate). Made and read with
// NSS's own CMS functions, in memory: nothing of the content reaches a
// file. `openssl cms -decrypt` with the recipient's key gives the signed
// store back, which `openssl cms -verify` verifies (docs/security.md).
//
// NSS must be set up first (Nss::useDatabase): the maker's signing key and
// the recipient's decryption key are looked up in its database and the
// tokens registered there.
namespace PackageEnvelope {

// Whether a file beginning with `head` (its first 16 bytes or more) is an
// envelope (CMS EnvelopedData) rather than a plain store (an SQLite file).
bool isEnvelope(const QByteArray &head);
// Whether the file at `path` begins as an envelope; false when it cannot
// be read.
bool isEnvelopeFile(const QString &path);

// Whether packages may be encrypted for this certificate (DER): an RSA key,
// valid today, and a key usage, when the certificate states one, that
// allows key encipherment. No chain is required: the certificate is used as
// registered or given. The failure names `holder`.
Status checkRecipient(const QByteArray &der, const QString &holder);

// Signs `content` with the certificate of this nickname in the database
// (with its key, valid today) and encrypts the signed content for
// `recipientDer`, which must pass checkRecipient.
Result<QByteArray> seal(const QByteArray &content, const QString &signerNickname, const QByteArray &recipientDer,
                        const QString &holder);

struct Opened
{
    QByteArray content;
    QString signer;          // the signing certificate's common name
    QString signerIssuer;    // its issuer's common name
    // Whether the database trusts the signer's certificate for signing
    // (its issuer is trusted, it is valid today). The signature itself
    // always verifies, or nothing is opened.
    bool signerTrusted = false;
    QDateTime signedAt;      // as the signer's clock gave it; invalid when not stated
};

// Decrypts `envelope` with a key of the database or a token registered in
// it, and verifies its signature. A file for another key, a changed byte or
// a signature that does not verify: one message, nothing returned.
Result<Opened> open(const QByteArray &envelope);

} // namespace PackageEnvelope
