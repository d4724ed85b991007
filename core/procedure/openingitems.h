#pragma once

#include "model/result.h"

#include "model/agendaitem.h"
#include "model/body.h"

#include <QStringList>

class Store;

// The standard opening items of a meeting — opening, legality and quorum;
// selection of the minute-checkers; approval of the agenda — generated from
// the Finnish and Swedish templates in resources/templates/opening-items.json.
namespace OpeningItems {

// The items for a body in a language, without meeting or positions. With
// `checkers` (the minute-checkers' names) the items carry their decisions.
Result<QList<AgendaItem>> make(const Body &body, Language language, const QStringList &checkers = {});

// Puts the opening items, in the meeting's document language
// (DocumentLanguage), first on its agenda, moving the items already there
// down, in one transaction.
Status addTo(Store &store, qint64 meetingId);

} // namespace OpeningItems
