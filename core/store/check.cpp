// Store::check: the engine's own checks, the files against their digests, the
// store's triggers, and the audit chain.

#include "store.h"

#include "auditlog.h"
#include "storeengine.h"
#include "storesupport.h"

#include <QHash>
#include "connection.h"

using namespace StoreSupport;

namespace {

// The rows of `sql` whose file does not match its SHA-256. The query gives
// what names a row, then the digest, then the file; each row found is given
// as the texts that name it.
Result<QList<QStringList>> filesNotMatching(const Connection &db, const QString &sql)
{
    Statement files(db, sql);
    if (!files.exec())
        return Failure{files.errorMessage()};
    const int digest = files.columnCount() - 2;
    QList<QStringList> found;
    while (files.next()) {
        if (sha256Hex(files.value(digest + 1).toByteArray()) == files.value(digest).toString())
            continue;
        QStringList names;
        for (int column = 0; column < digest; ++column)
            names.append(files.value(column).toString());
        found.append(names);
    }
    return found;
}

} // namespace

// ---------------------------------------------------------------------------
// Check

Result<CheckReport> Store::check() const
{
    const Connection &db = database();
    // Inside a transaction of the store's own, that one is the snapshot.
    const ReadSnapshot snapshot(db, !readingOneSnapshot());
    CheckReport report;
    if (const Status checked = db.engine().checkStructure(db, report); !checked)
        return Failure{checked.error()};
    // Attachments and signed minutes: each file is the one its digest names.
    const auto attachments = filesNotMatching(db, QStringLiteral("SELECT id, name, sha256, content FROM attachment"));
    if (!attachments)
        return Failure{attachments.error()};
    for (const QStringList &attachment : *attachments)
        report.integrityProblems.append(tr("Attachment %1 (%2) does not match its SHA-256.")
                                            .arg(attachment.at(0), attachment.at(1)));
    const auto minutes = filesNotMatching(db, QStringLiteral("SELECT meeting_id, sha256, pdf FROM signed_minutes"));
    if (!minutes)
        return Failure{minutes.error()};
    const auto certificates = filesNotMatching(db, QStringLiteral("SELECT id, common_name, sha256, der FROM person_certificate"));
    if (!certificates)
        return Failure{certificates.error()};
    for (const QStringList &certificate : *certificates)
        report.integrityProblems.append(tr("Registered certificate %1 (%2) does not match its SHA-256.")
                                            .arg(certificate.at(0), certificate.at(1)));
    for (const QStringList &signedMinutes : *minutes)
        report.integrityProblems.append(tr("The signed minutes of meeting %1 do not match their SHA-256.")
                                            .arg(signedMinutes.at(0)));
    // The search index, made again from the items: a forged item would
    // still be found by its old words.
    const auto index = searchIndexProblems();
    if (!index)
        return Failure{index.error()};
    report.integrityProblems += *index;
    const auto audit = AuditLog::verify(db, &report.auditEntries);
    if (!audit)
        return Result<CheckReport>::failure(audit.error());
    report.auditProblems = *audit;
    return report;
}
