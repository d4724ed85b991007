#pragma once

#include "model/result.h"

#include "model/package.h"

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
// preparers' official contacts stay, as the agenda prints them). A member's
// package can be read by its owner only.
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
};

// Writes the package as `path`, replacing an earlier package there but never
// any other file, and registers it in `store`. Written beside the path and
// moved in whole: a failure leaves no file and the store as it was.
Result<Disclosure> write(Store &store, const Meeting &meeting, const QString &path, const Options &options);

} // namespace MeetingPackage
