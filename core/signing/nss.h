#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// The NSS certificate database that signing and verification use, as
// Poppler reaches it: by default the user's shared database
// (sql:$HOME/.pki/nssdb, the one Chromium and other Linux programs use), or
// one given by its directory. NSS is set up once per process: choose the
// database before any signature is read or made.
namespace Nss {

// The default database directory: $HOME/.pki/nssdb.
QString defaultDatabase();

// Selects the database (a directory holding cert9.db); fails when there is
// none there, saying how to make one.
Status useDatabase(const QString &directory);

// A certificate with a private key in the database (or a token registered
// in it), usable for signing.
struct Certificate
{
    QString nickname;              // how --cert names it
    QString subject;               // the common name: "Liisa Laine"
    QString issuer;
    QDateTime validFrom;
    QDateTime validUntil;
    QByteArray der;                // the certificate itself, for its fingerprint
    bool currentlyValid() const;
};

QList<Certificate> certificates();

// A certificate of a database as certutil lists it, with whether the
// database holds its private key (a user's own, to sign with).
struct DatabaseCertificate
{
    Certificate certificate;
    bool hasKey = false;
};
// Every certificate of the database at `directory` (its own and the
// authorities it trusts), read with NSS's certutil: no password is needed
// for the certificates themselves.
Result<QList<DatabaseCertificate>> databaseCertificates(const QString &directory);

// Imports a PKCS#12 file — a certificate with its private key — into the
// database at `directory` with NSS's pk12util, making the database (with
// `databasePassword`, else without one) when there is none. A database made
// for an import that fails goes with it. The passwords reach the tools in
// files only this user can read, removed afterwards.
Status importPkcs12(const QString &directory, const QString &file, const QString &filePassword,
                    const std::optional<QString> &databasePassword);

// Answers NSS's password requests (for the database or a token); `ask`
// gets what the password is for and returns it, or nothing to cancel.
void setPasswordSource(const std::function<std::optional<QString>(const QString &what)> &ask);

} // namespace Nss
