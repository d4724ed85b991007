#include "store.h"

#include "auditlog.h"
#include "storesupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>

using namespace StoreSupport;

// ---------------------------------------------------------------------------
// Meeting events

Result<QList<QJsonObject>> Store::meetingEvents(qint64 meetingId) const
{
    Statement query(database(), QStringLiteral("SELECT event FROM meeting_event WHERE meeting_id = ? ORDER BY seq"),
                    {meetingId});
    if (!query.exec())
        return Failure{query.errorMessage()};
    QList<QJsonObject> events;
    while (query.next())
        events.append(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
    return events;
}

Status Store::appendMeetingEvents(qint64 meetingId, const QList<QJsonObject> &events)
{
    Transaction transaction(*this);
    if (!transaction.ok())
        return Failure{transaction.error()};
    Statement last(database(), QStringLiteral("SELECT coalesce(max(seq), 0) FROM meeting_event WHERE meeting_id = ?"),
                   {meetingId});
    if (!last.exec() || !last.next())
        return Failure{last.errorMessage()};
    int seq = last.value(0).toInt();
    last.finish();
    for (const QJsonObject &event : events) {
        Statement insert(database(), QStringLiteral("INSERT INTO meeting_event (meeting_id, seq, event) VALUES (?, ?, ?)"),
                         {meetingId, ++seq,
                          QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact))});
        if (!insert.exec()) {
            if (insert.sqliteCode() == 19)
                return Failure{tr("There is no meeting with id %1.").arg(meetingId)};
            return Failure{insert.errorMessage()};
        }
        PYKALA_TRY(audit(QStringLiteral("insert"), QStringLiteral("meeting_event"), insert.lastInsertId(), QString()));
    }
    return transaction.commit();
}

// ---------------------------------------------------------------------------
// Signed minutes

namespace {

SignedMinutes readSignedMinutes(const Statement &query, bool withPdf)
{
    SignedMinutes minutes;
    minutes.id = query.value(0).toLongLong();
    minutes.meetingId = query.value(1).toLongLong();
    minutes.sha256 = query.value(2).toString();
    minutes.recordDigest = query.value(3).toString();
    minutes.partDigests = query.value(4).toString();
    minutes.signatures = query.value(5).toInt();
    const QJsonArray roles = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).array();
    for (const QJsonValue &role : roles)
        minutes.signingRoles.append(role.toString());
    minutes.frozenAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
    if (withPdf)
        minutes.pdf = query.value(8).toByteArray();
    return minutes;
}

const QString signedMinutesColumns = QStringLiteral(
    "id, meeting_id, sha256, record_digest, part_digests, signatures, signing_roles, frozen_at");

} // namespace

Result<std::optional<SignedMinutes>> Store::signedMinutes(qint64 meetingId) const
{
    Statement query(database(),
                    QStringLiteral("SELECT %1, pdf FROM signed_minutes WHERE meeting_id = ?").arg(signedMinutesColumns),
                    {meetingId});
    return readOne<SignedMinutes>(query, [](const Statement &q) { return readSignedMinutes(q, true); });
}

Result<QList<SignedMinutes>> Store::allSignedMinutes() const
{
    Statement query(database(),
                    QStringLiteral("SELECT %1 FROM signed_minutes ORDER BY meeting_id").arg(signedMinutesColumns));
    return readAll<SignedMinutes>(query, [](const Statement &q) { return readSignedMinutes(q, false); });
}

Status Store::saveSignedMinutes(const SignedMinutes &minutes)
{
    if (minutes.pdf.isEmpty() || minutes.signatures <= 0 || minutes.signingRoles.isEmpty())
        return Failure{tr("Signed minutes need the signed PDF and their signatures.")};
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(minutes.pdf, QCryptographicHash::Sha256).toHex());
    const auto existing = signedMinutes(minutes.meetingId);
    if (!existing)
        return Failure{existing.error()};
    Transaction transaction(*this);
    if (!transaction.ok())
        return Failure{transaction.error()};
    if (!existing->has_value()) {
        Statement insert(database(),
                         QStringLiteral("INSERT INTO signed_minutes (meeting_id, pdf, sha256, record_digest, "
                                        "part_digests, signatures, signing_roles, frozen_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                         {minutes.meetingId, minutes.pdf, sha256, minutes.recordDigest, minutes.partDigests,
                          minutes.signatures,
                          QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(minutes.signingRoles))
                                                .toJson(QJsonDocument::Compact)),
                          minutes.frozenAt.toUTC().toString(Qt::ISODateWithMs)});
        if (!insert.exec())
            return Failure{insert.errorMessage()};
        PYKALA_TRY(audit(QStringLiteral("insert"), QStringLiteral("signed_minutes"), insert.lastInsertId(), QString()));
    } else {
        const qint64 id = existing->value().id;
        const auto old = AuditLog::entityDigest(database(), QStringLiteral("signed_minutes"), id);
        if (!old)
            return Failure{old.error()};
        // The triggers let the row only gain signatures appended to its file.
        PYKALA_TRY(execute(QStringLiteral("UPDATE signed_minutes SET pdf = ?, sha256 = ?, signatures = ? WHERE id = ?"),
                           {minutes.pdf, sha256, minutes.signatures, id}));
        PYKALA_TRY(audit(QStringLiteral("update"), QStringLiteral("signed_minutes"), id, *old));
    }
    return transaction.commit();
}

Result<qint64> Store::addCorrection(const Correction &correction)
{
    if (correction.text.trimmed().isEmpty())
        return Failure{tr("A correction needs its text.")};
    if (!correction.decided.isValid())
        return Failure{tr("A correction needs the day it was decided.")};
    const auto minutes = signedMinutes(correction.meetingId);
    if (!minutes)
        return Failure{minutes.error()};
    if (!minutes->has_value())
        return Failure{tr("The meeting's minutes are not signed: correct its record itself, not with a correction.")};
    if (!minutes->value().complete())
        return Failure{tr("The meeting's minutes still lack signatures: a correction is made to complete minutes.")};
    const auto meeting = this->meeting(correction.meetingId);
    if (!meeting)
        return Failure{meeting.error()};
    if (meeting->has_value() && correction.decided < meeting->value().plannedStart.date())
        return Failure{tr("A correction cannot be decided before the meeting it corrects.")};
    Transaction transaction(*this);
    if (!transaction.ok())
        return Failure{transaction.error()};
    Statement insert(database(),
                     QStringLiteral("INSERT INTO correction (meeting_id, item_id, text, decided, corrects_sha256, "
                                    "recorded_at) VALUES (?, ?, ?, ?, ?, ?)"),
                     {correction.meetingId, correction.itemId ? QVariant(correction.itemId) : QVariant(),
                      correction.text.trimmed(), isoDate(correction.decided), minutes->value().sha256,
                      QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    if (!insert.exec())
        return Failure{insert.errorMessage()};
    const qint64 id = insert.lastInsertId();
    PYKALA_TRY(audit(QStringLiteral("insert"), QStringLiteral("correction"), id, QString()));
    PYKALA_TRY(transaction.commit());
    return id;
}

Result<QList<Correction>> Store::corrections(qint64 meetingId) const
{
    Statement query(database(),
                    QStringLiteral("SELECT id, meeting_id, item_id, text, decided, corrects_sha256, recorded_at "
                                   "FROM correction WHERE meeting_id = ? ORDER BY id"),
                    {meetingId});
    return readAll<Correction>(query, [](const Statement &q) {
        Correction c;
        c.id = q.value(0).toLongLong();
        c.meetingId = q.value(1).toLongLong();
        c.itemId = q.value(2).toLongLong();
        c.text = q.value(3).toString();
        c.decided = parseDate(q.value(4));
        c.correctsSha256 = q.value(5).toString();
        c.recordedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        return c;
    });
}

// ---------------------------------------------------------------------------
// Meeting packages and the disclosure register

Result<std::optional<PackageInfo>> Store::packageInfo() const
{
    Statement query(database(),
                    QStringLiteral("SELECT package_id, audience, recipient, meeting_id, meeting_reference, organisation, "
                                   "made_at, made_by FROM package WHERE id = 1"));
    const auto rows = readAll<PackageInfo>(query, [](const Statement &q) {
        PackageInfo info;
        info.packageId = q.value(0).toString();
        info.audience = parseCode(q.value(1), PackageAudience::Public);
        info.recipient = q.value(2).toString();
        info.meetingId = q.value(3).toLongLong();
        info.meetingReference = q.value(4).toString();
        info.organisation = q.value(5).toString();
        info.madeAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        info.madeBy = q.value(7).toString();
        return info;
    });
    if (!rows)
        return Failure{rows.error()};
    if (rows->isEmpty())
        return std::optional<PackageInfo>();
    return std::optional<PackageInfo>(rows->constFirst());
}

Status Store::sealAsPackage(const PackageInfo &info)
{
    if (info.audience == PackageAudience::Member && info.recipient.trimmed().isEmpty())
        return Status::failure(tr("A package for a member names the member it is for."));
    {
        Transaction transaction(*this);
        if (!transaction.ok())
            return Status::failure(transaction.error());
        Statement insert(database(),
                         QStringLiteral("INSERT INTO package (id, package_id, audience, recipient, meeting_id, "
                                        "meeting_reference, organisation, made_at, made_by) "
                                        "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         {info.packageId, Codes::code(info.audience), info.recipient.trimmed(), info.meetingId,
                          info.meetingReference, info.organisation,
                          info.madeAt.toUTC().toString(Qt::ISODateWithMs), info.madeBy});
        if (!insert.exec())
            return Status::failure(insert.errorMessage());
        PYKALA_TRY(audit(QStringLiteral("insert"), QStringLiteral("package"), 1, QString()));
        PYKALA_TRY(transaction.commit());
    }
    // One file, no -wal or -shm beside it, and no free pages.
    for (const char *sql : {"PRAGMA journal_mode = DELETE", "VACUUM"}) {
        Statement statement(database(), QString::fromLatin1(sql));
        if (!statement.exec())
            return Status::failure(statement.errorMessage());
        statement.finish();
    }
    m_readOnly = true;
    return success();
}

Result<qint64> Store::addDisclosure(const Disclosure &disclosure)
{
    if (disclosure.audience == PackageAudience::Member && disclosure.recipient.trimmed().isEmpty())
        return Failure{tr("A package for a member names the member it is for.")};
    Transaction transaction(*this);
    if (!transaction.ok())
        return Failure{transaction.error()};
    Statement insert(database(),
                     QStringLiteral("INSERT INTO disclosure (meeting_id, package_id, audience, recipient, sha256, size, "
                                    "made_at, made_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     {disclosure.meetingId, disclosure.packageId, Codes::code(disclosure.audience),
                      disclosure.recipient.trimmed(), disclosure.sha256, disclosure.size,
                      disclosure.madeAt.toUTC().toString(Qt::ISODateWithMs), disclosure.madeBy});
    if (!insert.exec())
        return Failure{insert.errorMessage()};
    const qint64 id = insert.lastInsertId();
    PYKALA_TRY(audit(QStringLiteral("insert"), QStringLiteral("disclosure"), id, QString()));
    PYKALA_TRY(transaction.commit());
    return id;
}

Result<QList<Disclosure>> Store::disclosures(qint64 meetingId) const
{
    Statement query(database(),
                    QStringLiteral("SELECT id, meeting_id, package_id, audience, recipient, sha256, size, made_at, made_by "
                                   "FROM disclosure WHERE ? = 0 OR meeting_id = ? ORDER BY id"),
                    {meetingId, meetingId});
    return readAll<Disclosure>(query, [](const Statement &q) {
        Disclosure d;
        d.id = q.value(0).toLongLong();
        d.meetingId = q.value(1).toLongLong();
        d.packageId = q.value(2).toString();
        d.audience = parseCode(q.value(3), PackageAudience::Public);
        d.recipient = q.value(4).toString();
        d.sha256 = q.value(5).toString();
        d.size = q.value(6).toLongLong();
        d.madeAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        d.madeBy = q.value(8).toString();
        return d;
    });
}
