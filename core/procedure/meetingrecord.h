#pragma once

#include "attendance.h"
#include "election.h"
#include "itemdecision.h"
#include "proceedingstext.h"

#include "model/result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// A meeting's record as a list of events (docs/procedure.md, "Meeting
// events"), and its replay through the procedure rules. The events are the
// single source of truth: presence, quorum, proposals, votes and outcomes
// are computed from them every time, never stored as results.
namespace MeetingRecord {

// The body as it sits on the meeting's day.
struct Setting
{
    QList<Attendance::Seat> seats;
    QHash<qint64, QString> names;  // person id → full name, for resolving and messages
    QHash<qint64, QString> surnames; // person id → family name, for the proceedings text
    QString body;                  // the body's name, and its Swedish name when it has one
    QString swedishBody;
    QString organisation;          // the municipality's name, and its Swedish name
    QString swedishOrganisation;
    qint64 chair = 0;
    // Preside in this order when the chair is away or disqualified; when all
    // of them are, the body chooses a temporary chair for the item.
    QList<qint64> viceChairs;
    // Who presides when taking part, in order: the chair, then the vice chairs.
    QList<qint64> presiders() const
    {
        QList<qint64> result{chair};
        result += viceChairs;
        return result;
    }
    QDate day;                     // the planned day, which a bare clock time in open and close means
    QuorumRule rule = QuorumRule::MoreThanHalf;
    VotingOrderModel votingOrder = VotingOrderModel::MostDivergentFirst;
    int items = 0;                 // the agenda positions are 1 … items
};

using Dissent = ProceedingsText::Dissent;

// Someone attending without a seat: an official or an expert, with their role.
struct OtherAttendee
{
    QString name;
    QString role;                  // e.g. "esittelijä", "pöytäkirjanpitäjä", "asiantuntija, § 5"
};

struct Election
{
    QString method;                // "majority" or "proportional"
    int seats = 0;
    int demanded = 0;              // members who demanded a proportional election
    QList<::Election::Candidate> candidates;
    QList<::Election::CandidateList> lists;
    quint32 seed = 0;
};

struct ElectionResult
{
    QStringList elected;
    QList<::Election::LotDraw> lots;
    QList<::Election::ComparisonNumber> numbers;
    int demandThreshold = 0;
};

struct ItemRecord
{
    int position = 0;
    Attendance::ItemPresence presence;
    QList<Attendance::Disqualification> disqualifications;
    ItemDecision::Input input;
    std::optional<ItemDecision::Outcome> outcome;  // none for an item with an election only
    std::optional<Election> election;
    std::optional<ElectionResult> electionResult;
    QList<Dissent> dissents;
    // Who presides over the item's decision: the chair, else the first vice
    // chair taking part, else the temporary chair the body chose last who
    // still takes part; 0 for no one.
    qint64 presiding = 0;
    bool temporaryChair = false;   // presiding was chosen for this item
    bool handled = false;          // any event concerns the item
    bool decided = false;          // a decision event writes the decision into the item
};

struct Replay
{
    bool opened = false;
    QDateTime openedAt;            // the real date and time
    bool closed = false;
    QDateTime closedAt;
    QList<OtherAttendee> others;
    Attendance::Record attendance; // who was present at the opening, arrivals and departures
    QList<qint64> minuteCheckers;  // selected in the meeting, in the order named
    QList<ItemRecord> items;       // one per agenda position
    // Events withdrawn by a retract event: the withdrawn event's number →
    // its withdrawal's (both counted from 1 in the record).
    QHash<int, int> withdrawn;
};

// When an open or close event's `at` happened: "2026-12-05T16:03" (seconds
// may follow) as written, or a bare clock time "16:03" on `day` — the
// planned day, as records made before the date was written say it, or for a
// closing the day the meeting opened. Invalid when `at` is neither.
QDateTime momentOf(const QString &at, const QDate &day);

// Who presided over the meeting's items, in the order each first presided,
// with the agenda positions of the items each presided over.
struct Presidency
{
    qint64 person = 0;
    QList<int> positions;
};
QList<Presidency> presidencies(const Replay &replay);

// Turns names into person ids in a file's events ("person": "Aino Mäkelä"
// becomes the id), checks each event's form, and returns the events as they
// are stored. Errors name the event: "$.events[3].by: …".
Result<QList<QJsonObject>> parseFile(const QByteArray &json, const Setting &setting);

// The code of a ballot in the event format: JAA, EI, TYHJÄ, POISSA.
QString ballotCode(Voting::Ballot ballot);

// Checks the form of events that already name persons by id (as stored or
// imported), the same checks `parseFile` makes; errors name `path`[i].
Result<QList<QJsonObject>> checkEvents(const QList<QJsonObject> &events, const Setting &setting, const QString &path);

// Rewrites the person ids an event names (person, by, present, deputies,
// ballots) through `map`; fails with the first id that `map` does not know.
Result<QJsonObject> mapPersons(const QJsonObject &event, const std::function<std::optional<qint64>(qint64)> &map);

// Replays a meeting's events through the rules. A retract event withdraws
// an earlier event (not the opening, the closing or another withdrawal),
// once, with its reason: the replay leaves the withdrawn event out, and the
// record keeps both. Anything impossible — a vote
// by an absent or disqualified member, a seconding by the proposer, a vote
// on a lapsed proposal, a departure of someone not present — fails with a
// message that names the item or event.
Result<Replay> replay(const Setting &setting, const QList<QJsonObject> &events);

// The later events that depend on event number `event` (from 1): those that
// would no longer replay were it withdrawn, and those that depend on them in
// turn, by number. Empty when it can be withdrawn as it is.
Result<QList<int>> dependents(const Setting &setting, const QList<QJsonObject> &events, int event);

} // namespace MeetingRecord
