#include "agendapreparation.h"

#include "meetingsession.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace AgendaPreparation {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AgendaPreparation", text);
}

QString caseKey(const AgendaItem &item)
{
    return item.caseReference.trimmed().isEmpty() ? QStringLiteral("title:") + item.title.trimmed().toCaseFolded()
                                                  : QStringLiteral("case:") + item.caseReference.trimmed();
}

} // namespace

Result<QList<PendingItem>> pendingItems(const Store &store, const Meeting &meeting)
{
    MeetingFilter filter;
    filter.bodyId = meeting.bodyId;
    const auto meetings = store.meetings(filter);
    if (!meetings)
        return Failure{meetings.error()};
    QList<Meeting> earlier;
    QSet<QString> laterCases; // cases on this meeting's agenda or a later one's
    const QDateTime since = meeting.plannedStart.addYears(-lookBackYears);
    for (const Meeting &other : *meetings) {
        // This meeting, later ones, and earlier ones not held (yet): what
        // their agendas hold is taken up already.
        const bool held = other.actualStart.isValid();
        if (other.state == MeetingState::Cancelled)
            continue;
        if (other.id == meeting.id || other.plannedStart > meeting.plannedStart || !held) {
            const auto items = store.agendaItems(other.id);
            if (!items)
                return Failure{items.error()};
            for (const AgendaItem &item : *items)
                laterCases.insert(caseKey(item));
        } else if (other.plannedStart >= since) {
            earlier << other;
        }
    }
    // Newest first; a case tabled twice is offered from its latest meeting.
    std::sort(earlier.begin(), earlier.end(),
              [](const Meeting &a, const Meeting &b) { return a.plannedStart > b.plannedStart; });
    QList<PendingItem> pending;
    for (const Meeting &other : std::as_const(earlier)) {
        const auto items = store.agendaItems(other.id);
        if (!items)
            return Failure{items.error()};
        const auto replay = MeetingSession::current(store, other);
        const auto reference = store.meetingReference(other);
        if (!reference)
            return Failure{reference.error()};
        if (!replay)
            return Failure{tr("The record of meeting %1 does not replay: %2").arg(*reference, replay.error())};
        QSet<QString> seenHere;
        for (const AgendaItem &item : *items)
            seenHere.insert(caseKey(item));
        for (const AgendaItem &item : *items) {
            if (item.position < 1 || item.position > replay->items.size())
                continue;
            const auto &outcome = replay->items.at(item.position - 1).outcome;
            if (!outcome || outcome->pending
                || (outcome->kind != ItemDecision::OutcomeKind::Tabled
                    && outcome->kind != ItemDecision::OutcomeKind::Returned))
                continue;
            if (laterCases.contains(caseKey(item)))
                continue;
            pending.append({other, *reference, item, outcome->kind});
        }
        // An earlier tabling of a case this meeting already handled again
        // is settled.
        laterCases.unite(seenHere);
    }
    return pending;
}

Result<qint64> bringIn(Store &store, qint64 meetingId, qint64 itemId)
{
    Store::Transaction transaction(store);
    if (!transaction.ok())
        return Failure{transaction.error()};
    const auto source = store.agendaItem(itemId);
    if (!source)
        return Failure{source.error()};
    if (!source->has_value())
        return Failure{tr("There is no agenda item with id %1.").arg(itemId)};
    AgendaItem copy = source->value();
    copy.id = 0;
    copy.meetingId = meetingId;
    copy.position = 0;
    copy.sectionNumber.reset();
    copy.proceedings.clear();
    copy.decision.clear();
    const auto added = store.addAgendaItem(copy);
    if (!added)
        return Failure{added.error()};
    const auto files = store.attachments(itemId, true);
    if (!files)
        return Failure{files.error()};
    for (Attachment attachment : *files) {
        attachment.id = 0;
        attachment.itemId = *added;
        const auto copied = store.addAttachment(attachment);
        if (!copied)
            return Failure{copied.error()};
    }
    PYKALA_TRY(transaction.commit());
    return *added;
}

} // namespace AgendaPreparation
