#include "meetingsession.h"

#include "disclosure/publicview.h"
#include "model/documentlanguage.h"
#include "store/store.h"
#include "text/richtext.h"

#include <QCoreApplication>
#include <QSet>

#include <functional>

namespace MeetingSession {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MeetingSession", text);
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
    const QDate day = meeting.plannedStart.date();
    const auto memberships = store.memberships(meeting.bodyId, day);
    if (!memberships)
        return Failure{memberships.error()};
    const auto lastPosition = store.lastAgendaPosition(meeting.id);
    if (!lastPosition)
        return Failure{lastPosition.error()};
    const auto organisation = store.organisation();
    if (!organisation)
        return Failure{organisation.error()};
    MeetingRecord::Setting result;
    if (organisation->has_value()) {
        result.organisation = organisation->value().name;
        result.swedishOrganisation = organisation->value().swedishName;
    }
    result.body = body->value().name;
    result.swedishBody = body->value().swedishName;
    result.rule = body->value().quorumRule;
    result.votingOrder = body->value().votingOrder;
    result.items = *lastPosition;
    result.day = day;
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
                result.viceChairs.append(membership.personId); // first vice chair first: by the start of the term, then id
        } else if (membership.role == MembershipRole::Deputy) {
            deputyOf.insert(membership.deputyForPersonId, membership.personId);
            people.append(membership.personId);
        }
    }
    for (Attendance::Seat &seat : result.seats)
        seat.deputy = deputyOf.value(seat.member);
    const auto persons = store.persons(people);
    if (!persons)
        return Failure{persons.error()};
    for (const Person &person : *persons) {
        result.names.insert(person.id, person.displayName());
        result.surnames.insert(person.id, person.familyName);
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
    // An event that later ones depend on is withdrawn only after them: the
    // refusal names them.
    QSet<int> withdrawnFrom; // agenda positions of which an event is withdrawn
    for (qsizetype i = 0; i < added->size(); ++i) {
        const QJsonObject &event = added->at(i);
        if (event.value(u"type").toString() != u"retract")
            continue;
        const QList<QJsonObject> before = *events + added->mid(0, i);
        const int target = int(event.value(u"event").toInteger());
        if (target < 1 || target > before.size())
            continue; // the replay says what is wrong
        const auto depending = MeetingRecord::dependents(*body, before, target);
        if (!depending)
            return Failure{depending.error()};
        if (!depending->isEmpty()) {
            QStringList named;
            for (const int number : *depending)
                named << tr("event %1 (%2)").arg(number).arg(before.at(number - 1).value(u"type").toString());
            return Failure{tr("Event %1 (%2) cannot be withdrawn while later events depend on it: %3. Withdraw "
                              "those first, the last one first.")
                               .arg(target)
                               .arg(before.at(target - 1).value(u"type").toString(),
                                    named.join(QStringLiteral(", ")))};
        }
        if (const int position = before.at(target - 1).value(u"item").toInt(); position > 0)
            withdrawnFrom.insert(position);
    }
    const auto replayed = MeetingRecord::replay(*body, *events + *added);
    if (!replayed)
        return Failure{replayed.error()};
    // An item is handled under someone presiding: with the chair and every
    // vice chair away or disqualified, the body first chooses a temporary
    // chair. (Checked as events are recorded, so that records made before
    // the rule still replay.)
    static const QStringList movesAndChoices{QStringLiteral("arrive"), QStringLiteral("leave"),
                                             QStringLiteral("participation"), QStringLiteral("disqualified"),
                                             QStringLiteral("temporary-chair")};
    QList<int> checked;
    for (const QJsonObject &event : *added) {
        const int position = event.value(u"item").toInt();
        if (position >= 1 && !movesAndChoices.contains(event.value(u"type").toString()))
            checked << position;
    }
    // A withdrawal may leave an item handled with no one presiding (its
    // temporary chair withdrawn): the same rule.
    for (const int position : std::as_const(withdrawnFrom)) {
        if (position > replayed->items.size())
            continue;
        const MeetingRecord::ItemRecord &item = replayed->items.at(position - 1);
        if (item.decided || item.election || !item.input.votes.isEmpty() || item.input.proposals.size() > 1)
            checked << position;
    }
    for (const int position : std::as_const(checked)) {
        if (!replayed->items.at(position - 1).presiding)
            return Failure{tr("Item %1: no one presides over it, because the chair and every vice chair are away or "
                              "disqualified; record the temporary chair the body chose first.")
                               .arg(position)};
    }
    PYKALA_TRY(store.appendMeetingEvents(meeting.id, *added));
    // A decision event writes the computed decision and proceedings into
    // the item; so does a withdrawal of one of a decided item's events (the
    // texts follow the record as it now replays), and an item no longer
    // decided loses the decision the record wrote.
    QSet<int> rewrite = withdrawnFrom;
    for (const QJsonObject &event : *added) {
        if (event.value(u"type").toString() == u"decision")
            rewrite.insert(event.value(u"item").toInt());
    }
    if (!rewrite.isEmpty()) {
        const auto items = store.agendaItems(meeting.id);
        if (!items)
            return Failure{items.error()};
        const auto found = owners(store, meeting);
        if (!found)
            return Failure{found.error()};
        for (AgendaItem stored : *items) {
            if (!rewrite.contains(stored.position) || stored.position > replayed->items.size())
                continue;
            const MeetingRecord::ItemRecord &item = replayed->items.at(stored.position - 1);
            if (!item.decided) {
                if (stored.decision.isEmpty())
                    continue;
                stored.decision.clear();
                PYKALA_TRY(store.updateAgendaItem(stored));
                continue;
            }
            // Written into the item, in the language of its own texts.
            const Language language = DocumentLanguage::ofItem(stored, found->organisation, found->body);
            const ProceedingsText::Names people = names(*body, language);
            const auto text = decisionText(item, people, language);
            if (!text)
                return Failure{text.error()};
            stored.decision = QStringLiteral("<p>") + text->toHtmlEscaped() + QStringLiteral("</p>");
            // An election has no proceedings text and keeps what the secretary wrote.
            if (const QString written = proceedingsHtml(item, stored.publicity, people, language); !written.isEmpty())
                stored.proceedings = written;
            PYKALA_TRY(store.updateAgendaItem(stored));
        }
    }
    // The real date and time: as written, or a bare clock time on the planned day.
    if (std::any_of(added->cbegin(), added->cend(), [](const QJsonObject &e) { return e.value(u"type").toString() == u"open"; }))
        PYKALA_TRY(store.openMeeting(meeting.id, replayed->openedAt));
    if (std::any_of(added->cbegin(), added->cend(), [](const QJsonObject &e) { return e.value(u"type").toString() == u"close"; }))
        PYKALA_TRY(store.closeMeeting(meeting.id, replayed->closedAt));
    PYKALA_TRY(transaction.commit());
    return replayed;
}

Result<Owners> owners(const Store &store, const Meeting &meeting)
{
    const auto organisation = store.organisation();
    if (!organisation)
        return Failure{organisation.error()};
    const auto body = store.body(meeting.bodyId);
    if (!body)
        return Failure{body.error()};
    if (!body->has_value())
        return Failure{tr("The meeting's body is not in the store.")};
    return Owners{organisation->value_or(Organisation{}), body->value()};
}

Result<Language> documentLanguage(const Store &store, const Meeting &meeting)
{
    const auto found = owners(store, meeting);
    if (!found)
        return Failure{found.error()};
    return DocumentLanguage::of(found->organisation, found->body);
}

namespace {

// A dissent's reasons may mark personal data: they are rich text. The
// proceedings are written as plain text with a token for each reasons, which
// the rich text then takes the place of.
QString reasonsToken(qsizetype index)
{
    return QStringLiteral("PYKALADISSENTREASONS%1END").arg(index);
}

// The reasons as a run of rich text inside a paragraph.
QString inlineReasons(const QString &reasons)
{
    QString html = RichText::sanitize(reasons).trimmed();
    html.replace(QStringLiteral("</p><p>"), QStringLiteral("<br>"));
    if (html.startsWith(QStringLiteral("<p>")) && html.endsWith(QStringLiteral("</p>")))
        html = html.mid(3, html.size() - 7);
    return html;
}

QString written(const MeetingRecord::ItemRecord &item, const ProceedingsText::Names &names, Language language,
                const std::function<QString(qsizetype, const QString &)> &reasons)
{
    if (!item.outcome || item.outcome->pending)
        return QString();
    ProceedingsText::Context context;
    context.disqualifications = item.disqualifications;
    for (qsizetype i = 0; i < item.dissents.size(); ++i)
        context.dissents.append({item.dissents.at(i).person, reasons(i, item.dissents.at(i).reasons)});
    context.rollCall = std::any_of(item.outcome->rounds.cbegin(), item.outcome->rounds.cend(),
                                   [](const ItemDecision::Round &r) { return !r.ballots.isEmpty(); });
    return ProceedingsText::write(item.input, *item.outcome, names, context, language);
}

} // namespace

QString proceedingsText(const MeetingRecord::ItemRecord &item, const ProceedingsText::Names &names, Language language)
{
    return written(item, names, language, [](qsizetype, const QString &reasons) {
        return RichText::toPlainText(RichText::sanitize(reasons)).simplified();
    });
}

QString proceedingsHtml(const MeetingRecord::ItemRecord &item, Publicity publicity, const ProceedingsText::Names &names,
                        Language language)
{
    const QString text = written(item, names, language, [](qsizetype i, const QString &reasons) {
        return reasons.trimmed().isEmpty() ? QString() : reasonsToken(i);
    });
    if (text.isEmpty())
        return QString();
    QString html = RichText::fromPlainText(text);
    for (qsizetype i = 0; i < item.dissents.size(); ++i)
        html.replace(reasonsToken(i), PublicView::reasonsToRecord(publicity, inlineReasons(item.dissents.at(i).reasons)));
    return RichText::sanitize(html);
}

Result<QString> decisionText(const MeetingRecord::ItemRecord &item, const ProceedingsText::Names &names,
                             Language language)
{
    if (item.electionResult) {
        const QStringList &elected = item.electionResult->elected;
        const bool sv = language == Language::Swedish;
        QString listed = elected.value(0);
        if (elected.size() > 1)
            listed = QStringList(elected.mid(0, elected.size() - 1)).join(QStringLiteral(", "))
                + (sv ? QStringLiteral(" och ") : QStringLiteral(" ja ")) + elected.last();
        if (sv)
            return (elected.size() == 1 ? QStringLiteral("Vald blev %1.") : QStringLiteral("Valda blev %1.")).arg(listed);
        return (elected.size() == 1 ? QStringLiteral("Valituksi tuli %1.") : QStringLiteral("Valituiksi tulivat %1."))
            .arg(listed);
    }
    if (!item.outcome)
        return Failure{tr("Item %1 has no outcome to write down yet.").arg(item.position)};
    return ProceedingsText::decision(item.input, *item.outcome, names, language);
}

ProceedingsText::Names names(const MeetingRecord::Setting &setting, Language language)
{
    ProceedingsText::Names result;
    QString bodyName = DocumentLanguage::name(setting.body, setting.swedishBody, language);
    if (!bodyName.isEmpty())
        bodyName[0] = bodyName[0].toLower();
    result.body = bodyName;
    QHash<QString, int> shared;
    for (const QString &surname : setting.surnames)
        ++shared[surname];
    for (auto it = setting.surnames.cbegin(); it != setting.surnames.cend(); ++it)
        result.persons.insert(it.key(), shared.value(it.value()) > 1 ? setting.names.value(it.key()) : it.value());
    // Persons' names, and the capitalised words of the municipality's name
    // ("Testilän" of "Testilän kunta").
    for (const QString &name : setting.names.values() + QStringList{setting.organisation, setting.swedishOrganisation}) {
        const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
        for (const QString &word : words) {
            if (word.at(0).isUpper() && !result.properNouns.contains(word))
                result.properNouns.append(word);
        }
    }
    return result;
}

} // namespace MeetingSession
