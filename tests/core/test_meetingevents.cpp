#include <catch2/catch.hpp>

#include "testsupport.h"

#include "procedure/meetingevents.h"

// The event as docs/procedure.md writes it, with persons by id.
#define CHECK_EVENT(built, json) CHECK(compactJson(built) == compactJson(jsonObject(json)))

TEST_CASE("Each event builder writes the event as documented", "[record][events]")
{
    using namespace MeetingEvents;
    CHECK_EVENT(open(QDateTime(QDate(2026, 12, 14), QTime(16, 3))), R"({"type": "open", "at": "2026-12-14T16:03"})");
    CHECK_EVENT(close(QDateTime(QDate(2026, 12, 15), QTime(0, 5))), R"({"type": "close", "at": "2026-12-15T00:05"})");
    CHECK_EVENT(attendance({1, 2}, {{3, 13}}, {{QStringLiteral("Jorma Räsänen"), QStringLiteral("kunnanjohtaja, esittelijä")}}),
                R"({"type": "attendance", "present": [1, 2], "deputies": [{"person": 13, "for": 3}],
                    "others": [{"name": "Jorma Räsänen", "role": "kunnanjohtaja, esittelijä"}]})");
    CHECK_EVENT(attendance({1, 2}, {}), R"({"type": "attendance", "present": [1, 2], "deputies": []})");
    CHECK_EVENT(move({2, Attendance::Movement::Arrives, 2, QTime(16, 20)}),
                R"({"type": "arrive", "person": 2, "item": 2, "at": "16:20"})");
    CHECK_EVENT(move({3, Attendance::Movement::Leaves, 7, QTime(17, 10)}),
                R"({"type": "leave", "person": 3, "item": 7, "at": "17:10"})");
    CHECK_EVENT(attendance({1, 2}, {{3, 13}}, {}, {2, 13}),
                R"({"type": "attendance", "present": [1, 2], "deputies": [{"person": 13, "for": 3}], "remote": [2, 13]})");
    CHECK_EVENT(move({2, Attendance::Movement::Arrives, 2, QTime(16, 20), true}),
                R"({"type": "arrive", "person": 2, "item": 2, "at": "16:20", "remote": true})");
    CHECK_EVENT(move({2, Attendance::Movement::Switches, 3, QTime(16, 45), false}),
                R"({"type": "participation", "person": 2, "item": 3, "at": "16:45", "remote": false})");
    CHECK_EVENT(move({2, Attendance::Movement::Switches, 4, QTime(17, 0), true}),
                R"({"type": "participation", "person": 2, "item": 4, "at": "17:00", "remote": true})");
    CHECK_EVENT(temporaryChair(6, 3), R"({"type": "temporary-chair", "item": 6, "person": 3})");
    CHECK_EVENT(disqualified({2, 4, QStringLiteral("HL 28 § 1 mom. 1 k")}),
                R"({"type": "disqualified", "person": 2, "item": 4, "ground": "HL 28 § 1 mom. 1 k"})");
    CHECK_EVENT(proposal(5, QStringLiteral("berg"), ProposalType::Counter, 2, QStringLiteral("asia hylätään"), 1),
                R"({"type": "proposal", "item": 5, "id": "berg", "kind": "counter", "by": 2,
                    "text": "asia hylätään", "divergence": 1})");
    CHECK_EVENT(proposal(5, QStringLiteral("c"), ProposalType::Rejection, 3, QStringLiteral("hylätään"), 0),
                R"({"type": "proposal", "item": 5, "id": "c", "kind": "rejection", "by": 3, "text": "hylätään",
                    "divergence": 0})");
    CHECK_EVENT(proposal(8, QStringLiteral("pöydälle"), ProposalType::Tabling, 3),
                R"({"type": "proposal", "item": 8, "id": "pöydälle", "kind": "tabling", "by": 3})");
    CHECK_EVENT(proposal(8, QStringLiteral("palautus"), ProposalType::Return, 2),
                R"({"type": "proposal", "item": 8, "id": "palautus", "kind": "return", "by": 2})");
    CHECK_EVENT(second(5, QStringLiteral("berg"), 3), R"({"type": "second", "item": 5, "proposal": "berg", "by": 3})");
    CHECK_EVENT(order(5, {QStringLiteral("berg"), QStringLiteral("base")}),
                R"({"type": "order", "item": 5, "order": ["berg", "base"]})");

    ItemDecision::VoteRecord rollCall;
    rollCall.ballots = {{1, Voting::Ballot::Yes}, {2, Voting::Ballot::No}, {3, Voting::Ballot::Blank},
                        {13, Voting::Ballot::Absent}};
    CHECK_EVENT(vote(5, rollCall),
                R"({"type": "vote", "item": 5, "ballots": {"1": "JAA", "2": "EI", "3": "TYHJÄ", "13": "POISSA"}})");
    ItemDecision::VoteRecord count;
    count.yes = 5;
    count.no = 3;
    count.blank = 1;
    count.chairBallot = Voting::Ballot::Yes;
    CHECK_EVENT(vote(6, count), R"({"type": "vote", "item": 6, "yes": 5, "no": 3, "blank": 1, "chair": "JAA"})");
    ItemDecision::VoteRecord procedural;
    procedural.on = QStringLiteral("pöydälle");
    procedural.yes = 4;
    procedural.no = 5;
    CHECK_EVENT(vote(8, procedural), R"({"type": "vote", "item": 8, "on": "pöydälle", "yes": 4, "no": 5, "blank": 0})");

    CHECK_EVENT(majority(9, {2, 3, QStringLiteral("base")}),
                R"({"type": "majority", "item": 9, "numerator": 2, "denominator": 3, "proposal": "base"})");
    CHECK_EVENT(amend(10, QStringLiteral("määräraha on 20 000 euroa")),
                R"({"type": "amend", "item": 10, "text": "määräraha on 20 000 euroa"})");
    CHECK_EVENT(withdraw(13, QStringLiteral("asia merkitään tiedoksi")),
                R"({"type": "withdraw", "item": 13, "text": "asia merkitään tiedoksi"})");
    CHECK_EVENT(noting(11), R"({"type": "noting", "item": 11})");

    MeetingRecord::Election proportional;
    proportional.method = QStringLiteral("proportional");
    proportional.seats = 3;
    proportional.demanded = 5;
    proportional.lists = {{QStringLiteral("A"), {QStringLiteral("Aho"), QStringLiteral("Berg")}, 5}};
    CHECK_EVENT(election(12, proportional),
                R"({"type": "election", "item": 12, "method": "proportional", "seats": 3, "demanded": 5,
                    "lists": [{"name": "A", "candidates": ["Aho", "Berg"], "votes": 5}]})");
    MeetingRecord::Election majority;
    majority.method = QStringLiteral("majority");
    majority.seats = 1;
    majority.candidates = {{QStringLiteral("Kaisa Koivu"), 3}, {QStringLiteral("Lauri Lehto"), 1}};
    majority.seed = 7;
    CHECK_EVENT(election(6, majority),
                R"({"type": "election", "item": 6, "method": "majority", "seats": 1, "seed": 7,
                    "candidates": [{"name": "Kaisa Koivu", "votes": 3}, {"name": "Lauri Lehto", "votes": 1}]})");

    CHECK_EVENT(dissent(5, 2, QStringLiteral("Hanke on kiireellinen.")),
                R"({"type": "dissent", "item": 5, "person": 2, "reasons": "Hanke on kiireellinen."})");
    CHECK_EVENT(dissent(5, 2), R"({"type": "dissent", "item": 5, "person": 2})");
    CHECK_EVENT(minuteCheckers({2, 3}), R"({"type": "minute-checkers", "persons": [2, 3]})");
    CHECK_EVENT(decision(5), R"({"type": "decision", "item": 5})");
}

TEST_CASE("Built events are what the record reads from an events file", "[record][events]")
{
    const MeetingRecord::Setting setting = threeMemberBoard(13);
    // The same meeting written by hand as a file, persons by name, and built.
    const auto read = MeetingRecord::parseFile(QByteArrayLiteral(R"({"events": [
        {"type": "open", "at": "2026-12-14T16:00"},
        {"type": "attendance", "present": ["Anna Aho", "Bo Berg"], "deputies": [{"person": "Fia Fors", "for": "Cilla Carlsson"}]},
        {"type": "proposal", "item": 1, "id": "berg", "kind": "counter", "by": "Bo Berg", "text": "toisin", "divergence": 2},
        {"type": "second", "item": 1, "proposal": "berg", "by": "Fia Fors"},
        {"type": "vote", "item": 1, "ballots": {"Anna Aho": "jaa", "Bo Berg": "EI", "Fia Fors": "ei"}},
        {"type": "decision", "item": 1},
        {"type": "close", "at": "2026-12-14T16:30"}]})"),
                                                 setting);
    INFO(read.error().toStdString());
    REQUIRE(read.ok());
    ItemDecision::VoteRecord vote;
    vote.ballots = {{1, Voting::Ballot::Yes}, {2, Voting::Ballot::No}, {13, Voting::Ballot::No}};
    const QList<QJsonObject> built{
        MeetingEvents::open(QDateTime(QDate(2026, 12, 14), QTime(16, 0))),
        MeetingEvents::attendance({1, 2}, {{3, 13}}),
        MeetingEvents::proposal(1, QStringLiteral("berg"), ProposalType::Counter, 2, QStringLiteral("toisin"), 2),
        MeetingEvents::second(1, QStringLiteral("berg"), 13),
        MeetingEvents::vote(1, vote),
        MeetingEvents::decision(1),
        MeetingEvents::close(QDateTime(QDate(2026, 12, 14), QTime(16, 30)))};
    REQUIRE(read->size() == built.size());
    for (qsizetype i = 0; i < built.size(); ++i) {
        INFO("event " << i);
        CHECK(compactJson(built.at(i)) == compactJson(read->at(i)));
    }
    // A file of built events records as it is: the record's check leaves it unchanged.
    const auto again = MeetingRecord::parseFile(MeetingEvents::file(built), setting);
    REQUIRE(again.ok());
    CHECK(*again == built);
    // Aho's JAA against Berg's and Fors's (in Carlsson's seat) EI: Berg's proposal, 2–1.
    const auto replay = MeetingRecord::replay(setting, built);
    INFO(replay.error().toStdString());
    REQUIRE(replay.ok());
    CHECK(replay->items.first().outcome->adopted == QStringLiteral("berg"));
}

TEST_CASE("Proposal kinds are a coded vocabulary, an event names any kind but the base proposal", "[record][codes]")
{
    CHECK(Codes::all<ProposalType>()
          == QStringList{QStringLiteral("base"), QStringLiteral("counter"), QStringLiteral("rejection"),
                         QStringLiteral("tabling"), QStringLiteral("return")});
    for (const ProposalType type : {ProposalType::Base, ProposalType::Counter, ProposalType::Rejection,
                                    ProposalType::Tabling, ProposalType::Return})
        CHECK(Codes::parse<ProposalType>(Codes::code(type)) == type);
    CHECK_FALSE(Codes::parse<ProposalType>(QStringLiteral("Counter")).has_value());

    const MeetingRecord::Setting setting = threeMemberBoard(13);
    auto proposalOfKind = [&](const char *kind) {
        return MeetingRecord::parseFile(QStringLiteral(R"({"events": [{"type": "open", "at": "16:00"},
            {"type": "attendance", "present": [1, 2]},
            {"type": "proposal", "item": 1, "id": "p", "kind": "%1", "by": 1}]})").arg(QLatin1String(kind)).toUtf8(),
                                        setting);
    };
    const QString kinds = QStringLiteral("the kinds are counter, rejection, tabling, return.");
    CHECK(proposalOfKind("base").error() == QStringLiteral("$.events[2].kind: \"base\" is not a kind of proposal; ") + kinds);
    CHECK(proposalOfKind("veto").error() == QStringLiteral("$.events[2].kind: \"veto\" is not a kind of proposal; ") + kinds);
    // Each kind is read back as its type.
    const auto tabling = proposalOfKind("tabling");
    REQUIRE(tabling.ok());
    const auto replay = MeetingRecord::replay(setting, *tabling);
    INFO(replay.error().toStdString());
    REQUIRE(replay.ok());
    CHECK(replay->items.first().input.proposals.last().type == ProposalType::Tabling);
}
