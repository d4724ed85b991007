#pragma once

#include "model/result.h"

#include "model/codes.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// Votes in a decision (kuntalaki 104 §): proposals are put against each other
// in pairs, JAA for one and EI for the other; the majority of the votes cast
// decides, a tie is decided by the chair's vote; some decisions need a
// qualified majority.
namespace Voting {

enum class ProposalKind {
    Base,         // the presenter's (or chair's) base proposal: always in the vote
    Counter,      // a seconded counter-proposal
    Rejection,    // a proposal to reject the matter: voted last, against the winner
};

struct Proposal
{
    QString id;           // e.g. "base", "virtanen-1"
    ProposalKind kind = ProposalKind::Counter;
    // The chair's judgement of how far the proposal departs from the base
    // proposal; higher is further. Equal values keep the order of presentation.
    int divergence = 0;
};

// The model voting order [check: a per-body setting may change it]: the two
// counter-proposals that differ most from the base proposal first, the winner
// against the next most different, and so on; the base proposal last; a
// rejection proposal after it, against the winner. Returns the proposals in
// the order they enter the vote; empty when no vote is needed.
// A body may instead vote on counter-proposals in the order they were made
// (VotingOrderModel::AsPresented).
Result<QStringList> modelOrder(const QList<Proposal> &proposals,
                               VotingOrderModel model = VotingOrderModel::MostDivergentFirst);

// Checks an order the chair set (or changed) before the body approves it:
// every proposal exactly once, the base proposal among them, a rejection
// proposal last.
Status checkOrder(const QList<Proposal> &proposals, const QStringList &order);

enum class Ballot { Yes, No, Blank, Absent };

// What a qualified majority requires: at least numerator/denominator of the
// votes cast (JAA + EI) for the qualified proposal.
struct MajorityRule
{
    int numerator = 0;     // 0: simple majority
    int denominator = 1;
    QString proposal;      // the proposal that needs it (usually the base proposal)
    bool isSimple() const { return numerator == 0; }
};

// One pairwise vote. Either every entitled member's ballot (a roll call or an
// open vote recorded by name), or only the totals (a count vote).
struct Round
{
    QString yesProposal;             // JAA
    QString noProposal;              // EI
    QMap<QString, Ballot> ballots;   // by member; empty for a count vote
    int yes = 0, no = 0, blank = 0, absent = 0; // a count vote's totals
    std::optional<Ballot> chairBallot;          // decides a tie
    bool presided = true;                       // someone presides, whose vote can decide a tie
};

enum class DecidedBy { Majority, ChairsVote, QualifiedMajorityNotReached };

struct RoundResult
{
    QString yesProposal;
    QString noProposal;
    int yes = 0, no = 0, blank = 0, absent = 0;
    QString winner;
    DecidedBy decidedBy = DecidedBy::Majority;
};

// Counts one round. A tie needs the JAA or EI of whoever presides; without
// it, or when no one presides, the round cannot be decided and the failure
// says so.
Result<RoundResult> count(const Round &round, const MajorityRule &rule = {});

// The JAA and EI of the next round: the proposal entering the vote against the
// winner so far, as `modelOrder` sequences them. JAA is for the proposal
// entering (the base proposal in the last round), except that a rejection
// proposal is always EI.
std::pair<QString, QString> nextPairing(const QString &winnerSoFar, const QString &entering,
                                        const QList<Proposal> &proposals);

} // namespace Voting
