#pragma once

#include "model/meeting.h"
#include "model/result.h"

#include <QDate>

class Store;

// A new meeting as the secretary starts from it: the body's next number in
// the year, its usual place and starting time, and the standard opening
// items first on the agenda.
namespace MeetingPlanning {

// The starting time of a body's meetings when the body has none set.
QTime fallbackStart();

// The body's next meeting number in `year`: one more than the highest used.
Result<int> nextNumber(const Store &store, qint64 bodyId, int year);

// A meeting of the body on `day`, not yet stored: the next number, the
// body's usual starting time (else fallbackStart()), a planned end two hours
// later, its usual place, in person.
Result<Meeting> proposed(const Store &store, qint64 bodyId, const QDate &day);

// Adds the meeting and, with `openingItems`, puts the standard opening items
// in the meeting's document language first on its agenda: all in one
// transaction. Returns the meeting's id.
Result<qint64> add(Store &store, const Meeting &meeting, bool openingItems = true);

} // namespace MeetingPlanning
