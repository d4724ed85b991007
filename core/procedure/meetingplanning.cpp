#include "meetingplanning.h"

#include "openingitems.h"

#include "store/store.h"

#include <QCoreApplication>

#include <algorithm>

namespace MeetingPlanning {

QTime fallbackStart()
{
    return QTime(16, 0);
}

Result<int> nextNumber(const Store &store, qint64 bodyId, int year)
{
    MeetingFilter filter;
    filter.bodyId = bodyId;
    filter.year = year;
    const auto meetings = store.meetings(filter);
    if (!meetings)
        return Failure{meetings.error()};
    int next = 1;
    for (const Meeting &meeting : *meetings)
        next = std::max(next, meeting.number + 1);
    return next;
}

Result<Meeting> proposed(const Store &store, qint64 bodyId, const QDate &day)
{
    const auto body = store.body(bodyId);
    if (!body)
        return Failure{body.error()};
    if (!body->has_value())
        return Failure{QCoreApplication::translate("MeetingPlanning", "There is no body with id %1.").arg(bodyId)};
    if (!day.isValid())
        return Failure{QCoreApplication::translate("MeetingPlanning", "A new meeting needs the day it is held.")};
    const auto number = nextNumber(store, bodyId, day.year());
    if (!number)
        return Failure{number.error()};
    Meeting meeting;
    meeting.bodyId = bodyId;
    meeting.year = day.year();
    meeting.number = *number;
    const QTime start = body->value().defaultStart.isValid() ? body->value().defaultStart : fallbackStart();
    meeting.plannedStart = QDateTime(day, start);
    meeting.plannedEnd = meeting.plannedStart.addSecs(2 * 3600);
    meeting.place = body->value().defaultPlace;
    return meeting;
}

Result<qint64> add(Store &store, const Meeting &meeting, bool openingItems)
{
    Store::Transaction transaction(store);
    if (!transaction.ok())
        return Failure{transaction.error()};
    const auto id = store.addMeeting(meeting);
    if (!id)
        return Failure{id.error()};
    if (openingItems)
        PYKALA_TRY(OpeningItems::addTo(store, *id));
    PYKALA_TRY(transaction.commit());
    return *id;
}

} // namespace MeetingPlanning
