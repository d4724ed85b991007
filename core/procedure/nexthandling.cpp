#include "nexthandling.h"

#include "store/store.h"
#include "text/richtext.h"

#include <QCoreApplication>

namespace NextHandling {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("NextHandling", text);
}

QDate dayOf(const Meeting &meeting)
{
    return (meeting.actualStart.isValid() ? meeting.actualStart : meeting.plannedStart).date();
}

struct Parts
{
    AgendaItem item;
    Meeting from;
    Meeting to;
    Body body; // the meeting's
};

Result<Parts> read(const Store &store, qint64 itemId, qint64 meetingId)
{
    Parts parts;
    const auto item = store.agendaItem(itemId);
    if (!item)
        return Failure{item.error()};
    if (!item->has_value())
        return Failure{tr("There is no agenda item with id %1.").arg(itemId)};
    parts.item = item->value();
    const auto from = store.meeting(parts.item.meetingId);
    const auto to = store.meeting(meetingId);
    if (!from)
        return Failure{from.error()};
    if (!to)
        return Failure{to.error()};
    if (!to->has_value())
        return Failure{tr("There is no meeting with id %1.").arg(meetingId)};
    parts.from = from->value();
    parts.to = to->value();
    const auto body = store.body(parts.to.bodyId);
    if (!body)
        return Failure{body.error()};
    parts.body = body->value_or(Body());
    return parts;
}

// Why the item of `parts` cannot go on to their meeting; empty when it can.
QString refusalOf(const Parts &parts)
{
    const AgendaItem &item = parts.item;
    if (!isHeld(parts.from.state))
        return tr("\"%1\" is not decided yet: its meeting has not been held and closed. Send an item on once its "
                  "body has decided it.")
            .arg(item.title);
    if (RichText::toPlainText(item.decision).trimmed().isEmpty())
        return tr("\"%1\" has no decision written: there is nothing to propose to the next body.").arg(item.title);
    if (parts.to.id == parts.from.id)
        return tr("\"%1\" is already on that meeting's agenda.").arg(item.title);
    if (parts.to.state != MeetingState::Planned && parts.to.state != MeetingState::Convened)
        return tr("The meeting chosen has been held or cancelled: send \"%1\" to a meeting to come.").arg(item.title);
    if (dayOf(parts.to) < dayOf(parts.from))
        return tr("The meeting chosen is before the one that decided \"%1\": a case goes on to a later meeting.")
            .arg(item.title);
    if (item.caseId == 0 && !DiaryNumber::isTaskClassCode(item.taskClass.trimmed()))
        return tr("\"%1\" belongs to no case and has no task class to open one by. Give the item its case first.")
            .arg(item.title);
    return QString();
}

} // namespace

Result<qint64> prepare(Store &store, qint64 itemId, qint64 meetingId)
{
    Store::Transaction transaction(store);
    if (!transaction.ok())
        return Failure{transaction.error()};
    const auto parts = read(store, itemId, meetingId);
    if (!parts)
        return Failure{parts.error()};
    if (const QString refused = refusalOf(*parts); !refused.isEmpty())
        return Failure{refused};
    AgendaItem decided = parts->item;
    if (decided.caseId == 0) {
        // The case begins with the decided item: opened on its meeting's
        // day, by the class the item names.
        Case opened;
        opened.title = decided.title;
        opened.diaryNumber.taskClass = decided.taskClass.trimmed();
        opened.publicity = decided.publicity;
        opened.confidentialityBasis = decided.confidentialityBasis;
        opened.state = CaseState::InPreparation;
        opened.initiated = dayOf(parts->from);
        const auto id = store.openCase(opened);
        if (!id)
            return Failure{id.error()};
        PYKALA_TRY(store.linkItemToCase(decided.id, *id));
        decided.caseId = *id;
    }
    AgendaItem next;
    next.meetingId = meetingId;
    next.title = decided.title;
    next.caseId = decided.caseId;
    next.preparers = decided.preparers;
    next.background = decided.background;
    // The decision, as the proposal's draft: the presenter rewrites it as
    // a proposal to this body.
    next.proposal = decided.decision;
    next.publicity = decided.publicity;
    next.confidentialityBasis = decided.confidentialityBasis;
    next.language = decided.language;
    next.recipients = decided.recipients;
    // A council's decisions are appealed by municipal appeal; the other
    // bodies' by a request for rectification first (kuntalaki 134 §).
    const bool council = parts->body.kind == BodyKind::Council;
    next.appealKind = council ? AppealKind::MunicipalAppeal
                              : (decided.appealKind == AppealKind::MunicipalAppeal ? AppealKind::Rectification
                                                                                   : decided.appealKind);
    if (!council) {
        // The body's presenter on the meeting's day, if it has one.
        const auto memberships = store.memberships(parts->body.id, dayOf(parts->to));
        if (!memberships)
            return Failure{memberships.error()};
        for (const Membership &membership : *memberships) {
            if (membership.role == MembershipRole::Presenter) {
                next.presenterPersonId = membership.personId;
                break;
            }
        }
    }
    const auto id = store.addAgendaItem(next);
    if (!id)
        return id;
    // The case is decided once the last body decides: until then it is
    // being prepared.
    const auto entry = store.caseFile(decided.caseId);
    if (!entry)
        return Failure{entry.error()};
    if (entry->has_value() && entry->value().state == CaseState::Initiated) {
        Case preparing = entry->value();
        preparing.state = CaseState::InPreparation;
        PYKALA_TRY(store.updateCase(preparing));
    }
    PYKALA_TRY(transaction.commit());
    return id;
}

} // namespace NextHandling
