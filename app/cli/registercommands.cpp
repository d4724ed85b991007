// The register and the meeting's life cycle from a script: bodies, persons,
// memberships, meetings and agenda items — added, edited, ended or
// cancelled — so that a store is set up and a meeting prepared without
// writing JSON.

#include "commands.h"
#include "commandsupport.h"

#include "documents/meetingdocuments.h"
#include "procedure/appeal.h"
#include "procedure/caseview.h"
#include "procedure/itemtemplates.h"
#include "procedure/nexthandling.h"
#include "procedure/meetingplanning.h"
#include "procedure/membershipchanges.h"
#include "signing/certificatefile.h"
#include "store/store.h"
#include "text/richtext.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace Cli {

namespace {

// What a command's options hold, read into the record; a failure names the
// option and what it accepts. Each returns false after printing.
class Reader
{
public:
    Reader(const Context &context, const Options &options)
        : m_context(context)
        , m_options(options)
    {
    }

    bool has(const char *name) const { return m_options.contains(QString::fromLatin1(name)); }
    QString text(const char *name) const { return m_options.value(QString::fromLatin1(name)).trimmed(); }

    void line(const char *name, QString *target) const
    {
        if (has(name))
            *target = text(name);
    }

    template<typename Enum> bool code(const char *name, Enum *target)
    {
        if (!has(name))
            return true;
        const auto parsed = Codes::parse<Enum>(text(name));
        if (!parsed)
            return refuse(tr("--%1 must be one of %2, not \"%3\".")
                              .arg(QLatin1String(name), Codes::all<Enum>().join(QStringLiteral(", ")), text(name)));
        *target = *parsed;
        return true;
    }

    // 2026-12-14 or 14.12.2026.
    bool date(const char *name, QDate *target)
    {
        if (!has(name))
            return true;
        QDate day = QDate::fromString(text(name), Qt::ISODate);
        if (!day.isValid())
            day = QDate::fromString(text(name), QStringLiteral("d.M.yyyy"));
        if (!day.isValid())
            return refuse(tr("--%1 must be a date such as 2026-12-14 or 14.12.2026, not \"%2\".")
                              .arg(QLatin1String(name), text(name)));
        *target = day;
        return true;
    }

    // 16:00 or 16.00.
    bool time(const char *name, QTime *target)
    {
        if (!has(name))
            return true;
        QString value = text(name);
        value.replace(u'.', u':');
        const QTime parsed = QTime::fromString(value, QStringLiteral("H:mm"));
        if (!parsed.isValid())
            return refuse(tr("--%1 must be a time such as 16:00, not \"%2\".").arg(QLatin1String(name), text(name)));
        *target = parsed;
        return true;
    }

    // A person by id or by full name ("Aino Mäkelä"); 0 for none.
    bool person(const Store &store, const char *name, qint64 *target)
    {
        if (!has(name))
            return true;
        const auto found = findPerson(store, text(name));
        if (!found)
            return refuse(found.error(), false);
        *target = *found;
        return true;
    }

    bool refuse(const QString &message, bool usageError = true)
    {
        *m_context.err << "pykala-cli: " << message << Qt::endl;
        m_exit = usageError ? Usage : Failed;
        return false;
    }

    int exit() const { return m_exit; }

    static Result<qint64> findPerson(const Store &store, const QString &reference)
    {
        const auto persons = store.persons();
        if (!persons)
            return Failure{persons.error()};
        bool isId = false;
        const qint64 id = reference.toLongLong(&isId);
        QList<qint64> found;
        for (const Person &person : *persons) {
            if (isId ? person.id == id
                     : person.displayName().simplified().compare(reference.simplified(), Qt::CaseInsensitive) == 0)
                found.append(person.id);
        }
        if (found.isEmpty())
            return Failure{tr("There is no person \"%1\" in the store. 'pykala-cli persons' lists them.").arg(reference)};
        if (found.size() > 1) {
            QStringList ids;
            for (const qint64 each : std::as_const(found))
                ids << QString::number(each);
            return Failure{tr("Several persons are called \"%1\" (ids %2): name one by its id.")
                               .arg(reference, ids.join(QStringLiteral(", ")))};
        }
        return found.first();
    }

private:
    const Context &m_context;
    const Options &m_options;
    int m_exit = Usage;
};

// Whether only options of `allowed` were given to the action; else says
// which was not (the command's other actions take it) and false.
bool onlyOptions(const Context &context, const Options &options, const QString &action, const QStringList &allowed)
{
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        if (!allowed.contains(it.key())) {
            usage(context, tr("%1 takes no --%2 option.").arg(action, it.key()));
            return false;
        }
    }
    return true;
}

// "Added body KH (id 3)." or {"id": 3}.
int added(const Context &context, const QString &sentence, qint64 id)
{
    if (context.json)
        printJson(context, QJsonObject{{QStringLiteral("id"), id}});
    else
        *context.out << sentence << Qt::endl;
    return Success;
}

// A meeting's end at `end` after it starts at `start`: the next day when
// the clock time is not after the start (a meeting past midnight).
QDateTime endAfter(const QDateTime &start, const QTime &end)
{
    const QDateTime sameDay(start.date(), end);
    return sameDay > start ? sameDay : sameDay.addDays(1);
}

int done(const Context &context, const QString &sentence)
{
    if (!context.json)
        *context.out << sentence << Qt::endl;
    return Success;
}

// The body's settings from the options, over what it has.
bool readBody(Reader &read, Body *body)
{
    read.line("name", &body->name);
    read.line("short", &body->shortName);
    read.line("swedish-name", &body->swedishName);
    read.line("place", &body->defaultPlace);
    if (!read.code("kind", &body->kind))
        return false;
    if (!read.has("quorum") && read.has("kind"))
        body->quorumRule = Codes::defaultQuorumRule(body->kind);
    if (!read.code("quorum", &body->quorumRule) || !read.code("numbering", &body->sectionNumbering)
        || !read.time("time", &body->defaultStart))
        return false;
    if (read.has("signing-order"))
        body->signingOrder = read.text("signing-order").split(u',', Qt::SkipEmptyParts);
    if (read.has("language")) {
        if (read.text("language").isEmpty()) {
            body->documentLanguage.reset();
        } else {
            const auto language = Codes::parse<Language>(read.text("language"));
            if (!language)
                return read.refuse(tr("--language must be fi or sv, not \"%1\".").arg(read.text("language")));
            body->documentLanguage = *language;
        }
    }
    if (read.has("signing")) {
        const QString signing = read.text("signing");
        if (signing != u"electronic" && signing != u"paper")
            return read.refuse(tr("--signing must be electronic or paper, not \"%1\".").arg(signing));
        body->signsElectronically = signing == u"electronic";
    }
    if (read.has("package-days")) {
        bool ok = false;
        const int days = read.text("package-days").toInt(&ok);
        if (!ok || days < Body::minimumPackageExpiryDays || days > Body::maximumPackageExpiryDays)
            return read.refuse(tr("--package-days must be a number of days from %1 to %2, not \"%3\".")
                                   .arg(Body::minimumPackageExpiryDays)
                                   .arg(Body::maximumPackageExpiryDays)
                                   .arg(read.text("package-days")));
        body->packageExpiryDays = days;
    }
    return true;
}

int showBody(const Context &context, const Body &body)
{
    const QString documentLanguage = body.documentLanguage ? Codes::code(*body.documentLanguage) : QString();
    const QString start = body.defaultStart.isValid() ? body.defaultStart.toString(QStringLiteral("HH:mm")) : QString();
    if (context.json) {
        printJson(context, QJsonObject{{QStringLiteral("id"), body.id},
                                       {QStringLiteral("name"), body.name},
                                       {QStringLiteral("shortName"), body.shortName},
                                       {QStringLiteral("kind"), Codes::code(body.kind)},
                                       {QStringLiteral("quorumRule"), Codes::code(body.quorumRule)},
                                       {QStringLiteral("swedishName"), body.swedishName},
                                       {QStringLiteral("sectionNumbering"), Codes::code(body.sectionNumbering)},
                                       {QStringLiteral("votingOrder"), Codes::code(body.votingOrder)},
                                       {QStringLiteral("documentLanguage"), documentLanguage},
                                       {QStringLiteral("signingOrder"), body.signingOrder.join(u',')},
                                       {QStringLiteral("defaultPlace"), body.defaultPlace},
                                       {QStringLiteral("defaultStart"), start},
                                       {QStringLiteral("signsElectronically"), body.signsElectronically},
                                       {QStringLiteral("packageExpiryDays"), body.packageExpiryDays}});
        return Success;
    }
    *context.out << tr("Name: %1").arg(body.name) << Qt::endl
                 << tr("Document language: %1").arg(documentLanguage.isEmpty() ? tr("the organisation's") : documentLanguage)
                 << Qt::endl
                 << tr("Signing order: %1").arg(body.signingOrder.join(QStringLiteral(", "))) << Qt::endl
                 << tr("Minutes signed: %1").arg(body.signsElectronically ? tr("electronically") : tr("on paper"))
                 << Qt::endl
                 << tr("Members' packages readable until: %n day(s) after the meeting", nullptr, body.packageExpiryDays)
                 << Qt::endl;
    if (!body.defaultPlace.isEmpty() || !start.isEmpty())
        *context.out << tr("Usual place and time: %1 %2").arg(body.defaultPlace, start).trimmed() << Qt::endl;
    return Success;
}

// "person certificate PERSON --file F [--use U]" registers one;
// "person certificates PERSON" lists them.
int certificates(const Context &context, Store &store, const QString &reference, Reader &read)
{
    const auto personId = Reader::findPerson(store, reference);
    if (!personId)
        return fail(context, personId.error());
    if (read.has("file")) {
        PersonCertificate certificate;
        if (!read.code("use", &certificate.use))
            return read.exit();
        QFile file(read.text("file"));
        if (!file.open(QIODevice::ReadOnly))
            return fail(context, tr("Cannot read %1: %2").arg(read.text("file"), file.errorString()));
        const auto parsed = CertificateFile::read(file.read(64 * 1024 + 1));
        if (!parsed)
            return fail(context, parsed.error());
        const CertificateUse use = certificate.use;
        certificate = *parsed;
        certificate.use = use;
        certificate.personId = *personId;
        const auto id = store.addPersonCertificate(certificate);
        if (!id)
            return fail(context, id.error());
        // The fingerprint is the store's: it computes it as it registers.
        const auto registered = store.personCertificates(*personId);
        if (!registered)
            return fail(context, registered.error());
        const auto stored = std::find_if(registered->cbegin(), registered->cend(),
                                         [&](const PersonCertificate &c) { return c.id == *id; });
        return added(context, tr("Registered the %1 certificate of %2 (SHA-256 %3).")
                                  .arg(Codes::code(use), certificate.commonName,
                                       stored != registered->cend() ? stored->sha256 : QString()),
                     *id);
    }
    const auto all = store.personCertificates(*personId);
    if (!all)
        return fail(context, all.error());
    QJsonArray array;
    for (const PersonCertificate &c : *all) {
        if (context.json) {
            array.append(QJsonObject{{QStringLiteral("id"), c.id},
                                     {QStringLiteral("use"), Codes::code(c.use)},
                                     {QStringLiteral("subject"), c.subject},
                                     {QStringLiteral("issuer"), c.issuer},
                                     {QStringLiteral("serialNumber"), c.serialNumber},
                                     {QStringLiteral("validFrom"), c.validFrom.toString(Qt::ISODate)},
                                     {QStringLiteral("validUntil"), c.validUntil.toString(Qt::ISODate)},
                                     {QStringLiteral("sha256"), c.sha256}});
            continue;
        }
        *context.out << QStringLiteral("%1  %2  %3  %4–%5  %6")
                            .arg(c.id, 4)
                            .arg(Codes::code(c.use), c.commonName, c.validFrom.date().toString(Qt::ISODate),
                                 c.validUntil.date().toString(Qt::ISODate), c.sha256)
                     << Qt::endl;
    }
    if (context.json)
        printJson(context, array);
    return Success;
}

// The names a membership is shown with: persons by id, bodies' short
// names by id.
struct RegisterNames
{
    QHash<qint64, QString> persons, bodies;

    static Result<RegisterNames> of(const Store &store)
    {
        const auto persons = store.persons();
        const auto bodies = store.bodies();
        if (!persons || !bodies)
            return Failure{!persons ? persons.error() : bodies.error()};
        RegisterNames names;
        for (const Person &person : *persons)
            names.persons.insert(person.id, person.displayName().trimmed());
        for (const Body &body : *bodies)
            names.bodies.insert(body.id, body.shortName);
        return names;
    }
};

// A membership as 'memberships --json' lists it.
QJsonObject membershipJson(const RegisterNames &names, const Membership &m)
{
    return QJsonObject{{QStringLiteral("id"), m.id},
                       {QStringLiteral("body"), names.bodies.value(m.bodyId)},
                       {QStringLiteral("person"), names.persons.value(m.personId)},
                       {QStringLiteral("role"), Codes::code(m.role)},
                       {QStringLiteral("deputyFor"), m.deputyForPersonId ? QJsonValue(names.persons.value(m.deputyForPersonId))
                                                                         : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("validFrom"), m.validFrom.toString(Qt::ISODate)},
                       {QStringLiteral("validUntil"), m.validUntil.isValid() ? QJsonValue(m.validUntil.toString(Qt::ISODate))
                                                                             : QJsonValue(QJsonValue::Null)}};
}

// As 'memberships' lists it:
// "   3  KH  Olli Lahti  deputy (deputy for Pekka Niemi)  2025-06-01–2029-05-31"
QString membershipLine(const RegisterNames &names, const Membership &m)
{
    QString text = QStringLiteral("%1  %2  %3  %4").arg(m.id, 4).arg(names.bodies.value(m.bodyId),
                                                                   names.persons.value(m.personId), Codes::code(m.role));
    if (m.deputyForPersonId)
        text += QLatin1Char(' ') + tr("(deputy for %1)").arg(names.persons.value(m.deputyForPersonId));
    text += QStringLiteral("  %1–%2").arg(m.validFrom.toString(Qt::ISODate),
                                          m.validUntil.isValid() ? m.validUntil.toString(Qt::ISODate) : QString());
    return text;
}

// "membership edit ID …": what the desktop's Edit changes — the role, the
// member a deputy stands in for, the dates; the body and person stay, and
// the store refuses what would alter a held meeting's seats.
int editMembership(const Context &context, Store &store, Membership membership, Reader &read)
{
    if (!read.has("role") && !read.has("deputy-for") && !read.has("from") && !read.has("until"))
        return usage(context, tr("membership edit needs at least one of --role, --deputy-for, --from and --until."));
    if (!read.code("role", &membership.role) || !read.date("from", &membership.validFrom))
        return read.exit();
    // An empty --until: the membership runs on with no end.
    if (read.has("until") && read.text("until").isEmpty())
        membership.validUntil = QDate();
    else if (!read.date("until", &membership.validUntil))
        return read.exit();
    if (membership.role != MembershipRole::Deputy) {
        if (read.has("deputy-for"))
            return usage(context, tr("Only a personal deputy (--role deputy) stands in for a member; this membership's "
                                     "role is %1.").arg(Codes::code(membership.role)));
        membership.deputyForPersonId = 0;
    } else {
        if (!read.person(store, "deputy-for", &membership.deputyForPersonId))
            return read.exit();
        if (!membership.deputyForPersonId)
            return usage(context, tr("A personal deputy stands in for a member: give --deputy-for PERSON."));
    }
    if (const Status saved = store.updateMembership(membership); !saved)
        return fail(context, saved.error());
    const auto names = RegisterNames::of(store);
    if (!names)
        return fail(context, names.error());
    if (context.json)
        printJson(context, membershipJson(*names, membership));
    else
        *context.out << tr("Saved membership %1:").arg(membership.id) << Qt::endl << membershipLine(*names, membership) << Qt::endl;
    return Success;
}

// "membership resign ID --successor PERSON --from DATE": the desktop's
// Resignation (MembershipChanges::succeed), said back as what was done.
int resign(const Context &context, Store &store, const Membership &leaving, Reader &read)
{
    if (!read.has("successor") || !read.has("from"))
        return usage(context, tr("membership resign needs --successor, who takes the seat, and --from, their first "
                                 "day."));
    MembershipChanges::Succession succession;
    succession.membershipId = leaving.id;
    succession.moveDeputy = !read.has("end-deputy");
    if (!read.person(store, "successor", &succession.successorPersonId) || !read.date("from", &succession.firstDay))
        return read.exit();
    const auto done = MembershipChanges::succeed(store, succession);
    if (!done)
        return fail(context, done.error());
    if (context.json) {
        printJson(context, QJsonObject{{QStringLiteral("successorMembershipId"), done->successorMembershipId},
                                       {QStringLiteral("deputiesMoved"), done->deputiesMoved},
                                       {QStringLiteral("deputiesEnded"), done->deputiesEnded},
                                       {QStringLiteral("successorWasDeputy"), done->successorWasDeputy}});
        return Success;
    }
    const auto successor = store.person(succession.successorPersonId);
    const QString name = successor && successor->has_value() ? successor->value().displayName().trimmed() : QString();
    *context.out << tr("Membership %1 ends on %2; %3 holds it from %4 (membership %5).")
                        .arg(QString::number(leaving.id), succession.firstDay.addDays(-1).toString(Qt::ISODate), name,
                             succession.firstDay.toString(Qt::ISODate), QString::number(done->successorMembershipId))
                 << Qt::endl;
    if (done->deputiesMoved)
        *context.out << tr("%n personal deputy(s) now stand(s) in for the successor.", nullptr, done->deputiesMoved)
                     << Qt::endl;
    if (done->deputiesEnded)
        *context.out << tr("%n personal deputy membership(s) ended with the seat.", nullptr, done->deputiesEnded)
                     << Qt::endl;
    if (done->successorWasDeputy)
        *context.out << tr("The successor was the member's personal deputy: that deputy membership ended too.")
                     << Qt::endl;
    return Success;
}

// "membership term --body SHORT --last-day DATE": the desktop's Change of
// Term (MembershipChanges::endTerm). The last day is always given: which
// term ends, and on which day, is the secretary's to say, not a guess.
int endTerm(const Context &context, Store &store, Reader &read)
{
    if (!read.has("body") || !read.has("last-day"))
        return usage(context, tr("membership term needs --body and --last-day, the last day of the term that ends "
                                 "(for a council term, 31 May of the election year)."));
    const auto body = findBody(store, read.text("body"));
    if (!body)
        return fail(context, body.error());
    QDate lastDay;
    if (!read.date("last-day", &lastDay))
        return read.exit();
    const auto ended = MembershipChanges::endTerm(store, body->id, lastDay, read.has("officials"));
    if (!ended)
        return fail(context, ended.error());
    if (context.json) {
        printJson(context, QJsonObject{{QStringLiteral("ended"), *ended}});
        return Success;
    }
    *context.out << tr("%n membership(s) of %1 ended on %2.", nullptr, *ended)
                        .arg(body->shortName, lastDay.toString(Qt::ISODate))
                 << Qt::endl;
    return Success;
}

} // namespace

int body(const Context &context, const QStringList &arguments, const Options &options)
{
    auto store = openStore(context);
    if (!store)
        return fail(context, store.error());
    Reader read(context, options);
    const QString verb = arguments.value(0);
    if (verb == u"add") {
        if (arguments.size() != 1)
            return usage(context, tr("Usage: pykala-cli body add --short KH --name NAME --kind KIND [options]"));
        Body body;
        if (!read.has("short") || !read.has("name") || !read.has("kind"))
            return usage(context, tr("body add needs --short, --name and --kind (council, board, committee or section)."));
        if (!readBody(read, &body))
            return read.exit();
        const auto id = store.value()->addBody(body);
        if (!id)
            return fail(context, id.error());
        return added(context, tr("Added body %1 (id %2).").arg(body.shortName.trimmed()).arg(*id), *id);
    }
    // "body edit KH …", or "body KH" with settings or none (it shows them).
    const bool edit = verb == u"edit";
    if (arguments.size() != (edit ? 2 : 1))
        return usage(context, tr("Usage: pykala-cli body add|edit SHORT [options], or body SHORT"));
    auto found = findBody(*store.value(), arguments.constLast());
    if (!found)
        return fail(context, found.error());
    Body body = *found;
    if (!options.isEmpty()) {
        if (!readBody(read, &body))
            return read.exit();
        if (const Status stored = store.value()->updateBody(body); !stored)
            return fail(context, stored.error());
    }
    return showBody(context, body);
}

int person(const Context &context, const QStringList &arguments, const Options &options)
{
    auto store = openStore(context);
    if (!store)
        return fail(context, store.error());
    Reader read(context, options);
    const QString verb = arguments.value(0);
    if ((verb == u"certificate" || verb == u"certificates") && arguments.size() == 2) {
        if (!onlyOptions(context, options, QStringLiteral("person ") + verb,
                         verb == u"certificate" ? QStringList{QStringLiteral("file"), QStringLiteral("use")} : QStringList()))
            return Usage;
        return certificates(context, *store.value(), arguments.at(1), read);
    }
    if (!onlyOptions(context, options, QStringLiteral("person ") + verb,
                     {QStringLiteral("given"), QStringLiteral("family"), QStringLiteral("title"), QStringLiteral("email"),
                      QStringLiteral("phone")}))
        return Usage;
    Person person;
    if (verb == u"edit" && arguments.size() == 2) {
        const auto id = Reader::findPerson(*store.value(), arguments.at(1));
        if (!id)
            return fail(context, id.error());
        const auto found = store.value()->person(*id);
        if (!found || !found->has_value())
            return fail(context, found ? tr("There is no person with id %1.").arg(*id) : found.error());
        person = found->value();
    } else if (verb != u"add" || arguments.size() != 1) {
        return usage(context, tr("Usage: pykala-cli person add --given NAME --family NAME [options], person edit PERSON "
                                 "[options], person certificate PERSON --file CERT [--use signing|encryption], or "
                                 "person certificates PERSON"));
    } else if (!read.has("family")) {
        return usage(context, tr("person add needs at least --family (and usually --given)."));
    }
    read.line("given", &person.givenName);
    read.line("family", &person.familyName);
    read.line("title", &person.title);
    read.line("email", &person.email);
    read.line("phone", &person.phone);
    if (person.id) {
        if (const Status stored = store.value()->updatePerson(person); !stored)
            return fail(context, stored.error());
        return done(context, tr("Saved %1 (id %2).").arg(person.displayName().trimmed()).arg(person.id));
    }
    const auto id = store.value()->addPerson(person);
    if (!id)
        return fail(context, id.error());
    return added(context, tr("Added %1 (id %2).").arg(person.displayName().trimmed()).arg(*id), *id);
}

int persons(const Context &context)
{
    auto store = openStore(context);
    if (!store)
        return fail(context, store.error());
    const auto all = store.value()->persons();
    if (!all)
        return fail(context, all.error());
    QJsonArray array;
    for (const Person &person : *all) {
        if (context.json)
            array.append(QJsonObject{{QStringLiteral("id"), person.id},
                                     {QStringLiteral("givenName"), person.givenName},
                                     {QStringLiteral("familyName"), person.familyName},
                                     {QStringLiteral("title"), person.title},
                                     {QStringLiteral("email"), person.email},
                                     {QStringLiteral("phone"), person.phone}});
        else
            *context.out << QStringLiteral("%1  %2%3")
                                .arg(person.id, 4)
                                .arg(person.displayName().trimmed(),
                                     person.title.isEmpty() ? QString() : QStringLiteral(", ") + person.title)
                         << Qt::endl;
    }
    if (context.json)
        printJson(context, array);
    return Success;
}

int membership(const Context &context, const QStringList &arguments, const Options &options)
{
    const QString verb = arguments.value(0);
    static const QHash<QString, QStringList> actionOptions{
        {QStringLiteral("add"), {QStringLiteral("body"), QStringLiteral("person"), QStringLiteral("role"),
                                 QStringLiteral("deputy-for"), QStringLiteral("from"), QStringLiteral("until")}},
        {QStringLiteral("edit"), {QStringLiteral("role"), QStringLiteral("deputy-for"), QStringLiteral("from"),
                                  QStringLiteral("until")}},
        {QStringLiteral("end"), {QStringLiteral("until")}},
        {QStringLiteral("resign"), {QStringLiteral("successor"), QStringLiteral("from"), QStringLiteral("end-deputy")}},
        {QStringLiteral("remove"), {}},
        {QStringLiteral("term"), {QStringLiteral("body"), QStringLiteral("last-day"), QStringLiteral("officials")}},
    };
    // "membership add" and "membership term" name no membership; the others one, by its id.
    const bool named = verb != u"add" && verb != u"term";
    if (!actionOptions.contains(verb) || arguments.size() != (named ? 2 : 1))
        return usage(context, tr("Usage: pykala-cli membership add --body SHORT --person PERSON --role ROLE --from DATE "
                                 "[--until DATE] [--deputy-for PERSON], membership edit ID [--role ROLE] [--deputy-for "
                                 "PERSON] [--from DATE] [--until DATE], membership end ID --until DATE, membership "
                                 "resign ID --successor PERSON --from DATE [--end-deputy], membership remove ID, or "
                                 "membership term --body SHORT --last-day DATE [--officials]"));
    if (!onlyOptions(context, options, QStringLiteral("membership ") + verb, actionOptions.value(verb)))
        return Usage;
    qint64 id = 0;
    if (named) {
        bool ok = false;
        id = arguments.at(1).toLongLong(&ok);
        if (!ok || id <= 0)
            return usage(context, tr("Name the membership by its id, as 'pykala-cli memberships' lists it, not \"%1\".")
                                      .arg(arguments.at(1)));
    }
    auto store = openStore(context);
    if (!store)
        return fail(context, store.error());
    Reader read(context, options);

    if (verb == u"add") {
        if (!read.has("body") || !read.has("person") || !read.has("role") || !read.has("from"))
            return usage(context, tr("membership add needs --body, --person, --role and --from."));
        const auto found = findBody(*store.value(), read.text("body"));
        if (!found)
            return fail(context, found.error());
        Membership membership;
        membership.bodyId = found->id;
        if (!read.person(*store.value(), "person", &membership.personId)
            || !read.person(*store.value(), "deputy-for", &membership.deputyForPersonId)
            || !read.code("role", &membership.role) || !read.date("from", &membership.validFrom)
            || !read.date("until", &membership.validUntil))
            return read.exit();
        const auto newId = store.value()->addMembership(membership);
        if (!newId)
            return fail(context, newId.error());
        return added(context, tr("Added membership %1.").arg(*newId), *newId);
    }
    if (verb == u"term")
        return endTerm(context, *store.value(), read);

    // The others change one membership: it must be there.
    const auto found = store.value()->membership(id);
    if (!found)
        return fail(context, found.error());
    if (!found->has_value())
        return fail(context, tr("There is no membership with id %1. 'pykala-cli memberships' lists them.").arg(id));
    const Membership stored = found->value();
    if (verb == u"edit")
        return editMembership(context, *store.value(), stored, read);
    if (verb == u"resign")
        return resign(context, *store.value(), stored, read);
    if (verb == u"remove") {
        if (const Status removed = store.value()->removeMembership(id); !removed)
            return fail(context, removed.error());
        return done(context, tr("Removed membership %1.").arg(id));
    }
    QDate until;
    if (!read.has("until"))
        return usage(context, tr("membership end needs --until, the membership's last day."));
    if (!read.date("until", &until))
        return read.exit();
    if (const Status ended = store.value()->endMembership(id, until); !ended)
        return fail(context, ended.error());
    return done(context, tr("Membership %1 ends on %2.").arg(id).arg(until.toString(Qt::ISODate)));
}

int memberships(const Context &context, const Options &options)
{
    auto store = openStore(context);
    if (!store)
        return fail(context, store.error());
    qint64 bodyId = 0;
    if (options.contains(QStringLiteral("body"))) {
        const auto found = findBody(*store.value(), options.value(QStringLiteral("body")));
        if (!found)
            return fail(context, found.error());
        bodyId = found->id;
    }
    const auto all = store.value()->memberships(bodyId);
    const auto names = RegisterNames::of(*store.value());
    if (!all || !names)
        return fail(context, !all ? all.error() : names.error());
    QJsonArray array;
    for (const Membership &m : *all) {
        if (context.json)
            array.append(membershipJson(*names, m));
        else
            *context.out << membershipLine(*names, m) << Qt::endl;
    }
    if (context.json)
        printJson(context, array);
    return Success;
}

int meeting(const Context &context, const QStringList &arguments, const Options &options)
{
    Reader read(context, options);
    const QString verb = arguments.value(0);
    if (verb == u"add") {
        if (!onlyOptions(context, options, QStringLiteral("meeting add"),
                         {QStringLiteral("body"), QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("end"),
                          QStringLiteral("place"), QStringLiteral("mode"), QStringLiteral("no-opening-items")}))
            return Usage;
        if (arguments.size() != 1 || !read.has("body") || !read.has("date"))
            return usage(context, tr("meeting add needs --body SHORT and --date DATE."));
        auto store = openStore(context);
        if (!store)
            return fail(context, store.error());
        const auto found = findBody(*store.value(), read.text("body"));
        if (!found)
            return fail(context, found.error());
        QDate day;
        if (!read.date("date", &day))
            return read.exit();
        auto proposed = MeetingPlanning::proposed(*store.value(), found->id, day);
        if (!proposed)
            return fail(context, proposed.error());
        Meeting meeting = *proposed;
        const qint64 length = proposed->plannedStart.secsTo(proposed->plannedEnd);
        QTime start = meeting.plannedStart.time(), end;
        if (!read.time("time", &start) || !read.time("end", &end) || !read.code("mode", &meeting.mode))
            return read.exit();
        meeting.plannedStart = QDateTime(day, start);
        meeting.plannedEnd = read.has("end") ? endAfter(meeting.plannedStart, end) : meeting.plannedStart.addSecs(length);
        read.line("place", &meeting.place);
        if (meeting.place.isEmpty())
            return usage(context, tr("Give the meeting's place with --place; the body has no usual place to take."));
        const auto id = MeetingPlanning::add(*store.value(), meeting, !read.has("no-opening-items"));
        if (!id)
            return fail(context, id.error());
        const auto reference = store.value()->meetingReference(meeting);
        return added(context, tr("Added meeting %1 (id %2).").arg(reference ? *reference : QString()).arg(*id), *id);
    }
    if (arguments.size() != 2)
        return usage(context, tr("Usage: pykala-cli meeting add --body SHORT --date DATE [options], or meeting "
                                 "edit|convene|cancel|invite MEETING [options]"));
    auto opened = Cli::openMeeting(context, arguments.at(1));
    if (!opened)
        return fail(context, opened.error());
    Store &store = *opened->store;
    const Meeting &meeting = opened->meeting;
    const auto reference = store.meetingReference(meeting);
    const QString name = reference ? *reference : arguments.at(1);
    static const QHash<QString, QStringList> meetingOptions{
        {QStringLiteral("convene"), {QStringLiteral("date")}},
        {QStringLiteral("invite"), {QStringLiteral("smtp-host"), QStringLiteral("smtp-port"), QStringLiteral("security"),
                                    QStringLiteral("allow-unencrypted"), QStringLiteral("smtp-user"),
                                    QStringLiteral("password-file"), QStringLiteral("from"),
                                    QStringLiteral("smtp-timeout")}},
        {QStringLiteral("cancel"), {QStringLiteral("reason")}},
        {QStringLiteral("edit"), {QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("end"),
                                  QStringLiteral("place"), QStringLiteral("mode")}}};
    if (meetingOptions.contains(verb) && !onlyOptions(context, options, QStringLiteral("meeting ") + verb, meetingOptions.value(verb)))
        return Usage;
    if (verb == u"invite")
        return invite(context, store, meeting, name, options);
    if (verb == u"convene") {
        QDate day = QDate::currentDate();
        if (!read.date("date", &day))
            return read.exit();
        if (const Status convened = store.conveneMeeting(meeting.id, day); !convened)
            return fail(context, convened.error());
        return done(context, tr("%1 convened on %2.").arg(name, day.toString(Qt::ISODate)));
    }
    if (verb == u"cancel") {
        if (!read.has("reason"))
            return usage(context, tr("meeting cancel needs --reason; the record keeps why."));
        if (const Status cancelled = store.cancelMeeting(meeting.id, read.text("reason")); !cancelled)
            return fail(context, cancelled.error());
        return done(context, tr("%1 cancelled.").arg(name));
    }
    if (verb == u"edit") {
        QDate day = meeting.plannedStart.date();
        QTime start = meeting.plannedStart.time(), end;
        MeetingMode mode = meeting.mode;
        QString place = meeting.place;
        if (!read.date("date", &day) || !read.time("time", &start) || !read.time("end", &end)
            || !read.code("mode", &mode))
            return read.exit();
        read.line("place", &place);
        // Moved, it keeps its length unless a new end is given.
        const QDateTime newStart(day, start);
        const QDateTime newEnd = read.has("end")        ? endAfter(newStart, end)
            : meeting.plannedEnd.isValid() ? newStart.addSecs(meeting.plannedStart.secsTo(meeting.plannedEnd))
                                           : QDateTime();
        if (const Status moved = store.rescheduleMeeting(meeting.id, newStart, newEnd, place, mode); !moved)
            return fail(context, moved.error());
        return done(context, tr("%1 is on %2 at %3.").arg(name, dateTimeText(newStart), place));
    }
    return usage(context, tr("Unknown meeting action \"%1\": add, edit, convene, cancel or invite.").arg(verb));
}

int item(const Context &context, const QStringList &arguments, const Options &options)
{
    Reader read(context, options);
    const QString verb = arguments.value(0);
    if ((verb != u"add" && verb != u"edit") || arguments.size() != 2)
        return usage(context, tr("Usage: pykala-cli item add MEETING --title TITLE [options], item add MEETING "
                                 "--template NAME [options], or item edit ITEM [options]"));
    if (verb == u"edit" && read.has("template"))
        return usage(context, tr("item edit takes no --template option: a template makes a new item."));
    auto store = openStore(context);
    if (!store)
        return fail(context, store.error());
    AgendaItem item;
    if (verb == u"add") {
        if (!read.has("title") && !read.has("template"))
            return usage(context, tr("item add needs --title, or --template to start from a template."));
        const auto found = store.value()->findMeeting(arguments.at(1));
        if (!found)
            return fail(context, found.error());
        item.meetingId = found->id;
        // The body's template, with the options written over it.
        if (read.has("template")) {
            const auto itemTemplate = ItemTemplates::find(*store.value(), found->bodyId, read.text("template"));
            if (!itemTemplate)
                return fail(context, itemTemplate.error());
            item = ItemTemplates::newItem(*itemTemplate, found->id);
        }
    } else {
        const auto found = MeetingDocuments::findItem(*store.value(), arguments.at(1));
        if (!found)
            return fail(context, found.error());
        item = found->second;
    }
    read.line("title", &item.title);
    read.line("case", &item.caseReference);
    read.line("task-class", &item.taskClass);
    // Texts as plain paragraphs: an empty line between them.
    if (read.has("background"))
        item.background = RichText::fromPlainText(read.text("background"));
    if (read.has("proposal"))
        item.proposal = RichText::fromPlainText(read.text("proposal"));
    if (!read.person(*store.value(), "presenter", &item.presenterPersonId) || !read.code("publicity", &item.publicity))
        return read.exit();
    if (read.has("basis"))
        item.confidentialityBasis.text = read.text("basis");
    if (verb == u"edit") {
        if (const Status saved = store.value()->updateAgendaItem(item); !saved)
            return fail(context, saved.error());
        return done(context, tr("Saved item %1.").arg(item.id));
    }
    const auto id = store.value()->addAgendaItem(item);
    if (!id)
        return fail(context, id.error());
    return added(context, tr("Added item %1 to the agenda.").arg(*id), *id);
}

int itemTemplate(const Context &context, const QStringList &arguments, const Options &options)
{
    Reader read(context, options);
    const QString verb = arguments.value(0);
    const QString usageText = tr("Usage: pykala-cli template list --body SHORT, template save ITEM --name NAME "
                                 "[--replace], or template remove TEMPLATE --body SHORT");
    auto store = openStore(context);
    if (!store)
        return fail(context, store.error());
    if (verb == u"list" && arguments.size() == 1) {
        if (!onlyOptions(context, options, QStringLiteral("template list"), {QStringLiteral("body")}))
            return Usage;
        if (!read.has("body"))
            return usage(context, tr("template list needs --body, the body whose templates to list."));
        const auto body = findBody(*store.value(), read.text("body"));
        if (!body)
            return fail(context, body.error());
        const auto templates = store.value()->itemTemplates(body->id);
        if (!templates)
            return fail(context, templates.error());
        QJsonArray array;
        for (const ItemTemplate &each : *templates) {
            if (context.json)
                array.append(QJsonObject{{QStringLiteral("id"), each.id},
                                         {QStringLiteral("name"), each.name},
                                         {QStringLiteral("title"), each.item.title},
                                         {QStringLiteral("publicity"), Codes::code(each.item.publicity)}});
            else
                *context.out << QStringLiteral("%1  %2  (%3)").arg(each.id, 4).arg(each.name, each.item.title)
                             << Qt::endl;
        }
        if (context.json)
            printJson(context, array);
        else if (templates->isEmpty())
            *context.out << tr("%1 has no item templates. Save one with 'pykala-cli template save ITEM --name NAME'.")
                                .arg(body->shortName)
                         << Qt::endl;
        return Success;
    }
    if (verb == u"save" && arguments.size() == 2) {
        if (!onlyOptions(context, options, QStringLiteral("template save"),
                         {QStringLiteral("name"), QStringLiteral("replace")}))
            return Usage;
        if (read.text("name").isEmpty())
            return usage(context, tr("template save needs --name, the name the template is chosen by."));
        const auto found = MeetingDocuments::findItem(*store.value(), arguments.at(1));
        if (!found)
            return fail(context, found.error());
        const auto id = ItemTemplates::saveItem(*store.value(), found->second.id, read.text("name"), read.has("replace"));
        if (!id)
            return fail(context, id.error());
        return added(context, tr("Saved item template %1 (id %2).").arg(read.text("name")).arg(*id), *id);
    }
    if (verb == u"remove" && arguments.size() == 2) {
        if (!onlyOptions(context, options, QStringLiteral("template remove"), {QStringLiteral("body")}))
            return Usage;
        if (!read.has("body"))
            return usage(context, tr("template remove needs --body, the body whose template it is."));
        const auto body = findBody(*store.value(), read.text("body"));
        if (!body)
            return fail(context, body.error());
        const auto found = ItemTemplates::find(*store.value(), body->id, arguments.at(1));
        if (!found)
            return fail(context, found.error());
        if (const Status removed = store.value()->removeItemTemplate(found->id); !removed)
            return fail(context, removed.error());
        return done(context, tr("Removed item template %1.").arg(found->name));
    }
    return usage(context, usageText);
}

int access(const Context &context, const QStringList &arguments, const Options &options)
{
    Reader read(context, options);
    const QString verb = arguments.value(0);
    const QString usageText = tr("Usage: pykala-cli access setup, access grant LOGIN --role ROLE [--person PERSON] "
                                 "[--body SHORT[,SHORT…]] [--password-file FILE], access revoke LOGIN, or access list");
    auto store = openStore(context);
    if (!store)
        return fail(context, store.error());
    if (verb == u"setup" && arguments.size() == 1) {
        if (!onlyOptions(context, options, QStringLiteral("access setup"), {}))
            return Usage;
        if (const Status setUp = store.value()->setUpAccess(); !setUp)
            return fail(context, setUp.error());
        return done(context, tr("Set up the store's roles on the server."));
    }
    if (verb == u"grant" && arguments.size() == 2) {
        if (!onlyOptions(context, options, QStringLiteral("access grant"),
                         {QStringLiteral("role"), QStringLiteral("person"), QStringLiteral("body"),
                          QStringLiteral("password-file")}))
            return Usage;
        if (!read.has("role"))
            return usage(context, tr("access grant needs --role: administrator, registry, secretary, presenter, "
                                     "member or public."));
        StoreLogin login{arguments.at(1), read.text("role"), 0, {}};
        if (read.has("person")) {
            const auto person = Reader::findPerson(*store.value(), read.text("person"));
            if (!person)
                return fail(context, person.error());
            login.personId = *person;
        }
        for (const QString &shortName : read.text("body").split(u',', Qt::SkipEmptyParts)) {
            const auto body = findBody(*store.value(), shortName.trimmed());
            if (!body)
                return fail(context, body.error());
            login.bodies.append(body->id);
        }
        // The password never on the command line, where other users see it.
        QString password;
        if (read.has("password-file")) {
            QFile file(read.text("password-file"));
            if (!file.open(QIODevice::ReadOnly))
                return fail(context, tr("Cannot read the password file %1: %2").arg(file.fileName(), file.errorString()));
            password = QString::fromUtf8(file.readLine()).remove(u'\n').remove(u'\r');
            if (password.isEmpty())
                return fail(context, tr("The password file %1 is empty: its first line is the password.")
                                         .arg(file.fileName()));
        }
        if (const Status granted = store.value()->grantLogin(login, password); !granted)
            return fail(context, granted.error());
        return done(context, tr("%1 signs in as %2.").arg(login.login, login.role));
    }
    if (verb == u"revoke" && arguments.size() == 2) {
        if (!onlyOptions(context, options, QStringLiteral("access revoke"), {}))
            return Usage;
        if (const Status revoked = store.value()->revokeLogin(arguments.at(1)); !revoked)
            return fail(context, revoked.error());
        return done(context, tr("%1 no longer has a role in the store.").arg(arguments.at(1)));
    }
    if (verb == u"list" && arguments.size() == 1) {
        if (!onlyOptions(context, options, QStringLiteral("access list"), {}))
            return Usage;
        const auto logins = store.value()->logins();
        const auto bodies = store.value()->bodies();
        const auto persons = store.value()->persons();
        for (const QString &error : {logins.error(), bodies.error(), persons.error()}) {
            if (!error.isEmpty())
                return fail(context, error);
        }
        QHash<qint64, QString> bodyNames;
        for (const Body &body : *bodies)
            bodyNames.insert(body.id, body.shortName);
        QHash<qint64, QString> personNames;
        for (const Person &person : *persons)
            personNames.insert(person.id, person.displayName());
        QJsonArray array;
        for (const StoreLogin &login : *logins) {
            QStringList names;
            for (const qint64 body : login.bodies)
                names.append(bodyNames.value(body));
            if (context.json)
                array.append(QJsonObject{{QStringLiteral("login"), login.login},
                                         {QStringLiteral("role"), login.role},
                                         {QStringLiteral("person"), personNames.value(login.personId)},
                                         {QStringLiteral("bodies"), QJsonArray::fromStringList(names)}});
            else
                *context.out << QStringLiteral("%1  %2  %3  %4")
                                    .arg(login.login, login.role, personNames.value(login.personId), names.join(u','))
                                    .trimmed()
                             << Qt::endl;
        }
        if (context.json)
            printJson(context, array);
        else if (logins->isEmpty())
            *context.out << tr("The store has no logins. Give one a role with 'pykala-cli access grant LOGIN --role ROLE'.")
                         << Qt::endl;
        return Success;
    }
    return usage(context, usageText);
}

} // namespace Cli

// ---------------------------------------------------------------------------
// The case register

namespace Cli {

namespace {

QJsonObject caseJson(const Case &entry)
{
    QJsonArray parties;
    for (const CaseParty &party : entry.parties)
        parties.append(party.toJson());
    auto day = [](const QDate &date) { return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(); };
    return QJsonObject{{QStringLiteral("id"), entry.id},
                       {QStringLiteral("diaryNumber"), entry.diaryNumber.toString()},
                       {QStringLiteral("title"), entry.title},
                       {QStringLiteral("taskClassId"), entry.taskClassId},
                       {QStringLiteral("publicity"), Codes::code(entry.publicity)},
                       {QStringLiteral("state"), Codes::code(entry.state)},
                       {QStringLiteral("initiated"), day(entry.initiated)},
                       {QStringLiteral("decided"), day(entry.decided)},
                       {QStringLiteral("implemented"), day(entry.implemented)},
                       {QStringLiteral("closed"), day(entry.closed)},
                       {QStringLiteral("destroyed"), day(entry.destroyed)},
                       {QStringLiteral("parties"), parties}};
}

int showCase(const Context &context, const Store &store, const Case &found)
{
    const auto view = CaseView::load(store, found.id);
    if (!view)
        return fail(context, view.error());
    const Case &entry = view->entry;
    if (context.json) {
        QJsonObject object = caseJson(entry);
        QJsonArray list;
        for (const CaseHandling &h : view->handlings)
            list.append(QJsonObject{{QStringLiteral("itemId"), h.itemId},
                                    {QStringLiteral("body"), h.bodyName},
                                    {QStringLiteral("meeting"), h.meetingReference},
                                    {QStringLiteral("day"), h.day.toString(Qt::ISODate)},
                                    {QStringLiteral("section"), h.sectionNumber ? QJsonValue(*h.sectionNumber) : QJsonValue()},
                                    {QStringLiteral("title"), h.title}});
        object.insert(QStringLiteral("handlings"), list);
        QJsonArray extracts;
        for (const CaseView::Sent &sent : view->extractsSent) {
            const ExtractSent &e = sent.extract;
            QJsonObject one{{QStringLiteral("itemId"), e.itemId}, {QStringLiteral("recipient"), e.recipient},
                            {QStringLiteral("method"), Codes::code(e.method)},
                            {QStringLiteral("sent"), e.sent.toString(Qt::ISODate)},
                            {QStringLiteral("notified"), sent.notified.toString(Qt::ISODate)}};
            if (sent.lastDay)
                one.insert(QStringLiteral("lastDayOfAppeal"), sent.lastDay->toString(Qt::ISODate));
            extracts.append(one);
        }
        object.insert(QStringLiteral("extractsSent"), extracts);
        printJson(context, object);
        return Success;
    }
    QTextStream &out = *context.out;
    out << entry.diaryNumber.toString() << "  " << entry.title << Qt::endl;
    out << tr("Task class: %1 %2").arg(view->taskClass ? view->taskClass->code : QString(),
                                       view->taskClass ? view->taskClass->name : QString())
        << Qt::endl;
    out << tr("State: %1, opened %2").arg(Codes::code(entry.state), entry.initiated.toString(Qt::ISODate)) << Qt::endl;
    if (entry.destroyed.isValid())
        out << tr("Records destroyed %1: its parties and extracts sent are gone.")
                   .arg(entry.destroyed.toString(Qt::ISODate))
            << Qt::endl;
    if (entry.publicity != Publicity::Public)
        out << tr("Publicity: %1 (%2)").arg(Codes::code(entry.publicity), entry.confidentialityBasis.text) << Qt::endl;
    for (const CaseParty &party : entry.parties)
        out << tr("Party: %1, %2 %3").arg(party.name, party.role, party.contact).trimmed() << Qt::endl;
    for (const CaseHandling &h : view->handlings)
        out << QStringLiteral("  %1 %2 %3  %4")
                   .arg(h.day.toString(Qt::ISODate), h.meetingReference,
                        h.sectionNumber ? QStringLiteral("§ %1").arg(*h.sectionNumber) : QStringLiteral("-"), h.title)
            << Qt::endl;
    for (const CaseView::Sent &sent : view->extractsSent) {
        const ExtractSent &e = sent.extract;
        QString line = tr("Extract to %1 (%2) sent %3, notified %4")
                           .arg(e.recipient, Codes::code(e.method), e.sent.toString(Qt::ISODate),
                                sent.notified.toString(Qt::ISODate));
        if (sent.lastDay)
            line += tr(", last day of appeal %1").arg(sent.lastDay->toString(Qt::ISODate));
        out << "  " << line << Qt::endl;
    }
    return Success;
}

} // namespace

int caseCommand(const Context &context, const QStringList &arguments, const Options &options)
{
    Reader read(context, options);
    const QString verb = arguments.value(0);
    const QString usageText = tr("Usage: pykala-cli case open --title TITLE --task-class CODE [--date DATE], case show "
                                 "CASE, case edit CASE [--title TITLE] [--state STATE --date DATE], case party CASE "
                                 "--name NAME [--role ROLE] [--contact TEXT], case link ITEM CASE, case unlink ITEM, "
                                 "or case unlinked");
    auto opened = openStore(context);
    if (!opened)
        return fail(context, opened.error());
    Store &store = *opened.value();
    if (verb == u"open" && arguments.size() == 1) {
        if (!onlyOptions(context, options, QStringLiteral("case open"),
                         {QStringLiteral("title"), QStringLiteral("task-class"), QStringLiteral("date"),
                          QStringLiteral("number"), QStringLiteral("prefix"), QStringLiteral("publicity"),
                          QStringLiteral("basis"), QStringLiteral("preparer")}))
            return Usage;
        if (!read.has("title") || !read.has("task-class"))
            return usage(context, tr("case open needs --title and --task-class, e.g. --task-class 10.00.03."));
        Case entry;
        entry.title = read.text("title");
        entry.diaryNumber.taskClass = read.text("task-class");
        entry.diaryNumber.prefix = read.text("prefix");
        entry.initiated = QDate::currentDate();
        if (!read.date("date", &entry.initiated) || !read.code("publicity", &entry.publicity)
            || !read.person(store, "preparer", &entry.preparerPersonId))
            return read.exit();
        if (read.has("number")) {
            bool ok = false;
            entry.diaryNumber.number = read.text("number").toInt(&ok);
            if (!ok || entry.diaryNumber.number <= 0)
                return usage(context, tr("--number must be a whole number from 1, not \"%1\".").arg(read.text("number")));
        }
        entry.confidentialityBasis = LegalBasis::fromText(read.text("basis"));
        const auto id = store.openCase(entry);
        if (!id)
            return fail(context, id.error());
        const auto made = store.caseFile(*id);
        if (!made || !made->has_value())
            return fail(context, made ? tr("The case just opened is not there.") : made.error());
        return added(context, tr("Opened case %1 (id %2).").arg(made->value().diaryNumber.toString()).arg(*id), *id);
    }
    if (verb == u"unlinked" && arguments.size() == 1) {
        const auto items = store.unlinkedItems();
        if (!items)
            return fail(context, items.error());
        QJsonArray array;
        for (const Store::UnlinkedItem &item : *items) {
            if (context.json)
                array.append(QJsonObject{{QStringLiteral("itemId"), item.itemId},
                                         {QStringLiteral("meeting"), item.meetingReference},
                                         {QStringLiteral("caseReference"), item.caseReference},
                                         {QStringLiteral("title"), item.title}});
            else
                *context.out << QStringLiteral("%1  %2 %3  \"%4\"  %5")
                                    .arg(item.itemId, 6)
                                    .arg(item.meetingReference,
                                         item.sectionNumber ? QStringLiteral("§ %1").arg(*item.sectionNumber) : QString(),
                                         item.caseReference, item.title)
                             << Qt::endl;
        }
        if (context.json)
            printJson(context, array);
        else if (items->isEmpty())
            *context.out << tr("Every item's case reference names a case of the register.") << Qt::endl;
        return Success;
    }
    if (verb == u"unlink" && arguments.size() == 2) {
        const auto found = MeetingDocuments::findItem(store, arguments.at(1));
        if (!found)
            return fail(context, found.error());
        if (const Status unlinked = store.linkItemToCase(found->second.id, 0); !unlinked)
            return fail(context, unlinked.error());
        return done(context, tr("Item %1 belongs to no case now.").arg(found->second.id));
    }
    if (verb == u"link" && arguments.size() == 3) {
        const auto found = MeetingDocuments::findItem(store, arguments.at(1));
        if (!found)
            return fail(context, found.error());
        const auto entry = store.findCase(arguments.at(2));
        if (!entry)
            return fail(context, entry.error());
        if (const Status linked = store.linkItemToCase(found->second.id, entry->id); !linked)
            return fail(context, linked.error());
        return done(context, tr("Item %1 is a handling of case %2.").arg(found->second.id).arg(entry->diaryNumber.toString()));
    }
    if ((verb == u"show" || verb == u"edit" || verb == u"party") && arguments.size() == 2) {
        const auto found = store.findCase(arguments.at(1));
        if (!found)
            return fail(context, found.error());
        Case entry = *found;
        if (verb == u"show")
            return showCase(context, store, entry);
        if (verb == u"party") {
            if (!onlyOptions(context, options, QStringLiteral("case party"),
                             {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("role"),
                              QStringLiteral("contact")}))
                return Usage;
            if (!read.has("name"))
                return usage(context, tr("case party needs --name, the party's name."));
            CaseParty party;
            read.line("name", &party.name);
            read.line("role", &party.role);
            read.line("contact", &party.contact);
            if (!read.code("kind", &party.kind))
                return read.exit();
            entry.parties.append(party);
        } else {
            if (!onlyOptions(context, options, QStringLiteral("case edit"),
                             {QStringLiteral("title"), QStringLiteral("state"), QStringLiteral("date"),
                              QStringLiteral("task-class"), QStringLiteral("publicity"), QStringLiteral("basis"),
                              QStringLiteral("preparer")}))
                return Usage;
            read.line("title", &entry.title);
            CaseState state = entry.state;
            if (!read.code("state", &state) || !read.code("publicity", &entry.publicity)
                || !read.person(store, "preparer", &entry.preparerPersonId))
                return read.exit();
            if (read.has("basis"))
                entry.confidentialityBasis = LegalBasis::fromText(read.text("basis"));
            if (read.has("task-class")) {
                const auto id = store.taskClassId(read.text("task-class"));
                if (!id)
                    return fail(context, id.error());
                entry.taskClassId = *id;
            }
            if (read.has("state")) {
                entry.state = state;
                if (QDate *day = entry.stateDay(state)) {
                    *day = QDate::currentDate();
                    if (!read.date("date", day))
                        return read.exit();
                } else if (read.has("date")) {
                    return usage(context, tr("A case keeps no day of becoming %1; leave --date out.")
                                              .arg(Codes::code(state)));
                }
            } else if (read.has("date")) {
                return usage(context, tr("case edit takes --date with --state: the day the case reached that state."));
            }
        }
        if (const Status saved = store.updateCase(entry); !saved)
            return fail(context, saved.error());
        return done(context, tr("Saved case %1.").arg(entry.diaryNumber.toString()));
    }
    return usage(context, usageText);
}

int cases(const Context &context, const Options &options)
{
    Reader read(context, options);
    auto opened = openStore(context);
    if (!opened)
        return fail(context, opened.error());
    Store &store = *opened.value();
    QList<Case> list;
    if (read.has("search")) {
        const auto found = store.searchCases(read.text("search"), 200);
        if (!found)
            return fail(context, found.error());
        list = *found;
    } else {
        CaseFilter filter;
        filter.year = read.text("year").toInt();
        if (read.has("year") && (filter.year < 1900 || filter.year > 9999))
            return usage(context, tr("--year must be a year such as 2026, not \"%1\".").arg(read.text("year")));
        CaseState state = CaseState::Initiated;
        if (!read.code("state", &state))
            return read.exit();
        if (read.has("state"))
            filter.state = state;
        const auto all = store.cases(filter);
        if (!all)
            return fail(context, all.error());
        list = *all;
    }
    QJsonArray array;
    for (const Case &entry : std::as_const(list)) {
        if (context.json)
            array.append(caseJson(entry));
        else
            *context.out << QStringLiteral("%1  %2  %3")
                                .arg(entry.diaryNumber.toString(), -22)
                                .arg(Codes::code(entry.state), -14)
                                .arg(entry.title)
                         << Qt::endl;
    }
    if (context.json)
        printJson(context, array);
    else if (list.isEmpty())
        *context.out << tr("No cases found.") << Qt::endl;
    return Success;
}

int sendTo(const Context &context, const QStringList &arguments)
{
    auto opened = openStore(context);
    if (!opened)
        return fail(context, opened.error());
    Store &store = *opened.value();
    const auto item = MeetingDocuments::findItem(store, arguments.value(0));
    if (!item)
        return fail(context, item.error());
    const auto meeting = store.findMeeting(arguments.value(1));
    if (!meeting)
        return fail(context, meeting.error());
    const auto id = NextHandling::prepare(store, item->second.id, meeting->id);
    if (!id)
        return fail(context, id.error());
    return added(context, tr("Added item %1 to %2, the next handling of its case.").arg(*id).arg(arguments.value(1)), *id);
}

int extractSent(const Context &context, const QStringList &arguments, const Options &options)
{
    Reader read(context, options);
    if (!read.has("recipient") || !read.has("method") || !read.has("date"))
        return usage(context, tr("extract-sent needs --recipient NAME, --method letter|email|electronic-service and "
                                 "--date DATE."));
    auto opened = openStore(context);
    if (!opened)
        return fail(context, opened.error());
    Store &store = *opened.value();
    const auto item = MeetingDocuments::findItem(store, arguments.value(0));
    if (!item)
        return fail(context, item.error());
    ExtractSent extract;
    extract.itemId = item->second.id;
    read.line("recipient", &extract.recipient);
    read.line("address", &extract.address);
    extract.address.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
    if (!read.code("method", &extract.method) || !read.date("date", &extract.sent))
        return read.exit();
    const auto id = store.recordExtractSent(extract);
    if (!id)
        return fail(context, id.error());
    QString sentence = tr("Recorded the extract sent to %1; notified %2")
                           .arg(extract.recipient, Appeal::notifiedOn(extract.method, extract.sent).toString(Qt::ISODate));
    if (const auto deadline = Appeal::partyDeadline(item->second.appealKind, extract.method, extract.sent))
        sentence += tr(", last day of appeal %1").arg(deadline->lastDay.toString(Qt::ISODate));
    return added(context, sentence + QLatin1Char('.'), *id);
}

int taskClasses(const Context &context, const QStringList &arguments, const Options &options)
{
    const QString verb = arguments.value(0);
    auto opened = openStore(context);
    if (!opened)
        return fail(context, opened.error());
    Store &store = *opened.value();
    if (verb == u"list" && arguments.size() == 1) {
        const auto classes = store.taskClasses();
        if (!classes)
            return fail(context, classes.error());
        QJsonArray array;
        for (const TaskClass &c : *classes) {
            const QString retention = c.permanent() ? QStringLiteral("permanent") : QString::number(*c.retentionYears);
            if (context.json)
                array.append(QJsonObject{{QStringLiteral("code"), c.code}, {QStringLiteral("name"), c.name},
                                         {QStringLiteral("retention"), retention},
                                         {QStringLiteral("publicity"), Codes::code(c.publicity)},
                                         {QStringLiteral("personalData"), c.personalData}});
            else
                *context.out << QStringLiteral("%1  %2  %3  %4%5")
                                    .arg(c.code, -11)
                                    .arg(retention, -9)
                                    .arg(Codes::code(c.publicity), -19)
                                    .arg(c.name, c.personalData ? tr(" (personal data)") : QString())
                             << Qt::endl;
        }
        if (context.json)
            printJson(context, array);
        return Success;
    }
    if (verb == u"set" && arguments.size() == 2) {
        Reader read(context, options);
        if (!onlyOptions(context, options, QStringLiteral("taskclass set"),
                         {QStringLiteral("name"), QStringLiteral("retention"), QStringLiteral("publicity"),
                          QStringLiteral("basis"), QStringLiteral("personal-data")}))
            return Usage;
        const auto found = store.taskClassByCode(arguments.at(1));
        if (!found)
            return fail(context, found.error());
        TaskClass taskClass = found->value_or(TaskClass());
        taskClass.code = arguments.at(1).trimmed();
        read.line("name", &taskClass.name);
        if (!read.code("publicity", &taskClass.publicity))
            return read.exit();
        if (read.has("basis"))
            taskClass.confidentialityBasis = LegalBasis::fromText(read.text("basis"));
        if (read.has("retention")) {
            const QString retention = read.text("retention");
            bool years = false;
            const int count = retention.toInt(&years);
            if (retention == u"permanent")
                taskClass.retentionYears.reset();
            else if (years && count > 0)
                taskClass.retentionYears = count;
            else
                return usage(context, tr("--retention must be a number of years or \"permanent\", not \"%1\".").arg(retention));
        }
        if (read.has("personal-data")) {
            const QString value = read.text("personal-data");
            if (value != u"yes" && value != u"no")
                return usage(context, tr("--personal-data must be yes or no, not \"%1\".").arg(value));
            taskClass.personalData = value == u"yes";
        }
        // A class not stored yet (a built-in one, or a new one) is added.
        const Status saved = store.updateTaskClass(taskClass);
        if (!saved)
            return fail(context, saved.error());
        return done(context, tr("Saved task class %1.").arg(taskClass.code));
    }
    return usage(context, tr("Usage: pykala-cli taskclass list, or taskclass set CODE [--name NAME] [--retention "
                             "YEARS|permanent] [--publicity PUBLICITY --basis BASIS] [--personal-data yes|no]"));
}

int retention(const Context &context, const QStringList &arguments)
{
    if (!arguments.isEmpty() && (arguments.first() != u"destroy" || arguments.size() != 2))
        return usage(context, tr("Usage: pykala-cli retention, or retention destroy CASE."));
    auto opened = openStore(context);
    if (!opened)
        return fail(context, opened.error());
    if (!arguments.isEmpty()) {
        Store &store = *opened.value();
        const auto found = store.findCase(arguments.at(1));
        if (!found)
            return fail(context, found.error());
        const auto destroyed = store.destroyCaseRecords(found->id, QDate::currentDate());
        if (!destroyed)
            return fail(context, destroyed.error());
        if (context.json) {
            printJson(context, QJsonObject{{QStringLiteral("diaryNumber"), found->diaryNumber.toString()},
                                           {QStringLiteral("parties"), destroyed->parties},
                                           {QStringLiteral("extractsSent"), destroyed->extractsSent}});
            return Success;
        }
        return done(context, tr("Destroyed the records of case %1: its parties (%2) and extracts sent (%3). Its register "
                                "entry and its items are kept.")
                                 .arg(found->diaryNumber.toString(), QString::number(destroyed->parties),
                                      QString::number(destroyed->extractsSent)));
    }
    const auto entries = opened.value()->retention();
    if (!entries)
        return fail(context, entries.error());
    const QDate today = QDate::currentDate();
    const QString due = tr("due");
    QJsonArray array;
    for (const RetentionEntry &entry : *entries) {
        if (context.json)
            array.append(QJsonObject{{QStringLiteral("diaryNumber"), entry.diaryNumber.toString()},
                                     {QStringLiteral("title"), entry.title},
                                     {QStringLiteral("taskClass"), entry.taskClass},
                                     {QStringLiteral("retentionYears"), *entry.retentionYears},
                                     {QStringLiteral("closed"), entry.closed.toString(Qt::ISODate)},
                                     {QStringLiteral("destroyableFrom"), entry.destroyableFrom.toString(Qt::ISODate)},
                                     {QStringLiteral("due"), entry.destroyableFrom <= today}});
        else
            *context.out << QStringLiteral("%1  %2  %3  %4")
                                .arg(entry.destroyableFrom.toString(Qt::ISODate))
                                .arg(entry.destroyableFrom <= today ? due : QString(), -int(due.size()))
                                .arg(entry.diaryNumber.toString(), entry.title)
                         << Qt::endl;
    }
    if (context.json) {
        printJson(context, array);
        return Success;
    }
    *context.out << tr("Only the case records listed may be destroyed, from the day shown; minutes and their items "
                       "are kept permanently, and so is every case of a permanent class.")
                 << Qt::endl;
    return Success;
}

} // namespace Cli
