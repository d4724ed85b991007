#include <catch2/catch.hpp>

#include "testsupport.h"

#include "procedure/attendance.h"
#include "procedure/election.h"
#include "procedure/itemdecision.h"
#include "procedure/lot.h"
#include "procedure/quorum.h"
#include "procedure/voting.h"

#include <QSet>

using namespace Voting;

TEST_CASE("Quorum: two thirds for the council, more than half elsewhere", "[procedure][quorum]")
{
    // Council of 27: two thirds is 18 exactly.
    CHECK(Quorum::requiredFor(QuorumRule::TwoThirds, 27) == 18);
    // Council of 43: 2·43/3 = 28.67, so at least 29.
    CHECK(Quorum::requiredFor(QuorumRule::TwoThirds, 43) == 29);
    // Board of 9: more than 4.5, so 5; of 8: more than 4, so 5; of 11: 6.
    CHECK(Quorum::requiredFor(QuorumRule::MoreThanHalf, 9) == 5);
    CHECK(Quorum::requiredFor(QuorumRule::MoreThanHalf, 8) == 5);
    CHECK(Quorum::requiredFor(QuorumRule::MoreThanHalf, 11) == 6);
    CHECK(Quorum::of(QuorumRule::TwoThirds, 27, 18).reached());
    CHECK_FALSE(Quorum::of(QuorumRule::TwoThirds, 27, 17).reached());
    CHECK_FALSE(Quorum::of(QuorumRule::MoreThanHalf, 8, 4).reached());
}

TEST_CASE("The model voting order with three counter-proposals and a rejection", "[procedure][voting]")
{
    // The chair judges A furthest from the base proposal, then C, then B.
    const QList<Proposal> proposals{{QStringLiteral("base"), ProposalKind::Base, 0},
                                    {QStringLiteral("A"), ProposalKind::Counter, 3},
                                    {QStringLiteral("B"), ProposalKind::Counter, 1},
                                    {QStringLiteral("C"), ProposalKind::Counter, 2},
                                    {QStringLiteral("R"), ProposalKind::Rejection, 0}};
    // A and C first, the winner against B, the winner against the base
    // proposal, and the rejection proposal last.
    const auto order = modelOrder(proposals);
    REQUIRE(order.ok());
    CHECK(*order == QStringList{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B"),
                                QStringLiteral("base"), QStringLiteral("R")});
    CHECK(checkOrder(proposals, *order).ok());

    // Nine members vote. Round 1, C (JAA) against A (EI): 5–4, C wins.
    // Round 2, B (JAA) against C (EI): 3–6, C. Round 3, base (JAA) against
    // C (EI): 5–4, base. Round 4, base (JAA) against R (EI): 7–2, base.
    const int counts[4][2] = {{5, 4}, {3, 6}, {5, 4}, {7, 2}};
    QString winner = order->first();
    QStringList pairings;
    for (int i = 1; i < order->size(); ++i) {
        const auto [yes, no] = nextPairing(winner, order->at(i), proposals);
        pairings << yes + QLatin1Char('/') + no;
        Round round;
        round.yesProposal = yes;
        round.noProposal = no;
        round.yes = counts[i - 1][0];
        round.no = counts[i - 1][1];
        const auto result = count(round);
        REQUIRE(result.ok());
        winner = result->winner;
    }
    CHECK(pairings == QStringList{QStringLiteral("C/A"), QStringLiteral("B/C"), QStringLiteral("base/C"),
                                  QStringLiteral("base/R")});
    CHECK(winner == QStringLiteral("base"));

    // The chair may change the order, within the rules.
    CHECK(checkOrder(proposals, {QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("base"),
                                 QStringLiteral("R")})
              .ok());
    CHECK(checkOrder(proposals, {QStringLiteral("R"), QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B"),
                                 QStringLiteral("base")})
              .error()
              .contains(QStringLiteral("voted on last")));
    CHECK(checkOrder(proposals, {QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("base"), QStringLiteral("R")})
              .error()
              .contains(QStringLiteral("exactly once")));
}

TEST_CASE("Only a base proposal needs no vote, a single counter-proposal meets it directly", "[procedure][voting]")
{
    CHECK(required(modelOrder({{QStringLiteral("base"), ProposalKind::Base, 0}})).isEmpty());
    CHECK(required(modelOrder({{QStringLiteral("base"), ProposalKind::Base, 0},
                               {QStringLiteral("V"), ProposalKind::Counter, 0}}))
          == QStringList{QStringLiteral("V"), QStringLiteral("base")});
    CHECK_THAT(refusal(modelOrder({{QStringLiteral("V"), ProposalKind::Counter, 0}})),
               Catch::Contains("A vote needs the base proposal"));
}

TEST_CASE("A roll call counts each member's ballot, a tie is decided by the chair's vote", "[procedure][voting]")
{
    Round round;
    round.yesProposal = QStringLiteral("base");
    round.noProposal = QStringLiteral("virtanen");
    // Nine members: 4 JAA, 4 EI, one blank; the chair voted EI.
    round.ballots = {{QStringLiteral("Aho"), Ballot::Yes},     {QStringLiteral("Berg"), Ballot::Yes},
                     {QStringLiteral("Carlsson"), Ballot::Yes}, {QStringLiteral("Dahl"), Ballot::Yes},
                     {QStringLiteral("Eklund"), Ballot::No},    {QStringLiteral("Forsman"), Ballot::No},
                     {QStringLiteral("Grönroos"), Ballot::No},  {QStringLiteral("Heikkilä"), Ballot::No},
                     {QStringLiteral("Ilola"), Ballot::Blank}};
    round.chairBallot = Ballot::No;
    const auto result = count(round);
    REQUIRE(result.ok());
    CHECK(result->yes == 4);
    CHECK(result->no == 4);
    CHECK(result->blank == 1);
    CHECK(result->winner == QStringLiteral("virtanen"));
    CHECK(result->decidedBy == DecidedBy::ChairsVote);

    round.chairBallot = Ballot::Blank;
    const auto undecided = count(round);
    REQUIRE_FALSE(undecided.ok());
    CHECK(undecided.error().contains(QStringLiteral("tied 4–4")));
}

TEST_CASE("A qualified majority of two thirds of the votes cast", "[procedure][voting]")
{
    Round round;
    round.yesProposal = QStringLiteral("base");
    round.noProposal = QStringLiteral("hylkäys");
    const MajorityRule twoThirds{2, 3, QStringLiteral("base")};
    // 12 of 18 cast is exactly two thirds: 12·3 = 36 ≥ 18·2 = 36. Blank votes are not cast votes.
    round.yes = 12;
    round.no = 6;
    round.blank = 3;
    CHECK(required(count(round, twoThirds)).winner == QStringLiteral("base"));
    // 11 of 17: 33 < 34, so the base proposal falls even though it has the majority.
    round.yes = 11;
    const auto short_ = required(count(round, twoThirds));
    CHECK(short_.winner == QStringLiteral("hylkäys"));
    CHECK(short_.decidedBy == DecidedBy::QualifiedMajorityNotReached);
}

TEST_CASE("Lots are reproducible from their seed", "[procedure][lot]")
{
    // A recorded lot must redraw the same in every later version and on any
    // platform. The expected draws were worked out from the documented
    // algorithm, not by this code: tests/data/lots/lots.py.
    CHECK(Lot::draw(42, 5) == 2);
    CHECK(Lot::order(7, 4) == QList<int>{3, 1, 2, 0});
    // Seed 4's first two outputs, 4153361530 and 3868139694, lie above the
    // last whole multiple of 1 500 000 000 (2 999 999 999) and are drawn again.
    CHECK(Lot::draw(4, 1500000000) == 850344631);
    // Over many seeds each alternative wins sometimes.
    QSet<int> winners;
    for (quint32 seed = 0; seed < 64; ++seed)
        winners.insert(Lot::draw(seed, 3));
    CHECK(winners.size() == 3);
}

TEST_CASE("A majority election with a tie at the last seat is decided by lot", "[procedure][election]")
{
    // Two seats. Aho 5 is elected; Berg and Carlsson tie on 3 for the second seat.
    const QList<Election::Candidate> candidates{{QStringLiteral("Aho"), 5},
                                                {QStringLiteral("Berg"), 3},
                                                {QStringLiteral("Carlsson"), 3},
                                                {QStringLiteral("Dahl"), 1}};
    // The lot's first drawn is elected: Lot::order(seed, 2) is {1, 0} for
    // seed 1 and {0, 1} for seeds 2–4 (tests/data/lots/lots.py).
    const std::pair<quint32, const char *> draws[] = {{1, "Carlsson"}, {2, "Berg"}, {3, "Berg"}, {4, "Berg"}};
    for (const auto &[seed, drawn] : draws) {
        const auto result = Election::majority(candidates, 2, seed);
        REQUIRE(result.ok());
        REQUIRE(result->lots.size() == 1);
        const Election::LotDraw &lot = result->lots.first();
        CHECK(lot.tied == QStringList{QStringLiteral("Berg"), QStringLiteral("Carlsson")});
        CHECK(lot.seed == seed);
        CHECK(lot.order.first() == QLatin1String(drawn));
        CHECK(result->elected == QStringList{QStringLiteral("Aho"), QLatin1String(drawn)});
    }
    // No tie at the last seat: no lot.
    const auto clear = required(Election::majority(candidates, 1, 9));
    CHECK(clear.elected == QStringList{QStringLiteral("Aho")});
    CHECK(clear.lots.isEmpty());
    CHECK(Election::majority(candidates, 0, 1).error().contains(QStringLiteral("at least one seat")));
}

TEST_CASE("A proportional election with three lists", "[procedure][election]")
{
    // Three seats. Comparison numbers, votes ÷ place on the list:
    //   list A, 10 votes: Aho 10, Berg 5, Carlsson 3.33
    //   list B,  7 votes: Dahl 7, Eklund 3.5
    //   list C,  4 votes: Forsman 4
    // Highest three: Aho 10, Dahl 7, Berg 5.
    const QList<Election::CandidateList> lists{
        {QStringLiteral("A"), {QStringLiteral("Aho"), QStringLiteral("Berg"), QStringLiteral("Carlsson")}, 10},
        {QStringLiteral("B"), {QStringLiteral("Dahl"), QStringLiteral("Eklund")}, 7},
        {QStringLiteral("C"), {QStringLiteral("Forsman")}, 4}};
    const auto result = Election::proportional(lists, 3, 1);
    REQUIRE(result.ok());
    CHECK(result->elected == QStringList{QStringLiteral("Aho"), QStringLiteral("Dahl"), QStringLiteral("Berg")});
    CHECK(result->lots.isEmpty());
    REQUIRE(result->numbers.size() == 6);
    CHECK(result->numbers.at(3).candidate == QStringLiteral("Forsman"));
    CHECK(result->numbers.at(4).candidate == QStringLiteral("Eklund"));
    CHECK(result->numbers.at(4).value() == Approx(3.5));
    CHECK(result->numbers.at(5).value() == Approx(10.0 / 3));

    // Two seats, lists of 6 and 3 votes: Aho 6, then Berg 6/2 = 3 ties with
    // Dahl 3/1 = 3 for the second seat, and the lot decides.
    const auto tie = Election::proportional({{QStringLiteral("A"), {QStringLiteral("Aho"), QStringLiteral("Berg")}, 6},
                                             {QStringLiteral("B"), {QStringLiteral("Dahl")}, 3}},
                                            2, 11);
    REQUIRE(tie.ok());
    REQUIRE(tie->lots.size() == 1);
    CHECK(tie->lots.first().tied == QStringList{QStringLiteral("Berg"), QStringLiteral("Dahl")});
    // Lot::order(11, 2) is {1, 0}: Dahl, then Berg (tests/data/lots/lots.py).
    CHECK(tie->lots.first().order == QStringList{QStringLiteral("Dahl"), QStringLiteral("Berg")});
    CHECK(tie->elected == QStringList{QStringLiteral("Aho"), QStringLiteral("Dahl")});

    CHECK(Election::proportional({{QStringLiteral("A"), {QStringLiteral("Aho")}, 3},
                                  {QStringLiteral("B"), {QStringLiteral("Aho")}, 2}},
                                 1, 1)
              .error()
              .contains(QStringLiteral("two lists")));
}

TEST_CASE("Enough present members' demand makes an election proportional", "[procedure][election]")
{
    // 27 present, 5 seats: 27 ÷ 6 = 4.5, rounded up 5.
    CHECK(Election::proportionalDemandThreshold(27, 5) == 5);
    // 9 present, 3 seats: 9 ÷ 4 = 2.25 → 3; 8 present: 2.
    CHECK(Election::proportionalDemandThreshold(9, 3) == 3);
    CHECK(Election::proportionalDemandThreshold(8, 3) == 2);
}

namespace {

// A board of nine: members 1…9, each with personal deputy 11…19.
Attendance::Record boardOfNine()
{
    Attendance::Record record;
    for (qint64 member = 1; member <= 9; ++member)
        record.seats.append({member, member + 10});
    return record;
}

QList<qint64> sorted(QList<qint64> list)
{
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

TEST_CASE("Quorum is lost mid-meeting through departures and disqualifications", "[procedure][attendance]")
{
    using namespace Attendance;
    Record record = boardOfNine();
    // Members 1–5 are present, and deputy 16 in member 6's seat: 6 of 9, quorum 5.
    record.presentAtOpening = {1, 2, 3, 4, 5, 16};
    record.moves = {{2, Movement::Leaves, 2, QTime(16, 40)},   // member 2 leaves during item 2
                    {12, Movement::Arrives, 4, QTime(17, 5)},  // deputy 12 arrives during item 4
                    {5, Movement::Leaves, 5, QTime(17, 30)},   // member 5 leaves during item 5
                    {2, Movement::Arrives, 6, QTime(17, 45)}}; // member 2 returns during item 6
    record.disqualifications = {{3, 3, QStringLiteral("HL 28 § 1 mom. 1 k (asianosainen)")},
                                {4, 5, QStringLiteral("HL 28 § 1 mom. 5 k (yhteisöjäävi)")}};
    const auto items = evaluate(record, QuorumRule::MoreThanHalf, 6);
    INFO(items.error().toStdString());
    REQUIRE(items.ok());
    REQUIRE(items->size() == 6);
    // Item 1: 1, 2, 3, 4, 5 and 16 for 6 → 6 ≥ 5.
    CHECK(sorted(items->at(0).entitled) == QList<qint64>{1, 2, 3, 4, 5, 16});
    CHECK(items->at(0).deputyFor.value(16) == 6);
    CHECK(items->at(0).quorum.reached());
    // Item 2: member 2 left during it → 1, 3, 4, 5, 16 → 5 ≥ 5.
    CHECK(items->at(1).quorum.present == 5);
    CHECK(items->at(1).quorum.reached());
    // Item 3: member 3 is disqualified and deputy 13 is not there → 4 < 5: no quorum.
    CHECK(items->at(2).disqualified == QList<qint64>{3});
    CHECK(items->at(2).quorum.present == 4);
    CHECK_FALSE(items->at(2).quorum.reached());
    // Item 4: deputy 12 takes member 2's seat → 1, 3, 4, 5, 12, 16 → 6.
    CHECK(sorted(items->at(3).entitled) == QList<qint64>{1, 3, 4, 5, 12, 16});
    CHECK(items->at(3).quorum.reached());
    // Item 5: member 5 left, member 4 disqualified → 1, 3, 12, 16 → 4 < 5.
    CHECK(sorted(items->at(4).entitled) == QList<qint64>{1, 3, 12, 16});
    CHECK_FALSE(items->at(4).quorum.reached());
    // Item 6: member 2 is back and takes the seat from deputy 12 → 1, 2, 3, 4, 16 → 5.
    CHECK(sorted(items->at(5).entitled) == QList<qint64>{1, 2, 3, 4, 16});
    CHECK_FALSE(items->at(5).deputyFor.contains(12));
    CHECK(items->at(5).quorum.reached());
}

TEST_CASE("A disqualified member's deputy takes the seat for that item", "[procedure][attendance]")
{
    using namespace Attendance;
    Record record = boardOfNine();
    record.presentAtOpening = {1, 2, 3, 4, 13};
    record.disqualifications = {{3, 1, QStringLiteral("HL 28 § 1 mom. 2 k (edustusjäävi)")}};
    // Item 1: member 3 disqualified, deputy 13 sits instead: 1, 2, 4, 13 → 4 of 9, no quorum.
    // Item 2: member 3 back in the seat: 1, 2, 3, 4 → 4, no quorum either.
    const auto items = evaluate(record, QuorumRule::MoreThanHalf, 2);
    REQUIRE(items.ok());
    CHECK(sorted(items->at(0).entitled) == QList<qint64>{1, 2, 4, 13});
    CHECK(sorted(items->at(1).entitled) == QList<qint64>{1, 2, 3, 4});
}

TEST_CASE("Impossible attendance records are refused", "[procedure][attendance][bad-input]")
{
    using namespace Attendance;
    Record record = boardOfNine();
    record.presentAtOpening = {1, 2, 3, 4, 5};
    auto error = [&](const Record &r) { return evaluate(r, QuorumRule::MoreThanHalf, 3).error(); };

    Record leavesAway = record;
    leavesAway.moves = {{7, Movement::Leaves, 1, QTime(16, 10)}};
    CHECK(error(leavesAway).contains(QStringLiteral("leaves during item 1 but is not present")));

    Record arrivesTwice = record;
    arrivesTwice.moves = {{1, Movement::Arrives, 2, QTime(16, 20)}};
    CHECK(error(arrivesTwice).contains(QStringLiteral("already present")));

    Record stranger = record;
    stranger.moves = {{99, Movement::Arrives, 1, QTime(16, 5)}};
    CHECK(error(stranger).contains(QStringLiteral("holds no seat")));

    Record absentDisqualified = record;
    absentDisqualified.disqualifications = {{8, 2, QStringLiteral("HL 28 §")}};
    CHECK(error(absentDisqualified).contains(QStringLiteral("disqualified in item 2 but is not present")));

    Record noGround = record;
    noGround.disqualifications = {{1, 2, QString()}};
    CHECK(error(noGround).contains(QStringLiteral("needs its ground")));

    Record outOfOrder = record;
    outOfOrder.moves = {{1, Movement::Leaves, 3, QTime(17, 0)}, {2, Movement::Leaves, 2, QTime(16, 30)}};
    CHECK(error(outOfOrder).contains(QStringLiteral("not in the order of the agenda")));

    Record beyond = record;
    beyond.moves = {{1, Movement::Leaves, 7, QTime(17, 0)}};
    CHECK(error(beyond).contains(QStringLiteral("item 7, which is not on the agenda")));
}

namespace {

// Seven entitled members 1…7; member 1 chairs.
ItemDecision::Input sevenMembers()
{
    ItemDecision::Input input;
    input.presence.entitled = {1, 2, 3, 4, 5, 6, 7};
    input.chair = 1;
    input.proposals = {{QStringLiteral("base"), ProposalType::Base, 0, {}, QStringLiteral("Pohjaehdotus"), 0}};
    return input;
}

ItemDecision::VoteRecord rollCall(std::initializer_list<std::pair<qint64, Voting::Ballot>> ballots)
{
    ItemDecision::VoteRecord vote;
    for (const auto &[member, ballot] : ballots)
        vote.ballots.insert(member, ballot);
    return vote;
}

ItemDecision::VoteRecord counted(int yes, int no, int blank = 0)
{
    ItemDecision::VoteRecord vote;
    vote.yes = yes;
    vote.no = no;
    vote.blank = blank;
    return vote;
}

} // namespace

TEST_CASE("An unseconded proposal lapses and the base proposal stands", "[procedure][decision]")
{
    auto input = sevenMembers();
    input.proposals.append({QStringLiteral("virtanen"), ProposalType::Counter, 3, {}, QStringLiteral("Hylätään"), 0});
    const auto outcome = ItemDecision::decide(input);
    REQUIRE(outcome.ok());
    CHECK(outcome->lapsed == QStringList{QStringLiteral("virtanen")});
    CHECK(outcome->order.isEmpty());
    CHECK(outcome->adopted == QStringLiteral("base"));
    CHECK(outcome->kind == ItemDecision::OutcomeKind::AdoptedAsProposed);
    input.noting = true;
    CHECK(required(ItemDecision::decide(input)).kind == ItemDecision::OutcomeKind::Noted);
    // Voting on the lapsed proposal is impossible.
    input.votingOrder = {QStringLiteral("virtanen"), QStringLiteral("base")};
    input.votes = {counted(3, 4)};
    CHECK(ItemDecision::decide(input).error().contains(QStringLiteral("lapsed")));
}

TEST_CASE("Tabling is decided first, adopted, it ends the handling", "[procedure][decision]")
{
    auto input = sevenMembers();
    input.proposals.append({QStringLiteral("laine"), ProposalType::Counter, 2, {4}, QStringLiteral("Toisin"), 1});
    input.proposals.append({QStringLiteral("pöydälle"), ProposalType::Tabling, 5, {6}, QString(), 0});
    // Continue (JAA) 3, table (EI) 4: tabled; the counter-proposal is never voted on.
    input.proceduralVotes = {counted(3, 4)};
    input.proceduralVotes.first().on = QStringLiteral("pöydälle");
    const auto outcome = ItemDecision::decide(input);
    INFO(outcome.error().toStdString());
    REQUIRE(outcome.ok());
    CHECK(outcome->kind == ItemDecision::OutcomeKind::Tabled);
    CHECK(outcome->adopted.isEmpty());
    REQUIRE(outcome->procedural.size() == 1);
    CHECK(outcome->procedural.first().result.winner == QStringLiteral("pöydälle"));
    CHECK(outcome->rounds.isEmpty());
    // Once tabled, no vote on the substance can follow.
    input.votes = {counted(4, 3)};
    CHECK(ItemDecision::decide(input).error().contains(QStringLiteral("no further votes")));
    // Tabling rejected 5–2: the substance is voted on, base (JAA) against Laine (EI): 4–3.
    input.proceduralVotes = {counted(5, 2)};
    input.proceduralVotes.first().on = QStringLiteral("pöydälle");
    const auto handled = ItemDecision::decide(input);
    REQUIRE(handled.ok());
    CHECK(handled->order == QStringList{QStringLiteral("laine"), QStringLiteral("base")});
    CHECK(handled->adopted == QStringLiteral("base"));
    // A seconded tabling proposal without its vote cannot be passed over.
    input.proceduralVotes.clear();
    CHECK(ItemDecision::decide(input).error().contains(QStringLiteral("must vote on it before")));
}

TEST_CASE("A roll call over three counter-proposals, with a tie decided by the chair", "[procedure][decision]")
{
    using Voting::Ballot;
    auto input = sevenMembers();
    input.proposals.append({QStringLiteral("A"), ProposalType::Counter, 2, {3}, QStringLiteral("A"), 3});
    input.proposals.append({QStringLiteral("B"), ProposalType::Counter, 4, {5}, QStringLiteral("B"), 1});
    input.proposals.append({QStringLiteral("C"), ProposalType::Counter, 6, {7, 2}, QStringLiteral("C"), 2});
    // Model order: A, C, B, base.
    // Round 1, C (JAA) v A (EI): 3 JAA (1, 6, 7), 3 EI (2, 3, 4), 1 blank (5) → tie; the chair (1) voted JAA → C.
    // Round 2, B (JAA) v C (EI): 2 JAA (4, 5), 5 EI → C.
    // Round 3, base (JAA) v C (EI): 3 JAA (1, 4, 5), 4 EI (2, 3, 6, 7) → C is adopted.
    input.votes = {rollCall({{1, Ballot::Yes}, {2, Ballot::No}, {3, Ballot::No}, {4, Ballot::No}, {5, Ballot::Blank},
                             {6, Ballot::Yes}, {7, Ballot::Yes}}),
                   rollCall({{1, Ballot::No}, {2, Ballot::No}, {3, Ballot::No}, {4, Ballot::Yes}, {5, Ballot::Yes},
                             {6, Ballot::No}, {7, Ballot::No}}),
                   rollCall({{1, Ballot::Yes}, {2, Ballot::No}, {3, Ballot::No}, {4, Ballot::Yes}, {5, Ballot::Yes},
                             {6, Ballot::No}, {7, Ballot::No}})};
    const auto outcome = ItemDecision::decide(input);
    INFO(outcome.error().toStdString());
    REQUIRE(outcome.ok());
    CHECK(outcome->order == QStringList{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B"),
                                        QStringLiteral("base")});
    REQUIRE(outcome->rounds.size() == 3);
    CHECK(outcome->rounds.at(0).result.decidedBy == Voting::DecidedBy::ChairsVote);
    CHECK(outcome->rounds.at(0).result.winner == QStringLiteral("C"));
    CHECK(outcome->rounds.at(1).result.yes == 2);
    CHECK(outcome->rounds.at(2).result.no == 4);
    CHECK(outcome->adopted == QStringLiteral("C"));
    CHECK(outcome->kind == ItemDecision::OutcomeKind::AdoptedCounter);
}

TEST_CASE("Impossible proceedings are refused with a clear message", "[procedure][decision][bad-input]")
{
    using Voting::Ballot;
    auto base = sevenMembers();
    base.proposals.append({QStringLiteral("V"), ProposalType::Counter, 2, {3}, QString(), 0});
    base.votes = {counted(4, 3)};
    REQUIRE(ItemDecision::decide(base).ok());

    auto own = base;
    own.proposals.last().seconders = {2};
    CHECK(ItemDecision::decide(own).error().contains(QStringLiteral("cannot second their own")));
    auto twice = base;
    twice.proposals.last().seconders = {3, 3};
    CHECK(ItemDecision::decide(twice).error().contains(QStringLiteral("a second time")));
    auto absentSeconder = base;
    absentSeconder.proposals.last().seconders = {9};
    CHECK(ItemDecision::decide(absentSeconder).error().contains(QStringLiteral("not present and entitled")));
    auto absentVoter = base;
    absentVoter.votes = {rollCall({{1, Ballot::Yes}, {2, Ballot::No}, {3, Ballot::No}, {4, Ballot::Yes},
                                   {5, Ballot::Yes}, {6, Ballot::No}, {7, Ballot::Yes}, {9, Ballot::No}})};
    CHECK(ItemDecision::decide(absentVoter).error().contains(QStringLiteral("Person 9 voted")));
    auto missing = base;
    missing.votes = {rollCall({{1, Ballot::Yes}, {2, Ballot::No}, {3, Ballot::No}})};
    CHECK(ItemDecision::decide(missing).error().contains(QStringLiteral("has no ballot of person 4")));
    auto tooMany = base;
    tooMany.votes = {counted(4, 3), counted(4, 3)};
    CHECK(ItemDecision::decide(tooMany).error().contains(QStringLiteral("needs 1 round(s)")));
    auto overcounted = base;
    overcounted.votes = {counted(5, 3)};
    CHECK(ItemDecision::decide(overcounted).error().contains(QStringLiteral("only 7 members")));
    auto countTie = base;
    countTie.votes = {counted(3, 3, 1)};
    CHECK(ItemDecision::decide(countTie).error().contains(QStringLiteral("tied 3–3")));
    // The base proposal entering the vote is JAA and V is EI: the chair's EI gives it to V.
    countTie.votes.first().chairBallot = Ballot::No;
    CHECK(required(ItemDecision::decide(countTie)).adopted == QStringLiteral("V"));
    countTie.votes.first().chairBallot = Ballot::Yes;
    CHECK(required(ItemDecision::decide(countTie)).adopted == QStringLiteral("base"));
}

TEST_CASE("A body may vote on counter-proposals in the order they were made", "[procedure][voting]")
{
    const QList<Proposal> proposals{{QStringLiteral("base"), ProposalKind::Base, 0},
                                    {QStringLiteral("A"), ProposalKind::Counter, 1},
                                    {QStringLiteral("B"), ProposalKind::Counter, 3},
                                    {QStringLiteral("C"), ProposalKind::Counter, 2}};
    // Most divergent first: B (3), C (2), A (1); as presented: A, B, C.
    CHECK(*modelOrder(proposals) == QStringList{QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("A"),
                                                QStringLiteral("base")});
    CHECK(*modelOrder(proposals, VotingOrderModel::AsPresented)
          == QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("base")});
}

TEST_CASE("While votes are pending, the next vote is the procedural one, then each round in order", "[procedure][decision]")
{
    auto input = sevenMembers();
    input.requireComplete = false;
    input.proposals.append({QStringLiteral("A"), ProposalType::Counter, 2, {3}, QStringLiteral("A"), 1});
    input.proposals.append({QStringLiteral("B"), ProposalType::Counter, 4, {5}, QStringLiteral("B"), 2});
    input.proposals.append({QStringLiteral("pöydälle"), ProposalType::Tabling, 6, {7}, QString(), 0});
    input.proposals.append({QStringLiteral("hylkäys"), ProposalType::Rejection, 4, {}, QString(), 0});
    auto next = [&] { return ItemDecision::nextVote(input, required(ItemDecision::decide(input))); };
    // The tabling proposal comes first: continue (JAA) against tabling (EI).
    auto vote = next();
    REQUIRE(vote.has_value());
    CHECK(vote->on == QStringLiteral("pöydälle"));
    CHECK(vote->yesProposal == QStringLiteral("continue"));
    CHECK(vote->noProposal == QStringLiteral("pöydälle"));
    input.proceduralVotes = {counted(5, 2)};
    input.proceduralVotes.first().on = QStringLiteral("pöydälle");
    // The lapsed rejection is not voted on; B diverges most: A (JAA) against B (EI).
    vote = next();
    REQUIRE(vote.has_value());
    CHECK(vote->on.isEmpty());
    CHECK(vote->round == 1);
    CHECK(vote->yesProposal == QStringLiteral("A"));
    CHECK(vote->noProposal == QStringLiteral("B"));
    input.votes = {counted(2, 5)};
    // B won; the base proposal (JAA) against B (EI) last.
    vote = next();
    REQUIRE(vote.has_value());
    CHECK(vote->round == 2);
    CHECK(vote->yesProposal == QStringLiteral("base"));
    CHECK(vote->noProposal == QStringLiteral("B"));
    input.votes.append(counted(4, 3));
    const auto done = required(ItemDecision::decide(input));
    CHECK_FALSE(done.pending);
    CHECK(done.adopted == QStringLiteral("base"));
    CHECK_FALSE(ItemDecision::nextVote(input, done).has_value());
    // A changed order is followed.
    input.votes.clear();
    input.votingOrder = {QStringLiteral("B"), QStringLiteral("A"), QStringLiteral("base")};
    vote = next();
    REQUIRE(vote.has_value());
    CHECK(vote->yesProposal == QStringLiteral("A"));
    CHECK(vote->noProposal == QStringLiteral("B"));
}
