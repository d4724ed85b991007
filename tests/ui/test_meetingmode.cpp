#include <catch2/catch.hpp>

#include "testsupport.h"
#include "waituntil.h"

#include "eventdialogs.h"
#include "mainwindow.h"
#include "meetingconsole.h"
#include "richtextedit.h"
#include "votingpanel.h"

#include "procedure/meetingsession.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTextCursor>
#include <QTreeWidget>

namespace {

// The dialog a button opened (non-modal, so that the test fills it in).
template<typename Dialog>
Dialog *openDialog(QWidget *owner)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const QList<Dialog *> dialogs = owner->findChildren<Dialog *>();
    for (Dialog *dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    FAIL("no dialog is open");
    return nullptr;
}

void choose(QComboBox *box, const QString &text)
{
    const int index = box->findText(text);
    INFO(text.toStdString());
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

// The attendance row of a member.
QTreeWidgetItem *seatOf(MeetingConsole &console, const QString &member)
{
    QTreeWidget *view = console.attendanceView();
    for (int row = 0; row < view->topLevelItemCount(); ++row) {
        if (view->topLevelItem(row)->text(MeetingConsole::MemberColumn).startsWith(member))
            return view->topLevelItem(row);
    }
    FAIL("no seat of " << member.toStdString());
    return nullptr;
}

// Ticks or unticks a seat of the open meeting, and waits until the console
// has recorded the arrival or departure (it does once the view has let go of
// the row) or refused it.
void tick(MeetingConsole &console, Store &store, qint64 meeting, const QString &member, Qt::CheckState state)
{
    const qsizetype before = required(store.meetingEvents(meeting)).size();
    seatOf(console, member)->setCheckState(MeetingConsole::MemberColumn, state);
    REQUIRE(waitUntil([&] { return !console.lastError().isEmpty() || required(store.meetingEvents(meeting)).size() > before; },
                      5000));
}

qint64 personId(Store &store, const QString &name)
{
    for (const Person &person : required(store.persons())) {
        if (person.displayName() == name)
            return person.id;
    }
    FAIL("no person " << name.toStdString());
    return 0;
}

// A store at `path` with the board's held meeting KH 12/2026 and its next,
// KH 13/2026, not yet held, whose agenda has items with these titles.
Meeting writeUnheldMeeting(const QString &path, std::initializer_list<const char *> titles)
{
    auto store = createStore(path);
    const RecordedMeeting held = recordMeeting(*store);
    const Meeting meeting = addUnheldMeeting(*store, held.meeting);
    for (const char *title : titles) {
        AgendaItem item;
        item.meetingId = meeting.id;
        item.title = QString::fromUtf8(title);
        item.proposal = QStringLiteral("<p>Hyväksytään.</p>");
        required(store->addAgendaItem(item));
    }
    return meeting;
}

} // namespace

TEST_CASE("A short meeting run through the widgets: attendance, a counter-proposal, a roll call, a dissent",
          "[ui][meetingmode]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("meeting.sqlite"));
    const Meeting meeting = writeUnheldMeeting(path, {"Kokouksen avaus, laillisuus ja päätösvaltaisuus",
                                                      "Liikuntahallin peruskorjaus", "Tiedoksi saatettavat asiat"});
    MainWindow window(openStore(path));
    Store &store = window.store();
    MeetingConsole *console = window.runMeeting(meeting.id);
    REQUIRE(console);
    QTime clock(16, 2);
    console->setClock([&clock, &meeting] { return QDateTime(meeting.plannedStart.date(), clock); });
    QStringList asked;
    console->setConfirmation([&asked](const QString &question) {
        asked.append(question);
        return true;
    });
    const qint64 makela = personId(store, QStringLiteral("Aino Mäkelä")),
                 astrom = personId(store, QStringLiteral("Bertil Åström")),
                 ohman = personId(store, QStringLiteral("Cecilia Öhman")),
                 virtanen = personId(store, QStringLiteral("Daniel Virtanen")),
                 lahti = personId(store, QStringLiteral("Fanni Lahti"));

    // Before the opening: everyone is ticked; Niemi is away and his deputy Lahti comes.
    CHECK(console->openAction()->isEnabled());
    CHECK_FALSE(console->closeAction()->isEnabled());
    CHECK(console->othersTable()->rowCount() == 2); // the secretary and the presenter
    QStringList roles{console->othersTable()->item(0, 1)->text(), console->othersTable()->item(1, 1)->text()};
    roles.sort();
    CHECK(roles == QStringList{QStringLiteral("esittelijä"), QStringLiteral("pöytäkirjanpitäjä")});
    // Ticking the deputy while the member is ticked too is shown as a problem.
    seatOf(*console, QStringLiteral("Eero Niemi"))->setCheckState(MeetingConsole::DeputyColumn, Qt::Checked);
    CHECK(waitUntil([&] { return console->quorumLabel()->text().contains(QStringLiteral("cannot sit for Eero Niemi, who is present")); },
                    5000));
    CHECK_FALSE(console->proposalButton()->isEnabled());
    seatOf(*console, QStringLiteral("Eero Niemi"))->setCheckState(MeetingConsole::MemberColumn, Qt::Unchecked);
    CHECK(waitUntil([&] { return console->quorumLabel()->text().contains(QStringLiteral("5 of 5 seats taken")); }, 5000));
    CHECK(console->quorumLabel()->text().contains(QStringLiteral("has a quorum")));
    CHECK(seatOf(*console, QStringLiteral("Eero Niemi"))->text(MeetingConsole::ItemColumn) == QStringLiteral("deputy votes"));

    console->openAction()->trigger();
    REQUIRE(console->lastError().isEmpty());
    CHECK(asked.last().contains(QStringLiteral("5 of 5 seats")));
    Meeting opened = required(store.meeting(meeting.id)).value();
    CHECK(opened.state == MeetingState::InProgress);
    CHECK(opened.actualStart.time() == QTime(16, 2));
    // § numbers are given at the opening and shown.
    CHECK(console->itemsView()->topLevelItem(0)->text(0).startsWith(QStringLiteral("§ ")));
    CHECK(console->currentPosition() == 1);
    CHECK_FALSE(console->openAction()->isEnabled());

    // § 1: no proposals, decided as proposed.
    REQUIRE(console->decisionButton()->isEnabled());
    QTest::mouseClick(console->decisionButton(), Qt::LeftButton);
    REQUIRE(console->lastError().isEmpty());
    CHECK(console->itemsView()->topLevelItem(0)->text(2).startsWith(QStringLiteral("decided")));

    // § 2: Öhman leaves at 16.20, during the item.
    console->itemsView()->setCurrentItem(console->itemsView()->topLevelItem(1));
    REQUIRE(console->currentPosition() == 2);
    clock = QTime(16, 20);
    tick(*console, store, meeting.id, QStringLiteral("Cecilia Öhman"), Qt::Unchecked);
    REQUIRE(console->lastError().isEmpty());
    CHECK(console->quorumLabel()->text().contains(QStringLiteral("4 of 5 seats taken")));
    CHECK(seatOf(*console, QStringLiteral("Cecilia Öhman"))->text(MeetingConsole::ItemColumn) == QStringLiteral("seat empty"));

    // Virtanen's counter-proposal; a proposal without its words is refused in the dialog.
    QTest::mouseClick(console->proposalButton(), Qt::LeftButton);
    auto *proposal = openDialog<EventDialog>(console);
    choose(proposal->findChild<QComboBox *>(QStringLiteral("by")), QStringLiteral("Daniel Virtanen"));
    proposal->accept();
    CHECK(proposal->isVisible());
    CHECK(proposal->error().contains(QStringLiteral("Write the proposal")));
    proposal->findChild<QPlainTextEdit *>(QStringLiteral("text"))
        ->setPlainText(QStringLiteral("peruskorjaus siirretään vuoteen 2028"));
    proposal->accept();
    REQUIRE(proposal->error().isEmpty());
    REQUIRE(console->proposalsView()->topLevelItemCount() == 2);
    CHECK(console->proposalsView()->topLevelItem(1)->text(3) == QStringLiteral("not seconded"));
    // Unseconded, it would lapse: no vote waits.
    CHECK_FALSE(console->votingPanel()->hasVote());

    // Lahti seconds it.
    console->proposalsView()->setCurrentItem(console->proposalsView()->topLevelItem(1));
    REQUIRE(console->secondButton()->isEnabled());
    QTest::mouseClick(console->secondButton(), Qt::LeftButton);
    auto *seconding = openDialog<EventDialog>(console);
    auto *seconder = seconding->findChild<QComboBox *>(QStringLiteral("by"));
    CHECK(seconder->findText(QStringLiteral("Daniel Virtanen")) < 0); // not the proposer
    choose(seconder, QStringLiteral("Fanni Lahti"));
    seconding->accept();
    REQUIRE(seconding->error().isEmpty());
    CHECK(console->proposalsView()->topLevelItem(1)->text(3) == QStringLiteral("Fanni Lahti"));
    REQUIRE(console->orderView()->count() == 2);

    // The roll call: the base proposal (Yes) against Virtanen's (No); 2–2, the chair decides.
    VotingPanel *panel = console->votingPanel();
    REQUIRE(panel->hasVote());
    CHECK_FALSE(panel->recordButton()->isEnabled());
    panel->setBallot(makela, Voting::Ballot::Yes);
    panel->setBallot(astrom, Voting::Ballot::Yes);
    panel->setBallot(virtanen, Voting::Ballot::No);
    CHECK(panel->totalsLabel()->text().contains(QStringLiteral("not yet given 1")));
    panel->setBallot(lahti, Voting::Ballot::No);
    REQUIRE(panel->recordButton()->isEnabled());
    CHECK(panel->resultLabel()->text().contains(QStringLiteral("decided by the chair")));
    CHECK(panel->resultLabel()->text().contains(QStringLiteral("The base proposal wins 2–2")));
    QTest::mouseClick(panel->recordButton(), Qt::LeftButton);
    REQUIRE(console->lastError().isEmpty());
    CHECK(console->outcomeLabel()->text().contains(QStringLiteral("adopted as proposed")));

    // Mäkelä voted for the decision: her dissent is refused and nothing is kept.
    const qsizetype eventsBefore = required(store.meetingEvents(meeting.id)).size();
    QTest::mouseClick(console->dissentButton(), Qt::LeftButton);
    auto *dissent = openDialog<EventDialog>(console);
    choose(dissent->findChild<QComboBox *>(QStringLiteral("person")), QStringLiteral("Aino Mäkelä"));
    dissent->accept();
    CHECK(dissent->isVisible());
    CHECK(dissent->error().contains(QStringLiteral("voted for the decision")));
    CHECK(required(store.meetingEvents(meeting.id)).size() == eventsBefore);
    // Virtanen's is kept.
    choose(dissent->findChild<QComboBox *>(QStringLiteral("person")), QStringLiteral("Daniel Virtanen"));
    dissent->findChild<QPlainTextEdit *>(QStringLiteral("reasons"))->setPlainText(QStringLiteral("Korjaus on kiireellinen."));
    dissent->accept();
    REQUIRE(dissent->error().isEmpty());
    CHECK(console->outcomeLabel()->text().contains(QStringLiteral("Dissent: Daniel Virtanen")));

    // Before the decision the proceedings are a preview; the decision writes them into the item.
    CHECK(console->proceedingsEdit()->isReadOnly());
    CHECK(console->proceedingsEdit()->toPlainText().contains(QStringLiteral("Virtanen ehdotti")));
    QTest::mouseClick(console->decisionButton(), Qt::LeftButton);
    REQUIRE(console->lastError().isEmpty());
    const auto items = required(store.agendaItems(meeting.id));
    CHECK(items.at(1).proceedings.contains(QStringLiteral("Lahden kannattamana")));
    CHECK(items.at(1).proceedings.contains(QStringLiteral("Virtanen jätti päätöksestä eriävän mielipiteen seuraavin perusteluin: Korjaus on kiireellinen.")));
    CHECK(items.at(1).decision.contains(QStringLiteral("Kunnanhallitus hyväksyi pohjaehdotuksen")));
    // The secretary edits the proceedings; they are saved a moment later.
    RichTextEdit *proceedings = console->proceedingsEdit();
    REQUIRE_FALSE(proceedings->isReadOnly());
    proceedings->setFocus();
    proceedings->moveCursor(QTextCursor::End);
    QTest::keyClicks(proceedings, QStringLiteral(" Tarkistettu."));
    CHECK(waitUntil([&] { return required(store.agendaItem(items.at(1).id))->proceedings.contains(QStringLiteral("Tarkistettu.")); },
                    5000));

    // Mäkelä leaves after § 2's decision, while it is still shown: the
    // departure is recorded before § 3, and the vote of § 2 stands.
    clock = QTime(17, 0);
    tick(*console, store, meeting.id, QStringLiteral("Aino Mäkelä"), Qt::Unchecked);
    REQUIRE(console->lastError().isEmpty());

    // § 3: decided; the minute-checkers; the meeting is closed.
    clock = QTime(17, 5);
    console->setCurrentPosition(3);
    QTest::mouseClick(console->decisionButton(), Qt::LeftButton);
    REQUIRE(console->lastError().isEmpty());
    console->minuteCheckersAction()->trigger();
    auto *checkers = openDialog<EventDialog>(console);
    auto *checklist = checkers->findChild<QListWidget *>(QStringLiteral("persons"));
    CHECK(checklist->count() == 3); // Öhman and Mäkelä left
    checkers->accept();
    CHECK(checkers->error().contains(QStringLiteral("Tick")));
    for (int row = 0; row < checklist->count(); ++row) {
        if (checklist->item(row)->text() == QStringLiteral("Bertil Åström")
            || checklist->item(row)->text() == QStringLiteral("Daniel Virtanen"))
            checklist->item(row)->setCheckState(Qt::Checked);
    }
    checkers->accept();
    REQUIRE(checkers->error().isEmpty());
    console->closeAction()->trigger();
    REQUIRE(console->lastError().isEmpty());
    CHECK_FALSE(console->closeAction()->isEnabled());

    // What the store holds, read through a second connection.
    auto reader = openStore(path);
    const Meeting closed = required(reader->meeting(meeting.id)).value();
    CHECK(closed.state == MeetingState::Closed);
    CHECK(closed.actualEnd.time() == QTime(17, 5));
    const MeetingRecord::Replay replay = required(MeetingSession::current(*reader, closed));
    CHECK(replay.closed);
    CHECK(replay.minuteCheckers == QList<qint64>{astrom, virtanen});
    CHECK(replay.attendance.presentAtOpening.contains(lahti));
    CHECK_FALSE(replay.attendance.presentAtOpening.contains(personId(*reader, QStringLiteral("Eero Niemi"))));
    REQUIRE(replay.attendance.moves.size() == 2);
    CHECK(replay.attendance.moves.first().person == ohman);
    CHECK(replay.attendance.moves.first().itemPosition == 2);
    CHECK(replay.attendance.moves.first().at == QTime(16, 20));
    CHECK(replay.attendance.moves.last().person == makela);
    CHECK(replay.attendance.moves.last().itemPosition == 3);
    const MeetingRecord::ItemRecord &decided = replay.items.at(1);
    REQUIRE(decided.outcome.has_value());
    CHECK(decided.outcome->adopted == QStringLiteral("base"));
    REQUIRE(decided.outcome->rounds.size() == 1);
    CHECK(decided.outcome->rounds.first().result.decidedBy == Voting::DecidedBy::ChairsVote);
    CHECK(decided.outcome->rounds.first().ballots.value(lahti) == Voting::Ballot::No);
    REQUIRE(decided.dissents.size() == 1);
    CHECK(decided.dissents.first().reasons == QStringLiteral("Korjaus on kiireellinen."));
    for (const MeetingRecord::ItemRecord &item : replay.items)
        CHECK(item.decided);
    CHECK(reader->check()->ok());
    console->close();
}

TEST_CASE("Meeting mode: tabling by vote, an election and a disqualification", "[ui][meetingmode]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("meeting.sqlite"));
    const Meeting meeting = writeUnheldMeeting(path, {"Kaavamuutos", "Edustajan valinta"});
    MainWindow window(openStore(path));
    Store &store = window.store();
    MeetingConsole *console = window.runMeeting(meeting.id);
    REQUIRE(console);
    console->setClock([&meeting] { return QDateTime(meeting.plannedStart.date(), QTime(9, 0)); });
    console->setConfirmation([](const QString &) { return true; });
    // A role without a name among the others attending is refused, and nothing is recorded.
    const int row = console->othersTable()->rowCount();
    console->othersTable()->insertRow(row);
    console->othersTable()->setItem(row, 1, new QTableWidgetItem(QStringLiteral("asiantuntija")));
    console->openAction()->trigger();
    CHECK(console->lastError().contains(QStringLiteral("no name")));
    CHECK(required(store.meetingEvents(meeting.id)).isEmpty());
    console->othersTable()->setItem(row, 0, new QTableWidgetItem(QStringLiteral("Kaisa Konsultti")));
    console->openAction()->trigger();
    REQUIRE(console->lastError().isEmpty());
    CHECK(console->replay().others.size() == 3);

    // § 1: Virtanen disqualified; Öhman proposes tabling, Åström seconds; tabled 3–1.
    QTest::mouseClick(console->disqualifyButton(), Qt::LeftButton);
    auto *disqualification = openDialog<EventDialog>(console);
    choose(disqualification->findChild<QComboBox *>(QStringLiteral("person")), QStringLiteral("Daniel Virtanen"));
    disqualification->accept();
    CHECK(disqualification->error().contains(QStringLiteral("ground")));
    disqualification->findChild<QLineEdit *>(QStringLiteral("ground"))->setText(QStringLiteral("HL 28 § 1 mom. 1 k"));
    disqualification->accept();
    REQUIRE(disqualification->error().isEmpty());
    CHECK(seatOf(*console, QStringLiteral("Daniel Virtanen"))->text(MeetingConsole::ItemColumn) == QStringLiteral("disqualified"));
    QTest::mouseClick(console->proposalButton(), Qt::LeftButton);
    auto *proposal = openDialog<EventDialog>(console);
    CHECK(proposal->findChild<QComboBox *>(QStringLiteral("by"))->findText(QStringLiteral("Daniel Virtanen")) < 0);
    choose(proposal->findChild<QComboBox *>(QStringLiteral("kind")), QStringLiteral("Table the matter"));
    choose(proposal->findChild<QComboBox *>(QStringLiteral("by")), QStringLiteral("Cecilia Öhman"));
    proposal->accept();
    REQUIRE(proposal->error().isEmpty());
    console->proposalsView()->setCurrentItem(console->proposalsView()->topLevelItem(1));
    QTest::mouseClick(console->secondButton(), Qt::LeftButton);
    auto *seconding = openDialog<EventDialog>(console);
    choose(seconding->findChild<QComboBox *>(QStringLiteral("by")), QStringLiteral("Bertil Åström"));
    seconding->accept();
    REQUIRE(seconding->error().isEmpty());
    VotingPanel *panel = console->votingPanel();
    REQUIRE(panel->hasVote());
    panel->setBallot(personId(store, QStringLiteral("Aino Mäkelä")), Voting::Ballot::Yes);
    panel->fillRemaining(Voting::Ballot::No);
    CHECK(panel->resultLabel()->text().contains(QStringLiteral("Öhman's proposal to table wins 3–1")));
    QTest::mouseClick(panel->recordButton(), Qt::LeftButton);
    REQUIRE(console->lastError().isEmpty());
    CHECK(console->outcomeLabel()->text().contains(QStringLiteral("tabled")));
    QTest::mouseClick(console->decisionButton(), Qt::LeftButton);
    REQUIRE(console->lastError().isEmpty());
    CHECK(required(store.agendaItems(meeting.id)).first().decision.contains(QStringLiteral("pöydälle")));

    // § 2: a majority election with a tie at the last seat, decided by lot.
    console->setCurrentPosition(2);
    REQUIRE(console->electionButton()->isEnabled());
    QTest::mouseClick(console->electionButton(), Qt::LeftButton);
    auto *election = openDialog<ElectionDialog>(console);
    election->seatsBox()->setValue(1);
    election->accept();
    CHECK(election->error().contains(QStringLiteral("candidate")));
    QTableWidget *candidates = election->candidateTable();
    candidates->setItem(0, 0, new QTableWidgetItem(QStringLiteral("Anna Aho")));
    candidates->setItem(0, 1, new QTableWidgetItem(QStringLiteral("2")));
    candidates->setItem(1, 0, new QTableWidgetItem(QStringLiteral("Bo Berg")));
    candidates->setItem(1, 1, new QTableWidgetItem(QStringLiteral("kaksi")));
    election->accept();
    CHECK(election->error().contains(QStringLiteral("whole number")));
    candidates->item(1, 1)->setText(QStringLiteral("2"));
    election->accept();
    REQUIRE(election->error().isEmpty());
    CHECK(console->outcomeLabel()->text().contains(QStringLiteral("A lot between Anna Aho, Bo Berg")));
    QTest::mouseClick(console->decisionButton(), Qt::LeftButton);
    REQUIRE(console->lastError().isEmpty());
    CHECK(console->itemsView()->topLevelItem(1)->text(2).startsWith(QStringLiteral("elected: ")));
    console->close();
}
