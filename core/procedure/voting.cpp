#include "voting.h"

#include <QCoreApplication>

#include <algorithm>

namespace Voting {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Voting", text);
}

const Proposal *find(const QList<Proposal> &proposals, const QString &id)
{
    for (const Proposal &proposal : proposals) {
        if (proposal.id == id)
            return &proposal;
    }
    return nullptr;
}

} // namespace

Result<QStringList> modelOrder(const QList<Proposal> &proposals, VotingOrderModel model)
{
    QList<Proposal> counters;
    const Proposal *base = nullptr;
    const Proposal *rejection = nullptr;
    for (const Proposal &proposal : proposals) {
        switch (proposal.kind) {
        case ProposalKind::Base:
            if (base)
                return Failure{tr("There can be only one base proposal.")};
            base = &proposal;
            break;
        case ProposalKind::Rejection:
            if (rejection)
                return Failure{tr("Only one rejection proposal can be put to the vote; the body decides on the "
                                  "others first.")};
            rejection = &proposal;
            break;
        case ProposalKind::Counter:
            counters.append(proposal);
            break;
        }
    }
    if (!base)
        return Failure{tr("A vote needs the base proposal.")};
    if (model == VotingOrderModel::MostDivergentFirst)
        std::stable_sort(counters.begin(), counters.end(),
                         [](const Proposal &a, const Proposal &b) { return a.divergence > b.divergence; });
    QStringList order;
    for (const Proposal &counter : std::as_const(counters))
        order.append(counter.id);
    if (order.isEmpty() && !rejection)
        return QStringList(); // only the base proposal: adopted without a vote
    order.append(base->id);
    if (rejection)
        order.append(rejection->id);
    return order;
}

Status checkOrder(const QList<Proposal> &proposals, const QStringList &order)
{
    if (order.size() != proposals.size())
        return Failure{tr("The voting order must contain each of the %1 proposals exactly once.").arg(proposals.size())};
    for (const QString &id : order) {
        if (!find(proposals, id))
            return Failure{tr("The voting order names \"%1\", which is not a proposal in the vote.").arg(id)};
        if (order.count(id) > 1)
            return Failure{tr("The voting order names \"%1\" twice.").arg(id)};
    }
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (find(proposals, order.at(i))->kind == ProposalKind::Rejection && i != order.size() - 1)
            return Failure{tr("A rejection proposal is voted on last, against the winner.")};
    }
    return success();
}

std::pair<QString, QString> nextPairing(const QString &winnerSoFar, const QString &entering,
                                        const QList<Proposal> &proposals)
{
    const Proposal *proposal = find(proposals, entering);
    if (proposal && proposal->kind == ProposalKind::Rejection)
        return {winnerSoFar, entering};
    return {entering, winnerSoFar};
}

Result<RoundResult> count(const Round &round, const MajorityRule &rule)
{
    if (round.yesProposal.isEmpty() || round.noProposal.isEmpty() || round.yesProposal == round.noProposal)
        return Failure{tr("A vote puts two different proposals against each other.")};
    RoundResult result;
    result.yesProposal = round.yesProposal;
    result.noProposal = round.noProposal;
    if (round.ballots.isEmpty()) {
        if (round.yes < 0 || round.no < 0 || round.blank < 0 || round.absent < 0)
            return Failure{tr("Vote counts cannot be negative.")};
        result.yes = round.yes;
        result.no = round.no;
        result.blank = round.blank;
        result.absent = round.absent;
    } else {
        for (const Ballot ballot : round.ballots) {
            switch (ballot) {
            case Ballot::Yes: ++result.yes; break;
            case Ballot::No: ++result.no; break;
            case Ballot::Blank: ++result.blank; break;
            case Ballot::Absent: ++result.absent; break;
            }
        }
    }

    if (!rule.isSimple()) {
        // The qualified proposal needs its share of the votes cast; without it
        // the other proposal prevails.
        const bool qualifiedIsYes = rule.proposal == round.yesProposal;
        if (!qualifiedIsYes && rule.proposal != round.noProposal)
            return Failure{tr("The proposal that needs a qualified majority is not in this vote.")};
        const int forQualified = qualifiedIsYes ? result.yes : result.no;
        const int cast = result.yes + result.no;
        const bool reached = cast > 0 && qint64(forQualified) * rule.denominator >= qint64(cast) * rule.numerator;
        result.winner = reached ? rule.proposal : (qualifiedIsYes ? round.noProposal : round.yesProposal);
        result.decidedBy = reached ? DecidedBy::Majority : DecidedBy::QualifiedMajorityNotReached;
        return result;
    }

    if (result.yes != result.no) {
        result.winner = result.yes > result.no ? round.yesProposal : round.noProposal;
        return result;
    }
    if (!round.presided)
        return Failure{tr("The vote is tied %1–%1, and the vote of whoever presides decides it, but no one presides "
                          "over this item: the chair and every vice chair are away or disqualified. Record the "
                          "temporary chair the body chose.").arg(result.yes)};
    if (!round.chairBallot || (*round.chairBallot != Ballot::Yes && *round.chairBallot != Ballot::No))
        return Failure{tr("The vote is tied %1–%1 and the chair's vote decides it, but the chair voted neither JAA "
                          "nor EI.").arg(result.yes)};
    result.winner = *round.chairBallot == Ballot::Yes ? round.yesProposal : round.noProposal;
    result.decidedBy = DecidedBy::ChairsVote;
    return result;
}

} // namespace Voting
