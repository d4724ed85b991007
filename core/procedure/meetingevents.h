#pragma once

#include "attendance.h"
#include "itemdecision.h"
#include "meetingrecord.h"

#include "model/codes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

// The meeting events of docs/procedure.md ("Meeting events") made from typed
// values, one builder per event type. Each gives the JSON object that
// MeetingRecord::replay reads, with persons by id and `item` as the agenda
// position; fields the format makes optional are left out when they hold
// nothing (an empty text, an empty list). The JSON is what is stored and
// what signed minutes' digests are taken over: these builders make it, they
// do not change it.
namespace MeetingEvents {

// The meeting opens, or closes, on a date at a time ("2026-12-14T16:03").
QJsonObject open(const QDateTime &at);
QJsonObject close(const QDateTime &at);

// Who is present when the meeting opens: members by id, each personal deputy
// in their member's seat (a seat's `deputy` sits for its `member`), everyone
// else attending without a seat, and those of the members and deputies who
// take part by a remote connection.
QJsonObject attendance(const QList<qint64> &present, const QList<Attendance::Seat> &deputies,
                       const QList<MeetingRecord::OtherAttendee> &others = {}, const QList<qint64> &remote = {});

// An arrival or departure during an item, or a change of how someone takes
// part (a participation event); `remote` is written for an arrival by a
// remote connection and for every change.
QJsonObject move(const Attendance::Move &move);

// The body chooses a temporary chair for an item over which neither the
// chair nor any vice chair can preside.
QJsonObject temporaryChair(int item, qint64 person);

QJsonObject disqualified(const Attendance::Disqualification &disqualification);

// A proposal of a kind other than the base proposal; `divergence` is the
// chair's judgement for the voting order, written when given.
QJsonObject proposal(int item, const QString &id, ProposalType kind, qint64 by, const QString &text = {},
                     std::optional<int> divergence = std::nullopt);
QJsonObject second(int item, const QString &proposal, qint64 by);

// The presenter amends the base proposal (how, in `text`), or withdraws it
// and the chair's proposal becomes the base proposal.
QJsonObject amend(int item, const QString &text);
QJsonObject withdraw(int item, const QString &chairsProposal);
// The item is for information only.
QJsonObject noting(int item);

// The voting order the chair set, by proposal id.
QJsonObject order(int item, const QStringList &order);
// A qualified majority required of `rule.proposal`.
QJsonObject majority(int item, const Voting::MajorityRule &rule);
// A vote: each ballot in a roll call, or the counts (with the chair's ballot
// when given); `vote.on` names the tabling or return proposal of a
// procedural vote.
QJsonObject vote(int item, const ItemDecision::VoteRecord &vote);

// An election: a majority election's candidates, or a proportional one's
// lists and how many demanded it. The seed is written when it is not 0;
// without it the record draws one when the event is recorded.
QJsonObject election(int item, const MeetingRecord::Election &election);

QJsonObject dissent(int item, qint64 person, const QString &reasons = {});
QJsonObject minuteCheckers(const QList<qint64> &persons);
// The decision and proceedings are written into the item.
QJsonObject decision(int item);

// Withdraws event number `event` (from 1) of the record, recorded by
// mistake, saying why; the record keeps both.
QJsonObject retract(int event, const QString &reason);

// Events as the file MeetingSession::record reads: {"events": [ … ]}.
QByteArray file(const QList<QJsonObject> &events);

} // namespace MeetingEvents
