#include <catch2/catch.hpp>

#include "testsupport.h"

#include "procedure/meetingevents.h"
#include "procedure/meetingprogress.h"

namespace {

// A board of five (Mäkelä chairs, Åström is vice chair) with Lahti (15) as
// Niemi's (5) personal deputy; an agenda of three items.
MeetingRecord::Setting board()
{
    MeetingRecord::Setting setting;
    const char *names[][2] = {{"Aino", "Mäkelä"}, {"Bertil", "Åström"}, {"Cecilia", "Öhman"},
                              {"Daniel", "Virtanen"}, {"Outi", "Niemi"}};
    for (int i = 0; i < 5; ++i) {
        setting.seats.append({i + 1, i == 4 ? 15 : 0});
        setting.names.insert(i + 1, QString::fromUtf8(names[i][0]) + u' ' + QString::fromUtf8(names[i][1]));
        setting.surnames.insert(i + 1, QString::fromUtf8(names[i][1]));
    }
    setting.names.insert(15, QStringLiteral("Fanni Lahti"));
    setting.surnames.insert(15, QStringLiteral("Lahti"));
    setting.body = QStringLiteral("Kunnanhallitus");
    setting.chair = 1;
    setting.viceChairs = {2};
    setting.items = 3;
    setting.day = QDate(2026, 12, 14);
    return setting;
}

// Records events after those recorded, as the console does through the store.
class Session
{
public:
    Session() { progress.setRecord(setting, MeetingRecord::replay(setting, {}).value()); }

    void record(const QList<QJsonObject> &more)
    {
        events += more;
        const auto replay = MeetingRecord::replay(setting, events);
        INFO(replay.error().toStdString());
        REQUIRE(replay.ok());
        progress.setRecord(setting, *replay);
    }
    template<typename T>
    T made(const Result<T> &result)
    {
        INFO(result.error().toStdString());
        REQUIRE(result.ok());
        return *result;
    }

    const MeetingRecord::Setting setting = board();
    QList<QJsonObject> events;
    MeetingProgress progress;
};

} // namespace

TEST_CASE("Before the opening the ticked attendance gives the quorum and the opening events", "[progress]")
{
    Session meeting;
    MeetingProgress &progress = meeting.progress;
    progress.resume();
    CHECK(progress.position() == 1);
    CHECK(progress.presentNow() == QSet<qint64>{1, 2, 3, 4, 5});
    CHECK(progress.quorumText() == QStringLiteral("✔ Quorum: 5 of 5 seats taken, 3 needed. The body has a quorum."));
    CHECK_FALSE(progress.itemState().canPropose);
    CHECK(progress.noVoteReason(progress.itemState()) == QStringLiteral("Votes are taken once the meeting is opened."));
    // Lahti ticked while Niemi is ticked too.
    progress.tick(15, true);
    CHECK(progress.quorumText() == QStringLiteral("Attendance: Fanni Lahti cannot sit for Outi Niemi, who is present "
                                                  "(event 2 (attendance))."));
    progress.tick(5, false);
    CHECK(progress.seatsTaken() == 5);
    CHECK(progress.seatStatus(progress.setting().seats.at(4)) == QStringLiteral("deputy votes"));
    CHECK(progress.memberLabel(progress.setting().seats.at(0)) == QStringLiteral("Aino Mäkelä (chair)"));
    CHECK(progress.memberLabel(progress.setting().seats.at(1)) == QStringLiteral("Bertil Åström (vice chair)"));

    // Everyone else attending needs a name; empty rows are left out.
    const auto nameless = progress.opening(QDateTime(QDate(2026, 12, 14), QTime(16, 2)), {{QString(), QString()}, {QString(), QStringLiteral("asiantuntija")}});
    CHECK(nameless.error() == QStringLiteral("Row 2 of the others attending has a role but no name; give the name or "
                                             "clear the row."));
    const QList<QJsonObject> opening = meeting.made(progress.opening(
        QDateTime(QDate(2026, 12, 14), QTime(16, 2)), {{QStringLiteral(" Pekka Pöyhönen "), QStringLiteral("esittelijä")}, {QString(), QString()}}));
    REQUIRE(opening.size() == 2);
    CHECK(compactJson(opening.at(0)) == compactJson(MeetingEvents::open(QDateTime(QDate(2026, 12, 14), QTime(16, 2)))));
    CHECK(compactJson(opening.at(1))
          == compactJson(MeetingEvents::attendance({1, 2, 3, 4}, {{5, 15}},
                                            {{QStringLiteral("Pekka Pöyhönen"), QStringLiteral("esittelijä")}})));
}

TEST_CASE("During the meeting the progress says what can be recorded and makes its events", "[progress]")
{
    Session meeting;
    MeetingProgress &progress = meeting.progress;
    progress.resume();
    progress.tick(5, false);
    progress.tick(15, true);
    meeting.record(meeting.made(progress.opening(QDateTime(QDate(2026, 12, 14), QTime(16, 0)), {})));
    progress.resume();
    REQUIRE(progress.position() == 1);

    // Item 1, only the base proposal: nothing to vote on, decidable.
    MeetingProgress::ItemState state = progress.itemState();
    CHECK(state.open);
    CHECK(state.canPropose);
    CHECK(state.canElect);
    CHECK(state.canDecide);
    CHECK_FALSE(state.canReorder);
    CHECK_FALSE(state.nextVote);
    CHECK(progress.noVoteReason(state) == QStringLiteral("No vote is waiting."));
    CHECK(progress.outcomeText(state) == QStringLiteral("Outcome: adopted as proposed – The base proposal."));

    // A counter-proposal needs its words and a proposer who takes part.
    CHECK(progress.proposal(ProposalType::Counter, 4, QStringLiteral("  "), 0).error()
          == QStringLiteral("Write the proposal as it was made; the minutes quote it."));
    CHECK(progress.proposal(ProposalType::Tabling, 5, QString(), 0).error()
          == QStringLiteral("Nobody present may make a proposal in this item."));
    const QJsonObject proposal = meeting.made(progress.proposal(ProposalType::Counter, 4, QStringLiteral(" toisin "), 2));
    CHECK(compactJson(proposal)
          == compactJson(MeetingEvents::proposal(1, QStringLiteral("virtanen"), ProposalType::Counter, 4, QStringLiteral("toisin"), 2)));
    meeting.record({proposal});
    // A second proposal of the same person gets an id of its own.
    CHECK(meeting.made(progress.proposal(ProposalType::Rejection, 4, QStringLiteral("hylätään"), 0)).value(u"id")
          == QStringLiteral("virtanen-2"));
    state = progress.itemState();
    QList<MeetingProgress::ProposalRow> rows = progress.proposalRows(state);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).label == QStringLiteral("The base proposal"));
    CHECK(rows.at(0).text == QStringLiteral("as the agenda"));
    CHECK(rows.at(1).label == QStringLiteral("Virtanen's proposal"));
    CHECK(rows.at(1).kind == QStringLiteral("counter-proposal"));
    CHECK(rows.at(1).proposer == QStringLiteral("Daniel Virtanen"));
    CHECK(rows.at(1).seconders == QStringLiteral("not seconded"));
    // Unseconded, it would lapse: no vote waits.
    CHECK_FALSE(state.nextVote);

    // Seconding: the latest proposal unless another is selected; not by its proposer.
    CHECK(progress.proposalToSecond(QString()) == QStringLiteral("virtanen"));
    CHECK(progress.proposalToSecond(QStringLiteral("base")) == QStringLiteral("virtanen"));
    QList<qint64> seconders;
    for (const auto &[id, name] : progress.possibleSeconders(QStringLiteral("virtanen")))
        seconders.append(id);
    CHECK(seconders == QList<qint64>{1, 2, 3, 15});
    meeting.record({progress.second(QStringLiteral("virtanen"), 15)});

    // The vote: the base proposal (JAA) against Virtanen's (EI).
    state = progress.itemState();
    REQUIRE(state.nextVote);
    CHECK(state.canReorder);
    CHECK(progress.voteQuestion(state) == QStringLiteral("Round 1 of 1: The base proposal against Virtanen's proposal"));
    CHECK(progress.voteRule(state).isSimple());
    const QMap<qint64, Voting::Ballot> ballots{{1, Voting::Ballot::Yes}, {2, Voting::Ballot::Yes},
                                               {3, Voting::Ballot::No}, {4, Voting::Ballot::No},
                                               {15, Voting::Ballot::No}};
    ItemDecision::VoteRecord vote;
    vote.ballots = ballots;
    // An order the chair dragged is recorded with the first vote.
    CHECK_FALSE(progress.dragOrder({QStringLiteral("virtanen")}).ok());
    CHECK_FALSE(progress.orderDragged());
    REQUIRE(progress.dragOrder({QStringLiteral("base"), QStringLiteral("virtanen")}).ok());
    QList<QJsonObject> events = meeting.made(progress.vote(ballots));
    REQUIRE(events.size() == 2);
    CHECK(compactJson(events.at(0)) == compactJson(MeetingEvents::order(1, {QStringLiteral("base"), QStringLiteral("virtanen")})));
    // Another item drops the dragged order.
    REQUIRE(progress.setPosition(2));
    REQUIRE(progress.setPosition(1));
    CHECK_FALSE(progress.orderDragged());
    events = meeting.made(progress.vote(ballots));
    REQUIRE(events.size() == 1);
    CHECK(compactJson(events.first()) == compactJson(MeetingEvents::vote(1, vote)));
    meeting.record(events);

    // Counted: 2 JAA, 3 EI; Virtanen's proposal is adopted.
    state = progress.itemState();
    CHECK_FALSE(state.canPropose);
    CHECK(state.canDecide);
    CHECK(progress.outcomeText(state)
          == QStringLiteral("Outcome: adopted per a counter-proposal – Virtanen's proposal."));
    CHECK(progress.itemStatus(*state.record) == QStringLiteral("in handling"));
    const MeetingProgress::Texts preview = progress.preview(Language::Finnish);
    CHECK(preview.decision.startsWith(QStringLiteral("<p>")));
    CHECK(preview.proceedings.contains(QStringLiteral("Virtanen ehdotti Lahden kannattamana")));
    meeting.record({progress.dissent(1, QStringLiteral(" Ei perusteltu. "))});
    CHECK(progress.outcomeText(progress.itemState()).endsWith(QStringLiteral(" Dissent: Aino Mäkelä.")));
    meeting.record({progress.decision()});
    state = progress.itemState();
    CHECK_FALSE(state.open);
    CHECK_FALSE(state.canDecide);
    CHECK(progress.itemStatus(*state.record) == QStringLiteral("decided: adopted per a counter-proposal"));
    CHECK(progress.noVoteReason(state) == QStringLiteral("The item is decided."));
    CHECK(progress.preview(Language::Finnish).decision.isEmpty());
    CHECK(progress.undecided() == QList<int>{2, 3});

    // After the decision a departure happens before the next item.
    CHECK(progress.movePosition() == 2);
    const QJsonObject leaving = progress.move(3, false, QTime(16, 40));
    CHECK(compactJson(leaving) == compactJson(MeetingEvents::move({3, Attendance::Movement::Leaves, 2, QTime(16, 40)})));
    meeting.record({leaving});
    CHECK(progress.presentPersons() == QList<qint64>{1, 2, 4, 15});

    // Item 2: a disqualification needs its ground; the base proposal's changes their words.
    REQUIRE(progress.setPosition(2));
    CHECK(progress.disqualification(3, QStringLiteral("HL 28 §")).error() == QStringLiteral("Nobody present to disqualify."));
    CHECK(progress.disqualification(4, QStringLiteral(" ")).error()
          == QStringLiteral("Give the ground of the disqualification; the minutes state it."));
    meeting.record({meeting.made(progress.disqualification(4, QStringLiteral("HL 28 § 1 mom. 1 k")))});
    CHECK(progress.seatStatus(progress.setting().seats.at(3)) == QStringLiteral("disqualified"));
    CHECK(progress.seatStatus(progress.setting().seats.at(2)) == QStringLiteral("seat empty"));
    CHECK(progress.quorumText() == QStringLiteral("✔ Quorum: 3 of 5 seats taken, 3 needed. The body has a quorum."));
    CHECK(progress.amend(QStringLiteral(" ")).error() == QStringLiteral("Write the text as it was presented; the minutes quote it."));
    meeting.record({meeting.made(progress.amend(QStringLiteral("määräraha 20 000 euroa")))});
    rows = progress.proposalRows(progress.itemState());
    CHECK(rows.first().text == QStringLiteral("as the agenda, amended: määräraha 20 000 euroa"));
    // A qualified majority is shown as the side that needs it.
    meeting.record({MeetingEvents::majority(2, {2, 3, QStringLiteral("base")}),
                    meeting.made(progress.proposal(ProposalType::Counter, 2, QStringLiteral("toisin"), 0))});
    meeting.record({progress.second(QStringLiteral("åström"), 1)});
    state = progress.itemState();
    REQUIRE(state.nextVote);
    const Voting::MajorityRule rule = progress.voteRule(state);
    CHECK(rule.numerator == 2);
    CHECK(rule.denominator == 3);
    CHECK(rule.proposal == QStringLiteral("yes"));

    // Item 3: an election.
    REQUIRE(progress.setPosition(3));
    CHECK(progress.itemState().canElect);
    MeetingRecord::Election election;
    election.method = QStringLiteral("majority");
    election.seats = 1;
    election.candidates = {{QStringLiteral("Kaisa Koivu"), 3}, {QStringLiteral("Lauri Lehto"), 1}};
    election.seed = 3;
    meeting.record({progress.election(election)});
    state = progress.itemState();
    CHECK(progress.outcomeText(state) == QStringLiteral("Elected: Kaisa Koivu."));
    CHECK(progress.itemStatus(*state.record) == QStringLiteral("election recorded"));
    CHECK(progress.noVoteReason(state) == QStringLiteral("An election is recorded with its own votes."));
    CHECK_FALSE(state.canDissent);
    CHECK(state.canDecide);
}

TEST_CASE("Opening on another day than the planned one is warned of, naming both days", "[progress]")
{
    Session meeting;
    MeetingProgress &progress = meeting.progress;
    progress.resume();
    const QDateTime planned(QDate(2026, 12, 14), QTime(16, 3));
    const QDateTime early(QDate(2026, 12, 5), QTime(16, 3));
    CHECK(progress.openingDayWarning(planned).isEmpty());
    const QLocale locale;
    CHECK(progress.openingDayWarning(early)
          == QStringLiteral("This meeting was planned for %1, and today is %2. If you open it now, the minutes will "
                            "give today as the meeting's date.")
                 .arg(locale.toString(QDate(2026, 12, 14), QLocale::LongFormat),
                      locale.toString(QDate(2026, 12, 5), QLocale::LongFormat)));
    // The opening records the day it happened.
    const QList<QJsonObject> opening = meeting.made(progress.opening(early, {}));
    CHECK(opening.first().value(u"at").toString() == QStringLiteral("2026-12-05T16:03"));
    meeting.record(opening);
    CHECK(progress.replay().openedAt == early);
}

TEST_CASE("Remote participation is ticked before the opening, given on arrival and changed during the meeting",
          "[progress]")
{
    Session meeting;
    MeetingProgress &progress = meeting.progress;
    progress.resume();
    // Only someone ticked present takes part by a remote connection; clearing
    // the presence clears it.
    progress.tickRemote(15, true);
    CHECK(progress.remoteNow().isEmpty());
    progress.tickRemote(3, true);
    progress.tick(3, false);
    progress.tick(3, true);
    CHECK(progress.remoteNow().isEmpty());
    progress.tickRemote(3, true);
    progress.tick(5, false);
    progress.tick(15, true);
    progress.tickRemote(15, true);
    CHECK(progress.remoteNow() == QSet<qint64>{3, 15});
    CHECK(progress.holder(progress.setting().seats.at(4)) == 15);
    // The preview knows who is remote, as the record will.
    CHECK(progress.current()->presence.remote == QSet<qint64>{3, 15});
    const QList<QJsonObject> opening = meeting.made(progress.opening(QDateTime(QDate(2026, 12, 14), QTime(16, 0)), {}));
    CHECK(compactJson(opening.at(1)) == compactJson(MeetingEvents::attendance({1, 2, 3, 4}, {{5, 15}}, {}, {3, 15})));
    // The participation of someone not present cannot change before the opening.
    CHECK(progress.participation(4, true, QTime(16, 0)).error()
          == QStringLiteral("How someone takes part can change only while the meeting is running."));
    meeting.record(opening);
    progress.resume();
    CHECK(progress.replay().attendance.remoteAtOpening == QSet<qint64>{3, 15});
    CHECK(progress.remoteNow() == QSet<qint64>{3, 15});

    // Virtanen changes to a remote connection during item 1, Öhman comes to the room.
    const QJsonObject virtanen = meeting.made(progress.participation(4, true, QTime(16, 10)));
    CHECK(compactJson(virtanen)
          == compactJson(MeetingEvents::move({4, Attendance::Movement::Switches, 1, QTime(16, 10), true})));
    meeting.record({virtanen, meeting.made(progress.participation(3, false, QTime(16, 12)))});
    CHECK(progress.remoteNow() == QSet<qint64>{4, 15});
    // A change is no departure: everyone is still present.
    CHECK(progress.presentPersons() == QList<qint64>{1, 2, 3, 4, 15});
    CHECK(progress.current()->presence.remote == QSet<qint64>{4, 15});
    CHECK(progress.participation(4, true, QTime(16, 13)).error()
          == QStringLiteral("Daniel Virtanen already takes part by a remote connection."));
    CHECK(progress.participation(3, false, QTime(16, 13)).error()
          == QStringLiteral("Cecilia Öhman is already in the meeting room."));
    CHECK(progress.participation(5, true, QTime(16, 13)).error()
          == QStringLiteral("Outi Niemi is not present; record their arrival instead."));

    // Lahti's connection drops: she leaves, and arrives again by a remote connection.
    meeting.record({progress.move(15, false, QTime(16, 20))});
    CHECK(progress.remoteNow() == QSet<qint64>{4});
    CHECK(progress.holder(progress.setting().seats.at(4)) == 0);
    QList<qint64> absent;
    for (const auto &[id, name] : progress.absentPersons())
        absent.append(id);
    CHECK(absent == QList<qint64>{5, 15});
    const QJsonObject arrival = progress.move(15, true, QTime(16, 25), true);
    CHECK(compactJson(arrival)
          == compactJson(MeetingEvents::move({15, Attendance::Movement::Arrives, 1, QTime(16, 25), true})));
    meeting.record({arrival});
    CHECK(progress.remoteNow() == QSet<qint64>{4, 15});
    // A departure is never remote.
    CHECK_FALSE(progress.move(15, false, QTime(16, 30), true).contains(u"remote"));
}

TEST_CASE("A temporary chair presides when the chair and every vice chair are away or disqualified", "[progress]")
{
    Session meeting;
    MeetingProgress &progress = meeting.progress;
    progress.resume();
    CHECK(progress.presidingText() == QStringLiteral("Presiding: Aino Mäkelä (chair)"));
    progress.tick(1, false);
    progress.tick(2, false);
    CHECK(progress.presidingText()
          == QStringLiteral("Neither the chair nor a vice chair is ticked present: once the meeting is opened, the "
                            "body chooses a temporary chair."));
    CHECK_FALSE(progress.needsTemporaryChair());
    progress.tick(1, true);
    progress.tick(2, true);
    meeting.record(meeting.made(progress.opening(QDateTime(QDate(2026, 12, 14), QTime(16, 0)), {})));
    progress.resume();
    CHECK(progress.presiding() == 1);
    CHECK_FALSE(progress.needsTemporaryChair());
    CHECK(progress.temporaryChair(3).error()
          == QStringLiteral("Aino Mäkelä presides over this item; the body chooses a temporary chair only when the "
                            "chair and every vice chair are away or disqualified."));

    // Item 2: the chair is disqualified, and the vice chair presides until he leaves.
    REQUIRE(progress.setPosition(2));
    meeting.record({meeting.made(progress.disqualification(1, QStringLiteral("HL 28 § 1 mom. 1 k")))});
    CHECK(progress.presidingText() == QStringLiteral("Presiding: Bertil Åström (vice chair)"));
    meeting.record({progress.move(2, false, QTime(16, 30))});
    CHECK(progress.presiding() == 0);
    CHECK(progress.needsTemporaryChair());
    CHECK(progress.presidingText()
          == QStringLiteral("Neither the chair nor a vice chair can preside over this item: choose a temporary chair."));
    CHECK(progress.temporaryChair(1).error()
          == QStringLiteral("Aino Mäkelä does not take part in this item and cannot preside over it."));
    CHECK(progress.temporaryChair(0).error()
          == QStringLiteral("Choose the temporary chair among those taking part in this item."));

    // Virtanen's counter-proposal, seconded by Niemi. A tie with no one
    // presiding cannot be recorded.
    meeting.record({meeting.made(progress.proposal(ProposalType::Counter, 4, QStringLiteral("toisin"), 0))});
    meeting.record({progress.second(QStringLiteral("virtanen"), 5)});
    const QMap<qint64, Voting::Ballot> ballots{{3, Voting::Ballot::Yes}, {4, Voting::Ballot::No}, {5, Voting::Ballot::Blank}};
    const QList<QJsonObject> tie = meeting.made(progress.vote(ballots));
    CHECK(QString(MeetingRecord::replay(meeting.setting, meeting.events + tie).error())
              .contains(QStringLiteral("Record the temporary chair the body chose.")));

    // The body chooses Öhman; her vote decides the tie.
    const QJsonObject chosen = meeting.made(progress.temporaryChair(3));
    CHECK(compactJson(chosen) == compactJson(MeetingEvents::temporaryChair(2, 3)));
    meeting.record({chosen});
    CHECK(progress.presiding() == 3);
    CHECK_FALSE(progress.needsTemporaryChair());
    CHECK(progress.presidingText() == QStringLiteral("Presiding: Cecilia Öhman (temporary chair)"));
    MeetingProgress::ItemState state = progress.itemState();
    REQUIRE(state.nextVote);
    CHECK(state.input.chair == 3);
    meeting.record(meeting.made(progress.vote(ballots)));
    state = progress.itemState();
    REQUIRE(state.outcome);
    REQUIRE(state.outcome->rounds.size() == 1);
    CHECK(state.outcome->rounds.first().result.decidedBy == Voting::DecidedBy::ChairsVote);
    CHECK(state.outcome->adopted == QStringLiteral("base"));
    meeting.record({progress.decision()});
    CHECK(progress.presidingText() == QStringLiteral("Presiding: Cecilia Öhman (temporary chair)"));
    CHECK(progress.temporaryChair(4).error()
          == QStringLiteral("A temporary chair is chosen for an item being handled in the meeting."));
    // Item 3: the chair presides again.
    REQUIRE(progress.setPosition(3));
    CHECK(progress.presiding() == 1);
}

TEST_CASE("Officials and those invited are expected to attend without a seat", "[progress]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting held = recordMeeting(*store);
    const Meeting next = addUnheldMeeting(*store, held.meeting);
    qint64 niemi = 0;
    for (const Person &person : required(store->persons())) {
        if (person.familyName == u"Niemi")
            niemi = person.id;
    }
    Invitee chair;
    chair.meetingId = next.id;
    chair.personId = niemi;
    chair.role = QStringLiteral("valtuuston puheenjohtaja");
    required(store->addInvitee(chair));
    Invitee expert;
    expert.meetingId = next.id;
    expert.name = QStringLiteral("Kaisa Konsultti");
    expert.role = QStringLiteral("asiantuntija, § 2");
    expert.email = QStringLiteral("kaisa@example.fi");
    required(store->addInvitee(expert));

    // The presenter (Pöyhönen) and the secretary (Laine) as the body's
    // memberships list them, then those invited in order.
    auto listed = [&](Language language) {
        QStringList result;
        for (const MeetingRecord::OtherAttendee &other : required(MeetingProgress::expectedOthers(*store, next, language)))
            result.append(other.name + QStringLiteral(": ") + other.role);
        return result;
    };
    CHECK(listed(Language::Finnish).join(u'|').toStdString()
          == QStringList{QStringLiteral("Pekka Pöyhönen: esittelijä"), QStringLiteral("Liisa Laine: pöytäkirjanpitäjä"),
                         QStringLiteral("Eero Niemi: valtuuston puheenjohtaja"),
                         QStringLiteral("Kaisa Konsultti: asiantuntija, § 2")}.join(u'|').toStdString());
    CHECK(listed(Language::Swedish).mid(0, 2).join(u'|').toStdString()
          == QStringList{QStringLiteral("Pekka Pöyhönen: föredragande"), QStringLiteral("Liisa Laine: protokollförare")}
                 .join(u'|').toStdString());
}
