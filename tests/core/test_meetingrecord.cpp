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

TEST_CASE("Procedural votes name their proposal, a lapsed one cannot be voted on", "[record][bad-input]")
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


namespace {

// Replays a file of events on `setting`; the failure, if any, as text.
Result<MeetingRecord::Replay> replayed(const MeetingRecord::Setting &setting, const char *json)
{
    const auto events = MeetingRecord::parseFile(QByteArray(json), setting);
    if (!events)
        return Failure{events.error()};
    return MeetingRecord::replay(setting, *events);
}

std::string failure(const Result<MeetingRecord::Replay> &result)
{
    return result ? std::string("(no failure)") : result.error().toStdString();
}

} // namespace

TEST_CASE("Opening and closing are recorded with their real date and time", "[record][date]")
{
    // Planned for Monday 14.12.2026 (board()), opened on Saturday 5.12.2026.
    const MeetingRecord::Setting setting = board(1);
    const auto early = replayed(setting, R"({"events": [{"type": "open", "at": "2026-12-05T22:17"},
        {"type": "attendance", "present": [1, 2, 3, 4, 5]}, {"type": "close", "at": "2026-12-05T23:40:30"}]})");
    INFO(failure(early));
    REQUIRE(early.ok());
    CHECK(early->openedAt == QDateTime(QDate(2026, 12, 5), QTime(22, 17)));
    CHECK(early->closedAt == QDateTime(QDate(2026, 12, 5), QTime(23, 40, 30)));
    // A meeting past midnight closes on the next day.
    const auto late = replayed(setting, R"({"events": [{"type": "open", "at": "2026-12-14T23:30"},
        {"type": "attendance", "present": [1, 2, 3, 4, 5]}, {"type": "close", "at": "2026-12-15T00:20"}]})");
    REQUIRE(late.ok());
    CHECK(late->closedAt == QDateTime(QDate(2026, 12, 15), QTime(0, 20)));
    // A bare clock time still means the planned day, as older records write it.
    const auto old = replayed(setting, R"({"events": [{"type": "open", "at": "16:02"},
        {"type": "attendance", "present": [1, 2, 3, 4, 5]}]})");
    REQUIRE(old.ok());
    CHECK(old->openedAt == QDateTime(QDate(2026, 12, 14), QTime(16, 2)));

    // Closing before the opening, and a time in another form, are refused.
    CHECK_THAT(failure(replayed(setting, R"({"events": [{"type": "open", "at": "2026-12-14T16:00"},
        {"type": "attendance", "present": [1, 2, 3, 4, 5]}, {"type": "close", "at": "2026-12-13T17:00"}]})")),
               Catch::Contains("closes 13.12.2026 17.00, before it was opened 14.12.2026 16.00"));
    CHECK_THAT(failure(replayed(setting, R"({"events": [{"type": "open", "at": "5.12.2026 16.00"}]})")),
               Catch::Contains("$.events[0].at: \"5.12.2026 16.00\" is not a date and time such as 2026-12-14T16:05"));
    CHECK_THAT(failure(replayed(setting, R"({"events": [{"type": "open", "at": "2026-02-30T16:00"}]})")),
               Catch::Contains("is not a date and time"));
    // Arrivals keep a clock time.
    CHECK_THAT(failure(replayed(setting, R"({"events": [{"type": "open", "at": "16:00"},
        {"type": "attendance", "present": [1, 2, 3, 4]},
        {"type": "arrive", "person": 5, "item": 1, "at": "2026-12-14T16:10"}]})")),
               Catch::Contains("$.events[2].at: \"2026-12-14T16:10\" is not a clock time such as 16:05"));
}

TEST_CASE("A temporary chair presides when the chair and every vice chair cannot", "[record][chair]")
{
    // Mäkelä (1) chairs, Virtanen (2) and Laine (3) are the vice chairs.
    // Mäkelä and Virtanen are away and Laine is disqualified in item 1, so the
    // body chooses Niemi (4). Present and entitled: 4, 5, 6, 7 (Laine's
    // deputy 13 is not there). A roll call 2–2: Niemi's JAA decides for the
    // base proposal (kuntalaki 104 §).
    MeetingRecord::Setting setting = board(2);
    setting.viceChairs = {2, 3};
    const char *head = R"({"events": [{"type": "open", "at": "2026-12-14T16:00"},
        {"type": "attendance", "present": [3, 4, 5, 6, 7]},
        {"type": "disqualified", "person": 3, "item": 1, "ground": "HL 28 § 1 mom. 1 k"},
        {"type": "proposal", "item": 1, "id": "salo", "kind": "counter", "by": 7, "text": "toisin"},
        {"type": "second", "item": 1, "proposal": "salo", "by": 6},)";
    const QByteArray tie = R"({"type": "vote", "item": 1, "ballots": {"4": "JAA", "5": "JAA", "6": "EI", "7": "EI"}}]})";

    // Without the temporary chair no one's vote decides the tie, and the
    // message says what to record (not that "the chair voted neither").
    const auto nobody = replayed(setting, (QByteArray(head) + tie).constData());
    CHECK_THAT(failure(nobody), Catch::Contains("The vote is tied 2–2, and the vote of whoever presides decides it, "
                                                "but no one presides over this item")
                                    && Catch::Contains("Record the temporary chair the body chose"));

    const QByteArray chosen = R"({"type": "temporary-chair", "item": 1, "person": "Outi Niemi"},)";
    const auto decided = replayed(setting, (QByteArray(head) + chosen + tie).constData());
    INFO(failure(decided));
    REQUIRE(decided.ok());
    const MeetingRecord::ItemRecord &item = decided->items.at(0);
    CHECK(item.presiding == 4);
    CHECK(item.temporaryChair);
    CHECK(item.outcome->adopted == QStringLiteral("base"));
    CHECK(item.outcome->rounds.first().result.decidedBy == Voting::DecidedBy::ChairsVote);
    // In item 2 Laine is no longer disqualified: the second vice chair presides.
    CHECK(decided->items.at(1).presiding == 3);
    CHECK_FALSE(decided->items.at(1).temporaryChair);
    const QList<MeetingRecord::Presidency> presidencies = MeetingRecord::presidencies(*decided);
    REQUIRE(presidencies.size() == 2);
    CHECK(presidencies.at(0).person == 4);
    CHECK(presidencies.at(0).positions == QList<int>{1});
    CHECK(presidencies.at(1).person == 3);
    CHECK(presidencies.at(1).positions == QList<int>{2});

    // A count vote: the chair's ballot is that of whoever presides, and it is
    // one of the counts.
    const QByteArray counted = R"({"type": "vote", "item": 1, "yes": 2, "no": 2, "chair": "EI"}]})";
    const auto byCount = replayed(setting, (QByteArray(head) + chosen + counted).constData());
    INFO(failure(byCount));
    REQUIRE(byCount.ok());
    CHECK(byCount->items.at(0).outcome->adopted == QStringLiteral("salo"));
    CHECK_THAT(failure(replayed(setting, (QByteArray(head) + R"({"type": "vote", "item": 1, "yes": 2, "no": 2, "chair": "EI"}]})").constData())),
               Catch::Contains("gives the chair's ballot, but no one presides over this item"));
    CHECK_THAT(failure(replayed(setting, (QByteArray(head) + chosen + R"({"type": "vote", "item": 1, "yes": 4, "no": 0, "chair": "EI"}]})").constData())),
               Catch::Contains("gives the chair's ballot as EI, but no such vote is counted"));
    CHECK_THAT(failure(replayed(setting, (QByteArray(head) + chosen + R"({"type": "vote", "item": 1, "yes": 2, "no": 2, "chair": "POISSA"}]})").constData())),
               Catch::Contains("the person presiding is present"));
    CHECK_THAT(failure(replayed(setting, (QByteArray(head) + chosen + R"({"type": "vote", "item": 1, "yes": 2, "no": 2, "chair": "kyllä"}]})").constData())),
               Catch::Contains(".chair: \"kyllä\" is not a ballot"));

    // Refused: a temporary chair while a vice chair takes part, one who is
    // not entitled in the item, and two for one item.
    CHECK_THAT(failure(replayed(setting, R"({"events": [{"type": "open", "at": "16:00"},
        {"type": "attendance", "present": [3, 4, 5, 6, 7]},
        {"type": "temporary-chair", "item": 1, "person": 4}]})")),
               Catch::Contains("Item 1: Leena Laine takes part in this item and presides over it"));
    CHECK_THAT(failure(replayed(setting, (QByteArray(head) + R"({"type": "temporary-chair", "item": 1, "person": 3}]})").constData())),
               Catch::Contains("Item 1: Leena Laine is chosen to preside but is not present and entitled"));
    CHECK_THAT(failure(replayed(setting, (QByteArray(head) + chosen + chosen.chopped(1) + "]}").constData())),
               Catch::Contains("Outi Niemi was chosen to preside over item 1 and still takes part in it"));
    // When the temporary chair leaves, the body chooses another, whose vote
    // then decides the tie.
    const auto again = replayed(setting, (QByteArray(head) + chosen
                                          + R"({"type": "leave", "person": 4, "item": 1, "at": "16:40"},
                                               {"type": "temporary-chair", "item": 1, "person": "Kari Korhonen"},
                                               {"type": "vote", "item": 1, "ballots": {"5": "JAA", "6": "JAA", "7": "EI"}}]})")
                                             .constData());
    INFO(failure(again));
    REQUIRE(again.ok());
    CHECK(again->items.at(0).presiding == 6);
    CHECK(again->items.at(0).temporaryChair);

    // The chair arriving after the temporary chair was chosen presides over
    // the decision, and the chair's vote decides the tie; a temporary chair
    // chosen after the chair arrived is refused.
    const QByteArray arrives = R"({"type": "arrive", "person": "Outi Niemi", "item": 1, "at": "16:20"},)";
    MeetingRecord::Setting laterChair = setting;
    laterChair.chair = 4; // Niemi chairs in this variant and is away at the opening
    const char *opening = R"({"events": [{"type": "open", "at": "2026-12-14T16:00"},
        {"type": "attendance", "present": [3, 5, 6, 7]},
        {"type": "disqualified", "person": 3, "item": 1, "ground": "HL 28 § 1 mom. 1 k"},)";
    const QByteArray choose5 = R"({"type": "temporary-chair", "item": 1, "person": 5},)";
    const auto takenOver = replayed(laterChair, (QByteArray(opening) + choose5 + arrives.chopped(1) + "]}").constData());
    INFO(failure(takenOver));
    REQUIRE(takenOver.ok());
    CHECK(takenOver->items.at(0).presiding == 4);
    CHECK_FALSE(takenOver->items.at(0).temporaryChair);
    CHECK_THAT(failure(replayed(laterChair, (QByteArray(opening) + arrives + choose5.chopped(1) + "]}").constData())),
               Catch::Contains("Item 1: Outi Niemi takes part in this item and presides over it"));
}

TEST_CASE("How each attendee takes part: in the room or by remote connection", "[record][remote]")
{
    const MeetingRecord::Setting setting = board(3);
    // Virtanen (2) joins remotely at the opening and moves to the room in
    // item 2; Salo (7) arrives remotely in item 1; Niemi (4) switches to a
    // remote connection in item 3.
    const auto replay = replayed(setting, R"({"events": [{"type": "open", "at": "16:00"},
        {"type": "attendance", "present": [1, 2, 3, 4, 5, 6], "remote": ["Ville Virtanen"]},
        {"type": "arrive", "person": "Sanna Salo", "item": 1, "at": "16:10", "remote": true},
        {"type": "participation", "person": 2, "item": 2, "at": "16:40", "remote": false},
        {"type": "participation", "person": 4, "item": 3, "at": "17:05", "remote": true}]})");
    INFO(failure(replay));
    REQUIRE(replay.ok());
    CHECK(replay->attendance.remoteAtOpening == QSet<qint64>{2});
    CHECK(replay->items.at(0).presence.remote == QSet<qint64>{2, 7});
    CHECK(replay->items.at(1).presence.remote == QSet<qint64>{7});
    CHECK(replay->items.at(2).presence.remote == QSet<qint64>{4, 7});
    // Remote members count for the quorum like any present member (kuntalaki 99 §).
    CHECK(replay->items.at(0).presence.quorum.present == 7);

    const char *head = R"({"events": [{"type": "open", "at": "16:00"},
        {"type": "attendance", "present": [1, 2, 3, 4, 5], "remote": [2]},)";
    CHECK_THAT(failure(replayed(setting, (QByteArray(head) + R"({"type": "participation", "person": 6, "item": 1, "at": "16:10", "remote": true}]})").constData())),
               Catch::Contains("Person 6 changes how they take part during item 1 but is not present"));
    CHECK_THAT(failure(replayed(setting, (QByteArray(head) + R"({"type": "participation", "person": 2, "item": 1, "at": "16:10", "remote": true}]})").constData())),
               Catch::Contains("switches to a remote connection during item 1 but already takes part by one"));
    CHECK_THAT(failure(replayed(setting, (QByteArray(head) + R"({"type": "participation", "person": 3, "item": 1, "at": "16:10", "remote": false}]})").constData())),
               Catch::Contains("switches to the meeting room during item 1 but is already there"));
    CHECK_THAT(failure(replayed(setting, (QByteArray(head) + R"({"type": "participation", "person": 3, "item": 1, "at": "16:10"}]})").constData())),
               Catch::Contains(".remote: is missing; a participation event needs it"));
    CHECK_THAT(failure(replayed(setting, (QByteArray(head) + R"({"type": "arrive", "person": 6, "item": 1, "at": "16:10", "remote": "yes"}]})").constData())),
               Catch::Contains(".remote: is true (by a remote connection) or false (in the meeting room)"));
    CHECK_THAT(failure(replayed(setting, R"({"events": [{"type": "open", "at": "16:00"},
        {"type": "attendance", "present": [1, 2, 3, 4, 5], "remote": [6]}]})")),
               Catch::Contains("Person 6 is recorded as taking part by a remote connection but is not present"));
    // A departure ends a remote connection: arriving again is in the room.
    const auto again = replayed(setting, (QByteArray(head) + R"({"type": "leave", "person": 2, "item": 1, "at": "16:10"},
        {"type": "arrive", "person": 2, "item": 2, "at": "16:50"}]})").constData());
    REQUIRE(again.ok());
    CHECK(again->items.at(1).presence.remote.isEmpty());
}

TEST_CASE("An event holds only the fields its type has, at any depth", "[record][bad-input]")
{
    const MeetingRecord::Setting setting = board(2);
    CHECK_THAT(failure(replayed(setting, R"({"events": [{"type": "open", "at": "16:00", "note": "x"}]})")),
               Catch::Contains("$.events[0].note: an event of type open has no such field; its fields are type, at."));
    CHECK_THAT(failure(replayed(setting, R"({"events": [{"type": "open", "at": "16:00"},
        {"type": "attendance", "present": [1, 2, 3, 4], "others": [{"name": "Räsänen", "role": "esittelijä", "x": {}}]}]})")),
               Catch::Contains("$.events[1].others[0].x: has no such field; the fields are name, role."));
    CHECK_THAT(failure(replayed(setting, R"({"events": [{"type": "open", "at": "16:00"},
        {"type": "attendance", "present": [1, 2, 3, 4], "deputies": [{"person": 15, "for": 5, "seat": 1}]}]})")),
               Catch::Contains("$.events[1].deputies[0].seat: has no such field"));
    // A field nested a thousand deep (once it made the meeting's export
    // unreadable and `package` crash) is an unknown field.
    QByteArray deep = "1";
    for (int i = 0; i < 1000; ++i)
        deep = "{\"a\": " + deep + "}";
    const QByteArray file = R"({"events": [{"type": "open", "at": "16:00"}, {"type": "noting", "item": 1, "x": )" + deep + "}]}";
    CHECK_THAT(failure(replayed(setting, file.constData())), Catch::Contains("$.events[1].x: an event of type noting has no such field"));
    // Every field the format names is accepted.
    const auto all = replayed(setting, R"({"events": [{"type": "open", "at": "16:00"},
        {"type": "attendance", "present": [1, 2, 3, 4, 5], "deputies": [{"person": 16, "for": 6}],
         "others": [{"name": "Räsänen", "role": "esittelijä"}], "remote": [2]},
        {"type": "arrive", "person": 7, "item": 1, "at": "16:10", "remote": true},
        {"type": "proposal", "item": 1, "id": "v", "kind": "counter", "by": 2, "text": "toisin", "divergence": 1},
        {"type": "second", "item": 1, "proposal": "v", "by": 3},
        {"type": "vote", "item": 1, "yes": 5, "no": 2, "blank": 0},
        {"type": "dissent", "item": 1, "person": 2, "reasons": "syy"},
        {"type": "election", "item": 2, "method": "majority", "seats": 1, "seed": 3,
         "candidates": [{"name": "A", "votes": 5}, {"name": "B", "votes": 2}]}]})");
    INFO(failure(all));
    CHECK(all.ok());
}
