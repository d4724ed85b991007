#include "itemtemplates.h"

#include "store/store.h"

#include <QCoreApplication>

namespace ItemTemplates {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ItemTemplates", text);
}

// The body a meeting belongs to, with its short name for messages.
Result<Meeting> meetingOf(const Store &store, qint64 meetingId)
{
    const auto meeting = store.meeting(meetingId);
    if (!meeting)
        return Failure{meeting.error()};
    if (!meeting->has_value())
        return Failure{tr("There is no meeting with id %1.").arg(meetingId)};
    return meeting->value();
}

} // namespace

Result<qint64> saveItem(Store &store, qint64 itemId, const QString &name, bool replace)
{
    Store::Transaction transaction(store);
    if (!transaction.ok())
        return Failure{transaction.error()};
    const auto item = store.agendaItem(itemId);
    if (!item)
        return Failure{item.error()};
    if (!item->has_value())
        return Failure{tr("There is no agenda item with id %1.").arg(itemId)};
    const auto meeting = meetingOf(store, item->value().meetingId);
    if (!meeting)
        return Failure{meeting.error()};
    ItemTemplate itemTemplate;
    itemTemplate.bodyId = meeting->bodyId;
    itemTemplate.name = name.trimmed();
    itemTemplate.item = item->value();
    const auto existing = store.itemTemplates(meeting->bodyId);
    if (!existing)
        return Failure{existing.error()};
    for (const ItemTemplate &other : *existing) {
        if (other.name == itemTemplate.name && replace)
            itemTemplate.id = other.id;
    }
    if (itemTemplate.id) {
        PYKALA_TRY(store.updateItemTemplate(itemTemplate));
    } else {
        const auto added = store.addItemTemplate(itemTemplate);
        if (!added)
            return added;
        itemTemplate.id = *added;
    }
    PYKALA_TRY(transaction.commit());
    return itemTemplate.id;
}

AgendaItem newItem(const ItemTemplate &itemTemplate, qint64 meetingId)
{
    AgendaItem item = itemTemplate.item;
    item.id = 0;
    item.meetingId = meetingId;
    item.position = 0;
    item.sectionNumber.reset();
    return item;
}

Result<qint64> addToMeeting(Store &store, qint64 meetingId, qint64 templateId)
{
    Store::Transaction transaction(store);
    if (!transaction.ok())
        return Failure{transaction.error()};
    const auto meeting = meetingOf(store, meetingId);
    if (!meeting)
        return Failure{meeting.error()};
    const auto itemTemplate = store.itemTemplate(templateId);
    if (!itemTemplate)
        return Failure{itemTemplate.error()};
    if (!itemTemplate->has_value())
        return Failure{tr("There is no item template with id %1.").arg(templateId)};
    if (itemTemplate->value().bodyId != meeting->bodyId) {
        const auto body = store.body(itemTemplate->value().bodyId);
        return Failure{tr("The template \"%1\" is of %2; a meeting takes only its own body's templates.")
                           .arg(itemTemplate->value().name,
                                body && body->has_value() ? body->value().name
                                                          : QString::number(itemTemplate->value().bodyId))};
    }
    const auto added = store.addAgendaItem(newItem(itemTemplate->value(), meetingId));
    if (!added)
        return added;
    PYKALA_TRY(transaction.commit());
    return added;
}

Result<ItemTemplate> find(const Store &store, qint64 bodyId, const QString &nameOrId)
{
    const auto templates = store.itemTemplates(bodyId);
    if (!templates)
        return Failure{templates.error()};
    // A name first, exactly as written; only then an id.
    for (const ItemTemplate &itemTemplate : *templates) {
        if (itemTemplate.name == nameOrId.trimmed())
            return itemTemplate;
    }
    bool isId = false;
    const qint64 id = nameOrId.toLongLong(&isId);
    for (const ItemTemplate &itemTemplate : *templates) {
        if (isId && itemTemplate.id == id)
            return itemTemplate;
    }
    return Failure{tr("The body has no item template \"%1\". 'pykala-cli template list --body SHORT' lists them.")
                       .arg(nameOrId)};
}

} // namespace ItemTemplates
