#pragma once

#include "meetingrecord.h"
#include "proceedingstext.h"

#include "store/result.h"

class Store;
struct Meeting;
struct AgendaItem;

// A meeting's record kept in the store: the body as it sits on the day, the
// recorded events, and recording more of them all or nothing.
namespace MeetingSession {

// The body on the meeting's day: seats of the chair, vice chair and members
// with their personal deputies, the chair, the quorum rule and the agenda.
Result<MeetingRecord::Setting> setting(const Store &store, const Meeting &meeting);

// Replays what has been recorded so far.
Result<MeetingRecord::Replay> current(const Store &store, const Meeting &meeting);

// Reads an events file (docs/procedure.md), checks it together with what is
// already recorded, and stores it in one transaction: the events, the opening
// (actual start, § numbers) and the closing of the meeting. An impossible
// event records nothing and says why.
Result<MeetingRecord::Replay> record(Store &store, const Meeting &meeting, const QByteArray &json);

// The decision of a replayed item in a sentence, in the organisation's
// document language (ProceedingsText::decision; for an election, who was
// elected).
Result<QString> decisionText(const Store &store, const Meeting &meeting, const MeetingRecord::ItemRecord &item);

// The proceedings of a replayed item as the store's rich text, in the
// organisation's document language: what the secretary then edits.
Result<QString> proceedingsText(const Store &store, const Meeting &meeting, const MeetingRecord::ItemRecord &item);

// Surnames for the proceedings text: "Virtanen", or the full name where two
// people of the body share a surname.
Result<ProceedingsText::Names> names(const Store &store, const Meeting &meeting, Language language);

} // namespace MeetingSession
