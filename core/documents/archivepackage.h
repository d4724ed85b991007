#pragma once

#include "model/result.h"

#include <QList>
#include <QString>

#include <functional>

class Store;

// The archive export of a year's finalised cases (docs/documents.md,
// "Archive package"): one folder a case, holding its signed minutes as the
// store keeps them (PDF/A with their signatures), an extract of each of its
// handlings, every attachment of its items, public and not, and beside each
// of these a metadata file, and the case's own (asia.xml), in SÄHKE2's
// element names with the values of the information management plan (JHS
// 191), valid against docs/archive-record.xsd.
//
// A package is written into a hidden folder beside the one asked for and
// renamed to it only when whole: a failure or a cancel leaves nothing.
namespace ArchivePackage {

// Return false to cancel: nothing is left then.
using Progress = std::function<bool(int done, int total, const QString &diaryNumber)>;

struct Options
{
    int year = 0;          // the year the cases were closed
    Progress progress;
};

// A finalised case that could not be archived, and why.
struct Skipped
{
    QString diaryNumber;
    QString reason;
};

struct Summary
{
    int cases = 0;
    int records = 0;       // files with a metadata file each
    qint64 bytes = 0;
    QList<Skipped> skipped;
};

// The cases archived: those closed in the year, not destroyed, all of whose
// handlings were at meetings whose minutes are signed whole. `directory`
// must not exist, or be empty.
Result<Summary> write(const Store &store, const QString &directory, const Options &options);

} // namespace ArchivePackage
