#include "opendata.h"
#include "opendatarecord.h"

#include "documenttexts.h"

#include "model/documentlanguage.h"
#include "procedure/membershipchanges.h"
#include "store/store.h"
#include "text/richtext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QUrl>
#include <QXmlStreamWriter>

#include <algorithm>

namespace OpenData {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OpenData", text);
}

const QString oparlVersion = QStringLiteral("https://schema.oparl.org/1.1/");
constexpr int pageSize = 100;

QString type(const char *name)
{
    return oparlVersion + QString::fromLatin1(name);
}

class Tree
{
public:
    Tree(const Record &record, const QList<PublishedMeeting> &meetings, const QString &base)
        : m_record(record), m_meetings(meetings), m_site(base), m_base(base + QStringLiteral("oparl/"))
    {
    }

    QString url(const QString &path) const { return m_base + path; }
    QString objectUrl(const char *kind, qint64 id) const
    {
        return url(QStringLiteral("%1/%2.json").arg(QString::fromLatin1(kind)).arg(id));
    }
    QString fileUrl(const PublishedMeeting &meeting, const PublishedFile &file) const
    {
        return file.kind == FileKind::Attachment
            ? url(QStringLiteral("file/a%1.json").arg(file.attachmentId))
            : url(QStringLiteral("file/m%1-%2.json")
                      .arg(meeting.meeting.id)
                      .arg(file.kind == FileKind::Agenda ? QStringLiteral("agenda") : QStringLiteral("minutes")));
    }
    QString listUrl(const QString &kind, int page = 1) const
    {
        return url(page == 1 ? QStringLiteral("body/1/%1.json").arg(kind)
                             : QStringLiteral("body/1/%1-%2.json").arg(kind).arg(page));
    }
    QString siteUrl(const QString &path) const { return m_site + path; }

    void stamp(QJsonObject &object, const Store::Lifetime &times) const
    {
        const Store::Lifetime &known = times.created.isValid() ? times : m_record.organisationTimes;
        object.insert(QStringLiteral("created"), dateTime(known.created));
        object.insert(QStringLiteral("modified"), dateTime(known.modified));
    }
    Store::Lifetime timesOf(const char *entity, qint64 id) const { return m_record.timesOf(entity, id); }

    QJsonObject system() const
    {
        QJsonObject object{{QStringLiteral("id"), url(QStringLiteral("system.json"))},
                           {QStringLiteral("type"), type("System")},
                           {QStringLiteral("oparlVersion"), oparlVersion},
                           {QStringLiteral("body"), url(QStringLiteral("bodies.json"))},
                           {QStringLiteral("name"), m_record.organisation.name},
                           {QStringLiteral("website"), siteUrl(QStringLiteral("index.html"))}};
        if (!m_record.organisation.registryEmail.isEmpty())
            object.insert(QStringLiteral("contactEmail"), m_record.organisation.registryEmail);
        stamp(object, m_record.organisationTimes);
        return object;
    }

    QJsonObject body() const
    {
        QJsonArray terms;
        for (const auto &[start, end] : legislativeTerms())
            terms.append(legislativeTerm(start, end));
        QJsonObject object{{QStringLiteral("id"), url(QStringLiteral("body/1.json"))},
                           {QStringLiteral("type"), type("Body")},
                           {QStringLiteral("system"), url(QStringLiteral("system.json"))},
                           {QStringLiteral("name"), m_record.organisation.name},
                           {QStringLiteral("website"), siteUrl(QStringLiteral("index.html"))},
                           {QStringLiteral("classification"), QStringLiteral("kunta")},
                           {QStringLiteral("legislativeTerm"), terms},
                           {QStringLiteral("legislativeTermList"), listUrl(QStringLiteral("legislativeTerm"))}};
        for (const char *list : {"organization", "person", "meeting", "paper", "agendaItem", "consultation", "file",
                                 "membership"})
            object.insert(QString::fromLatin1(list), listUrl(QString::fromLatin1(list)));
        if (!m_record.organisation.businessId.isEmpty())
            object.insert(QStringLiteral("shortName"), m_record.organisation.businessId);
        if (!m_record.organisation.registryEmail.isEmpty())
            object.insert(QStringLiteral("contactEmail"), m_record.organisation.registryEmail);
        stamp(object, m_record.organisationTimes);
        return object;
    }

    // The council terms the published meetings fall in.
    QList<std::pair<QDate, QDate>> legislativeTerms() const
    {
        QMap<QDate, QDate> terms;
        for (const PublishedMeeting &published : m_meetings) {
            const auto term = MembershipChanges::councilTermOf(published.meeting.plannedStart.date());
            terms.insert(term.first, term.second);
        }
        QList<std::pair<QDate, QDate>> ordered;
        for (auto it = terms.cbegin(); it != terms.cend(); ++it)
            ordered.append({it.key(), it.value()});
        return ordered;
    }

    QJsonObject legislativeTerm(const QDate &start, const QDate &end) const
    {
        QJsonObject object{{QStringLiteral("id"), objectUrl("legislativeTerm", start.year())},
                           {QStringLiteral("type"), type("LegislativeTerm")},
                           {QStringLiteral("body"), url(QStringLiteral("body/1.json"))},
                           {QStringLiteral("name"), QStringLiteral("Valtuustokausi %1–%2").arg(start.year()).arg(end.year())},
                           {QStringLiteral("startDate"), start.toString(Qt::ISODate)},
                           {QStringLiteral("endDate"), end.toString(Qt::ISODate)}};
        stamp(object, m_record.organisationTimes);
        return object;
    }

    QJsonObject organization(const Body &body) const
    {
        QJsonArray memberships;
        for (const Membership &membership : m_record.memberships) {
            if (membership.bodyId == body.id)
                memberships.append(objectUrl("membership", membership.id));
        }
        QJsonObject object{{QStringLiteral("id"), objectUrl("organization", body.id)},
                           {QStringLiteral("type"), type("Organization")},
                           {QStringLiteral("body"), url(QStringLiteral("body/1.json"))},
                           {QStringLiteral("name"), body.name},
                           {QStringLiteral("shortName"), body.shortName},
                           {QStringLiteral("organizationType"), QStringLiteral("toimielin")},
                           {QStringLiteral("classification"), Codes::code(body.kind)},
                           {QStringLiteral("membership"), memberships}};
        stamp(object, timesOf("body", body.id));
        return object;
    }

    QJsonObject membership(const Membership &membership) const
    {
        const DocumentTexts &texts = DocumentTexts::of(m_record.organisation.defaultLanguage);
        QJsonObject object{{QStringLiteral("id"), objectUrl("membership", membership.id)},
                           {QStringLiteral("type"), type("Membership")},
                           {QStringLiteral("person"), objectUrl("person", membership.personId)},
                           {QStringLiteral("organization"), objectUrl("organization", membership.bodyId)},
                           {QStringLiteral("role"), texts.roleName(membership.role)},
                           {QStringLiteral("votingRight"), membership.holdsSeat()},
                           {QStringLiteral("startDate"), membership.validFrom.toString(Qt::ISODate)}};
        if (membership.validUntil.isValid())
            object.insert(QStringLiteral("endDate"), membership.validUntil.toString(Qt::ISODate));
        if (membership.deputyForPersonId != 0)
            object.insert(QStringLiteral("onBehalfOf"), objectUrl("person", membership.deputyForPersonId));
        stamp(object, timesOf("membership", membership.id));
        return object;
    }

    // A person as the public sees them: the name and the memberships; no
    // e-mail address or phone number (PublicView::showsContacts).
    QJsonObject person(const Person &person) const
    {
        QJsonArray memberships;
        for (const Membership &one : m_record.membershipsOf(person.id))
            memberships.append(membership(one));
        QJsonObject object{{QStringLiteral("id"), objectUrl("person", person.id)},
                           {QStringLiteral("type"), type("Person")},
                           {QStringLiteral("body"), url(QStringLiteral("body/1.json"))},
                           {QStringLiteral("name"), person.displayName()},
                           {QStringLiteral("givenName"), person.givenName},
                           {QStringLiteral("familyName"), person.familyName},
                           {QStringLiteral("membership"), memberships}};
        stamp(object, timesOf("person", person.id));
        return object;
    }

    QJsonObject file(const PublishedMeeting &meeting, const PublishedFile &file) const
    {
        const qsizetype slash = file.path.lastIndexOf(u'/');
        QJsonObject object{{QStringLiteral("id"), fileUrl(meeting, file)},
                           {QStringLiteral("type"), type("File")},
                           {QStringLiteral("name"), file.name},
                           {QStringLiteral("fileName"), file.path.mid(slash + 1)},
                           {QStringLiteral("mimeType"), file.mediaType},
                           {QStringLiteral("date"), meeting.meeting.plannedStart.date().toString(Qt::ISODate)},
                           {QStringLiteral("size"), file.size},
                           {QStringLiteral("sha512Checksum"), file.sha512},
                           {QStringLiteral("accessUrl"), siteUrl(file.path)},
                           {QStringLiteral("meeting"), QJsonArray{objectUrl("meeting", meeting.meeting.id)}}};
        if (file.kind == FileKind::Attachment) {
            object.insert(QStringLiteral("agendaItem"), QJsonArray{objectUrl("agendaItem", file.itemId)});
            stamp(object, timesOf("attachment", file.attachmentId));
        } else {
            stamp(object, timesOf("meeting", meeting.meeting.id));
        }
        return object;
    }

    // The item as the record has it, as the public sees it (PublicView):
    // a withheld item's decision is empty.
    QJsonObject agendaItem(const PublishedMeeting &meeting, const AgendaItem &item) const
    {
        QJsonObject object{{QStringLiteral("id"), objectUrl("agendaItem", item.id)},
                           {QStringLiteral("type"), type("AgendaItem")},
                           {QStringLiteral("meeting"), objectUrl("meeting", meeting.meeting.id)},
                           {QStringLiteral("number"), itemNumber(item)},
                           {QStringLiteral("order"), item.position},
                           {QStringLiteral("name"), item.title},
                           {QStringLiteral("public"), item.publicity == Publicity::Public}};
        if (item.caseId != 0 && m_record.cases.contains(item.caseId))
            object.insert(QStringLiteral("consultation"), objectUrl("consultation", item.id));
        if (const QString result = m_record.results.value(item.id); !result.isEmpty())
            object.insert(QStringLiteral("result"), result);
        if (meeting.minutes) {
            const QString decision = RichText::toPlainText(item.decision).trimmed();
            if (!decision.isEmpty())
                object.insert(QStringLiteral("resolutionText"), decision);
        }
        QJsonArray attachments;
        for (const PublishedFile &published : meeting.files) {
            if (published.kind == FileKind::Attachment && published.itemId == item.id)
                attachments.append(file(meeting, published));
        }
        if (!attachments.isEmpty())
            object.insert(QStringLiteral("auxiliaryFile"), attachments);
        stamp(object, timesOf("agenda_item", item.id));
        return object;
    }

    QJsonObject meeting(const PublishedMeeting &published) const
    {
        const Meeting &meeting = published.meeting;
        const Body &body = m_record.bodies.value(meeting.bodyId);
        const DocumentTexts &texts = DocumentTexts::of(published.language);
        const bool opened = meeting.actualStart.isValid();
        QJsonObject object{{QStringLiteral("id"), objectUrl("meeting", meeting.id)},
                           {QStringLiteral("type"), type("Meeting")},
                           {QStringLiteral("name"), meetingName(body, meeting, published.language)},
                           {QStringLiteral("meetingState"), texts.states.value(meeting.state)},
                           {QStringLiteral("cancelled"), meeting.state == MeetingState::Cancelled},
                           {QStringLiteral("start"), dateTime(opened ? meeting.actualStart : meeting.plannedStart)},
                           {QStringLiteral("organization"), QJsonArray{objectUrl("organization", meeting.bodyId)}},
                           {QStringLiteral("web"), siteUrl(published.folder + QStringLiteral("/index.html"))}};
        const QDateTime end = opened ? meeting.actualEnd : meeting.plannedEnd;
        if (end.isValid())
            object.insert(QStringLiteral("end"), dateTime(end));
        for (const PublishedFile &document : published.files) {
            if (document.kind == FileKind::Agenda && document.mediaType == u"application/pdf")
                object.insert(QStringLiteral("invitation"), file(published, document));
            else if (document.kind == FileKind::Minutes && document.mediaType == u"application/pdf")
                object.insert(QStringLiteral("resultsProtocol"), file(published, document));
        }
        QJsonArray items;
        for (const AgendaItem &item : m_record.items.value(meeting.id))
            items.append(agendaItem(published, item));
        object.insert(QStringLiteral("agendaItem"), items);
        stamp(object, timesOf("meeting", meeting.id));
        return object;
    }

    QJsonObject consultation(const Case &paper, const CaseHandling &handling) const
    {
        const QList<CaseHandling> &all = m_record.handlings.value(paper.id);
        // The handling that decided the case, not one that prepared it for
        // another body: the case's last one once the case is decided.
        const bool authoritative = paper.state >= CaseState::Decided && !all.isEmpty()
            && all.constLast().itemId == handling.itemId;
        QJsonObject object{{QStringLiteral("id"), objectUrl("consultation", handling.itemId)},
                           {QStringLiteral("type"), type("Consultation")},
                           {QStringLiteral("paper"), objectUrl("paper", paper.id)},
                           {QStringLiteral("agendaItem"), objectUrl("agendaItem", handling.itemId)},
                           {QStringLiteral("meeting"), objectUrl("meeting", handling.meetingId)},
                           {QStringLiteral("organization"), QJsonArray{objectUrl("organization", handling.bodyId)}},
                           {QStringLiteral("authoritative"), authoritative}};
        stamp(object, timesOf("agenda_item", handling.itemId));
        return object;
    }

    QJsonObject paper(const Case &paper) const
    {
        QJsonArray consultations;
        for (const CaseHandling &handling : m_record.handlings.value(paper.id))
            consultations.append(consultation(paper, handling));
        QJsonObject object{{QStringLiteral("id"), objectUrl("paper", paper.id)},
                           {QStringLiteral("type"), type("Paper")},
                           {QStringLiteral("body"), url(QStringLiteral("body/1.json"))},
                           {QStringLiteral("name"), paper.title},
                           {QStringLiteral("reference"), paper.diaryNumber.toString()},
                           {QStringLiteral("date"), paper.initiated.toString(Qt::ISODate)},
                           {QStringLiteral("consultation"), consultations}};
        stamp(object, timesOf("case_file", paper.id));
        return object;
    }

    // An object's own file, and the pages of the list it belongs to.
    void add(Files &files, const QJsonObject &object) const
    {
        files.append({object.value(u"id").toString().mid(m_site.size()), json(object)});
    }

    void addList(Files &files, const QString &kind, const QList<QJsonObject> &objects) const
    {
        const int pages = std::max<int>(1, int((objects.size() + pageSize - 1) / pageSize));
        for (int page = 1; page <= pages; ++page) {
            QJsonArray data;
            for (qsizetype i = qsizetype(page - 1) * pageSize; i < std::min<qsizetype>(objects.size(), qsizetype(page) * pageSize); ++i)
                data.append(objects.at(i));
            QJsonObject links{{QStringLiteral("first"), listUrl(kind)},
                              {QStringLiteral("last"), listUrl(kind, pages)},
                              {QStringLiteral("self"), listUrl(kind, page)}};
            if (page > 1)
                links.insert(QStringLiteral("prev"), listUrl(kind, page - 1));
            if (page < pages)
                links.insert(QStringLiteral("next"), listUrl(kind, page + 1));
            const QJsonObject list{{QStringLiteral("data"), data},
                                   {QStringLiteral("pagination"),
                                    QJsonObject{{QStringLiteral("totalElements"), int(objects.size())},
                                                {QStringLiteral("elementsPerPage"), pageSize},
                                                {QStringLiteral("currentPage"), page},
                                                {QStringLiteral("totalPages"), pages}}},
                                   {QStringLiteral("links"), links}};
            files.append({listUrl(kind, page).mid(m_site.size()), json(list)});
        }
    }

    static QByteArray json(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    }

    Files files() const
    {
        Files files;
        add(files, system());
        const QJsonObject theBody = body();
        add(files, theBody);
        // The list of bodies: this organisation alone.
        const QJsonObject bodies{{QStringLiteral("data"), QJsonArray{theBody}},
                                 {QStringLiteral("pagination"),
                                  QJsonObject{{QStringLiteral("totalElements"), 1},
                                              {QStringLiteral("elementsPerPage"), pageSize},
                                              {QStringLiteral("currentPage"), 1},
                                              {QStringLiteral("totalPages"), 1}}},
                                 {QStringLiteral("links"),
                                  QJsonObject{{QStringLiteral("first"), url(QStringLiteral("bodies.json"))},
                                              {QStringLiteral("last"), url(QStringLiteral("bodies.json"))},
                                              {QStringLiteral("self"), url(QStringLiteral("bodies.json"))}}}};
        files.append({QStringLiteral("oparl/bodies.json"), json(bodies)});

        QList<QJsonObject> terms;
        for (const auto &[start, end] : legislativeTerms())
            terms.append(legislativeTerm(start, end));
        QList<QJsonObject> organizations, persons, memberships, meetings, items, fileObjects, papers, consultations;
        for (const qint64 id : m_record.bodyOrder)
            organizations.append(organization(m_record.bodies.value(id)));
        QList<qint64> personIds = m_record.persons.keys();
        std::sort(personIds.begin(), personIds.end());
        for (const qint64 id : std::as_const(personIds))
            persons.append(person(m_record.persons.value(id)));
        for (const Membership &one : m_record.memberships)
            memberships.append(membership(one));
        for (const PublishedMeeting &published : m_meetings) {
            meetings.append(meeting(published));
            for (const AgendaItem &item : m_record.items.value(published.meeting.id))
                items.append(agendaItem(published, item));
            for (const PublishedFile &document : published.files) {
                if (document.mediaType == u"text/html")
                    continue;
                fileObjects.append(file(published, document));
            }
        }
        QList<qint64> caseIds = m_record.cases.keys();
        std::sort(caseIds.begin(), caseIds.end());
        for (const qint64 id : std::as_const(caseIds)) {
            const Case &one = m_record.cases.value(id);
            papers.append(paper(one));
            for (const CaseHandling &handling : m_record.handlings.value(id))
                consultations.append(consultation(one, handling));
        }
        const QList<std::pair<QString, const QList<QJsonObject> *>> lists{
            {QStringLiteral("legislativeTerm"), &terms},  {QStringLiteral("organization"), &organizations},
            {QStringLiteral("person"), &persons},         {QStringLiteral("membership"), &memberships},
            {QStringLiteral("meeting"), &meetings},       {QStringLiteral("agendaItem"), &items},
            {QStringLiteral("file"), &fileObjects},       {QStringLiteral("paper"), &papers},
            {QStringLiteral("consultation"), &consultations}};
        for (const auto &[kind, objects] : lists) {
            addList(files, kind, *objects);
            for (const QJsonObject &object : *objects)
                add(files, object);
        }
        return files;
    }

private:
    const Record &m_record;
    const QList<PublishedMeeting> &m_meetings;
    QString m_site; // the site's address, ending in '/'
    QString m_base; // the tree's: the site's and "oparl/"
};

} // namespace

Result<QString> siteAddress(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (text.isEmpty() || !url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty()
        || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return Failure{tr("The site's address must be a web address such as https://www.example.fi/paatokset/, "
                          "not \"%1\": give --base-url the address the published folder is served at.")
                           .arg(text)};
    QString address = url.toString(QUrl::FullyEncoded);
    if (!address.endsWith(u'/'))
        address += u'/';
    return address;
}

Files oparl(const Record &record, const QList<PublishedMeeting> &meetings, const QString &baseUrl)
{
    return Tree(record, meetings, baseUrl).files();
}

Result<Files> files(const Store &store, const QList<PublishedMeeting> &meetings, const QString &baseUrl)
{
    const auto record = readRecord(store, meetings);
    if (!record)
        return Failure{record.error()};
    Files all = oparl(*record, meetings, baseUrl);
    all.append(paatosApi(*record, meetings, baseUrl));
    all.append({QStringLiteral("feed.atom"), atomFeed(*record, meetings, baseUrl)});
    return all;
}

QByteArray atomFeed(const Record &record, const QList<PublishedMeeting> &meetings, const QString &baseUrl)
{
    // The newest published minutes first, and each one's public decisions.
    QList<const PublishedMeeting *> newest;
    for (const PublishedMeeting &meeting : meetings) {
        if (meeting.minutes)
            newest.append(&meeting);
    }
    std::sort(newest.begin(), newest.end(), [](const PublishedMeeting *a, const PublishedMeeting *b) {
        if (a->meeting.minutesPublished != b->meeting.minutesPublished)
            return a->meeting.minutesPublished > b->meeting.minutesPublished;
        return a->meeting.id > b->meeting.id;
    });
    constexpr int feedMeetings = 20;
    if (newest.size() > feedMeetings)
        newest.resize(feedMeetings);

    const Language language = record.organisation.defaultLanguage;
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("feed"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2005/Atom"));
    xml.writeAttribute(QStringLiteral("xml:lang"), DocumentLanguage::tag(language));
    xml.writeTextElement(QStringLiteral("id"), baseUrl + QStringLiteral("feed.atom"));
    xml.writeTextElement(QStringLiteral("title"), language == Language::Swedish && !record.organisation.swedishName.isEmpty()
                                                      ? record.organisation.swedishName
                                                      : record.organisation.name);
    QDateTime updated = record.organisationTimes.modified;
    for (const PublishedMeeting *meeting : std::as_const(newest))
        updated = std::max(updated, record.times.value(QStringLiteral("meeting")).value(meeting->meeting.id).modified);
    xml.writeTextElement(QStringLiteral("updated"), dateTime(updated));
    xml.writeEmptyElement(QStringLiteral("link"));
    xml.writeAttribute(QStringLiteral("rel"), QStringLiteral("self"));
    xml.writeAttribute(QStringLiteral("href"), baseUrl + QStringLiteral("feed.atom"));
    xml.writeEmptyElement(QStringLiteral("link"));
    xml.writeAttribute(QStringLiteral("href"), baseUrl + QStringLiteral("index.html"));
    xml.writeStartElement(QStringLiteral("author"));
    xml.writeTextElement(QStringLiteral("name"), record.organisation.name);
    xml.writeEndElement();

    const auto entry = [&](const QString &id, const QString &title, const QDateTime &at, const QString &link,
                           const QString &summary, Language written) {
        xml.writeStartElement(QStringLiteral("entry"));
        if (written != language)
            xml.writeAttribute(QStringLiteral("xml:lang"), DocumentLanguage::tag(written));
        xml.writeTextElement(QStringLiteral("id"), id);
        xml.writeTextElement(QStringLiteral("title"), title);
        xml.writeTextElement(QStringLiteral("updated"), dateTime(at));
        xml.writeEmptyElement(QStringLiteral("link"));
        xml.writeAttribute(QStringLiteral("href"), link);
        if (!summary.isEmpty())
            xml.writeTextElement(QStringLiteral("summary"), summary);
        xml.writeEndElement();
    };
    for (const PublishedMeeting *published : std::as_const(newest)) {
        const Meeting &meeting = published->meeting;
        const Body &body = record.bodies.value(meeting.bodyId);
        QString page = baseUrl + published->folder + QStringLiteral("/index.html");
        QString title = meetingName(body, meeting, published->language);
        for (const PublishedFile &file : published->files) {
            if (file.kind == FileKind::Minutes && file.mediaType == u"text/html") {
                page = baseUrl + file.path;
                title = file.name;
            }
        }
        const QDateTime meetingTime = record.times.value(QStringLiteral("meeting")).value(meeting.id).modified;
        entry(page, title, meetingTime, page, QString(), published->language);
        const Organisation &organisation = record.organisation;
        // The items as the public sees them: a withheld decision is empty.
        for (const AgendaItem &item : record.items.value(meeting.id)) {
            const QString decision = RichText::toPlainText(item.decision).trimmed();
            if (decision.isEmpty())
                continue;
            const QString anchor = QStringLiteral("%1#item-%2").arg(page).arg(item.position);
            entry(anchor,
                  QStringLiteral("%1 %2 %3").arg(meetingName(body, meeting, published->language), itemNumber(item), item.title),
                  record.times.value(QStringLiteral("agenda_item")).value(item.id).modified, anchor, decision,
                  DocumentLanguage::ofItem(item, organisation, body));
        }
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace OpenData
