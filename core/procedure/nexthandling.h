#pragma once

#include "model/result.h"

class Store;

// A case going on from one body to the next: the kunnanhallitus decides to
// propose, the valtuusto decides. From a decided item, the next body's item
// of the same case is prepared on one of its meetings: the case, the title,
// the class, the preparers and the background carried over, the proposal
// drafted from the decision for the presenter to finish, and the earlier
// handling printed by the documents from the case (Store::earlierHandlings).
namespace NextHandling {

// Puts the next handling of the item's case last on the meeting's agenda.
// The item must be decided (its meeting closed, its decision written) and
// the meeting another, later one that has not been held yet.
// An item of no case opens a case of its own first, by its class, and
// becomes the case's first handling. All of it in one transaction. Returns
// the new item's id.
Result<qint64> prepare(Store &store, qint64 itemId, qint64 meetingId);

} // namespace NextHandling
