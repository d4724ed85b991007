// § numbers (pykälänumerot). A body numbers the items of its meetings in
// one run per calendar year, or in one run over the years, as its setting
// says; a number once given is never given again in that run. An item gets
// its number when its meeting opens, or when it is added to a meeting in
// progress; an item may also come with its own number (an import), which
// must be free.

#include "store.h"

#include "storesupport.h"

#include "connection.h"

using namespace StoreSupport;

Result<int> Store::nextSectionNumber(qint64 meetingId) const
{
    // § numbers run per body and restart each year, or run on over the
    // years, as the body's setting says.
    Statement query(database(),
                    QStringLiteral("SELECT coalesce(max(i.section_number), 0) + 1 FROM agenda_item i "
                                   "JOIN meeting m ON m.id = i.meeting_id JOIN meeting n ON n.id = ? "
                                   "JOIN body b ON b.id = n.body_id "
                                   "WHERE m.body_id = n.body_id AND (m.year = n.year OR b.section_numbering = 'continuous')"),
                    {meetingId});
    if (!query.exec() || !query.next())
        return Failure{query.errorMessage()};
    return query.value(0).toInt();
}

Status Store::checkSectionNumber(const AgendaItem &item) const
{
    if (!item.sectionNumber)
        return success();
    Statement query(database(),
                    // The body's meetings of the year, or of all years when its § numbers run on: a
                    // range of the (body, year) index, then the items by (meeting, §).
                    QStringLiteral("SELECT m.year, b.short_name FROM meeting n JOIN body b ON b.id = n.body_id "
                                   "JOIN meeting m ON m.body_id = n.body_id AND m.year BETWEEN "
                                   "(CASE b.section_numbering WHEN 'continuous' THEN -9999 ELSE n.year END) AND "
                                   "(CASE b.section_numbering WHEN 'continuous' THEN 9999 ELSE n.year END) "
                                   "JOIN agenda_item i ON i.meeting_id = m.id AND i.section_number = ? "
                                   "WHERE n.id = ? AND i.id <> ?"),
                    {*item.sectionNumber, item.meetingId, item.id});
    if (!query.exec())
        return Failure{query.errorMessage()};
    if (query.next())
        return Failure{tr("§ %1 is already used by %2 in %3; § numbers run per body per year.")
                           .arg(*item.sectionNumber)
                           .arg(query.value(1).toString())
                           .arg(query.value(0).toInt())};
    return success();
}

Result<std::optional<int>> Store::sectionNumberForNewItem(const AgendaItem &item,
                                                          const std::optional<Meeting> &meeting) const
{
    if (item.sectionNumber) {
        PYKALA_TRY(checkSectionNumber(item));
        return item.sectionNumber;
    }
    if (!meeting || meeting->state != MeetingState::InProgress)
        return std::optional<int>();
    const auto next = nextSectionNumber(item.meetingId);
    if (!next)
        return Failure{next.error()};
    return std::optional<int>(*next);
}

Status Store::numberAgenda(qint64 meetingId)
{
    Statement unnumbered(database(), QStringLiteral("SELECT id FROM agenda_item WHERE meeting_id = ? "
                                                    "AND section_number IS NULL ORDER BY position"),
                         {meetingId});
    const auto items = readAll<qint64>(unnumbered, [](const Statement &row) { return row.value(0).toLongLong(); });
    if (!items)
        return Failure{items.error()};
    const auto first = nextSectionNumber(meetingId);
    if (!first)
        return Failure{first.error()};
    // Every number after the last one given is free.
    int next = *first;
    for (const qint64 id : *items) {
        PYKALA_TRY(changeExisting(QStringLiteral("update"), QStringLiteral("agenda_item"), id,
                                  tr("There is no agenda item with id %1.").arg(id), [&] {
                                      return execute(QStringLiteral("UPDATE agenda_item SET section_number = ? "
                                                                    "WHERE id = ?"),
                                                     {next++, id});
                                  }));
    }
    return success();
}
