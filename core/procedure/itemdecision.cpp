#include "itemdecision.h"

#include <QCoreApplication>
#include <QSet>

namespace ItemDecision {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ItemDecision", text, disambiguation, n);
}

// The proposals to be voted on, in the form the voting rules take.
Voting::ProposalKind votingKind(ProposalType type)
{
    switch (type) {
    case ProposalType::Base: return Voting::ProposalKind::Base;
    case ProposalType::Rejection: return Voting::ProposalKind::Rejection;
    default: return Voting::ProposalKind::Counter;
    }
}

Status checkProposals(const Input &input, const QSet<qint64> &entitled)
{
    QSet<QString> ids;
    int bases = 0;
    for (const Proposal &proposal : input.proposals) {
        if (proposal.id.isEmpty() || ids.contains(proposal.id))
            return Failure{tr("Every proposal needs an id of its own; \"%1\" is empty or used twice.").arg(proposal.id)};
        ids.insert(proposal.id);
        if (proposal.type == ProposalType::Base) {
            ++bases;
            continue;
        }
        if (!entitled.contains(proposal.proposer))
            return Failure{tr("Proposal \"%1\" is made by person %2, who is not present and entitled to take part "
                              "in this item.").arg(proposal.id).arg(proposal.proposer)};
        QSet<qint64> seconders;
        for (const qint64 seconder : proposal.seconders) {
            if (seconder == proposal.proposer)
                return Failure{tr("Person %1 cannot second their own proposal \"%2\".").arg(seconder).arg(proposal.id)};
            if (seconders.contains(seconder))
                return Failure{tr("Person %1 seconds proposal \"%2\" a second time.").arg(seconder).arg(proposal.id)};
            if (!entitled.contains(seconder))
                return Failure{tr("Proposal \"%1\" is seconded by person %2, who is not present and entitled to take "
                                  "part in this item.").arg(proposal.id).arg(seconder)};
            seconders.insert(seconder);
        }
    }
    if (bases != 1)
        return Failure{tr("An item is decided on exactly one base proposal; %1 were recorded.").arg(bases)};
    return success();
}

// Counts one recorded vote between two proposals.
Result<Round> countVote(const VoteRecord &vote, const QString &yes, const QString &no, const Input &input,
                        const QSet<qint64> &entitled, const Voting::MajorityRule &rule)
{
    Voting::Round round;
    round.yesProposal = yes;
    round.noProposal = no;
    if (vote.rollCall()) {
        for (auto it = vote.ballots.cbegin(); it != vote.ballots.cend(); ++it) {
            if (!entitled.contains(it.key()))
                return Failure{tr("Person %1 voted on \"%2\" against \"%3\" but is not present and entitled to vote "
                                  "on this item.").arg(it.key()).arg(yes, no)};
            round.ballots.insert(QString::number(it.key()), it.value());
        }
        for (const qint64 member : input.presence.entitled) {
            if (!vote.ballots.contains(member))
                return Failure{tr("The vote on \"%1\" against \"%2\" has no ballot of person %3, who is entitled to "
                                  "vote.").arg(yes, no).arg(member)};
        }
        if (input.chair && vote.ballots.contains(input.chair))
            round.chairBallot = vote.ballots.value(input.chair);
    } else {
        if (vote.yes + vote.no + vote.blank > entitled.size())
            return Failure{tr("The vote on \"%1\" against \"%2\" counts %3 votes, but only %4 members are entitled "
                              "to vote.").arg(yes, no).arg(vote.yes + vote.no + vote.blank).arg(entitled.size())};
        if (vote.yes + vote.no == 0)
            return Failure{tr("The vote on \"%1\" against \"%2\" has no JAA or EI votes.").arg(yes, no)};
        round.yes = vote.yes;
        round.no = vote.no;
        round.blank = vote.blank;
        round.absent = int(entitled.size()) - vote.yes - vote.no - vote.blank;
        if (vote.chairBallot) {
            // The ballot of whoever presides, who is present and counted.
            if (!input.chair)
                return Failure{tr("The vote on \"%1\" against \"%2\" gives the chair's ballot, but no one presides "
                                  "over this item: the chair and every vice chair are away or disqualified. Record the "
                                  "temporary chair the body chose.").arg(yes, no)};
            const Voting::Ballot ballot = *vote.chairBallot;
            const int counted = ballot == Voting::Ballot::Yes ? vote.yes
                : ballot == Voting::Ballot::No                 ? vote.no
                : ballot == Voting::Ballot::Blank              ? vote.blank
                                                               : 0;
            if (ballot == Voting::Ballot::Absent)
                return Failure{tr("The vote on \"%1\" against \"%2\" gives the chair's ballot as absent, but the "
                                  "person presiding is present; it is JAA, EI or TYHJÄ.").arg(yes, no)};
            if (counted == 0)
                return Failure{tr("The vote on \"%1\" against \"%2\" gives the chair's ballot as %3, but no such "
                                  "vote is counted; the chair's vote is one of the counts.")
                                   .arg(yes, no, ballot == Voting::Ballot::Yes ? QStringLiteral("JAA")
                                                  : ballot == Voting::Ballot::No ? QStringLiteral("EI")
                                                                                 : QStringLiteral("TYHJÄ"))};
            round.chairBallot = ballot;
        }
    }
    round.presided = input.chair != 0;
    const bool qualified = !rule.isSimple() && (rule.proposal == yes || rule.proposal == no);
    const auto result = Voting::count(round, qualified ? rule : Voting::MajorityRule{});
    if (!result)
        return Failure{result.error()};
    return Round{yes, no, *result, vote.ballots};
}

} // namespace

Result<Outcome> decide(const Input &input)
{
    const QSet<qint64> entitled(input.presence.entitled.cbegin(), input.presence.entitled.cend());
    PYKALA_TRY(checkProposals(input, entitled));

    Outcome outcome;
    QList<const Proposal *> procedural;
    QList<Voting::Proposal> substance;
    QString base;
    for (const Proposal &proposal : input.proposals) {
        if (proposal.type == ProposalType::Base) {
            base = proposal.id;
            substance.append({proposal.id, Voting::ProposalKind::Base, 0});
        } else if (proposal.seconders.isEmpty()) {
            outcome.lapsed.append(proposal.id);
        } else if (proposal.type == ProposalType::Tabling || proposal.type == ProposalType::Return) {
            procedural.append(&proposal);
        } else {
            substance.append({proposal.id, votingKind(proposal.type), proposal.divergence});
        }
    }

    // Tabling first, then return: each against continuing with the matter,
    // each vote naming its proposal.
    std::stable_sort(procedural.begin(), procedural.end(), [](const Proposal *a, const Proposal *b) {
        return a->type == ProposalType::Tabling && b->type == ProposalType::Return;
    });
    QSet<QString> votedOn;
    for (const VoteRecord &vote : input.proceduralVotes) {
        if (outcome.lapsed.contains(vote.on))
            return Failure{tr("Proposal \"%1\" was not seconded and lapsed; it cannot be voted on.").arg(vote.on)};
        const bool known = std::any_of(procedural.cbegin(), procedural.cend(),
                                       [&](const Proposal *p) { return p->id == vote.on; });
        if (!known)
            return Failure{tr("A procedural vote names \"%1\", which is no tabling or return proposal of the item.")
                               .arg(vote.on)};
        if (votedOn.contains(vote.on))
            return Failure{tr("Proposal \"%1\" is voted on twice.").arg(vote.on)};
        votedOn.insert(vote.on);
    }
    const QString carryOn = QStringLiteral("continue");
    for (const Proposal *proposal : std::as_const(procedural)) {
        const auto vote = std::find_if(input.proceduralVotes.cbegin(), input.proceduralVotes.cend(),
                                       [&](const VoteRecord &v) { return v.on == proposal->id; });
        if (vote == input.proceduralVotes.cend()) {
            if (!input.requireComplete && input.votes.isEmpty()) {
                outcome.pending = true;
                return outcome;
            }
            return Failure{tr("Proposal \"%1\" was seconded, so the body must vote on it before the matter itself; "
                              "record that vote.").arg(proposal->id)};
        }
        const auto round = countVote(*vote, carryOn, proposal->id, input, entitled, {});
        if (!round)
            return Failure{round.error()};
        outcome.procedural.append(*round);
        if (round->result.winner == proposal->id) {
            if (outcome.procedural.size() < input.proceduralVotes.size() || !input.votes.isEmpty())
                return Failure{tr("The matter was %1 when proposal \"%2\" won, so no further votes can be taken on it.")
                                   .arg(proposal->type == ProposalType::Tabling ? tr("tabled") : tr("returned"),
                                        proposal->id)};
            outcome.kind = proposal->type == ProposalType::Tabling ? OutcomeKind::Tabled : OutcomeKind::Returned;
            return outcome;
        }
    }

    // The substance.
    for (const QString &id : input.votingOrder) {
        if (outcome.lapsed.contains(id))
            return Failure{tr("Proposal \"%1\" was not seconded and lapsed; it cannot be voted on.").arg(id)};
    }
    if (input.votingOrder.isEmpty()) {
        const auto order = Voting::modelOrder(substance, input.orderModel);
        if (!order)
            return Failure{order.error()};
        outcome.order = *order;
    } else {
        PYKALA_TRY(Voting::checkOrder(substance, input.votingOrder));
        outcome.order = input.votingOrder;
    }
    if (!input.majority.isSimple()) {
        const bool inVote = std::any_of(substance.cbegin(), substance.cend(),
                                        [&](const Voting::Proposal &p) { return p.id == input.majority.proposal; });
        if (!inVote)
            return Failure{tr("The qualified majority is required of \"%1\", which is not a proposal in the vote.")
                               .arg(input.majority.proposal)};
    }
    const qsizetype rounds = outcome.order.isEmpty() ? 0 : outcome.order.size() - 1;
    const bool waiting = !input.requireComplete && input.votes.size() < rounds;
    if (input.votes.size() != rounds && !waiting)
        return Failure{tr("The voting order needs %1 round(s) of voting, but %2 were recorded.")
                           .arg(rounds)
                           .arg(input.votes.size())};
    QString winner = outcome.order.isEmpty() ? base : outcome.order.first();
    for (qsizetype i = 1; i <= input.votes.size() && i < outcome.order.size(); ++i) {
        const auto [yes, no] = Voting::nextPairing(winner, outcome.order.at(i), substance);
        const auto round = countVote(input.votes.at(i - 1), yes, no, input, entitled, input.majority);
        if (!round)
            return Failure{round.error()};
        outcome.rounds.append(*round);
        winner = round->result.winner;
    }
    if (waiting) {
        outcome.pending = true;
        return outcome;
    }
    outcome.adopted = winner;
    const auto adopted = std::find_if(input.proposals.cbegin(), input.proposals.cend(),
                                      [&](const Proposal &p) { return p.id == winner; });
    switch (adopted->type) {
    case ProposalType::Base:
        outcome.kind = input.noting                          ? OutcomeKind::Noted
            : input.baseAmended || input.baseWithdrawn       ? OutcomeKind::AdoptedAmended
                                                             : OutcomeKind::AdoptedAsProposed;
        break;
    case ProposalType::Rejection:
        outcome.kind = OutcomeKind::Rejected;
        break;
    default:
        outcome.kind = OutcomeKind::AdoptedCounter;
        break;
    }
    return outcome;
}

QList<Voting::Proposal> substance(const Input &input)
{
    QList<Voting::Proposal> result;
    for (const Proposal &proposal : input.proposals) {
        if (proposal.type == ProposalType::Base)
            result.append({proposal.id, Voting::ProposalKind::Base, 0});
        else if (!proposal.seconders.isEmpty() && proposal.type != ProposalType::Tabling
                 && proposal.type != ProposalType::Return)
            result.append({proposal.id, votingKind(proposal.type), proposal.divergence});
    }
    return result;
}

std::optional<NextVote> nextVote(const Input &input, const Outcome &outcome)
{
    if (!outcome.pending)
        return std::nullopt;
    QList<const Proposal *> procedural;
    for (const Proposal &proposal : input.proposals) {
        if (!proposal.seconders.isEmpty() && (proposal.type == ProposalType::Tabling || proposal.type == ProposalType::Return))
            procedural.append(&proposal);
    }
    std::stable_sort(procedural.begin(), procedural.end(), [](const Proposal *a, const Proposal *b) {
        return a->type == ProposalType::Tabling && b->type == ProposalType::Return;
    });
    for (const Proposal *proposal : std::as_const(procedural)) {
        const bool voted = std::any_of(input.proceduralVotes.cbegin(), input.proceduralVotes.cend(),
                                       [&](const VoteRecord &v) { return v.on == proposal->id; });
        if (!voted)
            return NextVote{proposal->id, QStringLiteral("continue"), proposal->id, 0};
    }
    const qsizetype next = outcome.rounds.size() + 1;
    if (next >= outcome.order.size())
        return std::nullopt;
    const QString winner = outcome.rounds.isEmpty() ? outcome.order.first() : outcome.rounds.last().result.winner;
    const auto [yes, no] = Voting::nextPairing(winner, outcome.order.at(next), substance(input));
    return NextVote{QString(), yes, no, int(next)};
}

} // namespace ItemDecision
