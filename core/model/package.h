#pragma once

#include "codes.h"

#include <QDate>
#include <QDateTime>
#include <QString>

// What makes a store a meeting package: a read-only copy of one meeting's
// agenda, items and attachments as one recipient may see them, made by
// MeetingPackage::write and kept in the package itself.
struct PackageInfo
{
    QString packageId;            // a UUID, also in the source store's disclosure register
    Audience audience = Audience::Public; // Member or Public
    QString recipient;            // the person it was made for; may be empty for a public package
    qint64 meetingId = 0;         // the meeting, in the package
    QString meetingReference;     // "KH 12/2026"
    QString organisation;         // the organisation that made it
    QDateTime madeAt;             // UTC
    QString madeBy;               // the actor who made it
    // The last day a member's package may be read (review mode refuses it
    // after); invalid for a public package, which does not expire.
    QDate expires;
};

// One entry of a store's disclosure register: a package made of one of its
// meetings, for whom, and the SHA-256 of the file handed out.
struct Disclosure
{
    qint64 id = 0;
    qint64 meetingId = 0;
    QString packageId;
    Audience audience = Audience::Public;
    QString recipient;
    QString sha256;               // of the package file
    qint64 size = 0;              // bytes
    QDateTime madeAt;             // UTC
    QString madeBy;
};
