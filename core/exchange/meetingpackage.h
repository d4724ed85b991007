#pragma once

#include "model/result.h"

#include "model/package.h"

#include <QDate>
#include <QDateTime>

#include <memory>

class Store;
struct Meeting;

// Meeting packages for board members' review: one meeting's agenda, items
// and attachments as one recipient may see them, in a read-only store file
// (docs/interchange.md). A package for a member holds what members may see,
// confidential items included, and names the member; a public package holds
// the public version: a confidential item's title and legal basis only,
// marked passages replaced by a note, public attachments only. No package
// holds decisions, the meeting's record, the recipients of extracts or
// anyone's e-mail address or phone number from the persons' register (the
// preparers' official contacts stay, as the agenda prints them).
//
// A member's package is made in memory, signed by its maker and encrypted
// for the member's encryption certificate (PackageEnvelope): its file holds
// nothing readable without the member's key, and nothing of it is written
// to a disk unencrypted. It carries the last day it may be read, the body's
// number of days after the meeting. A public package is a plain store file.
//
// Each package made is entered in the store's disclosure register.
namespace MeetingPackage {

// The file name suffix of packages, without the dot.
QString suffix();

struct Options
{
    Audience audience = Audience::Public; // a package is for a member or for the public
    // For a member package: a person holding a seat or office in the
    // meeting's body on the meeting's day, by id or by name. For a public
    // package: anyone, free text, or empty.
    QString recipient;
    // For a member package: the nickname of the maker's signing certificate
    // in the NSS database in use (Nss::useDatabase), which signs it.
    QString signer;
    // For a member package: the recipient's encryption certificate (DER or
    // PEM) as given; empty: the one registered for the person.
    QByteArray recipientCertificate;
};


// Why no member's package can be encrypted for this person (by id, named
// `name` in the message): no encryption certificate registered, none valid
// today, or one that cannot be used (PackageEnvelope::checkRecipient).
// Success when one can; NSS must be set up.
Status recipientProblem(const Store &store, qint64 personId, const QString &name);

// Writes the package as `path`, replacing an earlier package there but never
// any other file, and registers it in `store`. Written beside the path and
// moved in whole: a failure leaves no file and the store as it was.
Result<Disclosure> write(Store &store, const Meeting &meeting, const QString &path, const Options &options);

// A package (or any store) opened for review.
struct Opened
{
    std::unique_ptr<Store> store;        // read-only; in memory for an encrypted package
    std::optional<PackageInfo> info;     // none for a store that is not a package
    bool encrypted = false;
    // An encrypted package's maker, as its signature names them.
    QString signer;
    QString signerIssuer;
    bool signerTrusted = false;          // the certificate database trusts the signer's certificate
    QDateTime signedAt;
};

// Opens `path` for review: an encrypted member's package with a key of the
// NSS database in use (or a token registered there), decrypted in memory
// only and its signature verified; a public package or any other store
// read-only. A member's package that is not encrypted is refused (it was
// taken out of its envelope), and so is one past its last day `today`:
// `expired` then says so, for offering to delete it.
Result<Opened> open(const QString &path, const QDate &today, bool *expired = nullptr);

} // namespace MeetingPackage
