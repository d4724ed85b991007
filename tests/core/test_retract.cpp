// Withdrawing a wrongly recorded event: a retract event names it, the replay
// leaves it out, the record keeps both, and an event that later ones depend
// on is withdrawn only after them.

#include <catch2/catch.hpp>

#include "testsupport.h"

#include "procedure/meetingevents.h"
#include "procedure/meetingsession.h"

using namespace MeetingEvents;

namespace {


QList<QJsonObject> opened()
{
    return {open(QDateTime(QDate(2026, 12, 14), QTime(16, 0))), attendance({1, 2, 3}, {})};
}

std::string failure(const Result<MeetingRecord::Replay> &replayed)
{
    return replayed ? std::string("(replayed)") : replayed.error().toStdString();
}

} // namespace

TEST_CASE("A proposal recorded with the wrong proposer is withdrawn and recorded again", "[record][retract]")
{
    const MeetingRecord::Setting setting = threeMemberBoard(5);
    QList<QJsonObject> events = opened();
    events << proposal(2, QStringLiteral("p1"), ProposalType::Counter, 2, QStringLiteral("hylätään")) // event 3
           << retract(3, QStringLiteral("ehdottaja oli Carlsson"))                                      // event 4
           << proposal(2, QStringLiteral("p2"), ProposalType::Counter, 3, QStringLiteral("hylätään"));  // event 5
    const auto replayed = MeetingRecord::replay(setting, events);
    REQUIRE(replayed.ok());
    const ItemDecision::Input &input = replayed->items.at(1).input;
    REQUIRE(input.proposals.size() == 2); // the base proposal and Carlsson's
    CHECK(input.proposals.at(1).id == QStringLiteral("p2"));
    CHECK(input.proposals.at(1).proposer == 3);
    CHECK(replayed->withdrawn == QHash<int, int>{{3, 4}});
    // Its id may be used again, the first being gone.
    events.last() = proposal(2, QStringLiteral("p1"), ProposalType::Counter, 3, QStringLiteral("hylätään"));
    CHECK(MeetingRecord::replay(setting, events).ok());
}

TEST_CASE("A wrong arrival and a ballot on the wrong item are withdrawn, presence and votes follow",
          "[record][retract]")
{
    const MeetingRecord::Setting setting = threeMemberBoard(5);
    QList<QJsonObject> events{open(QDateTime(QDate(2026, 12, 14), QTime(16, 0))), attendance({1, 2}, {})};
    events << move({3, Attendance::Movement::Arrives, 2, QTime(16, 20)});    // event 3: it was not Carlsson
    ItemDecision::VoteRecord count;
    count.yes = 2;
    count.no = 0;
    events << proposal(3, QStringLiteral("berg"), ProposalType::Counter, 2, QStringLiteral("hylätään"))
           << second(3, QStringLiteral("berg"), 1); // events 4, 5
    events << vote(3, count);                        // event 6: a vote recorded too soon
    REQUIRE(MeetingRecord::replay(setting, events).ok());
    events << retract(3, QStringLiteral("Carlsson ei saapunut")) << retract(6, QStringLiteral("väärä äänestys"));
    const auto replayed = MeetingRecord::replay(setting, events);
    INFO(failure(replayed));
    REQUIRE(replayed.ok());
    CHECK_FALSE(replayed->items.at(1).presence.entitled.contains(3));
    CHECK(replayed->items.at(2).input.votes.isEmpty());
    CHECK(replayed->items.at(2).input.proposals.size() == 2);
}

TEST_CASE("An event that later events depend on is withdrawn only after them", "[record][retract]")
{
    const MeetingRecord::Setting setting = threeMemberBoard(5);
    QList<QJsonObject> events = opened();
    events << proposal(2, QStringLiteral("berg"), ProposalType::Counter, 2, QStringLiteral("hylätään")) // 3
           << second(2, QStringLiteral("berg"), 3)                                                      // 4
           << proposal(4, QStringLiteral("aho"), ProposalType::Counter, 1, QStringLiteral("lisäys"))     // 5
           << move({3, Attendance::Movement::Leaves, 4, QTime(17, 0)});                                // 6
    ItemDecision::VoteRecord rollCall;
    rollCall.ballots = {{1, Voting::Ballot::No}, {2, Voting::Ballot::Yes}, {3, Voting::Ballot::Yes}};
    events << vote(2, rollCall); // 7: Carlsson votes on item 2, before leaving in item 4
    REQUIRE(MeetingRecord::replay(setting, events).ok());

    // The proposal: its seconding and the vote on it (item 2); not item 4's.
    CHECK(required(MeetingRecord::dependents(setting, events, 3)) == QList<int>{4, 7});
    // The seconding: the vote, which decides nothing without it.
    CHECK(required(MeetingRecord::dependents(setting, events, 4)) == QList<int>{7});
    // The attendance at the opening: everything anyone did.
    CHECK(required(MeetingRecord::dependents(setting, events, 2)) == QList<int>{3, 4, 5, 6, 7});
    // Nothing depends on the last.
    CHECK(required(MeetingRecord::dependents(setting, events, 7)).isEmpty());
    CHECK_THAT(refusal(MeetingRecord::dependents(setting, events, 8)), Catch::Contains("no event 8"));

    // Withdrawn out of turn, the record does not replay; in turn, it does.
    CHECK_FALSE(MeetingRecord::replay(setting, events + QList<QJsonObject>{retract(3, QStringLiteral("x"))}).ok());
    events << retract(7, QStringLiteral("väärä asia")) << retract(4, QStringLiteral("ei kannatusta"))
           << retract(3, QStringLiteral("ehdotus peruttiin"));
    CHECK(MeetingRecord::replay(setting, events).ok());
    CHECK_THAT(refusal(MeetingRecord::dependents(setting, events, 3)), Catch::Contains("withdrawn already"));
}

TEST_CASE("A withdrawal names an earlier event of the meeting, once, with its reason", "[record][retract][bad-input]")
{
    const MeetingRecord::Setting setting = threeMemberBoard(5);
    const QList<QJsonObject> events =
        opened() << proposal(2, QStringLiteral("berg"), ProposalType::Counter, 2, QStringLiteral("hylätään"));
    auto replayedWith = [&](const QList<QJsonObject> &more) { return failure(MeetingRecord::replay(setting, events + more)); };
    CHECK_THAT(replayedWith({retract(1, QStringLiteral("x"))}), Catch::Contains("event 1 (open) cannot be withdrawn"));
    CHECK_THAT(replayedWith({retract(4, QStringLiteral("x"))}), Catch::Contains("not an earlier event"));
    CHECK_THAT(replayedWith({retract(9, QStringLiteral("x"))}), Catch::Contains("withdraws event 9"));
    CHECK_THAT(replayedWith({retract(3, QStringLiteral("x")), retract(3, QStringLiteral("y"))}),
               Catch::Contains("withdrawn already"));
    CHECK_THAT(replayedWith({retract(3, QStringLiteral("x")), retract(4, QStringLiteral("y"))}),
               Catch::Contains("event 4 (retract) cannot be withdrawn"));
    CHECK_THAT(replayedWith({close(QDateTime(QDate(2026, 12, 14), QTime(18, 0))), retract(3, QStringLiteral("x"))}),
               Catch::Contains("The meeting was closed"));

    // The form: a number from 1 and a reason.
    auto parsed = [&](const char *json) {
        const auto read = MeetingRecord::parseFile(QByteArray(json), setting);
        return read ? std::string("(read)") : read.error().toStdString();
    };
    CHECK_THAT(parsed(R"({"events": [{"type": "retract", "event": 3}]})"), Catch::Contains("$.events[0].reason"));
    CHECK_THAT(parsed(R"({"events": [{"type": "retract", "event": 3, "reason": "  "}]})"),
               Catch::Contains("says why the event is withdrawn"));
    CHECK_THAT(parsed(R"({"events": [{"type": "retract", "event": 0, "reason": "x"}]})"),
               Catch::Contains("$.events[0].event"));
    CHECK_THAT(parsed(R"({"events": [{"type": "retract", "event": 2.5, "reason": "x"}]})"),
               Catch::Contains("$.events[0].event"));
    CHECK_THAT(parsed(R"({"events": [{"type": "retract", "event": 3, "reason": "x", "item": 2}]})"),
               Catch::Contains("$.events[0].item"));
    CHECK(parsed(R"({"events": [{"type": "retract", "event": 3, "reason": "väärä ehdottaja"}]})") == "(read)");
}

TEST_CASE("Recording a withdrawal keeps both events, refuses one others depend on, and unwrites a decision",
          "[record][retract][store]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const Sample sample = addSample(*store); // Mäkelä chairs, Åberg is a member
    const Meeting meeting = required(store->meeting(sample.meeting)).value();
    auto recordEvents = [&](const QList<QJsonObject> &events) {
        return MeetingSession::record(*store, meeting, MeetingEvents::file(events));
    };
    REQUIRE(recordEvents({open(QDateTime(QDate(2026, 5, 11), QTime(16, 0))),
                          attendance({sample.chair, sample.member}, {}),
                          proposal(1, QStringLiteral("hylkäys"), ProposalType::Rejection, sample.member,
                                   QStringLiteral("hylätään")),
                          second(1, QStringLiteral("hylkäys"), sample.chair)})
                .ok());

    const qint64 head = required(store->auditHead()).first;
    const std::string refused = failure(recordEvents({retract(3, QStringLiteral("väärä ehdottaja"))}));
    CHECK_THAT(refused, Catch::Contains("Event 3 (proposal) cannot be withdrawn"));
    CHECK_THAT(refused, Catch::Contains("event 4 (second)"));
    CHECK(required(store->auditHead()).first == head);
    CHECK(required(store->meetingEvents(meeting.id)).size() == 4);

    REQUIRE(recordEvents({retract(4, QStringLiteral("väärä kannattaja")), retract(3, QStringLiteral("väärä ehdottaja"))})
                .ok());
    const QList<QJsonObject> kept = required(store->meetingEvents(meeting.id));
    REQUIRE(kept.size() == 6);
    CHECK(kept.at(2).value(u"type").toString() == QStringLiteral("proposal")); // still there
    CHECK(kept.at(5).value(u"event").toInt() == 3);
    CHECK(required(MeetingSession::current(*store, meeting)).items.at(0).input.proposals.size() == 1);

    // A decision recorded on the wrong item is unwritten from the item.
    REQUIRE(recordEvents({decision(2)}).ok()); // event 7
    CHECK_FALSE(required(store->agendaItem(sample.confidentialItem))->decision.isEmpty());
    REQUIRE(recordEvents({retract(7, QStringLiteral("asia 2 ei ollut vielä käsittelyssä")), decision(1)}).ok());
    CHECK(required(store->agendaItem(sample.confidentialItem))->decision.isEmpty());
    CHECK_FALSE(required(store->agendaItem(sample.publicItem))->decision.isEmpty());
    const auto replayed = required(MeetingSession::current(*store, meeting));
    CHECK_FALSE(replayed.items.at(1).decided);
    CHECK(replayed.items.at(0).decided);
    CHECK(required(store->check()).ok());
}

TEST_CASE("A withdrawal rewrites the texts of a decided item, and cannot leave an item with no one presiding",
          "[record][retract][store]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const Sample sample = addSample(*store); // Mäkelä chairs, Åberg is a member
    const Meeting meeting = required(store->meeting(sample.meeting)).value();
    auto recordEvents = [&](const QList<QJsonObject> &events) {
        return MeetingSession::record(*store, meeting, MeetingEvents::file(events));
    };
    ItemDecision::VoteRecord rollCall;
    rollCall.ballots = {{sample.chair, Voting::Ballot::Yes}, {sample.member, Voting::Ballot::No}};
    // § 1: Åberg's rejection loses 1–1 on the chair's vote; he dissents; decided.
    REQUIRE(recordEvents({open(QDateTime(QDate(2026, 5, 11), QTime(16, 0))),
                          attendance({sample.chair, sample.member}, {}),
                          proposal(1, QStringLiteral("hylkäys"), ProposalType::Rejection, sample.member,
                                   QStringLiteral("hylätään")),
                          second(1, QStringLiteral("hylkäys"), sample.chair), vote(1, rollCall),
                          dissent(1, sample.member, QStringLiteral("Perustelut.")), decision(1)})
                .ok());
    CHECK(required(store->agendaItem(sample.publicItem))->proceedings.contains(QStringLiteral("eriävän mielipiteen")));
    // The dissent was recorded by mistake: withdrawn, the proceedings no longer say it.
    REQUIRE(recordEvents({retract(6, QStringLiteral("eriävää mielipidettä ei jätetty"))}).ok());
    const AgendaItem rewritten = required(store->agendaItem(sample.publicItem)).value();
    CHECK_FALSE(rewritten.proceedings.contains(QStringLiteral("eriävän mielipiteen")));
    CHECK(rewritten.proceedings.contains(QStringLiteral("Åberg")));
    CHECK_FALSE(rewritten.decision.isEmpty());

    // § 2: the chair is disqualified, Åberg is chosen to preside, decided.
    REQUIRE(recordEvents({disqualified({sample.chair, 2, QStringLiteral("HL 28 § 1 mom. 1 k")}),
                          temporaryChair(2, sample.member), decision(2)})
                .ok());
    const qsizetype recorded = required(store->meetingEvents(meeting.id)).size();
    const int chosen = int(recorded) - 1; // the temporary-chair event
    const qint64 head = required(store->auditHead()).first;
    const auto refused = recordEvents({retract(chosen, QStringLiteral("väärä valinta"))});
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().toStdString(), Catch::Contains("Item 2: no one presides over it"));
    CHECK(required(store->auditHead()).first == head);
    CHECK(required(store->meetingEvents(meeting.id)).size() == recorded);
}
