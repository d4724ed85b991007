// The site's open data in the shapes of the 6Aika open decision API
// (Päätösrajapinta): cases, their actions (handlings) with contents and
// attachments, events (meetings), organisations, posts, persons and
// memberships, and functions (task classes), as static files under
// "paatos/v1/". The shapes follow the API's definitions; the schema the
// tests validate them against is the project's own, docs/paatos-api.schema.json.

#include "opendata.h"
#include "opendatarecord.h"

#include "documenttexts.h"

#include "model/documentlanguage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <algorithm>

namespace OpenData {

namespace {

const QString dataSource = QStringLiteral("pykala");
constexpr int pageSize = 100;

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

class Api
{
public:
    Api(const Record &record, const QList<PublishedMeeting> &meetings, const QString &baseUrl)
        : m_record(record), m_meetings(meetings), m_site(baseUrl), m_base(baseUrl + QStringLiteral("paatos/v1/")),
          m_texts(DocumentTexts::of(record.organisation.defaultLanguage))
    {
    }

    QString url(const char *kind, const QString &id) const
    {
        return m_base + QStringLiteral("%1/%2.json").arg(QString::fromLatin1(kind), id);
    }
    QString url(const char *kind, qint64 id) const { return url(kind, QString::number(id)); }
    QString listUrl(const char *kind, int page) const
    {
        return m_base + (page == 1 ? QStringLiteral("%1/index.json").arg(QString::fromLatin1(kind))
                                   : QStringLiteral("%1/index-%2.json").arg(QString::fromLatin1(kind)).arg(page));
    }

    void stamp(QJsonObject &object, const Store::Lifetime &times, const char *modified = "modified_at") const
    {
        const Store::Lifetime &known = times.created.isValid() ? times : m_record.organisationTimes;
        object.insert(QStringLiteral("created_at"), dateTime(known.created));
        object.insert(QString::fromLatin1(modified), dateTime(known.modified));
    }

    // The municipality is the organisation its bodies belong to; id 0.
    QJsonObject municipality() const
    {
        QJsonArray bodies;
        for (const qint64 id : m_record.bodyOrder)
            bodies.append(url("organization", id));
        QJsonObject object{{QStringLiteral("url"), url("organization", 0)},
                           {QStringLiteral("id"), 0},
                           {QStringLiteral("data_source"), dataSource},
                           {QStringLiteral("origin_id"), orNull(m_record.organisation.businessId)},
                           {QStringLiteral("classification"), QStringLiteral("municipality")},
                           {QStringLiteral("name"), m_record.organisation.name},
                           {QStringLiteral("parent"), QJsonValue()},
                           {QStringLiteral("events"), QJsonArray()},
                           {QStringLiteral("posts"), QJsonArray()}};
        stamp(object, m_record.organisationTimes);
        return object;
    }

    QJsonObject organization(const Body &body) const
    {
        QJsonArray events;
        for (const PublishedMeeting &meeting : m_meetings) {
            if (meeting.meeting.bodyId == body.id)
                events.append(url("event", meeting.meeting.id));
        }
        QJsonArray posts;
        for (const MembershipRole role : rolesOf(body.id))
            posts.append(url("post", postId(body.id, role)));
        QJsonObject object{{QStringLiteral("url"), url("organization", body.id)},
                           {QStringLiteral("id"), body.id},
                           {QStringLiteral("data_source"), dataSource},
                           {QStringLiteral("origin_id"), body.shortName},
                           {QStringLiteral("classification"), Codes::code(body.kind)},
                           {QStringLiteral("name"), body.name},
                           {QStringLiteral("parent"), url("organization", 0)},
                           {QStringLiteral("events"), events},
                           {QStringLiteral("posts"), posts}};
        stamp(object, m_record.timesOf("body", body.id));
        return object;
    }

    // An organisation as a post or membership names it.
    QJsonObject organizationReference(qint64 bodyId) const
    {
        const Body &body = m_record.bodies.value(bodyId);
        return QJsonObject{{QStringLiteral("url"), url("organization", body.id)},
                           {QStringLiteral("id"), body.id},
                           {QStringLiteral("name"), body.name},
                           {QStringLiteral("classification"), Codes::code(body.kind)}};
    }

    // A body's posts: each role its memberships hold.
    QList<MembershipRole> rolesOf(qint64 bodyId) const
    {
        QList<MembershipRole> roles;
        for (const MembershipRole role : {MembershipRole::Chair, MembershipRole::ViceChair, MembershipRole::Member,
                                          MembershipRole::Deputy, MembershipRole::Secretary, MembershipRole::Presenter}) {
            const bool held = std::any_of(m_record.memberships.cbegin(), m_record.memberships.cend(),
                                          [&](const Membership &m) { return m.bodyId == bodyId && m.role == role; });
            if (held)
                roles.append(role);
        }
        return roles;
    }
    // A post's id: "12-chair".
    static QString postId(qint64 bodyId, MembershipRole role)
    {
        return QStringLiteral("%1-%2").arg(bodyId).arg(Codes::code(role));
    }

    QJsonObject post(qint64 bodyId, MembershipRole role) const
    {
        const Body &body = m_record.bodies.value(bodyId);
        QJsonObject object{{QStringLiteral("id"), postId(bodyId, role)},
                           {QStringLiteral("label"), QStringLiteral("%1, %2").arg(body.name, m_texts.roleName(role))},
                           {QStringLiteral("role"), m_texts.roleName(role)},
                           {QStringLiteral("organization"), organizationReference(bodyId)}};
        stamp(object, m_record.timesOf("body", bodyId), "updated_at");
        return object;
    }

    QJsonObject membership(const Membership &membership) const
    {
        QString label = m_texts.roleName(membership.role);
        if (membership.deputyForPersonId != 0 && m_record.persons.contains(membership.deputyForPersonId))
            label += QStringLiteral(" (%1)").arg(m_record.persons.value(membership.deputyForPersonId).displayName());
        QJsonObject object{{QStringLiteral("id"), QString::number(membership.id)},
                           {QStringLiteral("label"), label},
                           {QStringLiteral("role"), m_texts.roleName(membership.role)},
                           {QStringLiteral("person_id"), QString::number(membership.personId)},
                           {QStringLiteral("post_id"), postId(membership.bodyId, membership.role)},
                           {QStringLiteral("organization"), organizationReference(membership.bodyId)},
                           {QStringLiteral("start_date"), membership.validFrom.toString(Qt::ISODate)},
                           {QStringLiteral("end_date"), membership.validUntil.isValid()
                                                            ? QJsonValue(membership.validUntil.toString(Qt::ISODate))
                                                            : QJsonValue()}};
        stamp(object, m_record.timesOf("membership", membership.id), "updated_at");
        return object;
    }

    // A person as the public sees them: no e-mail address or phone number.
    QJsonObject person(const Person &person) const
    {
        QJsonArray memberships;
        for (const Membership &one : m_record.membershipsOf(person.id))
            memberships.append(membership(one));
        QJsonObject object{{QStringLiteral("id"), QString::number(person.id)},
                           {QStringLiteral("name"), person.displayName()},
                           {QStringLiteral("given_name"), person.givenName},
                           {QStringLiteral("family_name"), person.familyName},
                           {QStringLiteral("sort_name"), QStringLiteral("%1 %2").arg(person.familyName, person.givenName)},
                           {QStringLiteral("memberships"), memberships}};
        stamp(object, m_record.timesOf("person", person.id), "updated_at");
        return object;
    }

    QJsonObject event(const PublishedMeeting &published) const
    {
        const Meeting &meeting = published.meeting;
        const Body &body = m_record.bodies.value(meeting.bodyId);
        QJsonArray actions;
        for (const AgendaItem &item : m_record.items.value(meeting.id))
            actions.append(url("action", item.id));
        const bool opened = meeting.actualStart.isValid();
        const QDateTime start = opened ? meeting.actualStart : meeting.plannedStart;
        const QDateTime end = opened ? meeting.actualEnd : meeting.plannedEnd;
        QJsonObject object{{QStringLiteral("url"), url("event", meeting.id)},
                           {QStringLiteral("id"), meeting.id},
                           {QStringLiteral("data_source"), dataSource},
                           {QStringLiteral("origin_id"),
                            QStringLiteral("%1 %2/%3").arg(body.shortName).arg(meeting.number).arg(meeting.year)},
                           {QStringLiteral("name"), meetingName(body, meeting, published.language)},
                           {QStringLiteral("start_date"), start.date().toString(Qt::ISODate)},
                           {QStringLiteral("end_date"), (end.isValid() ? end : start).date().toString(Qt::ISODate)},
                           {QStringLiteral("organization"), url("organization", meeting.bodyId)},
                           {QStringLiteral("actions"), actions}};
        stamp(object, m_record.timesOf("meeting", meeting.id));
        return object;
    }

    QJsonObject action(const PublishedMeeting &published, const AgendaItem &item) const
    {
        const DocumentTexts &texts = DocumentTexts::of(published.language);
        QJsonArray contents;
        int ordering = 0;
        const auto content = [&](const QString &type, const QString &title, const QString &html) {
            if (html.trimmed().isEmpty())
                return;
            QJsonObject one{{QStringLiteral("data_source"), dataSource},
                            {QStringLiteral("ordering"), ++ordering},
                            {QStringLiteral("type"), type},
                            {QStringLiteral("title"), title},
                            {QStringLiteral("hypertext"), html}};
            stamp(one, m_record.timesOf("agenda_item", item.id));
            contents.append(one);
        };
        // The items are the public view's: withheld texts are empty.
        content(QStringLiteral("background"), texts.matter, item.background);
        content(QStringLiteral("draft resolution"), texts.proposal, item.proposal);
        if (published.minutes) {
            content(QStringLiteral("proceedings"), texts.proceedings, item.proceedings);
            content(QStringLiteral("resolution"), texts.decision, item.decision);
        }
        QJsonArray attachments;
        for (const PublishedFile &file : published.files) {
            if (file.kind != FileKind::Attachment || file.itemId != item.id)
                continue;
            QJsonObject one{{QStringLiteral("url"), m_site + file.path},
                            {QStringLiteral("data_source"), dataSource},
                            {QStringLiteral("origin_id"), QString::number(file.attachmentId)},
                            {QStringLiteral("name"), file.name},
                            {QStringLiteral("public"), true},
                            {QStringLiteral("confidentiality_reason"), QJsonValue()}};
            stamp(one, m_record.timesOf("attachment", file.attachmentId));
            attachments.append(one);
        }
        const bool inCase = item.caseId != 0 && m_record.cases.contains(item.caseId);
        const QString result = m_record.results.value(item.id);
        QJsonObject object{{QStringLiteral("url"), url("action", item.id)},
                           {QStringLiteral("id"), item.id},
                           {QStringLiteral("data_source"), dataSource},
                           {QStringLiteral("origin_id"), QString::number(item.id)},
                           {QStringLiteral("title"), item.title},
                           {QStringLiteral("ordering"), item.position},
                           {QStringLiteral("article_number"), item.sectionNumber
                                                                  ? QJsonValue(QString::number(*item.sectionNumber))
                                                                  : QJsonValue()},
                           {QStringLiteral("resolution"), orNull(result)},
                           {QStringLiteral("case"), inCase ? QJsonValue(url("case", item.caseId)) : QJsonValue()},
                           {QStringLiteral("post"), QJsonValue()},
                           {QStringLiteral("event"), url("event", published.meeting.id)},
                           {QStringLiteral("contents"), contents},
                           {QStringLiteral("attachments"), attachments}};
        stamp(object, m_record.timesOf("agenda_item", item.id));
        return object;
    }

    QJsonObject caseObject(const Case &paper) const
    {
        QJsonArray actions;
        for (const CaseHandling &handling : m_record.handlings.value(paper.id))
            actions.append(url("action", handling.itemId));
        const bool classified = m_record.taskClasses.contains(paper.taskClassId);
        QJsonObject object{{QStringLiteral("url"), url("case", paper.id)},
                           {QStringLiteral("id"), paper.id},
                           {QStringLiteral("data_source"), dataSource},
                           {QStringLiteral("origin_id"), paper.diaryNumber.toString()},
                           {QStringLiteral("title"), paper.title},
                           {QStringLiteral("register_id"), paper.diaryNumber.toString()},
                           {QStringLiteral("function"),
                            classified ? QJsonValue(url("function", paper.taskClassId)) : QJsonValue()},
                           {QStringLiteral("actions"), actions},
                           {QStringLiteral("attachments"), QJsonArray()},
                           {QStringLiteral("geometries"), QJsonArray()}};
        stamp(object, m_record.timesOf("case_file", paper.id));
        return object;
    }

    QJsonObject function(const TaskClass &taskClass) const
    {
        QJsonObject object{{QStringLiteral("url"), url("function", taskClass.id)},
                           {QStringLiteral("id"), taskClass.id},
                           {QStringLiteral("data_source"), dataSource},
                           {QStringLiteral("origin_id"), taskClass.code},
                           {QStringLiteral("function_id"), taskClass.code},
                           {QStringLiteral("name"), taskClass.name},
                           {QStringLiteral("parent"), QJsonValue()}};
        stamp(object, m_record.timesOf("task_class", taskClass.id));
        return object;
    }

    static QByteArray json(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    }

    // A kind's objects at their own addresses, and its list in pages of
    // "count", "next", "previous" and "results".
    void add(Files &files, const char *kind, const QList<std::pair<QString, QJsonObject>> &objects) const
    {
        const int pages = std::max<int>(1, int((objects.size() + pageSize - 1) / pageSize));
        const auto relative = [this](const QString &address) { return address.mid(m_site.size()); };
        for (int page = 1; page <= pages; ++page) {
            QJsonArray results;
            for (qsizetype i = qsizetype(page - 1) * pageSize;
                 i < std::min<qsizetype>(objects.size(), qsizetype(page) * pageSize); ++i)
                results.append(objects.at(i).second);
            const QJsonObject list{
                {QStringLiteral("count"), int(objects.size())},
                {QStringLiteral("next"), page < pages ? QJsonValue(listUrl(kind, page + 1)) : QJsonValue()},
                {QStringLiteral("previous"), page > 1 ? QJsonValue(listUrl(kind, page - 1)) : QJsonValue()},
                {QStringLiteral("results"), results}};
            files.append({relative(listUrl(kind, page)), json(list)});
        }
        for (const auto &[id, object] : objects)
            files.append({relative(url(kind, id)), json(object)});
    }

    Files files() const
    {
        Files files;
        QList<std::pair<QString, QJsonObject>> organizations{{QStringLiteral("0"), municipality()}}, posts, persons,
            memberships, events, actions, cases, functions;
        for (const qint64 id : m_record.bodyOrder) {
            organizations.append({QString::number(id), organization(m_record.bodies.value(id))});
            for (const MembershipRole role : rolesOf(id))
                posts.append({postId(id, role), post(id, role)});
        }
        QList<qint64> personIds = m_record.persons.keys();
        std::sort(personIds.begin(), personIds.end());
        for (const qint64 id : std::as_const(personIds))
            persons.append({QString::number(id), person(m_record.persons.value(id))});
        for (const Membership &one : m_record.memberships)
            memberships.append({QString::number(one.id), membership(one)});
        for (const PublishedMeeting &published : m_meetings) {
            events.append({QString::number(published.meeting.id), event(published)});
            for (const AgendaItem &item : m_record.items.value(published.meeting.id))
                actions.append({QString::number(item.id), action(published, item)});
        }
        QList<qint64> caseIds = m_record.cases.keys();
        std::sort(caseIds.begin(), caseIds.end());
        for (const qint64 id : std::as_const(caseIds))
            cases.append({QString::number(id), caseObject(m_record.cases.value(id))});
        QList<qint64> classIds = m_record.taskClasses.keys();
        std::sort(classIds.begin(), classIds.end());
        for (const qint64 id : std::as_const(classIds))
            functions.append({QString::number(id), function(m_record.taskClasses.value(id))});
        add(files, "organization", organizations);
        add(files, "post", posts);
        add(files, "person", persons);
        add(files, "membership", memberships);
        add(files, "event", events);
        add(files, "action", actions);
        add(files, "case", cases);
        add(files, "function", functions);
        return files;
    }

private:
    const Record &m_record;
    const QList<PublishedMeeting> &m_meetings;
    QString m_site;
    QString m_base; // ends in "paatos/v1/"
    const DocumentTexts &m_texts;
};

} // namespace

Files paatosApi(const Record &record, const QList<PublishedMeeting> &meetings, const QString &baseUrl)
{
    return Api(record, meetings, baseUrl).files();
}

} // namespace OpenData
