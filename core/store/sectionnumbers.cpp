#include "store.h"

#include "storesupport.h"

#include <QSqlDatabase>

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
