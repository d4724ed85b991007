#include "store.h"

#include "storesupport.h"

#include <QRegularExpression>
#include <QSqlDatabase>

using namespace StoreSupport;

// ---------------------------------------------------------------------------
// Meetings

namespace {

const QString meetingColumns = QStringLiteral("id, body_id, year, number, planned_start, planned_end, actual_start, "
                                              "actual_end, place, mode, state, minutes_checked, minutes_published");

Meeting readMeeting(const Statement &query)
{
    Meeting meeting;
    meeting.id = query.value(0).toLongLong();
    meeting.bodyId = query.value(1).toLongLong();
    meeting.year = query.value(2).toInt();
    meeting.number = query.value(3).toInt();
    meeting.plannedStart = parseDateTime(query.value(4));
    meeting.plannedEnd = parseDateTime(query.value(5));
    meeting.actualStart = parseDateTime(query.value(6));
    meeting.actualEnd = parseDateTime(query.value(7));
    meeting.place = query.value(8).toString();
    meeting.mode = parseCode(query.value(9), MeetingMode::InPerson);
    meeting.state = parseCode(query.value(10), MeetingState::Planned);
    meeting.minutesChecked = parseDate(query.value(11));
    meeting.minutesPublished = parseDate(query.value(12));
    return meeting;
}

QString validateMeeting(const Meeting &meeting)
{
    if (meeting.number <= 0)
        return Store::tr("A meeting's number must be 1 or more.");
    if (!meeting.plannedStart.isValid())
        return Store::tr("A meeting needs its planned start time.");
    if (meeting.year != 0 && meeting.year != meeting.plannedStart.date().year())
        return Store::tr("Meeting %1/%2 is planned to start in %3; a meeting is numbered in the year it is held.")
            .arg(meeting.number)
            .arg(meeting.year)
            .arg(meeting.plannedStart.date().year());
    if (meeting.plannedEnd.isValid() && meeting.plannedEnd < meeting.plannedStart)
        return Store::tr("A meeting cannot end before it starts.");
    if (meeting.actualEnd.isValid() && (!meeting.actualStart.isValid() || meeting.actualEnd < meeting.actualStart))
        return Store::tr("A meeting's actual end needs an actual start before it.");
    const QDate held = meeting.actualStart.isValid() ? meeting.actualStart.date() : meeting.plannedStart.date();
    if (meeting.minutesChecked.isValid() && meeting.minutesChecked < held)
        return Store::tr("The minutes cannot be checked before the meeting is held.");
    if (meeting.minutesPublished.isValid() && meeting.minutesPublished < held)
        return Store::tr("The minutes cannot be published before the meeting is held.");
    if (meeting.minutesPublished.isValid() && meeting.minutesChecked.isValid()
        && meeting.minutesPublished < meeting.minutesChecked)
        return Store::tr("The minutes are published after they are checked, not before.");
    return {};
}

} // namespace

Result<QList<Meeting>> Store::meetings(const MeetingFilter &filter) const
{
    Statement query(database(),
                    QStringLiteral("SELECT %1 FROM meeting WHERE (? = 0 OR body_id = ?) AND (? = 0 OR year = ?) "
                                   "ORDER BY planned_start, body_id, number")
                        .arg(meetingColumns),
                    {filter.bodyId, filter.bodyId, filter.year, filter.year});
    return readAll<Meeting>(query, readMeeting);
}

Result<std::optional<Meeting>> Store::meeting(qint64 id) const
{
    Statement query(database(), QStringLiteral("SELECT %1 FROM meeting WHERE id = ?").arg(meetingColumns), {id});
    return readOne<Meeting>(query, readMeeting);
}

Result<Meeting> Store::findMeeting(const QString &reference) const
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\S+)\\s+(\\d+)\\s*/\\s*(\\d{4})\\s*$"));
    const QString text = reference.trimmed();
    bool isId = false;
    const qint64 id = text.toLongLong(&isId);
    if (isId) {
        const auto found = meeting(id);
        if (!found)
            return fail<Meeting>(found);
        if (!found->has_value())
            return fail<Meeting>(tr("There is no meeting with id %1.").arg(id));
        return found->value();
    }
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return fail<Meeting>(tr("\"%1\" does not name a meeting. Write it as SHORT NUMBER/YEAR, such as "
                                "\"KH 12/2026\", or give its id.").arg(reference));
    const auto body = bodyByShortName(match.captured(1));
    if (!body)
        return fail<Meeting>(body);
    if (!body->has_value())
        return fail<Meeting>(tr("There is no body with the short name %1. 'pykala-cli bodies' lists them.")
                                 .arg(match.captured(1)));
    Statement query(database(),
                    QStringLiteral("SELECT %1 FROM meeting WHERE body_id = ? AND number = ? AND year = ?")
                        .arg(meetingColumns),
                    {body->value().id, match.captured(2).toInt(), match.captured(3).toInt()});
    const auto found = readOne<Meeting>(query, readMeeting);
    if (!found)
        return fail<Meeting>(found);
    if (!found->has_value())
        return fail<Meeting>(tr("There is no meeting %1 %2/%3.")
                                 .arg(body->value().shortName, match.captured(2), match.captured(3)));
    return found->value();
}

Result<QString> Store::meetingReference(const Meeting &meeting) const
{
    const auto owner = body(meeting.bodyId);
    if (!owner)
        return fail<QString>(owner);
    const QString shortName = owner->has_value() ? owner->value().shortName : QStringLiteral("?");
    return QStringLiteral("%1 %2/%3").arg(shortName).arg(meeting.number).arg(meeting.year);
}

Result<qint64> Store::addMeeting(const Meeting &meeting)
{
    if (const QString problem = validateMeeting(meeting); !problem.isEmpty())
        return fail<qint64>(problem);
    Transaction transaction(*this);
    if (!transaction.ok())
        return fail<qint64>(transaction.error());
    const int year = meeting.plannedStart.date().year();
    Statement insert(database(),
                     QStringLiteral("INSERT INTO meeting (body_id, year, number, planned_start, planned_end, "
                                    "actual_start, actual_end, place, mode, state, minutes_checked, "
                                    "minutes_published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {meeting.bodyId, year, meeting.number, isoDateTime(meeting.plannedStart),
                      isoDateTime(meeting.plannedEnd), isoDateTime(meeting.actualStart),
                      isoDateTime(meeting.actualEnd), meeting.place.trimmed(), Codes::code(meeting.mode),
                      Codes::code(meeting.state), isoDate(meeting.minutesChecked),
                      isoDate(meeting.minutesPublished)});
    if (!insert.exec()) {
        if (insert.sqliteCode() == 19) {
            const auto owner = body(meeting.bodyId);
            if (owner && owner->has_value())
                return fail<qint64>(tr("Meeting %1 %2/%3 already exists.")
                                        .arg(owner->value().shortName)
                                        .arg(meeting.number)
                                        .arg(year));
            return fail<qint64>(tr("The meeting's body (id %1) is not in the store.").arg(meeting.bodyId));
        }
        return fail<qint64>(insert.errorMessage());
    }
    const qint64 id = insert.lastInsertId();
    PYKALA_TRY(audit(QStringLiteral("insert"), QStringLiteral("meeting"), id, QString()));
    PYKALA_TRY(transaction.commit());
    return id;
}

Status Store::updateMeeting(const Meeting &meeting)
{
    if (const QString problem = validateMeeting(meeting); !problem.isEmpty())
        return Failure{problem};
    return changeExisting(
        QStringLiteral("update"), QStringLiteral("meeting"), meeting.id,
        tr("There is no meeting with id %1.").arg(meeting.id), [&] {
            return execute(QStringLiteral("UPDATE meeting SET body_id = ?, year = ?, number = ?, planned_start = ?, "
                                          "planned_end = ?, actual_start = ?, actual_end = ?, place = ?, mode = ?, "
                                          "state = ?, minutes_checked = ?, minutes_published = ? WHERE id = ?"),
                           {meeting.bodyId, meeting.plannedStart.date().year(), meeting.number,
                            isoDateTime(meeting.plannedStart), isoDateTime(meeting.plannedEnd),
                            isoDateTime(meeting.actualStart), isoDateTime(meeting.actualEnd), meeting.place.trimmed(),
                            Codes::code(meeting.mode), Codes::code(meeting.state), isoDate(meeting.minutesChecked),
                            isoDate(meeting.minutesPublished), meeting.id});
        });
}

Status Store::closeMeeting(qint64 meetingId, const QDateTime &actualEnd)
{
    Transaction transaction(*this);
    if (!transaction.ok())
        return Failure{transaction.error()};
    const auto found = meeting(meetingId);
    if (!found)
        return Failure{found.error()};
    if (!found->has_value())
        return Failure{tr("There is no meeting with id %1.").arg(meetingId)};
    Meeting closed = found->value();
    if (closed.state != MeetingState::InProgress)
        return Failure{tr("Only a meeting in progress can be closed (this one is %1).").arg(Codes::code(closed.state))};
    closed.actualEnd = actualEnd;
    closed.state = MeetingState::Closed;
    PYKALA_TRY(updateMeeting(closed));
    return transaction.commit();
}

Status Store::openMeeting(qint64 meetingId, const QDateTime &actualStart)
{
    if (!actualStart.isValid())
        return Failure{tr("Opening a meeting needs the time it started.")};
    Transaction transaction(*this);
    if (!transaction.ok())
        return Failure{transaction.error()};
    const auto found = meeting(meetingId);
    if (!found)
        return Failure{found.error()};
    if (!found->has_value())
        return Failure{tr("There is no meeting with id %1.").arg(meetingId)};
    Meeting opened = found->value();
    if (opened.state != MeetingState::Planned && opened.state != MeetingState::Convened)
        return Failure{tr("The meeting has already been opened (it is %1).").arg(Codes::code(opened.state))};
    opened.actualStart = actualStart;
    opened.state = MeetingState::InProgress;
    PYKALA_TRY(updateMeeting(opened));
    const auto items = agendaItems(meetingId);
    if (!items)
        return Failure{items.error()};
    for (AgendaItem item : *items) {
        if (item.sectionNumber)
            continue;
        const auto next = nextSectionNumber(meetingId);
        if (!next)
            return Failure{next.error()};
        item.sectionNumber = *next;
        PYKALA_TRY(updateAgendaItem(item));
    }
    return transaction.commit();
}

// ---------------------------------------------------------------------------
// The invitation list

Result<QList<Invitee>> Store::invitees(qint64 meetingId) const
{
    Statement query(database(),
                    QStringLiteral("SELECT id, meeting_id, position, person_id, name, role, email FROM invitee "
                                   "WHERE meeting_id = ? ORDER BY position"),
                    {meetingId});
    return readAll<Invitee>(query, [](const Statement &row) {
        Invitee invitee;
        invitee.id = row.value(0).toLongLong();
        invitee.meetingId = row.value(1).toLongLong();
        invitee.position = row.value(2).toInt();
        invitee.personId = row.value(3).toLongLong();
        invitee.name = row.value(4).toString();
        invitee.role = row.value(5).toString();
        invitee.email = row.value(6).toString();
        return invitee;
    });
}

Result<qint64> Store::addInvitee(const Invitee &invitee)
{
    if (invitee.personId == 0 && invitee.name.trimmed().isEmpty())
        return fail<qint64>(tr("An invitee needs a name, or a person of the store."));
    Transaction transaction(*this);
    if (!transaction.ok())
        return fail<qint64>(transaction.error());
    const QSqlDatabase db = database();
    int position = invitee.position;
    if (position <= 0) {
        const auto next = nextPosition(db, QStringLiteral("invitee"), QStringLiteral("meeting_id"), invitee.meetingId);
        if (!next)
            return fail<qint64>(next);
        position = *next;
    }
    Statement insert(db,
                     QStringLiteral("INSERT INTO invitee (meeting_id, position, person_id, name, role, email) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"),
                     {invitee.meetingId, position, nullIfZero(invitee.personId), invitee.name.trimmed(),
                      invitee.role.trimmed(), invitee.email.trimmed()});
    if (!insert.exec()) {
        if (insert.sqliteCode() == 19)
            return fail<qint64>(tr("%1 cannot be invited: the meeting or the person is not in the store, or place %2 "
                                   "on the list is taken.")
                                    .arg(invitee.name.isEmpty() ? tr("The person") : invitee.name)
                                    .arg(position));
        return fail<qint64>(insert.errorMessage());
    }
    const qint64 id = insert.lastInsertId();
    PYKALA_TRY(audit(QStringLiteral("insert"), QStringLiteral("invitee"), id, QString()));
    PYKALA_TRY(transaction.commit());
    return id;
}

Status Store::removeInvitee(qint64 id)
{
    return changeExisting(QStringLiteral("delete"), QStringLiteral("invitee"), id,
                          tr("There is no invitee with id %1.").arg(id),
                          [&] { return execute(QStringLiteral("DELETE FROM invitee WHERE id = ?"), {id}); });
}
