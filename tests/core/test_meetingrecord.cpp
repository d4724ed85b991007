#include <catch2/catch.hpp>

#include "procedure/meetingrecord.h"

namespace {

// A board of seven: members 1–7 (Mäkelä chairs), personal deputies 11–17.
MeetingRecord::Setting board(int items)
{
    MeetingRecord::Setting setting;
    const char *members[] = {"Aino Mäkelä", "Ville Virtanen", "Leena Laine", "Outi Niemi",
                             "Åsa Åberg",   "Kari Korhonen",  "Sanna Salo"};
    const char *deputies[] = {"Anna Aho",   "Björn Berg",      "Camilla Carlsson", "Dan Dahl",
                              "Eva Eklund", "Fredrik Forsman", "Greta Grönroos"};
    for (int i = 0; i < 7; ++i) {
        setting.seats.append({i + 1, i + 11});
        setting.names.insert(i + 1, QString::fromUtf8(members[i]));
        setting.names.insert(i + 11, QString::fromUtf8(deputies[i]));
    }
    setting.chair = 1;
    setting.items = items;
    setting.day = QDate(2026, 12, 14);
    return setting;
}

Result<MeetingRecord::Replay> run(const QByteArray &json)
{
    const MeetingRecord::Setting setting = board(6);
    const auto events = MeetingRecord::parseFile(json, setting);
    if (!events)
        return Failure{events.error()};
    return MeetingRecord::replay(setting, *events);
}

// Members 1–5 present, Forsman (16) in Korhonen's (6) seat; Salo (7) away.
const QByteArray meeting = QByteArrayLiteral(R"({"events": [
    {"type": "open", "at": "16:02"},
    {"type": "attendance", "present": ["Aino Mäkelä", "Ville Virtanen", "Leena Laine", "Outi Niemi", "Åsa Åberg"],
     "deputies": [{"person": "Fredrik Forsman", "for": "Kari Korhonen"}]},
    {"type": "proposal", "item": 3, "id": "virtanen", "kind": "counter", "by": "Ville Virtanen",
     "text": "hanke siirretään vuodelle 2028"},
    {"type": "second", "item": 3, "proposal": "virtanen", "by": "leena laine"},
    {"type": "proposal", "item": 3, "id": "niemi", "kind": "rejection", "by": 4},
    {"type": "vote", "item": 3, "ballots": {"1": "JAA", "2": "EI", "3": "EI", "4": "JAA", "5": "JAA",
                                            "Fredrik Forsman": "TYHJÄ"}},
    {"type": "dissent", "item": 3, "person": 2, "reasons": "Hanke on kiireellinen."},
    {"type": "leave", "person": "Åsa Åberg", "item": 4, "at": "16:50"},
    {"type": "disqualified", "person": 4, "item": 5, "ground": "HL 28 § 1 mom. 1 k"},
    {"type": "election", "item": 6, "method": "majority", "seats": 1, "seed": 5,
     "candidates": [{"name": "Pirjo Pöyhönen", "votes": 3}, {"name": "Reijo Räsänen", "votes": 2}]},
    {"type": "close", "at": "17:40"}
]})");

} // namespace

TEST_CASE("A meeting's events replay into presence, quorum and outcomes", "[record]")
{
    const auto replay = run(meeting);
    INFO(replay.error().toStdString());
    REQUIRE(replay.ok());
    CHECK(replay->opened);
    // A bare clock time, as older records write it, is on the planned day.
    CHECK(replay->closedAt == QDateTime(QDate(2026, 12, 14), QTime(17, 40)));
    // Items 1–3: members 1–5 and Forsman for Korhonen → 6 of 7; quorum needs 4.
    CHECK(replay->items.at(0).presence.quorum.present == 6);
    CHECK(replay->items.at(0).presence.deputyFor.value(16) == 6);
    CHECK(replay->items.at(0).outcome->kind == ItemDecision::OutcomeKind::AdoptedAsProposed);
    // Item 3: Niemi's rejection is not seconded and lapses. Base (JAA) against
    // Virtanen (EI): JAA Mäkelä, Niemi, Åberg = 3; EI Virtanen, Laine = 2;
    // Forsman blank → the base proposal, 3–2. Virtanen dissents.
    const ItemDecision::Outcome &third = *replay->items.at(2).outcome;
    CHECK(third.lapsed == QStringList{QStringLiteral("niemi")});
    REQUIRE(third.rounds.size() == 1);
    CHECK(third.rounds.first().result.yes == 3);
    CHECK(third.rounds.first().result.no == 2);
    CHECK(third.rounds.first().result.blank == 1);
    CHECK(third.adopted == QStringLiteral("base"));
    CHECK(replay->items.at(2).dissents.first().person == 2);
    // Item 4: Åberg left during it → 5 present.
    CHECK(replay->items.at(3).presence.quorum.present == 5);
    // Item 5: Åberg gone and Niemi disqualified → 4 of 7, still quorum.
    CHECK(replay->items.at(4).presence.quorum.present == 4);
    CHECK(replay->items.at(4).presence.quorum.reached());
    // Item 6: a majority election; Pöyhönen has 3 votes of 5.
    CHECK(replay->items.at(5).electionResult->elected == QStringList{QStringLiteral("Pirjo Pöyhönen")});
}

TEST_CASE("An election's lot keeps its seed", "[record]")
{
    const MeetingRecord::Setting setting = board(1);
    const auto events = MeetingRecord::parseFile(QByteArrayLiteral(R"({"events": [
        {"type": "open", "at": "9:00"}, {"type": "attendance", "present": [1, 2, 3, 4, 5]},
        {"type": "election", "item": 1, "method": "majority", "seats": 1,
         "candidates": [{"name": "A", "votes": 2}, {"name": "B", "votes": 2}, {"name": "C", "votes": 1}]}]})"),
                                                 setting);
    REQUIRE(events.ok());
    // The seed was drawn when the file was read and is kept in the event.
    REQUIRE(events->at(2).contains(QStringLiteral("seed")));
    const auto seed = quint32(events->at(2).value(QStringLiteral("seed")).toInteger());
    const auto first = MeetingRecord::replay(setting, *events);
    REQUIRE(first.ok());
    REQUIRE(first->items.first().electionResult->lots.size() == 1);
    CHECK(first->items.first().electionResult->lots.first().seed == seed);
    // A kept seed redraws the same lot: Lot::order(1, 2) is {1, 0}, so A and
    // B tied, seed 1 elects B (tests/data/lots/lots.py).
    QList<QJsonObject> seeded = *events;
    seeded[2].insert(QStringLiteral("seed"), 1);
    const auto redrawn = MeetingRecord::replay(setting, seeded);
    REQUIRE(redrawn.ok());
    CHECK(redrawn->items.first().electionResult->elected == QStringList{QStringLiteral("B")});
}

TEST_CASE("Impossible events are refused, naming what is wrong", "[record][bad-input]")
{
    auto error = [](QByteArray json) { return run(json).error().toStdString(); };
    auto edited = [](const char *from, const char *to) {
        QByteArray json = meeting;
        REQUIRE(json.contains(from));
        return json.replace(from, to);
    };
    // A vote by an absent member: Salo (7) is not there.
    CHECK_THAT(error(edited(R"("Fredrik Forsman": "TYHJÄ")", R"("Fredrik Forsman": "TYHJÄ", "7": "JAA")")),
               Catch::Contains("Item 3: Person 7 voted"));
    // A second seconding by the proposer.
    CHECK_THAT(error(edited(R"("by": "leena laine")", R"("by": "Ville Virtanen")")),
               Catch::Contains("cannot second their own proposal"));
    // A vote on a lapsed proposal.
    CHECK_THAT(error(edited(R"({"type": "vote", "item": 3,)", R"({"type": "order", "item": 3, "order": ["niemi", "virtanen", "base"]}, {"type": "vote", "item": 3,)")),
               Catch::Contains("lapsed"));
    // A departure of someone not present.
    CHECK_THAT(error(edited(R"("person": "Åsa Åberg", "item": 4)", R"("person": "Sanna Salo", "item": 4)")),
               Catch::Contains("leaves during item 4 but is not present"));
    // A dissent by someone who did not take part.
    CHECK_THAT(error(edited(R"("type": "dissent", "item": 3, "person": 2)", R"("type": "dissent", "item": 3, "person": 7)")),
               Catch::Contains("did not take part"));
    // Names that resolve to nobody, items that do not exist, unknown types.
    CHECK_THAT(error(edited(R"("by": "Ville Virtanen")", R"("by": "Ville Virta")")),
               Catch::Contains("$.events[2].by: no member or deputy of the body is called \"Ville Virta\""));
    CHECK_THAT(error(edited(R"("item": 6, "method")", R"("item": 9, "method")")),
               Catch::Contains("$.events[9].item: the meeting's agenda has items 1 to 6."));
    CHECK_THAT(error(edited(R"({"type": "close", "at": "17:40"})", R"({"type": "adjourn", "at": "17:40"})")),
               Catch::Contains("$.events[10].type: \"adjourn\" is not an event type"));
    // Events before the meeting opens, and after it closes.
    CHECK_THAT(error(edited(R"({"type": "open", "at": "16:02"},)", "")),
               Catch::Contains("before the meeting is opened"));
    CHECK_THAT(error(edited(R"({"type": "close", "at": "17:40"})",
                            R"({"type": "close", "at": "17:40"}, {"type": "amend", "item": 1})")),
               Catch::Contains("The meeting was closed"));
    // A deputy who is not the member's personal deputy.
    CHECK_THAT(error(edited(R"("for": "Kari Korhonen")", R"("for": "Sanna Salo")")),
               Catch::Contains("is not the personal deputy of Sanna Salo"));
    CHECK_THAT(error(QByteArrayLiteral("{\"events\": [")), Catch::Contains("not valid JSON"));
    // A vote recorded before the proposal it concerns.
    CHECK_THAT(error(edited(R"({"type": "proposal", "item": 3, "id": "virtanen")",
                            R"({"type": "vote", "item": 3, "yes": 4, "no": 2}, {"type": "proposal", "item": 3, "id": "virtanen")")),
               Catch::Contains("proposals and secondings come before the vote"));
    // A deputy recorded in the seat of a member who is present.
    CHECK_THAT(error(edited(R"("for": "Kari Korhonen")", R"("for": "Outi Niemi")")),
               Catch::Contains("is not the personal deputy of Outi Niemi"));
    CHECK_THAT(error(edited(R"({"person": "Fredrik Forsman", "for": "Kari Korhonen"})",
                            R"({"person": "Fredrik Forsman", "for": "Kari Korhonen"}, {"person": "Dan Dahl", "for": "Outi Niemi"})")),
               Catch::Contains("Dan Dahl cannot sit for Outi Niemi, who is present"));
    // Two ballots of one person, by name and by id.
    CHECK_THAT(error(edited(R"("1": "JAA", "2": "EI")", R"("1": "JAA", "Aino Mäkelä": "EI", "2": "EI")")),
               Catch::Contains("Aino Mäkelä has two ballots"));
    // A dissent by someone who voted for the decision (Mäkelä voted JAA for the base proposal).
    CHECK_THAT(error(edited(R"("type": "dissent", "item": 3, "person": 2)", R"("type": "dissent", "item": 3, "person": 1)")),
               Catch::Contains("Aino Mäkelä voted for the decision and cannot dissent"));
    // More demanding a proportional election than are present.
    CHECK_THAT(error(edited(R"("method": "majority", "seats": 1, "seed": 5,)",
                            R"("method": "proportional", "seats": 1, "seed": 5, "demanded": 9, "lists": [{"name": "A", "candidates": ["X"], "votes": 3}],)")),
               Catch::Contains("9 members demanded a proportional election, but only 5 are present"));
}

TEST_CASE("Procedural votes name their proposal; a lapsed one cannot be voted on", "[record][bad-input]")
{
    QByteArray json = meeting;
    json.replace(R"({"type": "dissent", "item": 3,)", R"({"type": "proposal", "item": 4, "id": "pöydälle", "kind": "tabling", "by": 2},
        {"type": "proposal", "item": 4, "id": "palautus", "kind": "return", "by": 3},
        {"type": "second", "item": 4, "proposal": "palautus", "by": 16},
        {"type": "vote", "item": 4, "on": "palautus", "yes": 2, "no": 3},
        {"type": "dissent", "item": 3,)");
    const auto replay = run(json);
    INFO(replay.error().toStdString());
    REQUIRE(replay.ok());
    // Item 4 (Åberg has left): Mäkelä, Virtanen, Laine, Niemi and Forsman.
    // The unseconded tabling lapses; the return is voted on and wins 3–2.
    CHECK(replay->items.at(3).outcome->lapsed == QStringList{QStringLiteral("pöydälle")});
    CHECK(replay->items.at(3).outcome->kind == ItemDecision::OutcomeKind::Returned);
    QByteArray onLapsed = json;
    onLapsed.replace(R"("on": "palautus")", R"("on": "pöydälle")");
    CHECK_THAT(run(onLapsed).error().toStdString(), Catch::Contains("\"pöydälle\" was not seconded and lapsed"));
}

TEST_CASE("During the meeting an item may wait for its votes", "[record]")
{
    // A seconded counter-proposal and no vote yet: pending while the meeting
    // goes on; refused once the meeting is closed without the vote.
    const QByteArray open = QByteArrayLiteral(R"({"events": [{"type": "open", "at": "16:00"},
        {"type": "attendance", "present": [1, 2, 3, 4, 5, 6, 7]},
        {"type": "proposal", "item": 2, "id": "v", "kind": "counter", "by": 2, "text": "toisin"},
        {"type": "second", "item": 2, "proposal": "v", "by": 3}]})");
    const auto pending = run(open);
    REQUIRE(pending.ok());
    CHECK(pending->items.at(1).outcome->pending);
    QByteArray closed = open;
    closed.replace(R"("by": 3}]})", R"("by": 3}, {"type": "close", "at": "17:00"}]})");
    CHECK_THAT(run(closed).error().toStdString(), Catch::Contains("needs 1 round(s) of voting, but 0 were recorded"));
}

TEST_CASE("The vice chair decides a tie when the chair is away", "[record]")
{
    // Mäkelä (chair) is away; Virtanen as vice chair presides. Six members:
    // base (JAA) 3 incl. Virtanen, Laine's proposal (EI) 3 → the base proposal.
    MeetingRecord::Setting setting = board(1);
    setting.viceChairs = {2};
    const auto events = MeetingRecord::parseFile(QByteArrayLiteral(R"({"events": [{"type": "open", "at": "16:00"},
        {"type": "attendance", "present": [2, 3, 4, 5, 6, 7]},
        {"type": "proposal", "item": 1, "id": "l", "kind": "counter", "by": 3, "text": "toisin"},
        {"type": "second", "item": 1, "proposal": "l", "by": 4},
        {"type": "vote", "item": 1, "ballots": {"2": "JAA", "5": "JAA", "6": "JAA", "3": "EI", "4": "EI", "7": "EI"}}]})"),
                                                 setting);
    REQUIRE(events.ok());
    const auto replay = MeetingRecord::replay(setting, *events);
    INFO(replay.error().toStdString());
    REQUIRE(replay.ok());
    CHECK(replay->items.first().outcome->adopted == QStringLiteral("base"));
    CHECK(replay->items.first().outcome->rounds.first().result.decidedBy == Voting::DecidedBy::ChairsVote);
}

