#pragma once

#include "attendance.h"
#include "voting.h"

#include "model/codes.h"
#include "model/result.h"

#include <QList>
#include <QString>

// How one agenda item is decided, computed from what happened: the proposals
// made and seconded, the procedural votes on tabling and return, the votes on
// the substance in the approved order, and the outcome. Nothing here is typed
// in: the result follows from the record, and an impossible record is refused.
namespace ItemDecision {

struct Proposal
{
    QString id;
    ProposalType type = ProposalType::Counter;
    qint64 proposer = 0;        // 0 for the base proposal
    QList<qint64> seconders;
    QString text;
    int divergence = 0;         // the chair's judgement, for the voting order
};

// One vote as recorded: either each entitled member's ballot, or the totals.
struct VoteRecord
{
    QMap<qint64, Voting::Ballot> ballots;
    int yes = 0, no = 0, blank = 0;
    std::optional<Voting::Ballot> chairBallot; // a count vote's tie needs it
    QString on;                        // a procedural vote: the tabling or return proposal
    bool rollCall() const { return !ballots.isEmpty(); }
};

enum class OutcomeKind {
    AdoptedAsProposed,   // the base proposal, unamended
    AdoptedAmended,      // the base proposal as the presenter amended it
    AdoptedCounter,      // a counter-proposal won
    Rejected,            // a rejection proposal won
    Tabled,
    Returned,
    Noted,               // an item taken for information
};

struct Input
{
    Attendance::ItemPresence presence;
    qint64 chair = 0;                    // whose vote decides a tie
    QList<Proposal> proposals;           // in the order they were made
    bool baseAmended = false;            // the presenter amended the base proposal in the meeting
    QString amendment;                   // how, when recorded
    // The presenter withdrew the base proposal; the chair's proposal became
    // the base [check: the common practice].
    bool baseWithdrawn = false;
    QString chairsProposal;
    bool noting = false;                 // the item is for information only
    QList<VoteRecord> proceduralVotes;   // on tabling or return proposals, each naming its proposal in `on`
    QStringList votingOrder;             // as approved; empty: the model order
    VotingOrderModel orderModel = VotingOrderModel::MostDivergentFirst; // the body's setting
    QList<VoteRecord> votes;             // the rounds of the substance vote, in order
    Voting::MajorityRule majority;       // a qualified majority, when needed
    // While a meeting is in progress an item may still be waiting for its
    // votes; then the outcome is pending rather than refused.
    bool requireComplete = true;
};

struct Round
{
    QString yesProposal;
    QString noProposal;
    Voting::RoundResult result;
    QMap<qint64, Voting::Ballot> ballots; // empty for a count vote
};

struct Outcome
{
    QStringList lapsed;          // unseconded proposals, in order
    QList<Round> procedural;     // tabling / return votes held
    QStringList order;           // the voting order of the substance
    QList<Round> rounds;
    QString adopted;             // the proposal adopted; empty when tabled, returned or pending
    OutcomeKind kind = OutcomeKind::AdoptedAsProposed;
    bool pending = false;        // votes still to come (only without requireComplete)
};

// Computes the outcome, or says what in the record cannot be: a proposal or
// seconding by someone not entitled, a second seconding, the proposer
// seconding their own proposal, a ballot by someone absent or disqualified, a
// missing ballot, a vote on a lapsed proposal, too many or too few rounds.
Result<Outcome> decide(const Input &input);

// The proposals that go to the vote on the substance, as the voting rules
// take them: the base proposal and the seconded counter- and rejection
// proposals, in the order they were made.
QList<Voting::Proposal> substance(const Input &input);

// The vote the body takes next on an item whose outcome is pending: a
// procedural vote on a seconded tabling or return proposal (JAA: continue
// with the matter, EI: the proposal), or the next round on the substance in
// the outcome's order. None when no vote is waiting.
struct NextVote
{
    QString on;           // the tabling or return proposal voted on; empty for the substance
    QString yesProposal;  // "continue" in a procedural vote
    QString noProposal;
    int round = 0;        // 1 for the first round on the substance; 0 in a procedural vote
};
std::optional<NextVote> nextVote(const Input &input, const Outcome &outcome);

} // namespace ItemDecision
