#pragma once

#include "model/itemtemplate.h"
#include "model/result.h"

#include <QString>

class Store;

// Templates of a body's recurring agenda items: saved from an item, put on a
// meeting's agenda as a new item. What a template keeps of an item is the
// store's (ItemTemplate); here is which body's template an item makes and
// where a template may go.
namespace ItemTemplates {

// Saves the item as a template of its meeting's body under `name`. A name
// the body has already is refused unless `replace`, which overwrites that
// template. Returns the template's id.
Result<qint64> saveItem(Store &store, qint64 itemId, const QString &name, bool replace = false);

// A new item of the meeting made from the template, not yet stored.
AgendaItem newItem(const ItemTemplate &itemTemplate, qint64 meetingId);

// Puts a new item made from the template last on the meeting's agenda; the
// template must be of the meeting's body. Returns the new item's id.
Result<qint64> addToMeeting(Store &store, qint64 meetingId, qint64 templateId);

// The body's template named `nameOrId` — its name (case as written) or its
// id — or why there is none.
Result<ItemTemplate> find(const Store &store, qint64 bodyId, const QString &nameOrId);

} // namespace ItemTemplates
