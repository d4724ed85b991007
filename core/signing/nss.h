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

// Answers NSS's password requests (for the database or a token); `ask`
// gets what the password is for and returns it, or nothing to cancel.
void setPasswordSource(const std::function<std::optional<QString>(const QString &what)> &ask);

} // namespace Nss
