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

// The rows of `table` whose file (`content`) does not match its SHA-256
// (`digest`), each given as the texts of `names`. One file is read at a
// time: together a store's files may be larger than memory (PostgreSQL's
// client reads a query's whole result at once). The names come from the
// store's own code, never from input.
Result<QList<QStringList>> filesNotMatching(const Connection &db, const QString &table, const QString &names,
                                            const QString &digest, const QString &content)
{
    QList<qint64> ids;
    {
        Statement all(db, QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(table));
        if (!all.exec())
            return Failure{all.errorMessage()};
        while (all.next())
            ids.append(all.value(0).toLongLong());
    }
    const QString sql = QStringLiteral("SELECT %1, %2, %3 FROM %4 WHERE id = ?").arg(names, digest, content, table);
    QList<QStringList> found;
    for (const qint64 id : std::as_const(ids)) {
        Statement file(db, sql, {id});
        if (!file.exec())
            return Failure{file.errorMessage()};
        if (!file.next())
            continue; // gone meanwhile (outside the snapshot of a nested check)
        const int digestColumn = file.columnCount() - 2;
        if (sha256Hex(file.value(digestColumn + 1).toByteArray()) == file.value(digestColumn).toString())
            continue;
        QStringList row;
        for (int column = 0; column < digestColumn; ++column)
            row.append(file.value(column).toString());
        found.append(row);
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
    const auto attachments = filesNotMatching(db, QStringLiteral("attachment"), QStringLiteral("id, name"),
                                              QStringLiteral("sha256"), QStringLiteral("content"));
    if (!attachments)
        return Failure{attachments.error()};
    for (const QStringList &attachment : *attachments)
        report.integrityProblems.append(tr("Attachment %1 (%2) does not match its SHA-256.")
                                            .arg(attachment.at(0), attachment.at(1)));
    const auto minutes = filesNotMatching(db, QStringLiteral("signed_minutes"), QStringLiteral("meeting_id"),
                                           QStringLiteral("sha256"), QStringLiteral("pdf"));
    if (!minutes)
        return Failure{minutes.error()};
    const auto certificates = filesNotMatching(db, QStringLiteral("person_certificate"), QStringLiteral("id, common_name"),
                                                QStringLiteral("sha256"), QStringLiteral("der"));
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
