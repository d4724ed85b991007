#include "caseview.h"

#include "appeal.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QHash>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CaseView", text);
}

} // namespace

QString CaseView::handlingName(const CaseHandling &handling)
{
    return handling.sectionNumber ? QStringLiteral("%1 § %2").arg(handling.meetingReference).arg(*handling.sectionNumber)
                                  : handling.meetingReference;
}

Result<CaseView> CaseView::load(const Store &store, qint64 caseId)
{
    CaseView view;
    const auto entry = store.caseFile(caseId);
    if (!entry)
        return Failure{entry.error()};
    if (!entry->has_value())
        return Failure{tr("There is no case with id %1 in the case register.").arg(caseId)};
    view.entry = entry->value();
    const auto taskClass = store.taskClass(view.entry.taskClassId);
    if (!taskClass)
        return Failure{taskClass.error()};
    view.taskClass = *taskClass;
    if (view.entry.preparerPersonId) {
        const auto person = store.person(view.entry.preparerPersonId);
        if (!person)
            return Failure{person.error()};
        if (person->has_value())
            view.preparer = person->value().displayName();
    }
    const auto handlings = store.caseHandlings(caseId);
    if (!handlings)
        return Failure{handlings.error()};
    view.handlings = *handlings;

    // Each handling's documents and appeal kind.
    QHash<qint64, AppealKind> kinds;
    QHash<qint64, QString> names;
    for (const CaseHandling &handling : std::as_const(view.handlings)) {
        const auto item = store.agendaItem(handling.itemId);
        if (!item)
            return Failure{item.error()};
        if (item->has_value())
            kinds.insert(handling.itemId, item->value().appealKind);
        names.insert(handling.itemId, handlingName(handling));
        const auto attachments = store.attachments(handling.itemId);
        if (!attachments)
            return Failure{attachments.error()};
        const bool decided = isHeld(handling.meetingState);
        view.documents.append({handling.itemId, names.value(handling.itemId), decided, *attachments});
    }
    const auto sent = store.caseExtractsSent(caseId);
    if (!sent)
        return Failure{sent.error()};
    for (const ExtractSent &extract : *sent) {
        Sent one{extract, names.value(extract.itemId), Appeal::notifiedOn(extract.method, extract.sent), std::nullopt};
        if (const auto deadline = Appeal::partyDeadline(kinds.value(extract.itemId), extract.method, extract.sent))
            one.lastDay = deadline->lastDay;
        view.extractsSent.append(one);
    }
    return view;
}
