#include "interchange.h"

#include "jsonschema.h"

#include "procedure/meetingrecord.h"
#include "procedure/meetingsession.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

const QString formatName = QStringLiteral("pykala-interchange");

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateTimeValue(const QDateTime &dateTime)
{
    return dateTime.isValid() ? QJsonValue(dateTime.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue reference(const QHash<qint64, int> &localIds, qint64 storeId)
{
    return storeId == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(localIds.value(storeId));
}

// ---------------------------------------------------------------------------
// Export

class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Interchange)

public:
    explicit Exporter(const Store &store) : m_store(store) {}

    Result<QJsonObject> run(qint64 meetingId)
    {
        QJsonObject root;
        root.insert(QStringLiteral("format"), formatName);
        root.insert(QStringLiteral("version"), Interchange::formatVersion);
        root.insert(QStringLiteral("scope"), meetingId ? QStringLiteral("meeting") : QStringLiteral("store"));

        const auto organisation = m_store.organisation();
        if (!organisation)
            return Failure{organisation.error()};
        root.insert(QStringLiteral("organisation"), organisationJson(*organisation));

        QList<Meeting> meetings;
        QList<Body> bodies;
        QList<Membership> memberships;
        if (meetingId) {
            const auto meeting = m_store.meeting(meetingId);
            if (!meeting)
                return Failure{meeting.error()};
            if (!meeting->has_value())
                return Failure{tr("There is no meeting with id %1.").arg(meetingId)};
            meetings.append(meeting->value());
            const auto body = m_store.body(meetings.first().bodyId);
            if (!body)
                return Failure{body.error()};
            bodies.append(body->value());
            const auto all = m_store.memberships(bodies.first().id);
            if (!all)
                return Failure{all.error()};
            // The memberships of the meeting's day, and the seats that the
            // personal deputies among them lie within (on other days too):
            // a document holds no deputy without their member's seat.
            const QDate day = meetings.first().plannedStart.date();
            QList<Membership> deputies;
            for (const Membership &membership : *all) {
                if (membership.isValidOn(day) && membership.role == MembershipRole::Deputy)
                    deputies.append(membership);
            }
            for (const Membership &membership : *all) {
                const bool covers = membership.holdsSeat()
                    && std::any_of(deputies.cbegin(), deputies.cend(), [&](const Membership &deputy) {
                           return deputy.deputyForPersonId == membership.personId
                               && (deputy.validUntil.isNull() || membership.validFrom <= deputy.validUntil)
                               && (membership.validUntil.isNull() || membership.validUntil >= deputy.validFrom);
                       });
                if (membership.isValidOn(day) || covers)
                    memberships.append(membership);
            }
        } else {
            const auto allMeetings = m_store.meetings();
            const auto allBodies = m_store.bodies();
            const auto allMemberships = m_store.memberships();
            for (const auto *result : {&allMeetings.error(), &allBodies.error(), &allMemberships.error()}) {
                if (!result->isEmpty())
                    return Failure{*result};
            }
            meetings = *allMeetings;
            bodies = *allBodies;
            memberships = *allMemberships;
        }

        // Items first: they decide which persons a meeting export needs.
        QHash<qint64, QList<AgendaItem>> items;
        QHash<qint64, QList<Invitee>> invitees;
        QSet<qint64> neededPersons;
        for (const Meeting &meeting : std::as_const(meetings)) {
            const auto list = m_store.agendaItems(meeting.id);
            if (!list)
                return Failure{list.error()};
            items.insert(meeting.id, *list);
            for (const AgendaItem &item : *list) {
                if (item.presenterPersonId)
                    neededPersons.insert(item.presenterPersonId);
            }
            const auto invited = m_store.invitees(meeting.id);
            if (!invited)
                return Failure{invited.error()};
            invitees.insert(meeting.id, *invited);
            for (const Invitee &invitee : *invited) {
                if (invitee.personId)
                    neededPersons.insert(invitee.personId);
            }
        }
        for (const Membership &membership : std::as_const(memberships)) {
            neededPersons.insert(membership.personId);
            if (membership.deputyForPersonId)
                neededPersons.insert(membership.deputyForPersonId);
        }

        // The case register: the whole of it, or the cases of the meeting's
        // items; the task classes stored, or those of the cases.
        QSet<qint64> itemCases;
        for (const QList<AgendaItem> &list : std::as_const(items)) {
            for (const AgendaItem &item : list) {
                if (item.caseId)
                    itemCases.insert(item.caseId);
            }
        }
        const auto allCases = m_store.cases();
        if (!allCases)
            return Failure{allCases.error()};
        QList<Case> cases;
        QSet<qint64> caseClasses;
        for (const Case &entry : *allCases) {
            if (meetingId && !itemCases.contains(entry.id))
                continue;
            cases.append(entry);
            caseClasses.insert(entry.taskClassId);
            if (entry.preparerPersonId)
                neededPersons.insert(entry.preparerPersonId);
        }
        std::sort(cases.begin(), cases.end(), [](const Case &a, const Case &b) {
            return std::pair(a.diaryNumber.year, a.diaryNumber.number) < std::pair(b.diaryNumber.year, b.diaryNumber.number);
        });
        for (qsizetype i = 0; i < cases.size(); ++i)
            m_caseIds.insert(cases.at(i).id, int(i) + 1);
        const auto allClasses = m_store.taskClasses();
        if (!allClasses)
            return Failure{allClasses.error()};
        QHash<qint64, QString> classCodes;
        QJsonArray classArray;
        for (const TaskClass &taskClass : *allClasses) {
            // A built-in class not stored yet (id 0) is no part of the store.
            if (taskClass.id == 0 || (meetingId && !caseClasses.contains(taskClass.id)))
                continue;
            classCodes.insert(taskClass.id, taskClass.code);
            classArray.append(QJsonObject{
                {QStringLiteral("code"), taskClass.code},
                {QStringLiteral("name"), taskClass.name},
                {QStringLiteral("retentionYears"),
                 taskClass.retentionYears ? QJsonValue(*taskClass.retentionYears) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("publicity"), Codes::code(taskClass.publicity)},
                {QStringLiteral("confidentialityBasis"), taskClass.confidentialityBasis.text},
                {QStringLiteral("personalData"), taskClass.personalData}});
        }
        root.insert(QStringLiteral("taskClasses"), classArray);

        const auto persons = m_store.persons();
        if (!persons)
            return Failure{persons.error()};
        QJsonArray personArray;
        for (const Person &person : *persons) {
            if (meetingId && !neededPersons.contains(person.id))
                continue;
            m_personIds.insert(person.id, int(personArray.size()) + 1);
            personArray.append(QJsonObject{{QStringLiteral("id"), m_personIds.value(person.id)},
                                           {QStringLiteral("givenName"), person.givenName},
                                           {QStringLiteral("familyName"), person.familyName},
                                           {QStringLiteral("title"), person.title},
                                           {QStringLiteral("email"), person.email},
                                           {QStringLiteral("phone"), person.phone}});
        }
        root.insert(QStringLiteral("persons"), personArray);

        QJsonArray caseArray;
        for (const Case &entry : std::as_const(cases)) {
            QJsonArray parties;
            for (const CaseParty &party : entry.parties)
                parties.append(party.toJson());
            caseArray.append(QJsonObject{
                {QStringLiteral("id"), m_caseIds.value(entry.id)},
                {QStringLiteral("diaryNumber"), entry.diaryNumber.toString()},
                {QStringLiteral("title"), entry.title},
                {QStringLiteral("taskClass"), classCodes.value(entry.taskClassId)},
                {QStringLiteral("publicity"), Codes::code(entry.publicity)},
                {QStringLiteral("confidentialityBasis"), entry.confidentialityBasis.text},
                {QStringLiteral("secrecyYears"),
                 entry.secrecyYears ? QJsonValue(*entry.secrecyYears) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("parties"), parties},
                {QStringLiteral("preparer"), reference(m_personIds, entry.preparerPersonId)},
                {QStringLiteral("state"), Codes::code(entry.state)},
                {QStringLiteral("initiated"), dateValue(entry.initiated)},
                {QStringLiteral("decided"), dateValue(entry.decided)},
                {QStringLiteral("implemented"), dateValue(entry.implemented)},
                {QStringLiteral("closed"), dateValue(entry.closed)},
                {QStringLiteral("destroyed"), dateValue(entry.destroyed)}});
        }
        root.insert(QStringLiteral("cases"), caseArray);

        QJsonArray bodyArray;
        for (const Body &body : std::as_const(bodies)) {
            m_bodyIds.insert(body.id, int(bodyArray.size()) + 1);
            QJsonArray membershipArray;
            for (const Membership &membership : std::as_const(memberships)) {
                if (membership.bodyId != body.id)
                    continue;
                membershipArray.append(QJsonObject{
                    {QStringLiteral("person"), m_personIds.value(membership.personId)},
                    {QStringLiteral("role"), Codes::code(membership.role)},
                    {QStringLiteral("deputyFor"), reference(m_personIds, membership.deputyForPersonId)},
                    {QStringLiteral("validFrom"), membership.validFrom.toString(Qt::ISODate)},
                    {QStringLiteral("validUntil"), orNull(membership.validUntil.toString(Qt::ISODate))}});
            }
            QJsonObject bodyJson{{QStringLiteral("id"), m_bodyIds.value(body.id)},
                                         {QStringLiteral("name"), body.name},
                                         {QStringLiteral("shortName"), body.shortName},
                                         {QStringLiteral("kind"), Codes::code(body.kind)},
                                         {QStringLiteral("quorumRule"), Codes::code(body.quorumRule)},
                                         {QStringLiteral("swedishName"), body.swedishName},
                                         {QStringLiteral("sectionNumbering"), Codes::code(body.sectionNumbering)},
                                         {QStringLiteral("votingOrder"), Codes::code(body.votingOrder)},
                                         {QStringLiteral("signingOrder"), body.signingOrder.join(u',')},
                                         {QStringLiteral("defaultPlace"), body.defaultPlace},
                                         {QStringLiteral("defaultStart"),
                                          body.defaultStart.isValid()
                                              ? QJsonValue(body.defaultStart.toString(QStringLiteral("HH:mm")))
                                              : QJsonValue(QJsonValue::Null)},
                                         {QStringLiteral("signsElectronically"), body.signsElectronically},
                                         {QStringLiteral("packageExpiryDays"), body.packageExpiryDays},
                                         {QStringLiteral("documentLanguage"),
                                          body.documentLanguage ? QJsonValue(Codes::code(*body.documentLanguage))
                                                                : QJsonValue(QJsonValue::Null)},
                                         {QStringLiteral("memberships"), membershipArray}};
            // The body's item templates go with the whole store, not with
            // one meeting; a body without any has none listed.
            if (!meetingId) {
                const auto templates = m_store.itemTemplates(body.id);
                if (!templates)
                    return Failure{templates.error()};
                QJsonArray templateArray;
                for (const ItemTemplate &itemTemplate : *templates)
                    templateArray.append(templateJson(itemTemplate));
                if (!templateArray.isEmpty())
                    bodyJson.insert(QStringLiteral("itemTemplates"), templateArray);
            }
            bodyArray.append(bodyJson);
        }
        root.insert(QStringLiteral("bodies"), bodyArray);

        // Meetings in an order that does not depend on store ids.
        std::stable_sort(meetings.begin(), meetings.end(), [&](const Meeting &a, const Meeting &b) {
            if (a.plannedStart != b.plannedStart)
                return a.plannedStart < b.plannedStart;
            if (a.bodyId != b.bodyId)
                return m_bodyIds.value(a.bodyId) < m_bodyIds.value(b.bodyId);
            return a.number < b.number;
        });
        QJsonArray meetingArray;
        for (const Meeting &meeting : std::as_const(meetings)) {
            const auto recorded = m_store.meetingEvents(meeting.id);
            if (!recorded)
                return Failure{recorded.error()};
            QJsonArray eventArray;
            for (const QJsonObject &event : *recorded) {
                const auto mapped = MeetingRecord::mapPersons(event, [&](qint64 id) -> std::optional<qint64> {
                    if (!m_personIds.contains(id))
                        return std::nullopt;
                    return m_personIds.value(id);
                });
                if (!mapped)
                    return Failure{mapped.error()};
                eventArray.append(*mapped);
            }
            QJsonArray itemArray;
            for (const AgendaItem &item : items.value(meeting.id)) {
                const auto json = itemJson(item);
                if (!json)
                    return Failure{json.error()};
                itemArray.append(*json);
            }
            QJsonArray inviteeArray;
            for (const Invitee &invitee : invitees.value(meeting.id))
                inviteeArray.append(QJsonObject{{QStringLiteral("person"), reference(m_personIds, invitee.personId)},
                                                {QStringLiteral("name"), invitee.name},
                                                {QStringLiteral("role"), invitee.role},
                                                {QStringLiteral("email"), invitee.email}});
            meetingArray.append(QJsonObject{{QStringLiteral("body"), m_bodyIds.value(meeting.bodyId)},
                                            {QStringLiteral("invitees"), inviteeArray},
                                            {QStringLiteral("year"), meeting.year},
                                            {QStringLiteral("number"), meeting.number},
                                            {QStringLiteral("plannedStart"), dateTimeValue(meeting.plannedStart)},
                                            {QStringLiteral("plannedEnd"), dateTimeValue(meeting.plannedEnd)},
                                            {QStringLiteral("actualStart"), dateTimeValue(meeting.actualStart)},
                                            {QStringLiteral("actualEnd"), dateTimeValue(meeting.actualEnd)},
                                            {QStringLiteral("place"), meeting.place},
                                            {QStringLiteral("mode"), Codes::code(meeting.mode)},
                                            {QStringLiteral("state"), Codes::code(meeting.state)},
                                            {QStringLiteral("minutesChecked"), dateValue(meeting.minutesChecked)},
                                            {QStringLiteral("minutesPublished"), dateValue(meeting.minutesPublished)},
                                            {QStringLiteral("convened"), dateValue(meeting.convened)},
                                            {QStringLiteral("cancellationReason"), meeting.cancellationReason},
                                            {QStringLiteral("items"), itemArray},
                                            {QStringLiteral("events"), eventArray}});
        }
        root.insert(QStringLiteral("meetings"), meetingArray);
        return root;
    }

private:
    static QJsonValue organisationJson(const std::optional<Organisation> &organisation)
    {
        if (!organisation)
            return QJsonValue::Null;
        QJsonValue logo = QJsonValue::Null;
        if (!organisation->logo.isEmpty())
            logo = QJsonObject{{QStringLiteral("mediaType"), organisation->logoMediaType},
                               {QStringLiteral("data"), QString::fromLatin1(organisation->logo.toBase64())}};
        return QJsonObject{{QStringLiteral("name"), organisation->name},
                           {QStringLiteral("swedishName"), organisation->swedishName},
                           {QStringLiteral("businessId"), organisation->businessId},
                           {QStringLiteral("defaultLanguage"), Codes::code(organisation->defaultLanguage)},
                           {QStringLiteral("registryAddress"), organisation->registryAddress},
                           {QStringLiteral("registryEmail"), organisation->registryEmail},
                           {QStringLiteral("administrativeCourt"), organisation->administrativeCourt},
                           {QStringLiteral("logo"), logo}};
    }

    static QJsonArray preparersJson(const AgendaItem &item)
    {
        QJsonArray preparers;
        for (const Preparer &preparer : item.preparers)
            preparers.append(QJsonObject{{QStringLiteral("name"), preparer.name},
                                         {QStringLiteral("title"), preparer.title},
                                         {QStringLiteral("contact"), preparer.contact}});
        return preparers;
    }

    static QJsonArray recipientsJson(const AgendaItem &item)
    {
        QJsonArray recipients;
        for (const ExtractRecipient &recipient : item.recipients)
            recipients.append(QJsonObject{{QStringLiteral("name"), recipient.name},
                                          {QStringLiteral("address"), recipient.address},
                                          {QStringLiteral("delivery"), Codes::code(recipient.delivery)}});
        return recipients;
    }

    // What a template holds (see ItemTemplate), as an item's fields of the
    // same names.
    QJsonObject templateJson(const ItemTemplate &itemTemplate) const
    {
        const AgendaItem &item = itemTemplate.item;
        QJsonObject json{{QStringLiteral("name"), itemTemplate.name},
                         {QStringLiteral("title"), item.title},
                         {QStringLiteral("taskClass"), item.taskClass},
                         {QStringLiteral("preparers"), preparersJson(item)},
                         {QStringLiteral("presenter"), reference(m_personIds, item.presenterPersonId)},
                         {QStringLiteral("background"), item.background},
                         {QStringLiteral("proposal"), item.proposal},
                         {QStringLiteral("publicity"), Codes::code(item.publicity)},
                         {QStringLiteral("confidentialityBasis"), item.confidentialityBasis.text},
                         {QStringLiteral("appealKind"), Codes::code(item.appealKind)},
                         {QStringLiteral("recipients"), recipientsJson(item)}};
        if (item.language)
            json.insert(QStringLiteral("language"), Codes::code(*item.language));
        return json;
    }

    Result<QJsonObject> itemJson(const AgendaItem &item)
    {
        const QJsonArray preparers = preparersJson(item);
        const QJsonArray recipients = recipientsJson(item);
        const auto files = m_store.attachments(item.id, true);
        if (!files)
            return Failure{files.error()};
        QJsonArray attachments;
        for (const Attachment &attachment : *files)
            attachments.append(QJsonObject{{QStringLiteral("position"), attachment.position},
                                           {QStringLiteral("name"), attachment.name},
                                           {QStringLiteral("mediaType"), attachment.mediaType},
                                           {QStringLiteral("size"), attachment.size},
                                           {QStringLiteral("sha256"), attachment.sha256},
                                           {QStringLiteral("publicity"), Codes::code(attachment.publicity)},
                                           {QStringLiteral("confidentialityBasis"), attachment.confidentialityBasis.text},
                                           {QStringLiteral("content"),
                                            QString::fromLatin1(attachment.content.toBase64())}});
        const auto sent = m_store.extractsSent(item.id);
        if (!sent)
            return Failure{sent.error()};
        QJsonArray extracts;
        for (const ExtractSent &extract : *sent)
            extracts.append(QJsonObject{{QStringLiteral("recipient"), extract.recipient},
                                        {QStringLiteral("address"), extract.address},
                                        {QStringLiteral("method"), Codes::code(extract.method)},
                                        {QStringLiteral("sent"), dateValue(extract.sent)}});
        QJsonObject json{
            {QStringLiteral("case"), reference(m_caseIds, item.caseId)},
            {QStringLiteral("extractsSent"), extracts},
            {QStringLiteral("position"), item.position},
            {QStringLiteral("sectionNumber"),
             item.sectionNumber ? QJsonValue(*item.sectionNumber) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("title"), item.title},
            {QStringLiteral("caseReference"), item.caseReference},
            {QStringLiteral("taskClass"), item.taskClass},
            {QStringLiteral("preparers"), preparers},
            {QStringLiteral("presenter"), reference(m_personIds, item.presenterPersonId)},
            {QStringLiteral("background"), item.background},
            {QStringLiteral("proposal"), item.proposal},
            {QStringLiteral("decision"), item.decision},
            {QStringLiteral("proceedings"), item.proceedings},
            {QStringLiteral("publicity"), Codes::code(item.publicity)},
            {QStringLiteral("confidentialityBasis"), item.confidentialityBasis.text},
            {QStringLiteral("appealKind"), Codes::code(item.appealKind)},
            {QStringLiteral("recipients"), recipients},
            {QStringLiteral("attachments"), attachments}};
        // Only an item written in a language of its own names it; the others
        // are in their body's document language.
        if (item.language)
            json.insert(QStringLiteral("language"), Codes::code(*item.language));
        return json;
    }

    const Store &m_store;
    QHash<qint64, int> m_personIds; // store id → document id
    QHash<qint64, int> m_bodyIds;
    QHash<qint64, int> m_caseIds;
};

// ---------------------------------------------------------------------------
// Import

QString at(const QString &path, const QString &message)
{
    return path + QStringLiteral(": ") + message;
}

template<typename Enum>
Enum codeOf(const QJsonValue &value)
{
    // The schema has already checked every code.
    return *Codes::parse<Enum>(value.toString());
}

QDate dateOf(const QJsonValue &value)
{
    return value.isString() ? QDate::fromString(value.toString(), Qt::ISODate) : QDate();
}

QDateTime dateTimeOf(const QJsonValue &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

// What the schema cannot express: references, uniqueness, digests.
class ReferenceCheck
{
    Q_DECLARE_TR_FUNCTIONS(Interchange)

public:
    static QString run(const QJsonObject &root);
    static QString position(const QByteArray &json, qsizetype offset);
};

QString ReferenceCheck::run(const QJsonObject &root)
{
    QSet<int> persons;
    const QJsonArray personArray = root.value(u"persons").toArray();
    for (qsizetype i = 0; i < personArray.size(); ++i) {
        const int id = personArray.at(i)[u"id"].toInt();
        if (persons.contains(id))
            return at(QStringLiteral("$.persons[%1].id").arg(i), tr("id %1 is used twice.").arg(id));
        persons.insert(id);
    }
    auto personMissing = [&](const QJsonValue &value) { return !value.isNull() && !persons.contains(value.toInt()); };

    QHash<int, QString> bodies; // id → short name
    const QJsonArray bodyArray = root.value(u"bodies").toArray();
    QSet<QString> shortNames;
    for (qsizetype i = 0; i < bodyArray.size(); ++i) {
        const QJsonObject body = bodyArray.at(i).toObject();
        const QString path = QStringLiteral("$.bodies[%1]").arg(i);
        const int id = body.value(u"id").toInt();
        if (bodies.contains(id))
            return at(path + QStringLiteral(".id"), tr("id %1 is used twice.").arg(id));
        bodies.insert(id, body.value(u"shortName").toString());
        const QString shortName = body.value(u"shortName").toString().toLower();
        if (shortNames.contains(shortName))
            return at(path + QStringLiteral(".shortName"), tr("short name %1 is used twice.").arg(shortName));
        shortNames.insert(shortName);
        const QJsonArray memberships = body.value(u"memberships").toArray();
        for (qsizetype m = 0; m < memberships.size(); ++m) {
            const QJsonObject membership = memberships.at(m).toObject();
            const QString mpath = path + QStringLiteral(".memberships[%1]").arg(m);
            if (personMissing(membership.value(u"person")))
                return at(mpath + QStringLiteral(".person"), tr("no person has id %1.").arg(membership.value(u"person").toInt()));
            if (personMissing(membership.value(u"deputyFor")))
                return at(mpath + QStringLiteral(".deputyFor"),
                          tr("no person has id %1.").arg(membership.value(u"deputyFor").toInt()));
            if ((membership.value(u"role").toString() == u"deputy") == membership.value(u"deputyFor").isNull())
                return at(mpath + QStringLiteral(".deputyFor"),
                          tr("a deputy must name the member they stand in for, and only a deputy can."));
            if (membership.value(u"deputyFor") == membership.value(u"person"))
                return at(mpath + QStringLiteral(".deputyFor"), tr("a person cannot be their own deputy."));
            const QString until = membership.value(u"validUntil").toString();
            if (!until.isEmpty() && until < membership.value(u"validFrom").toString())
                return at(mpath + QStringLiteral(".validUntil"), tr("the membership ends before it starts."));
        }
        const QJsonArray templates = body.value(u"itemTemplates").toArray();
        QSet<QString> templateNames;
        for (qsizetype t = 0; t < templates.size(); ++t) {
            const QJsonObject itemTemplate = templates.at(t).toObject();
            const QString tpath = path + QStringLiteral(".itemTemplates[%1]").arg(t);
            const QString name = itemTemplate.value(u"name").toString().trimmed();
            if (templateNames.contains(name))
                return at(tpath + QStringLiteral(".name"), tr("the body has two templates named \"%1\".").arg(name));
            templateNames.insert(name);
            if (personMissing(itemTemplate.value(u"presenter")))
                return at(tpath + QStringLiteral(".presenter"),
                          tr("no person has id %1.").arg(itemTemplate.value(u"presenter").toInt()));
        }
    }

    QSet<QString> classCodes;
    const QJsonArray classArray = root.value(u"taskClasses").toArray();
    for (qsizetype i = 0; i < classArray.size(); ++i) {
        const QJsonObject taskClass = classArray.at(i).toObject();
        const QString path = QStringLiteral("$.taskClasses[%1]").arg(i);
        const QString code = taskClass.value(u"code").toString();
        if (classCodes.contains(code))
            return at(path + QStringLiteral(".code"), tr("task class %1 is given twice.").arg(code));
        classCodes.insert(code);
        if (taskClass.value(u"publicity").toString() != u"public"
            && taskClass.value(u"confidentialityBasis").toString().trimmed().isEmpty())
            return at(path + QStringLiteral(".confidentialityBasis"),
                      tr("a class that is not public by default must name its legal basis."));
    }
    QSet<int> cases;
    QSet<QString> yearNumbers;
    const QJsonArray caseArray = root.value(u"cases").toArray();
    for (qsizetype i = 0; i < caseArray.size(); ++i) {
        const QJsonObject entry = caseArray.at(i).toObject();
        const QString path = QStringLiteral("$.cases[%1]").arg(i);
        const int id = entry.value(u"id").toInt();
        if (cases.contains(id))
            return at(path + QStringLiteral(".id"), tr("id %1 is used twice.").arg(id));
        cases.insert(id);
        const auto number = DiaryNumber::parse(entry.value(u"diaryNumber").toString());
        if (!number)
            return at(path + QStringLiteral(".diaryNumber"),
                      tr("\"%1\" is not a diary number (N/TT.TT.TT/YYYY).").arg(entry.value(u"diaryNumber").toString()));
        const QString yearNumber = QStringLiteral("%1/%2").arg(number->number).arg(number->year);
        if (yearNumbers.contains(yearNumber))
            return at(path + QStringLiteral(".diaryNumber"), tr("number %1 is given to two cases.").arg(yearNumber));
        yearNumbers.insert(yearNumber);
        if (personMissing(entry.value(u"preparer")))
            return at(path + QStringLiteral(".preparer"), tr("no person has id %1.").arg(entry.value(u"preparer").toInt()));
        if (entry.value(u"publicity").toString() != u"public"
            && entry.value(u"confidentialityBasis").toString().trimmed().isEmpty())
            return at(path + QStringLiteral(".confidentialityBasis"), tr("a confidential case must name its legal basis."));
    }

    QSet<QString> meetingKeys;
    const QJsonArray meetingArray = root.value(u"meetings").toArray();
    for (qsizetype i = 0; i < meetingArray.size(); ++i) {
        const QJsonObject meeting = meetingArray.at(i).toObject();
        const QString path = QStringLiteral("$.meetings[%1]").arg(i);
        const int body = meeting.value(u"body").toInt();
        if (!bodies.contains(body))
            return at(path + QStringLiteral(".body"), tr("no body has id %1.").arg(body));
        const int year = meeting.value(u"year").toInt();
        const QString key = QStringLiteral("%1 %2/%3").arg(body).arg(meeting.value(u"number").toInt()).arg(year);
        if (meetingKeys.contains(key))
            return at(path + QStringLiteral(".number"), tr("the body has two meetings numbered %1/%2.")
                                                            .arg(meeting.value(u"number").toInt())
                                                            .arg(year));
        meetingKeys.insert(key);
        if (dateTimeOf(meeting.value(u"plannedStart")).date().year() != year)
            return at(path + QStringLiteral(".plannedStart"), tr("the meeting is numbered in %1 but held in another year.").arg(year));
        // A document written before reasons were kept has no field, or an
        // empty one (Pykälä's own exports of meetings cancelled then): the
        // meeting comes in with the store's words for a reason not kept.
        const QJsonArray invited = meeting.value(u"invitees").toArray();
        for (qsizetype k = 0; k < invited.size(); ++k) {
            const QJsonObject invitee = invited.at(k).toObject();
            const QString ipath = path + QStringLiteral(".invitees[%1]").arg(k);
            if (personMissing(invitee.value(u"person")))
                return at(ipath + QStringLiteral(".person"), tr("no person has id %1.").arg(invitee.value(u"person").toInt()));
            if (invitee.value(u"person").isNull() && invitee.value(u"name").toString().trimmed().isEmpty())
                return at(ipath + QStringLiteral(".name"), tr("an invitee needs a name, or a person."));
        }
        const QJsonArray events = meeting.value(u"events").toArray();
        for (qsizetype k = 0; k < events.size(); ++k) {
            const auto mapped = MeetingRecord::mapPersons(events.at(k).toObject(), [&](qint64 id) -> std::optional<qint64> {
                if (!persons.contains(int(id)))
                    return std::nullopt;
                return id;
            });
            if (!mapped)
                return at(path + QStringLiteral(".events[%1]").arg(k), mapped.error());
        }
        QSet<int> positions;
        const QJsonArray items = meeting.value(u"items").toArray();
        for (qsizetype j = 0; j < items.size(); ++j) {
            const QJsonObject item = items.at(j).toObject();
            const QString ipath = path + QStringLiteral(".items[%1]").arg(j);
            const int position = item.value(u"position").toInt();
            if (positions.contains(position))
                return at(ipath + QStringLiteral(".position"), tr("position %1 is used twice.").arg(position));
            positions.insert(position);
            if (personMissing(item.value(u"presenter")))
                return at(ipath + QStringLiteral(".presenter"), tr("no person has id %1.").arg(item.value(u"presenter").toInt()));
            if (const QJsonValue linked = item.value(u"case"); linked.isDouble() && !cases.contains(linked.toInt()))
                return at(ipath + QStringLiteral(".case"), tr("no case has id %1.").arg(linked.toInt()));
            if (item.value(u"publicity").toString() != u"public"
                && item.value(u"confidentialityBasis").toString().trimmed().isEmpty())
                return at(ipath + QStringLiteral(".confidentialityBasis"),
                          tr("a confidential item must name its legal basis."));
            QSet<int> attachmentPositions;
            const QJsonArray attachments = item.value(u"attachments").toArray();
            for (qsizetype k = 0; k < attachments.size(); ++k) {
                const QJsonObject attachment = attachments.at(k).toObject();
                const QString apath = ipath + QStringLiteral(".attachments[%1]").arg(k);
                const int apos = attachment.value(u"position").toInt();
                if (attachmentPositions.contains(apos))
                    return at(apath + QStringLiteral(".position"), tr("position %1 is used twice.").arg(apos));
                attachmentPositions.insert(apos);
                const auto decoded = QByteArray::fromBase64Encoding(attachment.value(u"content").toString().toLatin1(),
                                                                    QByteArray::AbortOnBase64DecodingErrors);
                if (!decoded)
                    return at(apath + QStringLiteral(".content"), tr("is not valid Base64."));
                if (decoded.decoded.size() != attachment.value(u"size").toInteger())
                    return at(apath + QStringLiteral(".size"), tr("the content is %1 bytes, not %2.")
                                                                    .arg(decoded.decoded.size())
                                                                    .arg(attachment.value(u"size").toInteger()));
                const QString sha = QString::fromLatin1(
                    QCryptographicHash::hash(decoded.decoded, QCryptographicHash::Sha256).toHex());
                if (sha != attachment.value(u"sha256").toString())
                    return at(apath + QStringLiteral(".sha256"), tr("does not match the content: the file was damaged or altered."));
                if (attachment.value(u"publicity").toString() != u"public"
                    && attachment.value(u"confidentialityBasis").toString().trimmed().isEmpty())
                    return at(apath + QStringLiteral(".confidentialityBasis"),
                              tr("a confidential attachment must name its legal basis."));
            }
        }
    }
    return {};
}

bool samePerson(const Person &a, const Person &b)
{
    return a.givenName == b.givenName && a.familyName == b.familyName && a.title == b.title && a.email == b.email
        && a.phone == b.phone;
}

class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Interchange)

public:
    explicit Importer(Store &store) : m_store(store) {}

    Result<Interchange::ImportSummary> run(const QJsonObject &root)
    {
        Store::Transaction transaction(m_store);
        if (!transaction.ok())
            return Failure{transaction.error()};
        PYKALA_TRY(importOrganisation(root.value(u"organisation")));
        PYKALA_TRY(importPersons(root.value(u"persons").toArray()));
        PYKALA_TRY(importTaskClasses(root.value(u"taskClasses").toArray()));
        PYKALA_TRY(importCases(root.value(u"cases").toArray()));
        PYKALA_TRY(importBodies(root.value(u"bodies").toArray()));
        PYKALA_TRY(importMeetings(root.value(u"meetings").toArray()));
        PYKALA_TRY(destroyCases());
        PYKALA_TRY(transaction.commit());
        return m_summary;
    }

private:
    Status importOrganisation(const QJsonValue &value)
    {
        if (value.isNull())
            return success();
        const auto existing = m_store.organisation();
        if (!existing)
            return Failure{existing.error()};
        if (existing->has_value())
            return success(); // the store's own organisation stays
        const QJsonObject object = value.toObject();
        Organisation organisation;
        organisation.name = object.value(u"name").toString();
        organisation.swedishName = object.value(u"swedishName").toString();
        organisation.businessId = object.value(u"businessId").toString();
        organisation.defaultLanguage = codeOf<Language>(object.value(u"defaultLanguage"));
        organisation.registryAddress = object.value(u"registryAddress").toString();
        organisation.registryEmail = object.value(u"registryEmail").toString();
        organisation.administrativeCourt = object.value(u"administrativeCourt").toString();
        const QJsonObject logo = object.value(u"logo").toObject();
        if (!logo.isEmpty()) {
            organisation.logoMediaType = logo.value(u"mediaType").toString();
            organisation.logo = QByteArray::fromBase64(logo.value(u"data").toString().toLatin1());
        }
        const Status stored = m_store.setOrganisation(organisation);
        if (!stored)
            return Failure{at(QStringLiteral("$.organisation"), stored.error())};
        return success();
    }

    Status importPersons(const QJsonArray &array)
    {
        const auto existing = m_store.persons();
        if (!existing)
            return Failure{existing.error()};
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject object = array.at(i).toObject();
            Person person;
            person.givenName = object.value(u"givenName").toString().trimmed();
            person.familyName = object.value(u"familyName").toString().trimmed();
            person.title = object.value(u"title").toString().trimmed();
            person.email = object.value(u"email").toString().trimmed();
            person.phone = object.value(u"phone").toString().trimmed();
            const int localId = object.value(u"id").toInt();
            const auto same = std::find_if(existing->cbegin(), existing->cend(),
                                           [&](const Person &stored) { return samePerson(stored, person); });
            if (same != existing->cend()) {
                m_persons.insert(localId, same->id);
                continue;
            }
            const auto id = m_store.addPerson(person);
            if (!id)
                return Failure{at(QStringLiteral("$.persons[%1]").arg(i), id.error())};
            m_persons.insert(localId, *id);
            ++m_summary.persons;
        }
        return success();
    }

    Status importBodies(const QJsonArray &array)
    {
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject object = array.at(i).toObject();
            const QString path = QStringLiteral("$.bodies[%1]").arg(i);
            Body body;
            body.name = object.value(u"name").toString().trimmed();
            body.shortName = object.value(u"shortName").toString().trimmed();
            body.kind = codeOf<BodyKind>(object.value(u"kind"));
            body.quorumRule = codeOf<QuorumRule>(object.value(u"quorumRule"));
            body.swedishName = object.value(u"swedishName").toString().trimmed();
            body.sectionNumbering = codeOf<SectionNumbering>(object.value(u"sectionNumbering"));
            body.votingOrder = codeOf<VotingOrderModel>(object.value(u"votingOrder"));
            body.documentLanguage = Codes::parse<Language>(object.value(u"documentLanguage").toString());
            if (object.contains(u"signingOrder"))
                body.signingOrder = object.value(u"signingOrder").toString().split(u',');
            body.defaultPlace = object.value(u"defaultPlace").toString().trimmed();
            body.defaultStart = QTime::fromString(object.value(u"defaultStart").toString(), QStringLiteral("HH:mm"));
            body.signsElectronically = object.value(u"signsElectronically").toBool();
            if (object.contains(u"packageExpiryDays"))
                body.packageExpiryDays = object.value(u"packageExpiryDays").toInt();
            const auto existing = m_store.bodyByShortName(body.shortName);
            if (!existing)
                return Failure{existing.error()};
            QList<Membership> stored;
            if (existing->has_value()) {
                const Body &found = existing->value();
                if (found.name != body.name || found.kind != body.kind)
                    return Failure{at(path + QStringLiteral(".shortName"),
                                      tr("the store already has a body %1 that is \"%2\", not \"%3\".")
                                          .arg(body.shortName, found.name, body.name))};
                body.id = found.id;
                const auto memberships = m_store.memberships(body.id);
                if (!memberships)
                    return Failure{memberships.error()};
                stored = *memberships;
            } else {
                const auto id = m_store.addBody(body);
                if (!id)
                    return Failure{at(path, id.error())};
                body.id = *id;
                ++m_summary.bodies;
            }
            m_bodies.insert(object.value(u"id").toInt(), body.id);

            // The seats before the personal deputies who stand in for them,
            // whatever order the document gives (Store checks each deputy
            // against its member's seats as it is added).
            const QJsonArray memberships = object.value(u"memberships").toArray();
            QList<qsizetype> order;
            for (const bool deputies : {false, true}) {
                for (qsizetype m = 0; m < memberships.size(); ++m) {
                    if ((memberships.at(m)[u"role"].toString() == u"deputy") == deputies)
                        order.append(m);
                }
            }
            for (const qsizetype m : std::as_const(order)) {
                const QJsonObject json = memberships.at(m).toObject();
                Membership membership;
                membership.bodyId = body.id;
                membership.personId = m_persons.value(json.value(u"person").toInt());
                membership.role = codeOf<MembershipRole>(json.value(u"role"));
                membership.deputyForPersonId =
                    json.value(u"deputyFor").isNull() ? 0 : m_persons.value(json.value(u"deputyFor").toInt());
                membership.validFrom = QDate::fromString(json.value(u"validFrom").toString(), Qt::ISODate);
                if (!json.value(u"validUntil").isNull())
                    membership.validUntil = QDate::fromString(json.value(u"validUntil").toString(), Qt::ISODate);
                const bool known = std::any_of(stored.cbegin(), stored.cend(), [&](const Membership &other) {
                    return other.personId == membership.personId && other.role == membership.role
                        && other.deputyForPersonId == membership.deputyForPersonId
                        && other.validFrom == membership.validFrom && other.validUntil == membership.validUntil;
                });
                if (known)
                    continue;
                const auto id = m_store.addMembership(membership);
                if (!id)
                    return Failure{at(path + QStringLiteral(".memberships[%1]").arg(m), id.error())};
                ++m_summary.memberships;
            }
            PYKALA_TRY(importTemplates(object.value(u"itemTemplates").toArray(), body.id, path));
        }
        return success();
    }

    // The task classification: a class of a code the store has already is
    // the store's and stays as it is.
    Status importTaskClasses(const QJsonArray &array)
    {
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject object = array.at(i).toObject();
            const QString path = QStringLiteral("$.taskClasses[%1]").arg(i);
            TaskClass taskClass;
            taskClass.code = object.value(u"code").toString();
            const auto stored = m_store.taskClassByCode(taskClass.code);
            if (!stored)
                return Failure{stored.error()};
            if (stored->has_value() && stored->value().id != 0)
                continue;
            taskClass.name = object.value(u"name").toString();
            if (!object.value(u"retentionYears").isNull())
                taskClass.retentionYears = object.value(u"retentionYears").toInt();
            taskClass.publicity = codeOf<Publicity>(object.value(u"publicity"));
            taskClass.confidentialityBasis = LegalBasis::fromText(object.value(u"confidentialityBasis").toString());
            taskClass.personalData = object.value(u"personalData").toBool();
            if (const auto id = m_store.addTaskClass(taskClass); !id)
                return Failure{at(path, id.error())};
            ++m_summary.taskClasses;
        }
        return success();
    }

    // The cases; one whose diary number the register has already is that
    // case (a meeting's cases, imported into the store they came from).
    Status importCases(const QJsonArray &array)
    {
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject object = array.at(i).toObject();
            const QString path = QStringLiteral("$.cases[%1]").arg(i);
            const int documentId = object.value(u"id").toInt();
            Case entry;
            entry.diaryNumber = *DiaryNumber::parse(object.value(u"diaryNumber").toString());
            const auto existing = m_store.caseByDiaryNumber(object.value(u"diaryNumber").toString());
            if (!existing)
                return Failure{existing.error()};
            if (existing->has_value()) {
                m_cases.insert(documentId, existing->value().id);
                continue;
            }
            const auto classId = m_store.taskClassId(object.value(u"taskClass").toString());
            if (!classId)
                return Failure{at(path + QStringLiteral(".taskClass"), classId.error())};
            entry.taskClassId = *classId;
            entry.title = object.value(u"title").toString();
            entry.publicity = codeOf<Publicity>(object.value(u"publicity"));
            entry.confidentialityBasis = LegalBasis::fromText(object.value(u"confidentialityBasis").toString());
            if (!object.value(u"secrecyYears").isNull())
                entry.secrecyYears = object.value(u"secrecyYears").toInt();
            for (const QJsonValue &value : object.value(u"parties").toArray())
                entry.parties.append(CaseParty::fromJson(value.toObject()));
            entry.preparerPersonId =
                object.value(u"preparer").isNull() ? 0 : m_persons.value(object.value(u"preparer").toInt());
            entry.state = codeOf<CaseState>(object.value(u"state"));
            entry.initiated = dateOf(object.value(u"initiated"));
            entry.decided = dateOf(object.value(u"decided"));
            entry.implemented = dateOf(object.value(u"implemented"));
            entry.closed = dateOf(object.value(u"closed"));
            const auto id = m_store.openCase(entry);
            if (!id)
                return Failure{at(path, id.error())};
            // A case whose records were destroyed comes in destroyed, on
            // the same day, once its items are in (destroyCases).
            if (const QDate destroyed = dateOf(object.value(u"destroyed")); destroyed.isValid())
                m_destroyed.append({path, *id, destroyed});
            m_cases.insert(documentId, *id);
            ++m_summary.cases;
        }
        return success();
    }

    // The cases destroyed in the document, on their days, which their
    // classes' retention must allow.
    Status destroyCases()
    {
        for (const Destroyed &one : std::as_const(m_destroyed)) {
            if (const auto done = m_store.destroyCaseRecords(one.caseId, one.day); !done)
                return Failure{at(one.path + QStringLiteral(".destroyed"), done.error())};
        }
        return success();
    }

    // A body's item templates; one of a name the body has already is the
    // store's and stays as it is.
    Status importTemplates(const QJsonArray &array, qint64 bodyId, const QString &path)
    {
        const auto stored = m_store.itemTemplates(bodyId);
        if (!stored)
            return Failure{stored.error()};
        for (qsizetype t = 0; t < array.size(); ++t) {
            const QJsonObject object = array.at(t).toObject();
            ItemTemplate itemTemplate;
            itemTemplate.bodyId = bodyId;
            itemTemplate.name = object.value(u"name").toString().trimmed();
            const bool known = std::any_of(stored->cbegin(), stored->cend(), [&](const ItemTemplate &other) {
                return other.name == itemTemplate.name;
            });
            if (known)
                continue;
            itemTemplate.item = itemFields(object);
            const auto id = m_store.addItemTemplate(itemTemplate);
            if (!id)
                return Failure{at(path + QStringLiteral(".itemTemplates[%1]").arg(t), id.error())};
            ++m_summary.itemTemplates;
        }
        return success();
    }

    // The fields an item and a template share, as the document has them.
    AgendaItem itemFields(const QJsonObject &object) const
    {
        AgendaItem item;
        item.title = object.value(u"title").toString();
        item.taskClass = object.value(u"taskClass").toString();
        const QJsonArray preparers = object.value(u"preparers").toArray();
        for (const QJsonValue &value : preparers)
            item.preparers.append({value[u"name"].toString(), value[u"title"].toString(), value[u"contact"].toString()});
        item.presenterPersonId =
            object.value(u"presenter").isNull() ? 0 : m_persons.value(object.value(u"presenter").toInt());
        item.background = object.value(u"background").toString();
        item.proposal = object.value(u"proposal").toString();
        item.publicity = codeOf<Publicity>(object.value(u"publicity"));
        item.confidentialityBasis = LegalBasis::fromText(object.value(u"confidentialityBasis").toString());
        item.appealKind = codeOf<AppealKind>(object.value(u"appealKind"));
        if (object.contains(u"language"))
            item.language = codeOf<Language>(object.value(u"language"));
        const QJsonArray recipients = object.value(u"recipients").toArray();
        for (const QJsonValue &value : recipients)
            item.recipients.append({value[u"name"].toString(), value[u"address"].toString(),
                                    codeOf<Delivery>(value[u"delivery"])});
        return item;
    }

    Status importMeetings(const QJsonArray &array)
    {
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject object = array.at(i).toObject();
            const QString path = QStringLiteral("$.meetings[%1]").arg(i);
            Meeting meeting;
            meeting.bodyId = m_bodies.value(object.value(u"body").toInt());
            meeting.year = object.value(u"year").toInt();
            meeting.number = object.value(u"number").toInt();
            meeting.plannedStart = dateTimeOf(object.value(u"plannedStart"));
            meeting.plannedEnd = dateTimeOf(object.value(u"plannedEnd"));
            meeting.actualStart = dateTimeOf(object.value(u"actualStart"));
            meeting.actualEnd = dateTimeOf(object.value(u"actualEnd"));
            meeting.place = object.value(u"place").toString();
            meeting.mode = codeOf<MeetingMode>(object.value(u"mode"));
            meeting.state = codeOf<MeetingState>(object.value(u"state"));
            meeting.minutesChecked = dateOf(object.value(u"minutesChecked"));
            meeting.minutesPublished = dateOf(object.value(u"minutesPublished"));
            meeting.convened = dateOf(object.value(u"convened"));
            // A cancelled meeting takes no more items: it comes in still to
            // be held, with its invitees, items and events, and is then
            // cancelled with its reason (the store's own, for a document
            // written before reasons were kept).
            const bool cancelled = meeting.state == MeetingState::Cancelled;
            const QString reason = !cancelled ? QString()
                : !object.value(u"cancellationReason").toString().trimmed().isEmpty()
                ? object.value(u"cancellationReason").toString().trimmed()
                : Store::unrecordedCancellationReason();
            if (cancelled)
                meeting.state = meeting.convened.isValid() ? MeetingState::Convened : MeetingState::Planned;
            else
                meeting.cancellationReason = object.value(u"cancellationReason").toString().trimmed();
            const auto meetingId = m_store.addMeeting(meeting);
            if (!meetingId)
                return Failure{at(path, meetingId.error())};
            ++m_summary.meetings;

            const QJsonArray invited = object.value(u"invitees").toArray();
            for (qsizetype k = 0; k < invited.size(); ++k) {
                const QJsonObject json = invited.at(k).toObject();
                Invitee invitee;
                invitee.meetingId = *meetingId;
                invitee.personId = json.value(u"person").isNull() ? 0 : m_persons.value(json.value(u"person").toInt());
                invitee.name = json.value(u"name").toString();
                invitee.role = json.value(u"role").toString();
                invitee.email = json.value(u"email").toString();
                if (const auto added = m_store.addInvitee(invitee); !added)
                    return Failure{at(path + QStringLiteral(".invitees[%1]").arg(k), added.error())};
            }
            const QJsonArray items = object.value(u"items").toArray();
            for (qsizetype j = 0; j < items.size(); ++j) {
                const QString ipath = path + QStringLiteral(".items[%1]").arg(j);
                PYKALA_TRY(importItem(items.at(j).toObject(), *meetingId, ipath));
            }
            PYKALA_TRY(importEvents(object.value(u"events").toArray(), *meetingId, path));
            if (cancelled) {
                if (const Status done = m_store.cancelMeeting(*meetingId, reason); !done)
                    return Failure{at(path, done.error())};
            }
        }
        return success();
    }

    // The meeting's events, with persons turned into store ids; the record
    // must replay through the rules like any recorded meeting.
    Status importEvents(const QJsonArray &array, qint64 meetingId, const QString &path)
    {
        if (array.isEmpty())
            return success();
        QList<QJsonObject> events;
        for (qsizetype k = 0; k < array.size(); ++k) {
            const auto mapped = MeetingRecord::mapPersons(array.at(k).toObject(), [&](qint64 id) -> std::optional<qint64> {
                if (!m_persons.contains(int(id)))
                    return std::nullopt;
                return m_persons.value(int(id));
            });
            if (!mapped)
                return Failure{at(path + QStringLiteral(".events[%1]").arg(k), mapped.error())};
            events.append(*mapped);
        }
        const auto meeting = m_store.meeting(meetingId);
        if (!meeting || !meeting->has_value())
            return Failure{meeting ? tr("The imported meeting vanished.") : meeting.error()};
        const auto setting = MeetingSession::setting(m_store, meeting->value());
        if (!setting)
            return Failure{at(path + QStringLiteral(".events"), setting.error())};
        const auto checked = MeetingRecord::checkEvents(events, *setting, path + QStringLiteral(".events"));
        if (!checked)
            return Failure{checked.error()};
        if (const auto replayed = MeetingRecord::replay(*setting, *checked); !replayed)
            return Failure{at(path + QStringLiteral(".events"), replayed.error())};
        return m_store.appendMeetingEvents(meetingId, *checked);
    }

    Status importItem(const QJsonObject &object, qint64 meetingId, const QString &path)
    {
        AgendaItem item = itemFields(object);
        item.meetingId = meetingId;
        item.position = object.value(u"position").toInt();
        if (!object.value(u"sectionNumber").isNull())
            item.sectionNumber = object.value(u"sectionNumber").toInt();
        item.caseReference = object.value(u"caseReference").toString();
        item.decision = object.value(u"decision").toString();
        item.proceedings = object.value(u"proceedings").toString();
        // Version 2 names the item's case, or none (null: an item taken out
        // of its case stays out); version 1 has no cases, and an item is
        // linked by its reference as every new item is.
        const QJsonValue linked = object.value(u"case");
        if (linked.isDouble())
            item.caseId = m_cases.value(linked.toInt());
        const auto itemId = m_store.addAgendaItem(item);
        if (!itemId)
            return Failure{at(path, itemId.error())};
        ++m_summary.items;
        if (linked.isNull()) {
            if (const Status unlinked = m_store.linkItemToCase(*itemId, 0); !unlinked)
                return Failure{at(path + QStringLiteral(".case"), unlinked.error())};
        }

        const QJsonArray attachments = object.value(u"attachments").toArray();
        for (qsizetype k = 0; k < attachments.size(); ++k) {
            const QJsonObject json = attachments.at(k).toObject();
            Attachment attachment;
            attachment.itemId = *itemId;
            attachment.position = json.value(u"position").toInt();
            attachment.name = json.value(u"name").toString();
            attachment.mediaType = json.value(u"mediaType").toString();
            attachment.publicity = codeOf<Publicity>(json.value(u"publicity"));
            attachment.confidentialityBasis = LegalBasis::fromText(json.value(u"confidentialityBasis").toString());
            attachment.content = QByteArray::fromBase64(json.value(u"content").toString().toLatin1());
            const auto id = m_store.addAttachment(attachment);
            if (!id)
                return Failure{at(path + QStringLiteral(".attachments[%1]").arg(k), id.error())};
            ++m_summary.attachments;
        }
        const QJsonArray extracts = object.value(u"extractsSent").toArray();
        for (qsizetype k = 0; k < extracts.size(); ++k) {
            const QJsonObject json = extracts.at(k).toObject();
            const ExtractSent extract{0, *itemId, json.value(u"recipient").toString(), json.value(u"address").toString(),
                                      codeOf<SendMethod>(json.value(u"method")), dateOf(json.value(u"sent")), {}};
            if (const auto id = m_store.recordExtractSent(extract); !id)
                return Failure{at(path + QStringLiteral(".extractsSent[%1]").arg(k), id.error())};
        }
        return success();
    }

    Store &m_store;
    QHash<int, qint64> m_persons; // document id → store id
    QHash<int, qint64> m_bodies;
    QHash<int, qint64> m_cases;
    struct Destroyed
    {
        QString path;
        qint64 caseId;
        QDate day;
    };
    QList<Destroyed> m_destroyed;
    Interchange::ImportSummary m_summary;
};

// Line and column of a byte offset, for JSON syntax errors.
QString ReferenceCheck::position(const QByteArray &json, qsizetype offset)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < json.size(); ++i) {
        if (json[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const int column = int(QString::fromUtf8(json.mid(lineStart, offset - lineStart)).size()) + 1;
    return tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

namespace Interchange {

QByteArray schemaJson()
{
    QFile file(QStringLiteral(":/pykala/interchange.schema.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Result<QByteArray> exportJson(const Store &store, qint64 meetingId)
{
    Exporter exporter(store);
    const auto root = exporter.run(meetingId);
    if (!root)
        return Failure{root.error()};
    return QJsonDocument(*root).toJson(QJsonDocument::Indented);
}

Result<ImportSummary> importJson(Store &store, const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Failure{Importer::tr("The file is not valid JSON: %1 at %2.")
                           .arg(parseError.errorString(), ReferenceCheck::position(json, parseError.offset))};
    const QJsonObject root = document.object();
    if (!document.isObject())
        return Failure{Importer::tr("$: the document must be a JSON object.")};
    if (root.value(u"format").toString() != formatName)
        return Failure{Importer::tr("$.format: this is not a Pykälä interchange document (format must be \"%1\").").arg(formatName)};
    if (root.value(u"version").isDouble() && root.value(u"version").toInt() > formatVersion)
        return Failure{Importer::tr("$.version: the document is of format version %1; this version of Pykälä reads up to %2. "
                          "Import it with a newer version.")
                           .arg(root.value(u"version").toInt())
                           .arg(formatVersion)};
    const auto schema = JsonSchema::fromJson(schemaJson());
    if (!schema)
        return Failure{schema.error()};
    if (const QString problem = schema->validate(root); !problem.isEmpty())
        return Failure{problem};
    if (const QString problem = ReferenceCheck::run(root); !problem.isEmpty())
        return Failure{problem};
    Importer importer(store);
    return importer.run(root);
}

} // namespace Interchange
