// The register: the organisation, its bodies, persons and the memberships
// that seat persons in bodies.

#include "store.h"

#include "auditlog.h"
#include "storesupport.h"

#include <QHash>
#include <QRegularExpression>
#include "connection.h"

using namespace StoreSupport;

namespace {

// ---------------------------------------------------------------------------
// The tables

const Table<Organisation> &organisationTable()
{
    // One row, id 1.
    static const Table<Organisation> table("organisation", {
        {"id", [](auto &) -> QVariant { return 1; }, nullptr, Fixed},
        {"name", [](auto &o) -> QVariant { return o.name.trimmed(); },
         [](auto &o, auto &v) { o.name = v.toString(); }},
        {"swedish_name", [](auto &o) -> QVariant { return o.swedishName.trimmed(); },
         [](auto &o, auto &v) { o.swedishName = v.toString(); }},
        {"business_id", [](auto &o) -> QVariant { return o.businessId.trimmed(); },
         [](auto &o, auto &v) { o.businessId = v.toString(); }},
        {"logo", [](auto &o) -> QVariant { return o.logo.isEmpty() ? QVariant() : QVariant(o.logo); },
         [](auto &o, auto &v) { o.logo = v.toByteArray(); }},
        {"logo_media_type", [](auto &o) -> QVariant { return o.logo.isEmpty() ? QString() : o.logoMediaType; },
         [](auto &o, auto &v) { o.logoMediaType = v.toString(); }},
        {"default_language", [](auto &o) -> QVariant { return Codes::code(o.defaultLanguage); },
         [](auto &o, auto &v) { o.defaultLanguage = parseCode(v, Language::Finnish); }},
        {"registry_address", [](auto &o) -> QVariant { return o.registryAddress.trimmed(); },
         [](auto &o, auto &v) { o.registryAddress = v.toString(); }},
        {"registry_email", [](auto &o) -> QVariant { return o.registryEmail.trimmed(); },
         [](auto &o, auto &v) { o.registryEmail = v.toString(); }},
        {"administrative_court", [](auto &o) -> QVariant { return o.administrativeCourt.trimmed(); },
         [](auto &o, auto &v) { o.administrativeCourt = v.toString(); }},
    });
    return table;
}

const Table<Body> &bodyTable()
{
    static const Table<Body> table("body", {
        idColumn<Body>(),
        {"name", [](auto &b) -> QVariant { return b.name.trimmed(); },
         [](auto &b, auto &v) { b.name = v.toString(); }},
        {"short_name", [](auto &b) -> QVariant { return b.shortName.trimmed(); },
         [](auto &b, auto &v) { b.shortName = v.toString(); }},
        {"kind", [](auto &b) -> QVariant { return Codes::code(b.kind); },
         [](auto &b, auto &v) { b.kind = parseCode(v, BodyKind::Committee); }},
        // After the kind: the default depends on it.
        {"quorum_rule", [](auto &b) -> QVariant { return Codes::code(b.quorumRule); },
         [](auto &b, auto &v) { b.quorumRule = parseCode(v, Codes::defaultQuorumRule(b.kind)); }},
        {"swedish_name", [](auto &b) -> QVariant { return b.swedishName.trimmed(); },
         [](auto &b, auto &v) { b.swedishName = v.toString(); }},
        {"section_numbering", [](auto &b) -> QVariant { return Codes::code(b.sectionNumbering); },
         [](auto &b, auto &v) { b.sectionNumbering = parseCode(v, SectionNumbering::Yearly); }},
        {"voting_order", [](auto &b) -> QVariant { return Codes::code(b.votingOrder); },
         [](auto &b, auto &v) { b.votingOrder = parseCode(v, VotingOrderModel::MostDivergentFirst); }},
        {"document_language", [](auto &b) -> QVariant { return languageCode(b.documentLanguage); },
         [](auto &b, auto &v) { b.documentLanguage = Codes::parse<Language>(v.toString()); }},
        {"signing_order", [](auto &b) -> QVariant { return b.signingOrder.join(u','); },
         [](auto &b, auto &v) { b.signingOrder = v.toString().split(u','); }},
        {"default_place", [](auto &b) -> QVariant { return b.defaultPlace.trimmed(); },
         [](auto &b, auto &v) { b.defaultPlace = v.toString(); }},
        {"default_start", [](auto &b) -> QVariant {
             return b.defaultStart.isValid() ? b.defaultStart.toString(QStringLiteral("HH:mm")) : QString();
         },
         [](auto &b, auto &v) { b.defaultStart = QTime::fromString(v.toString(), QStringLiteral("HH:mm")); }},
        {"signs_electronically", [](auto &b) -> QVariant { return b.signsElectronically ? 1 : 0; },
         [](auto &b, auto &v) { b.signsElectronically = v.toInt() != 0; }},
        {"package_expiry_days", [](auto &b) -> QVariant { return b.packageExpiryDays; },
         [](auto &b, auto &v) { b.packageExpiryDays = v.toInt(); }},
    });
    return table;
}

const Table<PersonCertificate> &certificateTable()
{
    static const Table<PersonCertificate> table("person_certificate", {
        idColumn<PersonCertificate>(),
        {"person_id", [](auto &c) -> QVariant { return c.personId; },
         [](auto &c, auto &v) { c.personId = v.toLongLong(); }},
        {"use", [](auto &c) -> QVariant { return Codes::code(c.use); },
         [](auto &c, auto &v) { c.use = parseCode(v, CertificateUse::Signing); }},
        {"subject", [](auto &c) -> QVariant { return c.subject.trimmed(); },
         [](auto &c, auto &v) { c.subject = v.toString(); }},
        {"common_name", [](auto &c) -> QVariant { return c.commonName.trimmed(); },
         [](auto &c, auto &v) { c.commonName = v.toString(); }},
        {"issuer", [](auto &c) -> QVariant { return c.issuer.trimmed(); },
         [](auto &c, auto &v) { c.issuer = v.toString(); }},
        {"serial_number", [](auto &c) -> QVariant { return c.serialNumber.trimmed(); },
         [](auto &c, auto &v) { c.serialNumber = v.toString(); }},
        {"valid_from", [](auto &c) -> QVariant { return isoDateTime(c.validFrom); },
         [](auto &c, auto &v) { c.validFrom = parseDateTime(v); }},
        {"valid_until", [](auto &c) -> QVariant { return isoDateTime(c.validUntil); },
         [](auto &c, auto &v) { c.validUntil = parseDateTime(v); }},
        {"sha256", [](auto &c) -> QVariant { return sha256Hex(c.der); },
         [](auto &c, auto &v) { c.sha256 = v.toString(); }},
        {"der", [](auto &c) -> QVariant { return c.der; },
         [](auto &c, auto &v) { c.der = v.toByteArray(); }},
    });
    return table;
}

const Table<Person> &personTable()
{
    static const Table<Person> table("person", {
        idColumn<Person>(),
        {"given_name", [](auto &p) -> QVariant { return p.givenName.trimmed(); },
         [](auto &p, auto &v) { p.givenName = v.toString(); }},
        {"family_name", [](auto &p) -> QVariant { return p.familyName.trimmed(); },
         [](auto &p, auto &v) { p.familyName = v.toString(); }},
        {"title", [](auto &p) -> QVariant { return p.title.trimmed(); },
         [](auto &p, auto &v) { p.title = v.toString(); }},
        {"email", [](auto &p) -> QVariant { return p.email.trimmed(); },
         [](auto &p, auto &v) { p.email = v.toString(); }},
        {"phone", [](auto &p) -> QVariant { return p.phone.trimmed(); },
         [](auto &p, auto &v) { p.phone = v.toString(); }},
    });
    return table;
}

const Table<Membership> &membershipTable()
{
    static const Table<Membership> table("membership", {
        idColumn<Membership>(),
        {"body_id", [](auto &m) -> QVariant { return m.bodyId; },
         [](auto &m, auto &v) { m.bodyId = v.toLongLong(); }},
        {"person_id", [](auto &m) -> QVariant { return m.personId; },
         [](auto &m, auto &v) { m.personId = v.toLongLong(); }},
        {"role", [](auto &m) -> QVariant { return Codes::code(m.role); },
         [](auto &m, auto &v) { m.role = parseCode(v, MembershipRole::Member); }},
        {"deputy_for_person_id", [](auto &m) -> QVariant { return nullIfZero(m.deputyForPersonId); },
         [](auto &m, auto &v) { m.deputyForPersonId = v.toLongLong(); }},
        {"valid_from", [](auto &m) -> QVariant { return isoDate(m.validFrom); },
         [](auto &m, auto &v) { m.validFrom = parseDate(v); }},
        {"valid_until", [](auto &m) -> QVariant { return isoDate(m.validUntil); },
         [](auto &m, auto &v) { m.validUntil = parseDate(v); }},
    });
    return table;
}

// Memberships as lists show them: by body, then role, then start.
QString membershipOrder()
{
    return QStringLiteral("ORDER BY body_id, CASE role WHEN 'chair' THEN 0 WHEN 'vice-chair' THEN 1 "
                          "WHEN 'member' THEN 2 WHEN 'deputy' THEN 3 WHEN 'presenter' THEN 4 ELSE 5 END, "
                          "valid_from, id");
}

QString validateMembership(const Membership &membership)
{
    if (!membership.validFrom.isValid())
        return Store::tr("A membership needs the date it starts.");
    if (membership.validUntil.isValid() && membership.validUntil < membership.validFrom)
        return Store::tr("A membership cannot end (%1) before it starts (%2).")
            .arg(membership.validUntil.toString(Qt::ISODate), membership.validFrom.toString(Qt::ISODate));
    if ((membership.role == MembershipRole::Deputy) != (membership.deputyForPersonId != 0))
        return Store::tr("A personal deputy must name the member they stand in for, and only a deputy can.");
    if (membership.deputyForPersonId == membership.personId && membership.personId != 0)
        return Store::tr("A person cannot be their own deputy.");
    return {};
}

// A meeting of the body that has been opened: its record names the seats
// (members and their personal deputies) the memberships gave on its day.
struct HeldMeeting
{
    QString reference; // "KH 12/2026"
    QDate day;         // the day its seats are taken from (MeetingSession::setting)
};

Result<QList<HeldMeeting>> heldMeetings(const Connection &db, qint64 bodyId)
{
    Statement query(db,
                    QStringLiteral("SELECT b.short_name, m.number, m.year, substr(m.planned_start, 1, 10) "
                                   "FROM meeting m JOIN body b ON b.id = m.body_id "
                                   "WHERE m.body_id = ? AND m.state IN ('in-progress', 'closed', 'minutes-checked') "
                                   "ORDER BY m.planned_start, m.id"),
                    {bodyId});
    return readAll<HeldMeeting>(query, [](const Statement &row) {
        return HeldMeeting{QStringLiteral("%1 %2/%3")
                               .arg(row.value(0).toString(), row.value(1).toString(), row.value(2).toString()),
                           parseDate(row.value(3))};
    });
}

// What a membership means to a meeting held on `day`: nothing, or the seat
// (or personal deputy's place) it gave.
bool sameOnDay(const Membership &before, const std::optional<Membership> &after, const QDate &day)
{
    const bool was = before.isValidOn(day);
    const bool is = after && after->isValidOn(day);
    if (!was || !is)
        return was == is;
    return before.role == after->role && before.deputyForPersonId == after->deputyForPersonId;
}

// The first held meeting whose seats the change (`after`; none for a
// removal) would alter, if any: a held meeting's record keeps the seats of
// its day, so a membership that gave one is ended, never rewritten.
Result<std::optional<HeldMeeting>> alteredHeldMeeting(const Connection &db, const Membership &before,
                                                      const std::optional<Membership> &after)
{
    const auto held = heldMeetings(db, before.bodyId);
    if (!held)
        return Failure{held.error()};
    for (const HeldMeeting &meeting : *held) {
        if (!sameOnDay(before, after, meeting.day))
            return std::optional<HeldMeeting>(meeting);
    }
    return std::optional<HeldMeeting>();
}

QString dayText(const QDate &day)
{
    return day.toString(QStringLiteral("d.M.yyyy"));
}

// "for 1.6.2025–31.5.2029", or "from 1.6.2025 on" for one with no end.
QString periodText(const QDate &from, const QDate &until)
{
    return until.isNull() ? Store::tr("from %1 on").arg(dayText(from))
                          : Store::tr("for %1–%2").arg(dayText(from), dayText(until));
}

// One person's memberships in one body; the personal deputies who stand in
// for one person in one body.
Result<QList<Membership>> membershipsOf(const Connection &db, qint64 bodyId, qint64 personId)
{
    static const KeptSql sql(membershipTable().select(QStringLiteral("WHERE body_id = ? AND person_id = ?")));
    Statement query(db, sql, {bodyId, personId});
    return readAll(query, membershipTable());
}

Result<QList<Membership>> deputiesOf(const Connection &db, qint64 bodyId, qint64 personId)
{
    static const KeptSql sql(membershipTable().select(QStringLiteral("WHERE body_id = ? AND deputy_for_person_id = ?")));
    Statement query(db, sql, {bodyId, personId});
    return readAll(query, membershipTable());
}

QString personName(const Store &store, qint64 id)
{
    const auto person = store.person(id);
    return person && person->has_value() ? person->value().displayName().trimmed() : QString::number(id);
}

QString bodyName(const Store &store, qint64 id)
{
    const auto body = store.body(id);
    return body && body->has_value() ? body->value().shortName : QString::number(id);
}

// The rule of personal deputies, for every change of a membership (`before`
// → `after`; none for an addition or a removal): a personal deputy's
// membership lies within the seats their member holds in the same body
// (Membership::seatsCover). Checked both ways — the deputy's membership
// written, and the member's seat changed, ended or removed — so that the
// store never holds a deputy standing in for no one, which a meeting's
// invitation, its record and an interchange document of it would all
// carry. Empty when the change keeps to it.
Result<QString> personalDeputyProblem(const Store &store, const Connection &db,
                                      const std::optional<Membership> &before, const std::optional<Membership> &after)
{
    // A deputy's period only shortened (ended, as a term's end does) keeps
    // to the rule as well as it did: a row written before the rule is not
    // made impossible to end.
    const bool onlyShortened = before && after && before->role == MembershipRole::Deputy
        && after->role == MembershipRole::Deputy && before->deputyForPersonId == after->deputyForPersonId
        && after->validFrom >= before->validFrom
        && (!before->validUntil.isValid() || (after->validUntil.isValid() && after->validUntil <= before->validUntil));
    if (after && after->role == MembershipRole::Deputy && after->deputyForPersonId && !onlyShortened) {
        const auto seats = membershipsOf(db, after->bodyId, after->deputyForPersonId);
        if (!seats)
            return Failure{seats.error()};
        if (!Membership::seatsCover(*seats, after->validFrom, after->validUntil)) {
            const QString member = personName(store, after->deputyForPersonId);
            return Store::tr("%1 cannot be the personal deputy of %2 in %3 %4: %2 does not hold a seat in %3 (as "
                             "member, chair or vice chair) for the whole of that period, and a personal deputy's "
                             "membership lies within the member's. Check the dates, or add the member's seat first.")
                .arg(personName(store, after->personId), member, bodyName(store, after->bodyId),
                     periodText(after->validFrom, after->validUntil));
        }
    }
    if (!before || !before->holdsSeat())
        return QString();
    const auto deputies = deputiesOf(db, before->bodyId, before->personId);
    if (!deputies)
        return Failure{deputies.error()};
    if (deputies->isEmpty())
        return QString();
    const auto stored = membershipsOf(db, before->bodyId, before->personId);
    if (!stored)
        return Failure{stored.error()};
    QList<Membership> seats = *stored;
    seats.removeIf([&](const Membership &seat) { return seat.id == before->id; });
    if (after)
        seats.append(*after);
    for (const Membership &deputy : *deputies) {
        if (Membership::seatsCover(seats, deputy.validFrom, deputy.validUntil))
            continue;
        // A deputy not covered before the change either (a row written
        // before the rule) is not this change's doing.
        if (!Membership::seatsCover(*stored, deputy.validFrom, deputy.validUntil))
            continue;
        const QString member = personName(store, before->personId);
        return Store::tr("%1 is the personal deputy of %2 in %3 %4, and a personal deputy's membership lies "
                         "within the member's: %2's seat cannot change so. End or change %1's membership first; a "
                         "resignation with a successor moves the deputy to the successor.")
            .arg(personName(store, deputy.personId), member, bodyName(store, before->bodyId),
                 periodText(deputy.validFrom, deputy.validUntil));
    }
    return QString();
}

Status keepsPersonalDeputies(const Store &store, const Connection &db, const std::optional<Membership> &before,
                             const std::optional<Membership> &after)
{
    const auto problem = personalDeputyProblem(store, db, before, after);
    if (!problem)
        return Failure{problem.error()};
    if (!problem->isEmpty())
        return Failure{*problem};
    return success();
}

QString validateBody(const Body &body)
{
    static const QRegularExpression shortNamePattern(QStringLiteral("^[^\\s/]{1,40}\\z"));
    if (body.name.trimmed().isEmpty())
        return Store::tr("A body needs a name.");
    if (!Body::isSigningOrder(body.signingOrder))
        return Store::tr("The signing order \"%1\" must name secretary, minute-checkers and chair, each once.")
            .arg(body.signingOrder.join(u','));
    if (!shortNamePattern.match(body.shortName.trimmed()).hasMatch())
        return Store::tr("The body's short name \"%1\" must be one word without '/', such as KH.")
            .arg(body.shortName);
    if (body.packageExpiryDays < Body::minimumPackageExpiryDays || body.packageExpiryDays > Body::maximumPackageExpiryDays)
        return Store::tr("Members' packages expire %1 to %2 days after the meeting, not %3.")
            .arg(Body::minimumPackageExpiryDays)
            .arg(Body::maximumPackageExpiryDays)
            .arg(body.packageExpiryDays);
    return {};
}

} // namespace

// ---------------------------------------------------------------------------
// Organisation

Result<std::optional<Organisation>> Store::organisation() const
{
    static const KeptSql sql(organisationTable().select(QStringLiteral("WHERE id = 1")));
    Statement query(database(), sql);
    return readOne(query, organisationTable());
}

Status Store::setOrganisation(const Organisation &organisation)
{
    if (organisation.name.trimmed().isEmpty())
        return Status::failure(tr("The organisation needs a name."));
    static const QRegularExpression imageType(QStringLiteral("^image/[A-Za-z0-9.+-]+\\z"));
    if (!organisation.logo.isEmpty() && !imageType.match(organisation.logoMediaType).hasMatch())
        return Status::failure(tr("The logo's media type must be an image type, such as image/png."));
    const QString court = organisation.administrativeCourt.trimmed();
    if (!court.isEmpty() && !administrativeCourts().contains(court))
        return Status::failure(tr("\"%1\" is not an administrative court; the courts are %2.")
                                   .arg(court, administrativeCourts().join(QStringLiteral(", "))));
    Transaction transaction(*this);
    if (!transaction.ok())
        return Status::failure(transaction.error());
    const Connection &db = database();
    const auto old = AuditLog::entityDigest(db, organisationTable().name(), 1);
    if (!old)
        return Failure{old.error()};
    PYKALA_TRY(organisationTable().upsert(db, organisation));
    PYKALA_TRY(audit(old->isEmpty() ? QStringLiteral("insert") : QStringLiteral("update"), organisationTable().name(),
                     1, *old));
    return transaction.commit();
}

// ---------------------------------------------------------------------------
// Bodies

Result<QList<Body>> Store::bodies() const
{
    static const KeptSql sql(bodyTable().select(QStringLiteral(
        "ORDER BY CASE kind WHEN 'council' THEN 0 WHEN 'board' THEN 1 WHEN 'committee' THEN 2 ELSE 3 END, name, id")));
    Statement query(database(), sql);
    return readAll(query, bodyTable());
}

Result<std::optional<Body>> Store::body(qint64 id) const
{
    static const KeptSql sql(bodyTable().select(QStringLiteral("WHERE id = ?")));
    Statement query(database(), sql, {id});
    return readOne(query, bodyTable());
}

Result<std::optional<Body>> Store::bodyByShortName(const QString &shortName) const
{
    static const KeptSql sql(bodyTable().select(QStringLiteral("WHERE lower(short_name) = lower(?)")));
    Statement query(database(), sql, {shortName.trimmed()});
    return readOne(query, bodyTable());
}

Result<qint64> Store::addBody(const Body &body)
{
    if (const QString problem = validateBody(body); !problem.isEmpty())
        return Failure{problem};
    return insertAudited(bodyTable().name(), [&] {
        return bodyTable().insert(database(), body, [&] {
            return tr("There already is a body with the short name %1.").arg(body.shortName);
        });
    });
}

Status Store::updateBody(const Body &body)
{
    if (const QString problem = validateBody(body); !problem.isEmpty())
        return Failure{problem};
    return changeExisting(QStringLiteral("update"), bodyTable().name(), body.id,
                          tr("There is no body with id %1.").arg(body.id),
                          [&] { return bodyTable().update(database(), body); });
}

// ---------------------------------------------------------------------------
// Persons

Result<QList<Person>> Store::persons() const
{
    static const KeptSql sql(personTable().select(QStringLiteral("ORDER BY id")));
    Statement query(database(), sql);
    return readAll(query, personTable());
}

Result<std::optional<Person>> Store::person(qint64 id) const
{
    static const KeptSql sql(personTable().select(QStringLiteral("WHERE id = ?")));
    Statement query(database(), sql, {id});
    return readOne(query, personTable());
}

Result<QHash<qint64, Person>> Store::persons(const QList<qint64> &ids) const
{
    static const KeptSql sql(personTable().select(QStringLiteral("WHERE id IN (SELECT value FROM json_each(?))")));
    Statement query(database(), sql, {jsonIds(ids)});
    const auto found = readAll(query, personTable());
    if (!found)
        return Failure{found.error()};
    QHash<qint64, Person> byId;
    for (const Person &person : *found)
        byId.insert(person.id, person);
    return byId;
}

Result<qint64> Store::addPerson(const Person &person)
{
    if (person.familyName.trimmed().isEmpty())
        return Failure{tr("A person needs a family name.")};
    return insertAudited(personTable().name(), [&] { return personTable().insert(database(), person); });
}

Status Store::updatePerson(const Person &person)
{
    if (person.familyName.trimmed().isEmpty())
        return Failure{tr("A person needs a family name.")};
    return changeExisting(QStringLiteral("update"), personTable().name(), person.id,
                          tr("There is no person with id %1.").arg(person.id),
                          [&] { return personTable().update(database(), person); });
}

Result<QList<PersonCertificate>> Store::personCertificates(qint64 personId) const
{
    static const KeptSql sql(certificateTable().select(QStringLiteral("WHERE person_id = ? ORDER BY id")));
    Statement query(database(), sql, {personId});
    return readAll(query, certificateTable());
}

Result<QList<PersonCertificate>> Store::certificateRegistrations(const QString &sha256) const
{
    static const KeptSql sql(certificateTable().select(QStringLiteral("WHERE sha256 = ? ORDER BY id")));
    Statement query(database(), sql, {sha256.toLower()});
    return readAll(query, certificateTable());
}

Result<qint64> Store::addPersonCertificate(const PersonCertificate &certificate)
{
    if (certificate.der.isEmpty() || certificate.subject.trimmed().isEmpty() || !certificate.validFrom.isValid()
        || !certificate.validUntil.isValid())
        return Failure{tr("A certificate is registered with its bytes, its subject and its validity.")};
    Transaction transaction(*this);
    if (!transaction.ok())
        return Failure{transaction.error()};
    // A certificate names one person.
    Statement owner(database(), QStringLiteral("SELECT person_id, use FROM person_certificate WHERE sha256 = ?"),
                    {sha256Hex(certificate.der)});
    if (!owner.exec())
        return Failure{owner.errorMessage()};
    while (owner.next()) {
        if (owner.value(0).toLongLong() != certificate.personId)
            return Failure{tr("The certificate of %1 is already registered for another person (id %2).")
                               .arg(certificate.commonName)
                               .arg(owner.value(0).toLongLong())};
        if (owner.value(1).toString() == Codes::code(certificate.use))
            return Failure{tr("The certificate of %1 is already registered for %2.")
                               .arg(certificate.commonName, Codes::code(certificate.use))};
    }
    const auto id = insertAudited(certificateTable().name(), [&] {
        return certificateTable().insert(database(), certificate, [] {
            return tr("The certificate names a person who is not in the store.");
        });
    });
    if (!id)
        return Failure{id.error()};
    PYKALA_TRY(transaction.commit());
    return *id;
}

// ---------------------------------------------------------------------------
// Memberships

Result<QList<Membership>> Store::memberships(qint64 bodyId) const
{
    // One body's through the body index; all only when asked for.
    if (bodyId == 0) {
        static const KeptSql all(membershipTable().select(membershipOrder()));
        Statement query(database(), all);
        return readAll(query, membershipTable());
    }
    static const KeptSql ofBody(membershipTable().select(QStringLiteral("WHERE body_id = ? ") + membershipOrder()));
    Statement query(database(), ofBody, {bodyId});
    return readAll(query, membershipTable());
}

Result<QList<Membership>> Store::memberships(qint64 bodyId, const QDate &day) const
{
    // Days are ISO text: they compare as they sort.
    static const KeptSql sql(membershipTable().select(
        QStringLiteral("WHERE body_id = ? AND valid_from <= ? AND (valid_until IS NULL OR valid_until >= ?) ")
        + membershipOrder()));
    Statement query(database(), sql, {bodyId, isoDate(day), isoDate(day)});
    return readAll(query, membershipTable());
}

Result<std::optional<Membership>> Store::membership(qint64 id) const
{
    static const KeptSql sql(membershipTable().select(QStringLiteral("WHERE id = ?")));
    Statement query(database(), sql, {id});
    return readOne(query, membershipTable());
}

Result<qint64> Store::addMembership(const Membership &membership)
{
    if (const QString problem = validateMembership(membership); !problem.isEmpty())
        return Failure{problem};
    return insertAudited(membershipTable().name(), [&]() -> Result<qint64> {
        PYKALA_TRY(keepsPersonalDeputies(*this, database(), std::nullopt, membership));
        return membershipTable().insert(database(), membership, [] {
            return tr("The membership names a body or person that is not in the store.");
        });
    });
}

Status Store::updateMembership(const Membership &membership)
{
    if (const QString problem = validateMembership(membership); !problem.isEmpty())
        return Failure{problem};
    Transaction transaction(*this);
    if (!transaction.ok())
        return Failure{transaction.error()};
    const auto found = this->membership(membership.id);
    if (!found)
        return Failure{found.error()};
    if (!found->has_value())
        return Failure{tr("There is no membership with id %1.").arg(membership.id)};
    const Membership &stored = found->value();
    if (stored.bodyId != membership.bodyId || stored.personId != membership.personId)
        return Failure{tr("A membership keeps its body and person; end it and add a new one instead.")};
    const auto altered = alteredHeldMeeting(database(), stored, membership);
    if (!altered)
        return Failure{altered.error()};
    if (altered->has_value())
        return Failure{tr("The change would alter who held a seat at %1 on %2, a meeting already held: its record "
                          "keeps the seats of that day. End the membership and add a new one instead.")
                           .arg(altered->value().reference, dayText(altered->value().day))};
    PYKALA_TRY(keepsPersonalDeputies(*this, database(), stored, membership));
    PYKALA_TRY(changeExisting(QStringLiteral("update"), membershipTable().name(), membership.id,
                              tr("There is no membership with id %1.").arg(membership.id),
                              [&] { return membershipTable().update(database(), membership); }));
    return transaction.commit();
}

Status Store::endMembership(qint64 id, const QDate &lastDay)
{
    if (!lastDay.isValid())
        return Failure{tr("Ending a membership needs its last day.")};
    Transaction transaction(*this);
    if (!transaction.ok())
        return Failure{transaction.error()};
    const auto found = membership(id);
    if (!found)
        return Failure{found.error()};
    if (!found->has_value())
        return Failure{tr("There is no membership with id %1.").arg(id)};
    Membership membership = found->value();
    if (lastDay < membership.validFrom)
        return Failure{tr("A membership cannot end (%1) before it starts (%2).")
                           .arg(lastDay.toString(Qt::ISODate), membership.validFrom.toString(Qt::ISODate))};
    if (membership.validUntil.isValid() && membership.validUntil <= lastDay)
        return Failure{tr("The membership already ends on %1.").arg(membership.validUntil.toString(Qt::ISODate))};
    const Membership before = membership;
    membership.validUntil = lastDay;
    const auto altered = alteredHeldMeeting(database(), before, membership);
    if (!altered)
        return Failure{altered.error()};
    if (altered->has_value())
        return Failure{tr("The membership cannot end on %1: %2 was held on %3 with it in force, and that meeting's "
                          "record keeps the seats of its day. End it on %3 or later.")
                           .arg(dayText(lastDay), altered->value().reference, dayText(altered->value().day))};
    PYKALA_TRY(keepsPersonalDeputies(*this, database(), before, membership));
    PYKALA_TRY(changeExisting(QStringLiteral("update"), membershipTable().name(), id,
                              tr("There is no membership with id %1.").arg(id),
                              [&] { return membershipTable().update(database(), membership); }));
    return transaction.commit();
}

Status Store::removeMembership(qint64 id)
{
    Transaction transaction(*this);
    if (!transaction.ok())
        return Failure{transaction.error()};
    const auto found = membership(id);
    if (!found)
        return Failure{found.error()};
    if (!found->has_value())
        return Failure{tr("There is no membership with id %1.").arg(id)};
    const auto altered = alteredHeldMeeting(database(), found->value(), std::nullopt);
    if (!altered)
        return Failure{altered.error()};
    if (altered->has_value())
        return Failure{tr("The membership cannot be removed: %1 was held on %2 while it ran, and that meeting's "
                          "record keeps the seats of its day. End the membership instead.")
                           .arg(altered->value().reference, dayText(altered->value().day))};
    PYKALA_TRY(keepsPersonalDeputies(*this, database(), found->value(), std::nullopt));
    PYKALA_TRY(changeExisting(QStringLiteral("delete"), membershipTable().name(), id,
                              tr("There is no membership with id %1.").arg(id),
                              [&] { return execute(QStringLiteral("DELETE FROM membership WHERE id = ?"), {id}); }));
    return transaction.commit();
}
