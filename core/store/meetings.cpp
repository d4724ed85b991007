// Meetings: numbered per body and year, opened and closed, with their
// invitation lists.

#include "store.h"

#include "storesupport.h"

#include <QRegularExpression>
#include "connection.h"

using namespace StoreSupport;

namespace {

const Table<Meeting> &meetingTable()
{
    static const Table<Meeting> table("meeting", {
        idColumn<Meeting>(),
        {"body_id", [](auto &m) -> QVariant { return m.bodyId; },
         [](auto &m, auto &v) { m.bodyId = v.toLongLong(); }},
        // A meeting is numbered in the year it is held.
        {"year", [](auto &m) -> QVariant { return m.plannedStart.date().year(); },
         [](auto &m, auto &v) { m.year = v.toInt(); }},
        {"number", [](auto &m) -> QVariant { return m.number; },
         [](auto &m, auto &v) { m.number = v.toInt(); }},
        {"planned_start", [](auto &m) -> QVariant { return isoDateTime(m.plannedStart); },
         [](auto &m, auto &v) { m.plannedStart = parseDateTime(v); }},
        {"planned_end", [](auto &m) -> QVariant { return isoDateTime(m.plannedEnd); },
         [](auto &m, auto &v) { m.plannedEnd = parseDateTime(v); }},
        {"actual_start", [](auto &m) -> QVariant { return isoDateTime(m.actualStart); },
         [](auto &m, auto &v) { m.actualStart = parseDateTime(v); }},
        {"actual_end", [](auto &m) -> QVariant { return isoDateTime(m.actualEnd); },
         [](auto &m, auto &v) { m.actualEnd = parseDateTime(v); }},
        {"place", [](auto &m) -> QVariant { return m.place.trimmed(); },
         [](auto &m, auto &v) { m.place = v.toString(); }},
        {"mode", [](auto &m) -> QVariant { return Codes::code(m.mode); },
         [](auto &m, auto &v) { m.mode = parseCode(v, MeetingMode::InPerson); }},
        {"state", [](auto &m) -> QVariant { return Codes::code(m.state); },
         [](auto &m, auto &v) { m.state = parseCode(v, MeetingState::Planned); }},
        {"minutes_checked", [](auto &m) -> QVariant { return isoDate(m.minutesChecked); },
         [](auto &m, auto &v) { m.minutesChecked = parseDate(v); }},
        {"minutes_published", [](auto &m) -> QVariant { return isoDate(m.minutesPublished); },
         [](auto &m, auto &v) { m.minutesPublished = parseDate(v); }},
        {"convened", [](auto &m) -> QVariant { return isoDate(m.convened); },
         [](auto &m, auto &v) { m.convened = parseDate(v); }},
        // After the state: a meeting cancelled before the store kept reasons
        // (schema 13) reads with a reason that says so.
        {"cancellation_reason", [](auto &m) -> QVariant { return m.cancellationReason.trimmed(); },
         [](auto &m, auto &v) {
             m.cancellationReason = v.toString();
             if (m.state == MeetingState::Cancelled && m.cancellationReason.trimmed().isEmpty())
                 m.cancellationReason = Store::unrecordedCancellationReason();
         }},
    });
    return table;
}

const Table<Invitee> &inviteeTable()
{
    static const Table<Invitee> table("invitee", {
        idColumn<Invitee>(),
        {"meeting_id", [](auto &i) -> QVariant { return i.meetingId; },
         [](auto &i, auto &v) { i.meetingId = v.toLongLong(); }},
        {"position", [](auto &i) -> QVariant { return i.position; },
         [](auto &i, auto &v) { i.position = v.toInt(); }},
        {"person_id", [](auto &i) -> QVariant { return nullIfZero(i.personId); },
         [](auto &i, auto &v) { i.personId = v.toLongLong(); }},
        {"name", [](auto &i) -> QVariant { return i.name.trimmed(); },
         [](auto &i, auto &v) { i.name = v.toString(); }},
        {"role", [](auto &i) -> QVariant { return i.role.trimmed(); },
         [](auto &i, auto &v) { i.role = v.toString(); }},
        {"email", [](auto &i) -> QVariant { return i.email.trimmed(); },
         [](auto &i, auto &v) { i.email = v.toString(); }},
    });
    return table;
}

QString dayText(const QDate &day)
{
    return day.toString(QStringLiteral("d.M.yyyy"));
}

// The day the invitation went out, as a secretary would check it: on the
// meeting's day at the latest (an urgent meeting is convened the same day),
// and not more than a year before it — an invitation is sent days or weeks
// ahead, so an earlier day is a typing error (a wrong year).
QString conveningProblem(const Meeting &meeting)
{
    if (!meeting.convened.isValid())
        return {};
    const QDate held = meeting.plannedStart.date();
    if (meeting.convened > held)
        return Store::tr("The invitation cannot have gone out on %1, after the meeting's day %2. Give the day it "
                         "was sent, on the meeting's day at the latest.")
            .arg(dayText(meeting.convened), dayText(held));
    if (meeting.convened < held.addYears(-1))
        return Store::tr("The invitation cannot have gone out on %1, more than a year before the meeting's day %2. "
                         "Give the day it was sent (check the year).")
            .arg(dayText(meeting.convened), dayText(held));
    return {};
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
    if (const QString problem = conveningProblem(meeting); !problem.isEmpty())
        return problem;
    if (!meeting.cancellationReason.trimmed().isEmpty() && meeting.state != MeetingState::Cancelled)
        return Store::tr("Only a cancelled meeting has a reason for its cancellation.");
    if (meeting.cancellationReason.trimmed().isEmpty() && meeting.state == MeetingState::Cancelled)
        return Store::tr("Give the reason the meeting is cancelled; the record keeps it.");
    return {};
}

// The meeting of that id; a failure that says so when there is none.
Result<Meeting> existingMeeting(const Store &store, qint64 id)
{
    const auto found = store.meeting(id);
    if (!found)
        return Failure{found.error()};
    if (!found->has_value())
        return Failure{Store::tr("There is no meeting with id %1.").arg(id)};
    return found->value();
}

// Changes the meeting of that id in one transaction: `change` refuses it or
// changes it, the store saves it, and `then` does what follows from it.
Status changeMeeting(Store &store, qint64 id, const std::function<Status(Meeting &)> &change,
                     const std::function<Status()> &then = nullptr)
{
    Store::Transaction transaction(store);
    if (!transaction.ok())
        return Failure{transaction.error()};
    const auto found = existingMeeting(store, id);
    if (!found)
        return Failure{found.error()};
    Meeting meeting = *found;
    PYKALA_TRY(change(meeting));
    PYKALA_TRY(store.updateMeeting(meeting));
    if (then)
        PYKALA_TRY(then());
    return transaction.commit();
}

} // namespace

// ---------------------------------------------------------------------------
// Meetings

QString Store::unrecordedCancellationReason()
{
    return tr("Not recorded: the meeting was cancelled before Pykälä kept the reason.");
}

Result<QList<Meeting>> Store::meetings(const MeetingFilter &filter) const
{
    // A body's year through the index of (body, year, number).
    static const FilteredSql sql({QStringLiteral("body_id = ?"), QStringLiteral("year = ?")}, [](const QString &where) {
        return meetingTable().select(QStringLiteral("WHERE %1 ORDER BY planned_start, body_id, number, id").arg(where));
    });
    Statement query(database(), sql(bodyYearGiven(filter)));
    bindBodyYear(query, filter);
    return readAll(query, meetingTable());
}

Result<QList<MeetingYear>> Store::meetingYears() const
{
    static const KeptSql sql(QStringLiteral(
        "SELECT body_id, year, count(*) FROM meeting GROUP BY body_id, year ORDER BY body_id, year DESC"));
    Statement query(database(), sql);
    return readAll<MeetingYear>(query, [](const Statement &row) {
        return MeetingYear{row.value(0).toLongLong(), row.value(1).toInt(), row.value(2).toInt()};
    });
}

Result<int> Store::meetingCount() const
{
    Statement query(database(), QStringLiteral("SELECT count(*) FROM meeting"));
    if (!query.exec() || !query.next())
        return Failure{query.errorMessage()};
    return query.value(0).toInt();
}

namespace {

const QString &meetingByIdSql()
{
    static const KeptSql sql(meetingTable().select(QStringLiteral("WHERE id = ?")));
    return sql;
}

} // namespace

Result<std::optional<Meeting>> Store::meeting(qint64 id) const
{
    Statement query(database(), meetingByIdSql(), {id});
    return readOne(query, meetingTable());
}

Result<std::optional<Meeting>> Store::meeting(qint64 id, Statement &alongside) const
{
    Statement query(database(), meetingByIdSql(), {id});
    if (const Statement *failed = Statement::execTogether({&query, &alongside}))
        return Failure{failed->errorMessage()};
    if (!query.next())
        return std::optional<Meeting>();
    return std::optional<Meeting>(meetingTable().read(query));
}

Result<Meeting> Store::findMeeting(const QString &reference) const
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\S+)\\s+(\\d+)\\s*/\\s*(\\d{4})\\s*$"));
    const QString text = reference.trimmed();
    bool isId = false;
    const qint64 id = text.toLongLong(&isId);
    if (isId)
        return existingMeeting(*this, id);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return Failure{tr("\"%1\" does not name a meeting. Write it as SHORT NUMBER/YEAR, such as \"KH 12/2026\", "
                          "or give its id.").arg(reference)};
    const auto body = bodyByShortName(match.captured(1));
    if (!body)
        return Failure{body.error()};
    if (!body->has_value())
        return Failure{tr("There is no body with the short name %1. 'pykala-cli bodies' lists them.")
                           .arg(match.captured(1))};
    static const KeptSql sql(meetingTable().select(QStringLiteral("WHERE body_id = ? AND number = ? AND year = ?")));
    Statement query(database(), sql, {body->value().id, match.captured(2).toInt(), match.captured(3).toInt()});
    const auto found = readOne(query, meetingTable());
    if (!found)
        return Failure{found.error()};
    if (!found->has_value())
        return Failure{tr("There is no meeting %1 %2/%3.")
                           .arg(body->value().shortName, match.captured(2), match.captured(3))};
    return found->value();
}

Result<QString> Store::meetingReference(const Meeting &meeting) const
{
    const auto owner = body(meeting.bodyId);
    if (!owner)
        return Failure{owner.error()};
    const QString shortName = owner->has_value() ? owner->value().shortName : QStringLiteral("?");
    return QStringLiteral("%1 %2/%3").arg(shortName).arg(meeting.number).arg(meeting.year);
}

Result<qint64> Store::addMeeting(const Meeting &meeting)
{
    if (const QString problem = validateMeeting(meeting); !problem.isEmpty())
        return Failure{problem};
    return insertAudited(meetingTable().name(), [&] {
        return meetingTable().insert(database(), meeting, [&] {
            const auto owner = body(meeting.bodyId);
            if (owner && owner->has_value())
                return tr("Meeting %1 %2/%3 already exists.")
                    .arg(owner->value().shortName)
                    .arg(meeting.number)
                    .arg(meeting.plannedStart.date().year());
            return tr("The meeting's body (id %1) is not in the store.").arg(meeting.bodyId);
        });
    });
}

Status Store::updateMeeting(const Meeting &meeting)
{
    if (const QString problem = validateMeeting(meeting); !problem.isEmpty())
        return Failure{problem};
    return changeExisting(QStringLiteral("update"), meetingTable().name(), meeting.id,
                          tr("There is no meeting with id %1.").arg(meeting.id),
                          [&] { return meetingTable().update(database(), meeting); });
}

Status Store::closeMeeting(qint64 meetingId, const QDateTime &actualEnd)
{
    return changeMeeting(*this, meetingId, [&](Meeting &meeting) -> Status {
        if (meeting.state != MeetingState::InProgress)
            return Failure{tr("Only a meeting in progress can be closed (this one is %1).")
                               .arg(Codes::code(meeting.state))};
        meeting.actualEnd = actualEnd;
        meeting.state = MeetingState::Closed;
        return success();
    });
}

namespace {

// Whether the meeting is still to be held: planned or convened.
bool stillToBeHeld(const Meeting &meeting)
{
    return meeting.state == MeetingState::Planned || meeting.state == MeetingState::Convened;
}

} // namespace

Status Store::conveneMeeting(qint64 meetingId, const QDate &day)
{
    if (!day.isValid())
        return Failure{tr("Convening a meeting needs the day its invitation went out.")};
    return changeMeeting(*this, meetingId, [&](Meeting &meeting) -> Status {
        if (!stillToBeHeld(meeting))
            return Failure{tr("Only a meeting still to be held can be convened (this one is %1).")
                               .arg(Codes::code(meeting.state))};
        meeting.convened = day;
        meeting.state = MeetingState::Convened;
        return success();
    });
}

Status Store::rescheduleMeeting(qint64 meetingId, const QDateTime &start, const QDateTime &end, const QString &place,
                                MeetingMode mode)
{
    return changeMeeting(*this, meetingId, [&](Meeting &meeting) -> Status {
        if (!stillToBeHeld(meeting))
            return Failure{tr("Only a meeting still to be held can be moved (this one is %1).")
                               .arg(Codes::code(meeting.state))};
        if (start.date().year() != meeting.plannedStart.date().year())
            return Failure{tr("Meeting %1/%2 is numbered in %2; it cannot move to %3. Cancel it and add a meeting "
                              "in that year.")
                               .arg(meeting.number)
                               .arg(meeting.plannedStart.date().year())
                               .arg(start.date().year())};
        if (meeting.convened.isValid() && start.date() < meeting.convened)
            return Failure{tr("The invitation to meeting %1/%2 went out on %3; the meeting cannot move before that "
                              "day. Cancel it and add a new meeting.")
                               .arg(meeting.number)
                               .arg(meeting.plannedStart.date().year())
                               .arg(meeting.convened.toString(Qt::ISODate))};
        meeting.plannedStart = start;
        meeting.plannedEnd = end;
        meeting.place = place;
        meeting.mode = mode;
        return success();
    });
}

Status Store::cancelMeeting(qint64 meetingId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Failure{tr("Give the reason the meeting is cancelled; the record keeps it.")};
    return changeMeeting(*this, meetingId, [&](Meeting &meeting) -> Status {
        if (!stillToBeHeld(meeting))
            return Failure{tr("Only a meeting still to be held can be cancelled (this one is %1).")
                               .arg(Codes::code(meeting.state))};
        meeting.cancellationReason = reason.trimmed();
        meeting.state = MeetingState::Cancelled;
        return success();
    });
}

Status Store::setMinutesDays(qint64 meetingId, const QDate &checked, const QDate &published)
{
    return changeMeeting(*this, meetingId, [&](Meeting &meeting) -> Status {
        if (!isHeld(meeting.state))
            return Failure{tr("The minutes are checked and published once the meeting is closed (this one is %1).")
                               .arg(Codes::code(meeting.state))};
        if (published.isValid() && !checked.isValid())
            return Failure{tr("The minutes are published once checked; give the day they were checked as well.")};
        meeting.minutesChecked = checked;
        meeting.minutesPublished = published;
        meeting.state = checked.isValid() ? MeetingState::MinutesChecked : MeetingState::Closed;
        return success();
    });
}

Status Store::openMeeting(qint64 meetingId, const QDateTime &actualStart)
{
    if (!actualStart.isValid())
        return Failure{tr("Opening a meeting needs the time it started.")};
    return changeMeeting(
        *this, meetingId,
        [&](Meeting &meeting) -> Status {
            if (meeting.state != MeetingState::Planned && meeting.state != MeetingState::Convened)
                return Failure{tr("The meeting has already been opened (it is %1).").arg(Codes::code(meeting.state))};
            meeting.actualStart = actualStart;
            meeting.state = MeetingState::InProgress;
            return success();
        },
        [&] { return numberAgenda(meetingId); });
}

// ---------------------------------------------------------------------------
// The invitation list

Result<QList<Invitee>> Store::invitees(qint64 meetingId) const
{
    static const KeptSql sql(inviteeTable().select(QStringLiteral("WHERE meeting_id = ? ORDER BY position")));
    Statement query(database(), sql, {meetingId});
    return readAll(query, inviteeTable());
}

Result<qint64> Store::addInvitee(const Invitee &invitee)
{
    if (invitee.personId == 0 && invitee.name.trimmed().isEmpty())
        return Failure{tr("An invitee needs a name, or a person of the store.")};
    return insertAudited(inviteeTable().name(), [&]() -> Result<qint64> {
        Invitee stored = invitee;
        PYKALA_TRY(placeLast(database(), stored, inviteeTable().name(), QStringLiteral("meeting_id"), stored.meetingId));
        return inviteeTable().insert(database(), stored, [&] {
            return tr("%1 cannot be invited: the meeting or the person is not in the store, or place %2 on the list "
                      "is taken.")
                .arg(stored.name.isEmpty() ? tr("The person") : stored.name)
                .arg(stored.position);
        });
    });
}

Status Store::removeInvitee(qint64 id)
{
    return changeExisting(QStringLiteral("delete"), inviteeTable().name(), id,
                          tr("There is no invitee with id %1.").arg(id),
                          [&] { return execute(QStringLiteral("DELETE FROM invitee WHERE id = ?"), {id}); });
}
