#pragma once

#include "model/codes.h"
#include "model/meeting.h"
#include "model/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

class Store;

// The machine-readable side of a published site (Publication::publishSite):
// an OParl 1.1 tree and an Atom feed of what the site's pages publish, and
// nothing else. What of an item the public may see is the disclosure
// policy's (PublicView); persons appear with their names and memberships
// only. Every object's created and modified are its rows' audit times, so
// the same record gives the same bytes.
namespace OpenData {

enum class FileKind { Agenda, Minutes, Attachment };

// A file the site publishes, as the open data names it.
struct PublishedFile
{
    FileKind kind = FileKind::Attachment;
    QString path;                 // relative to the site: "KH/2026-12/KH-12-2026-poytakirja.pdf"
    QString name;                 // the document's title, or the attachment's own name
    QString mediaType;
    qint64 size = 0;
    QString sha512;               // hex
    qint64 itemId = 0;            // an attachment's item
    qint64 attachmentId = 0;
};

// A meeting the site publishes: its agenda, and its minutes once they are
// published.
struct PublishedMeeting
{
    Meeting meeting;
    QString folder;               // relative to the site: "KH/2026-12"
    bool minutes = false;         // its minutes are published: decisions are shown
    Language language = Language::Finnish;
    QList<PublishedFile> files;
};

using Files = QList<std::pair<QString, QByteArray>>;

// The site's open data, as files relative to the site (`baseUrl`, ending
// in '/', is the address it is served at):
// - the OParl 1.1 tree under "oparl/": oparl/system.json, the body, its
//   lists (pages of 100 objects) and every object at its own address;
// - the same in the shapes of the 6Aika open decision API under
//   "paatos/v1/" (docs/paatos-api.schema.json);
// - "feed.atom", an Atom feed (RFC 4287) of the newest published minutes
//   and their public decisions.
Result<Files> files(const Store &store, const QList<PublishedMeeting> &meetings, const QString &baseUrl);

// Whether `url` may be a site's address: absolute http or https, with a
// host, no query or fragment. Gives it ending in '/', or says what is wrong.
Result<QString> siteAddress(const QString &url);

} // namespace OpenData
