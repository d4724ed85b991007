#pragma once

#include "model/result.h"

#include "model/codes.h"

#include <QStringList>

#include <optional>

class Store;
struct Meeting;

// The public web version of a meeting (kuntalaki 140 §): the public agenda
// and, once the meeting has been held, the public minutes, each as an HTML
// page and a PDF/A file, the public attachments of items that are not
// confidential, and an index page linking them all. Nothing confidential
// and no text marked as personal data is written.
namespace Publication {

struct Summary
{
    QStringList files;               // written, relative to the directory, in order
};

// Writes the publication as `directory` (made when missing; "DIR/" is DIR),
// replacing an earlier publication there: the directory holds the
// publication and nothing else. It is written beside it and swapped in
// whole, so a failure leaves the earlier one as it was; the store is only
// read. A directory is replaced only when it is empty or its marker file
// (.pykala-publication.json) proves it an earlier publication of the same
// organisation; anything else is refused and left untouched.
Result<Summary> publish(const Store &store, const Meeting &meeting, const QString &directory,
                        std::optional<Language> language = std::nullopt);

// Whether the meeting may be published now, and if not, why: a meeting
// still to be held publishes its public agenda; a held one publishes its
// minutes only once it is closed, the day its minutes were checked is
// recorded and, where its body signs electronically, every signature is in.
// publish() asks this first; the desktop asks it to offer publishing.
Status readiness(const Store &store, const Meeting &meeting);

} // namespace Publication
