#include "opendatarecord.h"

#include "disclosure/publicview.h"
#include "procedure/itemoutcome.h"
#include "procedure/meetingrecord.h"
#include "procedure/meetingsession.h"

#include <QSet>

#include <algorithm>

namespace OpenData {

namespace {

// How the public items of a meeting's published minutes were decided, as
// the engine computes it from the meeting's record.
Status readResults(const Store &store, const PublishedMeeting &meeting, const QList<AgendaItem> &items, Record *record)
{
    const auto setting = MeetingSession::setting(store, meeting.meeting);
    if (!setting)
        return Failure{setting.error()};
    const auto events = store.meetingEvents(meeting.meeting.id);
    if (!events)
        return Failure{events.error()};
    const auto replay = MeetingRecord::replay(*setting, *events);
    if (!replay)
        return Failure{replay.error()};
    if (!replay->opened)
        return success();
    const PublicView view(Audience::Public, meeting.language);
    for (const AgendaItem &item : items) {
        if (!view.showsContent(item.publicity) || item.position < 1 || item.position > replay->items.size())
            continue;
        const QString kind = ItemOutcome::toJson(*setting, *replay, item)
                                 .value(u"result").toObject().value(u"kind").toString();
        if (!kind.isEmpty() && kind != u"pending")
            record->results.insert(item.id, kind);
    }
    return success();
}

} // namespace

Store::Lifetime Record::timesOf(const char *entity, qint64 id) const
{
    return times.value(QString::fromLatin1(entity)).value(id);
}

QList<Membership> Record::membershipsOf(qint64 person) const
{
    QList<Membership> own;
    for (const Membership &membership : memberships) {
        if (membership.personId == person)
            own.append(membership);
    }
    return own;
}

QString meetingName(const Body &body, const Meeting &meeting, Language language)
{
    const QString name = language == Language::Swedish && !body.swedishName.isEmpty() ? body.swedishName : body.name;
    return QStringLiteral("%1 %2/%3").arg(name).arg(meeting.number).arg(meeting.year);
}

QString itemNumber(const AgendaItem &item)
{
    return item.sectionNumber ? QStringLiteral("§ %1").arg(*item.sectionNumber) : QStringLiteral("%1.").arg(item.position);
}

QString dateTime(const QDateTime &at)
{
    if (!at.isValid())
        return QString();
    return at.timeSpec() == Qt::LocalTime ? at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODate)
                                          : at.toUTC().toString(Qt::ISODate);
}

Result<Record> readRecord(const Store &store, const QList<PublishedMeeting> &meetings)
{
    Record record;
    const auto organisation = store.organisation();
    if (!organisation)
        return Failure{organisation.error()};
    if (organisation->has_value())
        record.organisation = organisation->value();
    const auto bodies = store.bodies();
    if (!bodies)
        return Failure{bodies.error()};
    QSet<qint64> published;
    for (const PublishedMeeting &meeting : meetings)
        published.insert(meeting.meeting.bodyId);
    for (const Body &body : *bodies) {
        if (!published.contains(body.id))
            continue;
        record.bodies.insert(body.id, body);
        record.bodyOrder.append(body.id);
    }
    const auto memberships = store.memberships();
    if (!memberships)
        return Failure{memberships.error()};
    QList<qint64> personIds;
    for (const Membership &membership : *memberships) {
        if (!record.bodies.contains(membership.bodyId))
            continue;
        record.memberships.append(membership);
        personIds.append(membership.personId);
        if (membership.deputyForPersonId != 0)
            personIds.append(membership.deputyForPersonId);
    }
    std::sort(record.memberships.begin(), record.memberships.end(),
              [](const Membership &a, const Membership &b) { return a.id < b.id; });
    const auto persons = store.persons(personIds);
    if (!persons)
        return Failure{persons.error()};
    record.persons = *persons;

    QSet<qint64> publishedItems;
    QSet<qint64> meetingIds;
    for (const PublishedMeeting &meeting : meetings) {
        meetingIds.insert(meeting.meeting.id);
        const auto items = store.agendaItems(meeting.meeting.id);
        if (!items)
            return Failure{items.error()};
        const PublicView view(Audience::Public, meeting.language);
        QList<AgendaItem> shown;
        for (const AgendaItem &item : *items) {
            shown.append(view.item(item));
            publishedItems.insert(item.id);
            if (item.caseId != 0 && !record.cases.contains(item.caseId)) {
                const auto found = store.caseFile(item.caseId);
                if (!found)
                    return Failure{found.error()};
                if (found->has_value())
                    record.cases.insert(item.caseId, found->value());
            }
        }
        record.items.insert(meeting.meeting.id, shown);
        if (meeting.minutes)
            PYKALA_TRY(readResults(store, meeting, *items, &record));
    }
    for (auto it = record.cases.begin(); it != record.cases.end(); ++it) {
        // The parties are the register's, not the public's.
        it->parties.clear();
        const auto handlings = store.caseHandlings(it.key());
        if (!handlings)
            return Failure{handlings.error()};
        QList<CaseHandling> shown;
        for (const CaseHandling &handling : *handlings) {
            if (publishedItems.contains(handling.itemId) && meetingIds.contains(handling.meetingId))
                shown.append(handling);
        }
        record.handlings.insert(it.key(), shown);
        if (it->taskClassId != 0 && !record.taskClasses.contains(it->taskClassId)) {
            const auto taskClass = store.taskClass(it->taskClassId);
            if (!taskClass)
                return Failure{taskClass.error()};
            if (taskClass->has_value())
                record.taskClasses.insert(it->taskClassId, taskClass->value());
        }
    }
    for (const char *entity : {"organisation", "body", "person", "membership", "meeting", "agenda_item", "attachment",
                               "case_file"}) {
        const auto times = store.changeTimes(QString::fromLatin1(entity));
        if (!times)
            return Failure{times.error()};
        record.times.insert(QString::fromLatin1(entity), *times);
    }
    const auto &organisationTimes = record.times.value(QStringLiteral("organisation"));
    if (!organisationTimes.isEmpty())
        record.organisationTimes = organisationTimes.cbegin().value();
    return record;
}

} // namespace OpenData
