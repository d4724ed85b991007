#include "meetingsession.h"

#include "documents/richtext.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QSet>

namespace MeetingSession {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MeetingSession", text);
}

Result<Language> documentLanguage(const Store &store)
{
    const auto organisation = store.organisation();
    if (!organisation)
        return Failure{organisation.error()};
    return organisation->has_value() ? organisation->value().defaultLanguage : Language::Finnish;
}

bool holdsSeat(MembershipRole role)
{
    return role == MembershipRole::Chair || role == MembershipRole::ViceChair || role == MembershipRole::Member;
}

} // namespace

Result<MeetingRecord::Setting> setting(const Store &store, const Meeting &meeting)
{
    const auto body = store.body(meeting.bodyId);
    if (!body)
        return Failure{body.error()};
    if (!body->has_value())
        return Failure{tr("The meeting's body is not in the store.")};
    const auto memberships = store.memberships(meeting.bodyId);
    if (!memberships)
        return Failure{memberships.error()};
    const auto items = store.agendaItems(meeting.id);
    if (!items)
        return Failure{items.error()};
    const QDate day = meeting.plannedStart.date();
    MeetingRecord::Setting result;
    result.rule = body->value().quorumRule;
    result.votingOrder = body->value().votingOrder;
    for (const AgendaItem &item : *items)
        result.items = qMax(result.items, item.position);
    QHash<qint64, qint64> deputyOf; // member → personal deputy
    QList<qint64> people;
    for (const Membership &membership : *memberships) {
        if (!membership.isValidOn(day))
            continue;
        if (holdsSeat(membership.role)) {
            result.seats.append({membership.personId, 0});
            people.append(membership.personId);
            if (membership.role == MembershipRole::Chair)
                result.chair = membership.personId;
            else if (membership.role == MembershipRole::ViceChair)
                result.viceChair = membership.personId;
        } else if (membership.role == MembershipRole::Deputy) {
            deputyOf.insert(membership.deputyForPersonId, membership.personId);
            people.append(membership.personId);
        }
    }
    for (Attendance::Seat &seat : result.seats)
        seat.deputy = deputyOf.value(seat.member);
    for (const qint64 id : std::as_const(people)) {
        const auto person = store.person(id);
        if (!person)
            return Failure{person.error()};
        if (person->has_value())
            result.names.insert(id, person->value().displayName());
    }
    if (result.seats.isEmpty())
        return Failure{tr("The body has no members on %1; record its memberships first.").arg(day.toString(Qt::ISODate))};
    return result;
}

Result<MeetingRecord::Replay> current(const Store &store, const Meeting &meeting)
{
    const auto body = setting(store, meeting);
    if (!body)
        return Failure{body.error()};
    const auto events = store.meetingEvents(meeting.id);
    if (!events)
        return Failure{events.error()};
    return MeetingRecord::replay(*body, *events);
}

Result<MeetingRecord::Replay> record(Store &store, const Meeting &meeting, const QByteArray &json)
{
    // Read and check inside the write transaction, so that no other writer
    // can add events between the check and the write.
    Store::Transaction transaction(store);
    if (!transaction.ok())
        return Failure{transaction.error()};
    const auto body = setting(store, meeting);
    if (!body)
        return Failure{body.error()};
    auto events = store.meetingEvents(meeting.id);
    if (!events)
        return Failure{events.error()};
    const auto added = MeetingRecord::parseFile(json, *body);
    if (!added)
        return Failure{added.error()};
    const auto replayed = MeetingRecord::replay(*body, *events + *added);
    if (!replayed)
        return Failure{replayed.error()};
    PYKALA_TRY(store.appendMeetingEvents(meeting.id, *added));
    // A decision event writes the computed decision into the item.
    for (const QJsonObject &event : *added) {
        if (event.value(u"type").toString() != u"decision")
            continue;
        const MeetingRecord::ItemRecord &item = replayed->items.at(event.value(u"item").toInt() - 1);
        const auto text = decisionText(store, meeting, item);
        if (!text)
            return Failure{text.error()};
        const auto items = store.agendaItems(meeting.id);
        if (!items)
            return Failure{items.error()};
        for (AgendaItem stored : *items) {
            if (stored.position != item.position)
                continue;
            stored.decision = QStringLiteral("<p>") + text->toHtmlEscaped() + QStringLiteral("</p>");
            const auto written = proceedingsText(store, meeting, item);
            if (!written)
                return Failure{written.error()};
            if (!written->isEmpty()) // an election keeps what the secretary wrote
                stored.proceedings = *written;
            PYKALA_TRY(store.updateAgendaItem(stored));
        }
    }
    const QDate day = meeting.plannedStart.date();
    for (const QJsonObject &event : *added) {
        const QTime at = QTime::fromString(event.value(u"at").toString(), QStringLiteral("H:mm"));
        if (event.value(u"type").toString() == u"open")
            PYKALA_TRY(store.openMeeting(meeting.id, QDateTime(day, at)));
        else if (event.value(u"type").toString() == u"close")
            PYKALA_TRY(store.closeMeeting(meeting.id, QDateTime(day, at)));
    }
    PYKALA_TRY(transaction.commit());
    return replayed;
}

Result<QString> proceedingsText(const Store &store, const Meeting &meeting, const MeetingRecord::ItemRecord &item)
{
    if (!item.outcome)
        return QString();
    const auto language = documentLanguage(store);
    if (!language)
        return Failure{language.error()};
    const auto surnames = names(store, meeting, *language);
    if (!surnames)
        return Failure{surnames.error()};
    ProceedingsText::Context context;
    context.disqualifications = item.disqualifications;
    context.dissents = item.dissents;
    context.rollCall = std::any_of(item.outcome->rounds.cbegin(), item.outcome->rounds.cend(),
                                   [](const ItemDecision::Round &r) { return !r.ballots.isEmpty(); });
    return RichText::fromPlainText(ProceedingsText::write(item.input, *item.outcome, *surnames, context, *language));
}

Result<QString> decisionText(const Store &store, const Meeting &meeting, const MeetingRecord::ItemRecord &item)
{
    const auto found = documentLanguage(store);
    if (!found)
        return Failure{found.error()};
    const Language language = *found;
    const auto surnames = names(store, meeting, language);
    if (!surnames)
        return Failure{surnames.error()};
    if (item.electionResult) {
        const QStringList &elected = item.electionResult->elected;
        const bool sv = language == Language::Swedish;
        QString names = elected.value(0);
        if (elected.size() > 1)
            names = QStringList(elected.mid(0, elected.size() - 1)).join(QStringLiteral(", "))
                + (sv ? QStringLiteral(" och ") : QStringLiteral(" ja ")) + elected.last();
        if (sv)
            return (elected.size() == 1 ? QStringLiteral("Vald blev %1.") : QStringLiteral("Valda blev %1.")).arg(names);
        return (elected.size() == 1 ? QStringLiteral("Valituksi tuli %1.") : QStringLiteral("Valituiksi tulivat %1."))
            .arg(names);
    }
    if (!item.outcome)
        return Failure{tr("Item %1 has no outcome to write down yet.").arg(item.position)};
    return ProceedingsText::decision(item.input, *item.outcome, *surnames, language);
}

Result<ProceedingsText::Names> names(const Store &store, const Meeting &meeting, Language language)
{
    const auto body = setting(store, meeting);
    if (!body)
        return Failure{body.error()};
    const auto owner = store.body(meeting.bodyId);
    if (!owner)
        return Failure{owner.error()};
    ProceedingsText::Names result;
    QString bodyName;
    if (owner->has_value()) {
        const Body &b = owner->value();
        bodyName = language == Language::Swedish && !b.swedishName.isEmpty() ? b.swedishName : b.name;
    }
    if (!bodyName.isEmpty())
        bodyName[0] = bodyName[0].toLower();
    result.body = bodyName;
    QHash<QString, int> surnames;
    QHash<qint64, QString> surnameOf;
    for (auto it = body->names.cbegin(); it != body->names.cend(); ++it) {
        const auto person = store.person(it.key());
        if (!person)
            return Failure{person.error()};
        const QString surname = person->has_value() ? person->value().familyName : it.value();
        surnameOf.insert(it.key(), surname);
        ++surnames[surname];
    }
    for (auto it = surnameOf.cbegin(); it != surnameOf.cend(); ++it)
        result.persons.insert(it.key(), surnames.value(it.value()) > 1 ? body->names.value(it.key()) : it.value());
    return result;
}

} // namespace MeetingSession
