// The record: what a meeting recorded (its events), the minutes signed of
// it and their corrections, and the meeting packages made of it.

#include "store.h"

#include "auditlog.h"
#include "storesupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include "connection.h"

using namespace StoreSupport;

namespace {

QString utc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseUtc(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

const Table<SignedMinutes> &signedMinutesTable()
{
    // The triggers let a row only gain signatures appended to its file.
    static const Table<SignedMinutes> table("signed_minutes", {
        idColumn<SignedMinutes>(),
        {"meeting_id", [](auto &m) -> QVariant { return m.meetingId; },
         [](auto &m, auto &v) { m.meetingId = v.toLongLong(); }, Fixed},
        {"pdf", [](auto &m) -> QVariant { return m.pdf; },
         [](auto &m, auto &v) { m.pdf = v.toByteArray(); }, OnRequest},
        {"sha256", [](auto &m) -> QVariant { return m.sha256; },
         [](auto &m, auto &v) { m.sha256 = v.toString(); }},
        {"record_digest", [](auto &m) -> QVariant { return m.recordDigest; },
         [](auto &m, auto &v) { m.recordDigest = v.toString(); }, Fixed},
        {"part_digests", [](auto &m) -> QVariant { return m.partDigests; },
         [](auto &m, auto &v) { m.partDigests = v.toString(); }, Fixed},
        {"signatures", [](auto &m) -> QVariant { return m.signatures; },
         [](auto &m, auto &v) { m.signatures = v.toInt(); }},
        {"signing_roles",
         [](auto &m) -> QVariant {
             return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(m.signingRoles))
                                          .toJson(QJsonDocument::Compact));
         },
         [](auto &m, auto &v) {
             const QJsonArray roles = QJsonDocument::fromJson(v.toString().toUtf8()).array();
             for (const QJsonValue &role : roles)
                 m.signingRoles.append(role.toString());
         },
         Fixed},
        {"frozen_at", [](auto &m) -> QVariant { return utc(m.frozenAt); },
         [](auto &m, auto &v) { m.frozenAt = parseUtc(v); }, Fixed},
    });
    return table;
}

const Table<Correction> &correctionTable()
{
    static const Table<Correction> table("correction", {
        idColumn<Correction>(),
        {"meeting_id", [](auto &c) -> QVariant { return c.meetingId; },
         [](auto &c, auto &v) { c.meetingId = v.toLongLong(); }},
        {"item_id", [](auto &c) -> QVariant { return nullIfZero(c.itemId); },
         [](auto &c, auto &v) { c.itemId = v.toLongLong(); }},
        {"text", [](auto &c) -> QVariant { return c.text.trimmed(); },
         [](auto &c, auto &v) { c.text = v.toString(); }},
        {"decided", [](auto &c) -> QVariant { return isoDate(c.decided); },
         [](auto &c, auto &v) { c.decided = parseDate(v); }},
        {"corrects_sha256", [](auto &c) -> QVariant { return c.correctsSha256; },
         [](auto &c, auto &v) { c.correctsSha256 = v.toString(); }},
        {"recorded_at", [](auto &c) -> QVariant { return utc(c.recordedAt); },
         [](auto &c, auto &v) { c.recordedAt = parseUtc(v); }},
    });
    return table;
}

const Table<PackageInfo> &packageTable()
{
    // One row, id 1, only in a meeting package.
    static const Table<PackageInfo> table("package", {
        {"id", [](auto &) -> QVariant { return 1; }, nullptr, Fixed},
        {"package_id", [](auto &p) -> QVariant { return p.packageId; },
         [](auto &p, auto &v) { p.packageId = v.toString(); }},
        {"audience", [](auto &p) -> QVariant { return Codes::code(p.audience); },
         [](auto &p, auto &v) { p.audience = parseCode(v, Audience::Public); }},
        {"recipient", [](auto &p) -> QVariant { return p.recipient.trimmed(); },
         [](auto &p, auto &v) { p.recipient = v.toString(); }},
        {"meeting_id", [](auto &p) -> QVariant { return p.meetingId; },
         [](auto &p, auto &v) { p.meetingId = v.toLongLong(); }},
        {"meeting_reference", [](auto &p) -> QVariant { return p.meetingReference; },
         [](auto &p, auto &v) { p.meetingReference = v.toString(); }},
        {"organisation", [](auto &p) -> QVariant { return p.organisation; },
         [](auto &p, auto &v) { p.organisation = v.toString(); }},
        {"made_at", [](auto &p) -> QVariant { return utc(p.madeAt); },
         [](auto &p, auto &v) { p.madeAt = parseUtc(v); }},
        {"made_by", [](auto &p) -> QVariant { return p.madeBy; },
         [](auto &p, auto &v) { p.madeBy = v.toString(); }},
        {"expires", [](auto &p) -> QVariant { return p.expires.isValid() ? isoDate(p.expires) : QString(); },
         [](auto &p, auto &v) { p.expires = parseDate(v); }},
    });
    return table;
}

const Table<Disclosure> &disclosureTable()
{
    static const Table<Disclosure> table("disclosure", {
        idColumn<Disclosure>(),
        {"meeting_id", [](auto &d) -> QVariant { return d.meetingId; },
         [](auto &d, auto &v) { d.meetingId = v.toLongLong(); }},
        {"package_id", [](auto &d) -> QVariant { return d.packageId; },
         [](auto &d, auto &v) { d.packageId = v.toString(); }},
        {"audience", [](auto &d) -> QVariant { return Codes::code(d.audience); },
         [](auto &d, auto &v) { d.audience = parseCode(v, Audience::Public); }},
        {"recipient", [](auto &d) -> QVariant { return d.recipient.trimmed(); },
         [](auto &d, auto &v) { d.recipient = v.toString(); }},
        {"sha256", [](auto &d) -> QVariant { return d.sha256; },
         [](auto &d, auto &v) { d.sha256 = v.toString(); }},
        {"size", [](auto &d) -> QVariant { return d.size; },
         [](auto &d, auto &v) { d.size = v.toLongLong(); }},
        {"made_at", [](auto &d) -> QVariant { return utc(d.madeAt); },
         [](auto &d, auto &v) { d.madeAt = parseUtc(v); }},
        {"made_by", [](auto &d) -> QVariant { return d.madeBy; },
         [](auto &d, auto &v) { d.madeBy = v.toString(); }},
    });
    return table;
}

} // namespace

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
    Statement last(database(),
                   QStringLiteral("SELECT (SELECT count(*) FROM meeting WHERE id = ?1), "
                                  "(SELECT coalesce(max(seq), 0) FROM meeting_event WHERE meeting_id = ?1)"),
                   {meetingId});
    if (!last.exec() || !last.next())
        return Failure{last.errorMessage()};
    if (last.value(0).toInt() == 0)
        return Failure{tr("There is no meeting with id %1.").arg(meetingId)};
    int seq = last.value(1).toInt();
    last.finish();
    for (const QJsonObject &event : events) {
        if (const QString problem = TextRules::eventProblem(event); !problem.isEmpty())
            return Failure{problem};
        PYKALA_TRY(insertAudited(transaction, QStringLiteral("meeting_event"), [&]() -> Result<qint64> {
            Statement insert(database(),
                             QStringLiteral("INSERT INTO meeting_event (meeting_id, seq, event) VALUES (?, ?, ?)"),
                             {meetingId, ++seq, QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact))});
            insert.readInsertId();
            // The meeting is there: a refused insert is the freeze of its signed record.
            if (!insert.exec())
                return Failure{insert.refusedByConstraint()
                                   ? tr("The meeting's minutes are signed, so its record can no longer change. "
                                        "Record a correction of the minutes instead.")
                                   : insert.errorMessage()};
            return insert.lastInsertId();
        }));
    }
    return transaction.commit();
}

// ---------------------------------------------------------------------------
// Signed minutes

Result<std::optional<SignedMinutes>> Store::signedMinutes(qint64 meetingId) const
{
    static const KeptSql sql(signedMinutesTable().select(QStringLiteral("WHERE meeting_id = ?")));
    Statement query(database(), sql, {meetingId});
    return readOne(query, signedMinutesTable());
}

Result<QList<SignedMinutes>> Store::allSignedMinutes() const
{
    static const KeptSql sql(signedMinutesTable().select(QStringLiteral("ORDER BY meeting_id"), false));
    Statement query(database(), sql);
    return readAll(query, signedMinutesTable());
}

Status Store::saveSignedMinutes(const SignedMinutes &minutes)
{
    if (minutes.pdf.isEmpty() || minutes.signatures <= 0 || minutes.signingRoles.isEmpty())
        return Failure{tr("Signed minutes need the signed PDF and their signatures.")};
    const auto existing = signedMinutes(minutes.meetingId);
    if (!existing)
        return Failure{existing.error()};
    SignedMinutes stored = minutes;
    stored.sha256 = sha256Hex(minutes.pdf);
    if (!existing->has_value()) {
        const auto id = insertAudited(signedMinutesTable().name(),
                                      [&] { return signedMinutesTable().insert(database(), stored); });
        return id ? success() : Status(Failure{id.error()});
    }
    // Later signatures: the same file with one more appended.
    stored.id = existing->value().id;
    return changeExisting(QStringLiteral("update"), signedMinutesTable().name(), stored.id,
                          tr("The meeting's signed minutes are no longer in the store."),
                          [&] { return signedMinutesTable().update(database(), stored); });
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
    Correction stored = correction;
    stored.correctsSha256 = minutes->value().sha256;
    stored.recordedAt = QDateTime::currentDateTimeUtc();
    return insertAudited(correctionTable().name(), [&] { return correctionTable().insert(database(), stored); });
}

Result<QList<Correction>> Store::corrections(qint64 meetingId) const
{
    static const KeptSql sql(correctionTable().select(QStringLiteral("WHERE meeting_id = ? ORDER BY id")));
    Statement query(database(), sql, {meetingId});
    return readAll(query, correctionTable());
}

// ---------------------------------------------------------------------------
// Meeting packages and the disclosure register

Result<std::optional<PackageInfo>> Store::packageInfo() const
{
    static const KeptSql sql(packageTable().select(QStringLiteral("WHERE id = 1")));
    Statement query(database(), sql);
    return readOne(query, packageTable());
}

Status Store::sealAsPackage(const PackageInfo &info)
{
    if (info.audience == Audience::Member && info.recipient.trimmed().isEmpty())
        return Status::failure(tr("A package for a member names the member it is for."));
    if (const auto added = insertAudited(packageTable().name(), [&] { return packageTable().insert(database(), info); });
        !added)
        return Failure{added.error()};
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
    if (disclosure.audience == Audience::Member && disclosure.recipient.trimmed().isEmpty())
        return Failure{tr("A package for a member names the member it is for.")};
    return insertAudited(disclosureTable().name(), [&] { return disclosureTable().insert(database(), disclosure); });
}

Result<QList<Disclosure>> Store::disclosures(qint64 meetingId) const
{
    static const FilteredSql sql({QStringLiteral("meeting_id = ?")}, [](const QString &where) {
        return disclosureTable().select(QStringLiteral("WHERE %1 ORDER BY id").arg(where));
    });
    Statement query(database(), sql(meetingId != 0 ? 1u : 0u));
    if (meetingId != 0)
        query.bind(meetingId);
    return readAll(query, disclosureTable());
}
