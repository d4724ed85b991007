#pragma once

#include "model/result.h"

#include "model/codes.h"

#include <QDate>
#include <QStringList>

#include <functional>
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

struct SiteSummary
{
    int meetings = 0;                // published, each in its folder
    int laidOut = 0;                 // of them, those whose PDF files were made now
    QStringList files;               // written, relative to the directory
};

// Writes the organisation's public site as `directory`: each convened
// meeting's publication (as publish() makes it) in a folder of its own,
// "KH/2026-12", with its minutes once the day of their publication
// (Meeting::minutesPublished) is `today` or earlier; the front page; the
// open data (OpenData: the OParl 1.1 tree under oparl/, feed.atom), whose
// addresses start with `baseUrl`, the address the directory is served at.
// Written beside and swapped in whole like publish(); the PDF files of a
// meeting whose publication did not change are the earlier site's.
// `progress` hears (meetings done, meetings in all) and cancels by
// answering false, leaving the site as it was.
Result<SiteSummary> publishSite(const Store &store, const QString &directory, const QString &baseUrl,
                                const QDate &today, const std::function<bool(int, int)> &progress = {});

// Whether the meeting may be published now, and if not, why: a meeting
// still to be held publishes its public agenda; a held one publishes its
// minutes only once it is closed, the day its minutes were checked is
// recorded and, where its body signs electronically, every signature is in.
// publish() asks this first; the desktop asks it to offer publishing.
Status readiness(const Store &store, const Meeting &meeting);

} // namespace Publication
