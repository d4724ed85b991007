// Store::check: SQLite's own checks, the files against their digests, the
// store's triggers, and the audit chain.

#include "store.h"

#include "auditlog.h"
#include "schema.h"
#include "storesupport.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSqlDatabase>

using namespace StoreSupport;

namespace {

// The rows of `sql` whose file does not match its SHA-256. The query gives
// what names a row, then the digest, then the file; each row found is given
// as the texts that name it.
Result<QList<QStringList>> filesNotMatching(const QSqlDatabase &db, const QString &sql)
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

namespace {

// One read transaction around everything `check` compares: one snapshot of
// the store, so that writers committing meanwhile (WAL lets them) cannot
// make rows and their audit entries look as if they disagreed.
class ReadSnapshot
{
public:
    ReadSnapshot(const QSqlDatabase &db, bool begin)
        : m_db(db), m_open(begin && Statement(db, QStringLiteral("BEGIN DEFERRED")).exec())
    {
    }
    ~ReadSnapshot()
    {
        if (m_open)
            Statement(m_db, QStringLiteral("COMMIT")).exec();
    }
    Q_DISABLE_COPY_MOVE(ReadSnapshot)

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace

Result<CheckReport> Store::check() const
{
    const QSqlDatabase db = database();
    // Inside a transaction of the store's own, that one is the snapshot.
    const ReadSnapshot snapshot(db, m_transactionDepth == 0);
    CheckReport report;
    Statement integrity(db, QStringLiteral("PRAGMA integrity_check"));
    if (!integrity.exec())
        return Result<CheckReport>::failure(integrity.errorMessage());
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        if (line != u"ok")
            report.integrityProblems.append(line);
    }
    Statement foreignKeys(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (!foreignKeys.exec())
        return Result<CheckReport>::failure(foreignKeys.errorMessage());
    while (foreignKeys.next()) {
        report.foreignKeyProblems.append(tr("%1 row %2 refers to a missing %3 row.")
                                             .arg(foreignKeys.value(0).toString(), foreignKeys.value(1).toString(),
                                                  foreignKeys.value(2).toString()));
    }
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
    // The store's own protections: every trigger its migrations made.
    QHash<QString, QString> triggers; // name → its SQL as stored
    Statement present(db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"));
    if (!present.exec())
        return Result<CheckReport>::failure(present.errorMessage());
    while (present.next())
        triggers.insert(present.value(0).toString(), present.value(1).toString().simplified());
    // Each trigger as the latest migration that makes it wrote it.
    static const QRegularExpression createTrigger(QStringLiteral("CREATE TRIGGER (\\w+)"));
    QMap<QString, QString> expected;
    for (const QStringList &migration : Schema::migrations()) {
        for (const QString &statement : migration) {
            const auto match = createTrigger.match(statement);
            if (match.hasMatch())
                expected.insert(match.captured(1), statement.simplified());
        }
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!triggers.contains(it.key()))
            report.integrityProblems.append(tr("The store's trigger %1 is missing: its protections were removed "
                                               "outside Pykälä.")
                                                .arg(it.key()));
        else if (triggers.value(it.key()) != it.value())
            report.integrityProblems.append(tr("The store's trigger %1 was changed outside Pykälä.").arg(it.key()));
    }
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
