#include "store.h"

#include "auditlog.h"
#include "storesupport.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>

using namespace StoreSupport;

// ---------------------------------------------------------------------------
// Organisation

Result<std::optional<Organisation>> Store::organisation() const
{
    using R = Result<std::optional<Organisation>>;
    Statement query(database(), QStringLiteral("SELECT name, business_id, logo, logo_media_type, default_language, "
                                               "registry_address, registry_email, administrative_court "
                                               "FROM organisation WHERE id = 1"));
    if (!query.exec())
        return fail<std::optional<Organisation>>(query.errorMessage());
    if (!query.next())
        return R(std::nullopt);
    Organisation organisation;
    organisation.name = query.value(0).toString();
    organisation.businessId = query.value(1).toString();
    organisation.logo = query.value(2).toByteArray();
    organisation.logoMediaType = query.value(3).toString();
    organisation.defaultLanguage = parseCode(query.value(4), Language::Finnish);
    organisation.registryAddress = query.value(5).toString();
    organisation.registryEmail = query.value(6).toString();
    organisation.administrativeCourt = query.value(7).toString();
    return R(organisation);
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
    const QSqlDatabase db = database();
    const auto old = AuditLog::entityDigest(db, QStringLiteral("organisation"), 1);
    if (!old)
        return fail<Done>(old);
    Statement write(db,
                    QStringLiteral("INSERT INTO organisation (id, name, business_id, logo, logo_media_type, "
                                   "default_language, registry_address, registry_email, administrative_court) "
                                   "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                                   "name = excluded.name, business_id = excluded.business_id, logo = excluded.logo, "
                                   "logo_media_type = excluded.logo_media_type, "
                                   "default_language = excluded.default_language, "
                                   "registry_address = excluded.registry_address, "
                                   "registry_email = excluded.registry_email, "
                                   "administrative_court = excluded.administrative_court"),
                    {organisation.name.trimmed(), organisation.businessId.trimmed(),
                     organisation.logo.isEmpty() ? QVariant()
                                                 : QVariant(organisation.logo),
                     organisation.logo.isEmpty() ? QString() : organisation.logoMediaType,
                     Codes::code(organisation.defaultLanguage), organisation.registryAddress.trimmed(),
                     organisation.registryEmail.trimmed(), organisation.administrativeCourt.trimmed()});
    if (!write.exec())
        return Status::failure(write.errorMessage());
    PYKALA_TRY(audit(old->isEmpty() ? QStringLiteral("insert") : QStringLiteral("update"),
                     QStringLiteral("organisation"), 1, *old));
    return transaction.commit();
}

// ---------------------------------------------------------------------------
// Bodies

namespace {

const QString bodyColumns =
    QStringLiteral("id, name, short_name, kind, quorum_rule, swedish_name, section_numbering, voting_order, "
                   "document_language, signing_order");

Body readBody(const Statement &query)
{
    Body body;
    body.id = query.value(0).toLongLong();
    body.name = query.value(1).toString();
    body.shortName = query.value(2).toString();
    body.kind = parseCode(query.value(3), BodyKind::Committee);
    body.quorumRule = parseCode(query.value(4), Codes::defaultQuorumRule(body.kind));
    body.swedishName = query.value(5).toString();
    body.sectionNumbering = parseCode(query.value(6), SectionNumbering::Yearly);
    body.votingOrder = parseCode(query.value(7), VotingOrderModel::MostDivergentFirst);
    body.documentLanguage = Codes::parse<Language>(query.value(8).toString());
    body.signingOrder = query.value(9).toString().split(u',');
    return body;
}

} // namespace

Result<QList<Body>> Store::bodies() const
{
    Statement query(database(), QStringLiteral("SELECT %1 FROM body ORDER BY CASE kind WHEN 'council' THEN 0 "
                                               "WHEN 'board' THEN 1 WHEN 'committee' THEN 2 ELSE 3 END, name")
                                    .arg(bodyColumns));
    return readAll<Body>(query, readBody);
}

Result<std::optional<Body>> Store::body(qint64 id) const
{
    Statement query(database(), QStringLiteral("SELECT %1 FROM body WHERE id = ?").arg(bodyColumns), {id});
    return readOne<Body>(query, readBody);
}

Result<std::optional<Body>> Store::bodyByShortName(const QString &shortName) const
{
    Statement query(database(), QStringLiteral("SELECT %1 FROM body WHERE short_name = ?").arg(bodyColumns),
                    {shortName.trimmed()});
    return readOne<Body>(query, readBody);
}

namespace {

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
    return {};
}

} // namespace

Result<qint64> Store::addBody(const Body &body)
{
    if (const QString problem = validateBody(body); !problem.isEmpty())
        return fail<qint64>(problem);
    Transaction transaction(*this);
    if (!transaction.ok())
        return fail<qint64>(transaction.error());
    Statement insert(database(),
                     QStringLiteral("INSERT INTO body (name, short_name, kind, quorum_rule, swedish_name, "
                                    "section_numbering, voting_order, document_language, signing_order) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {body.name.trimmed(), body.shortName.trimmed(), Codes::code(body.kind),
                      Codes::code(body.quorumRule), body.swedishName.trimmed(), Codes::code(body.sectionNumbering),
                      Codes::code(body.votingOrder), languageCode(body.documentLanguage),
                      body.signingOrder.join(u',')});
    if (!insert.exec()) {
        if (insert.sqliteCode() == 19)
            return fail<qint64>(tr("There already is a body with the short name %1.").arg(body.shortName));
        return fail<qint64>(insert.errorMessage());
    }
    const qint64 id = insert.lastInsertId();
    PYKALA_TRY(audit(QStringLiteral("insert"), QStringLiteral("body"), id, QString()));
    PYKALA_TRY(transaction.commit());
    return id;
}

Status Store::updateBody(const Body &body)
{
    if (const QString problem = validateBody(body); !problem.isEmpty())
        return Failure{problem};
    return changeExisting(QStringLiteral("update"), QStringLiteral("body"), body.id,
                          tr("There is no body with id %1.").arg(body.id), [&] {
                              return execute(QStringLiteral("UPDATE body SET name = ?, short_name = ?, kind = ?, "
                                                            "quorum_rule = ?, swedish_name = ?, section_numbering = ?, "
                                                            "voting_order = ?, document_language = ?, signing_order = ? "
                                                            "WHERE id = ?"),
                                             {body.name.trimmed(), body.shortName.trimmed(), Codes::code(body.kind),
                                              Codes::code(body.quorumRule), body.swedishName.trimmed(),
                                              Codes::code(body.sectionNumbering), Codes::code(body.votingOrder),
                                              languageCode(body.documentLanguage), body.signingOrder.join(u','),
                                              body.id});
                          });
}

// ---------------------------------------------------------------------------
// Persons

namespace {

const QString personColumns = QStringLiteral("id, given_name, family_name, title, email, phone");

Person readPerson(const Statement &query)
{
    Person person;
    person.id = query.value(0).toLongLong();
    person.givenName = query.value(1).toString();
    person.familyName = query.value(2).toString();
    person.title = query.value(3).toString();
    person.email = query.value(4).toString();
    person.phone = query.value(5).toString();
    return person;
}

} // namespace

Result<QList<Person>> Store::persons() const
{
    Statement query(database(), QStringLiteral("SELECT %1 FROM person ORDER BY id").arg(personColumns));
    return readAll<Person>(query, readPerson);
}

Result<std::optional<Person>> Store::person(qint64 id) const
{
    Statement query(database(), QStringLiteral("SELECT %1 FROM person WHERE id = ?").arg(personColumns), {id});
    return readOne<Person>(query, readPerson);
}

Result<QHash<qint64, Person>> Store::persons(const QList<qint64> &ids) const
{
    Statement query(database(),
                    QStringLiteral("SELECT %1 FROM person WHERE id IN (SELECT value FROM json_each(?))").arg(personColumns),
                    {jsonIds(ids)});
    const auto found = readAll<Person>(query, readPerson);
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
        return fail<qint64>(tr("A person needs a family name."));
    Transaction transaction(*this);
    if (!transaction.ok())
        return fail<qint64>(transaction.error());
    Statement insert(database(),
                     QStringLiteral("INSERT INTO person (given_name, family_name, title, email, phone) "
                                    "VALUES (?, ?, ?, ?, ?)"),
                     {person.givenName.trimmed(), person.familyName.trimmed(), person.title.trimmed(),
                      person.email.trimmed(), person.phone.trimmed()});
    if (!insert.exec())
        return fail<qint64>(insert.errorMessage());
    const qint64 id = insert.lastInsertId();
    PYKALA_TRY(audit(QStringLiteral("insert"), QStringLiteral("person"), id, QString()));
    PYKALA_TRY(transaction.commit());
    return id;
}

Status Store::updatePerson(const Person &person)
{
    if (person.familyName.trimmed().isEmpty())
        return Failure{tr("A person needs a family name.")};
    return changeExisting(QStringLiteral("update"), QStringLiteral("person"), person.id,
                          tr("There is no person with id %1.").arg(person.id), [&] {
                              return execute(QStringLiteral("UPDATE person SET given_name = ?, family_name = ?, "
                                                            "title = ?, email = ?, phone = ? WHERE id = ?"),
                                             {person.givenName.trimmed(), person.familyName.trimmed(),
                                              person.title.trimmed(), person.email.trimmed(), person.phone.trimmed(),
                                              person.id});
                          });
}

// ---------------------------------------------------------------------------
// Memberships

namespace {

Membership readMembership(const Statement &query)
{
    Membership membership;
    membership.id = query.value(0).toLongLong();
    membership.bodyId = query.value(1).toLongLong();
    membership.personId = query.value(2).toLongLong();
    membership.role = parseCode(query.value(3), MembershipRole::Member);
    membership.deputyForPersonId = query.value(4).toLongLong();
    membership.validFrom = parseDate(query.value(5));
    membership.validUntil = parseDate(query.value(6));
    return membership;
}

} // namespace

Result<QList<Membership>> Store::memberships(qint64 bodyId) const
{
    // One body's through the body index; all only when asked for.
    const QString sql = QStringLiteral("SELECT id, body_id, person_id, role, deputy_for_person_id, valid_from, "
                                       "valid_until FROM membership %1 ORDER BY body_id, "
                                       "CASE role WHEN 'chair' THEN 0 WHEN 'vice-chair' THEN 1 WHEN 'member' THEN 2 "
                                       "WHEN 'deputy' THEN 3 WHEN 'presenter' THEN 4 ELSE 5 END, valid_from, id");
    if (bodyId == 0) {
        Statement query(database(), sql.arg(QString()));
        return readAll<Membership>(query, readMembership);
    }
    Statement query(database(), sql.arg(QStringLiteral("WHERE body_id = ?")), {bodyId});
    return readAll<Membership>(query, readMembership);
}

Result<QList<Membership>> Store::memberships(qint64 bodyId, const QDate &day) const
{
    // Days are ISO text: they compare as they sort.
    Statement query(database(),
                    QStringLiteral("SELECT id, body_id, person_id, role, deputy_for_person_id, valid_from, valid_until "
                                   "FROM membership WHERE body_id = ? AND valid_from <= ? "
                                   "AND (valid_until IS NULL OR valid_until >= ?) ORDER BY body_id, "
                                   "CASE role WHEN 'chair' THEN 0 WHEN 'vice-chair' THEN 1 WHEN 'member' THEN 2 "
                                   "WHEN 'deputy' THEN 3 WHEN 'presenter' THEN 4 ELSE 5 END, valid_from, id"),
                    {bodyId, isoDate(day), isoDate(day)});
    return readAll<Membership>(query, readMembership);
}

Result<qint64> Store::addMembership(const Membership &membership)
{
    if (!membership.validFrom.isValid())
        return fail<qint64>(tr("A membership needs the date it starts."));
    if (membership.validUntil.isValid() && membership.validUntil < membership.validFrom)
        return fail<qint64>(tr("A membership cannot end (%1) before it starts (%2).")
                                .arg(membership.validUntil.toString(Qt::ISODate),
                                     membership.validFrom.toString(Qt::ISODate)));
    if ((membership.role == MembershipRole::Deputy) != (membership.deputyForPersonId != 0))
        return fail<qint64>(tr("A personal deputy must name the member they stand in for, and only a deputy can."));
    if (membership.deputyForPersonId == membership.personId && membership.personId != 0)
        return fail<qint64>(tr("A person cannot be their own deputy."));
    Transaction transaction(*this);
    if (!transaction.ok())
        return fail<qint64>(transaction.error());
    Statement insert(database(),
                     QStringLiteral("INSERT INTO membership (body_id, person_id, role, deputy_for_person_id, "
                                    "valid_from, valid_until) VALUES (?, ?, ?, ?, ?, ?)"),
                     {membership.bodyId, membership.personId, Codes::code(membership.role),
                      nullIfZero(membership.deputyForPersonId), isoDate(membership.validFrom),
                      isoDate(membership.validUntil)});
    if (!insert.exec()) {
        if (insert.sqliteCode() == 19)
            return fail<qint64>(tr("The membership names a body or person that is not in the store."));
        return fail<qint64>(insert.errorMessage());
    }
    const qint64 id = insert.lastInsertId();
    PYKALA_TRY(audit(QStringLiteral("insert"), QStringLiteral("membership"), id, QString()));
    PYKALA_TRY(transaction.commit());
    return id;
}

Status Store::removeMembership(qint64 id)
{
    return changeExisting(QStringLiteral("delete"), QStringLiteral("membership"), id,
                          tr("There is no membership with id %1.").arg(id), [&] {
                              return execute(QStringLiteral("DELETE FROM membership WHERE id = ?"), {id});
                          });
}
