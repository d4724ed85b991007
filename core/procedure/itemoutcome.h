#pragma once

#include "meetingrecord.h"

#include "model/agendaitem.h"

#include <QJsonObject>

// What the engine computes for one item of a replayed meeting, as a JSON
// object (`pykala-cli outcome ITEM --json`, docs/procedure.md): the item,
// presence and quorum, proposals with their seconders and whether they
// lapsed, procedural votes, the voting order, each round with its counts and
// ballots, the result and its kind ("pending" while votes are to come), the
// proceedings in Finnish and Swedish, an election's result, dissents and
// everyone else attending. Persons are named by their full names.
namespace ItemOutcome {

// `item` is the agenda item at its position in `replay`, which must have
// been opened.
QJsonObject toJson(const MeetingRecord::Setting &setting, const MeetingRecord::Replay &replay, const AgendaItem &item);

} // namespace ItemOutcome
