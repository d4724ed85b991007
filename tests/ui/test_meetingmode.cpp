#include <catch2/catch.hpp>

#include "testsupport.h"
#include "uitestsupport.h"
#include "waituntil.h"

#include "eventdialogs.h"
#include "mainwindow.h"
#include "meetingconsole.h"
#include "recordpanel.h"
#include "richtextedit.h"
#include "votingpanel.h"

#include "procedure/meetingevents.h"
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
#include <QSysInfo>
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
    // On the planned day only the usual question is asked.
    CHECK(asked.last() == QStringLiteral("Open the meeting at 16.02 with 5 of 5 seats taken?"));
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
    // On the planned day the heading gives the times alone.
    // Times as the documents write them, in every language.
    CHECK(console->headingLabel()->text().endsWith(QStringLiteral(" · opened 16.02, closed 17.05")));

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

TEST_CASE("Meeting mode: opening on another day, remote participation and a temporary chair", "[ui][meetingmode]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("meeting.sqlite"));
    const Meeting meeting = writeUnheldMeeting(path, {"Kokouksen avaus", "Hankintapäätös", "Tiedoksi saatettavat asiat"});
    MainWindow window(openStore(path));
    Store &store = window.store();
    MeetingConsole *console = window.runMeeting(meeting.id);
    REQUIRE(console);
    const QDate planned = meeting.plannedStart.date();
    QDateTime now(planned.addDays(-9), QTime(16, 3));
    console->setClock([&now] { return now; });
    QStringList asked;
    bool agree = false;
    console->setConfirmation([&asked, &agree](const QString &question) {
        asked.append(question);
        return agree;
    });
    const qint64 ohman = personId(store, QStringLiteral("Cecilia Öhman")),
                 virtanen = personId(store, QStringLiteral("Daniel Virtanen")),
                 lahti = personId(store, QStringLiteral("Fanni Lahti"));
    const QLocale locale;
    using Column = MeetingConsole::AttendanceColumn;

    // Before the opening, from the keyboard: Right moves to Öhman's Remote
    // column and Space ticks it; the list says it in words.
    QTreeWidget *attendance = console->attendanceView();
    attendance->setFocus();
    attendance->setCurrentItem(seatOf(*console, QStringLiteral("Cecilia Öhman")), Column::MemberColumn);
    QTest::keyClick(attendance, Qt::Key_Right);
    QTest::keyClick(attendance, Qt::Key_Right);
    REQUIRE(attendance->currentColumn() == Column::RemoteColumn);
    QTest::keyClick(attendance, Qt::Key_Space);
    REQUIRE(waitUntil([&] { return seatOf(*console, QStringLiteral("Cecilia Öhman"))->text(Column::RemoteColumn) == u"remote"; },
                      5000));
    CHECK(seatOf(*console, QStringLiteral("Cecilia Öhman"))->data(Column::MemberColumn, Qt::AccessibleTextRole).toString()
          == QStringLiteral("Cecilia Öhman, present by a remote connection"));
    CHECK(seatOf(*console, QStringLiteral("Cecilia Öhman"))->data(Column::RemoteColumn, Qt::AccessibleTextRole).toString()
          == QStringLiteral("Cecilia Öhman, by a remote connection"));
    CHECK(seatOf(*console, QStringLiteral("Daniel Virtanen"))->data(Column::RemoteColumn, Qt::AccessibleTextRole).toString()
          == QStringLiteral("Daniel Virtanen, in the meeting room"));
    // Niemi is away: his empty seat has no Remote tick.
    seatOf(*console, QStringLiteral("Eero Niemi"))->setCheckState(Column::MemberColumn, Qt::Unchecked);
    REQUIRE(waitUntil([&] { return !seatOf(*console, QStringLiteral("Eero Niemi"))->data(Column::RemoteColumn, Qt::CheckStateRole).isValid(); },
                      5000));
    CHECK_FALSE(console->remoteArrivalButton()->isEnabled());
    CHECK(console->presidingLabel()->text() == QStringLiteral("Presiding: Aino Mäkelä (chair)"));

    // Nine days before the planned day the opening warns, naming both days;
    // declining records nothing.
    console->openAction()->trigger();
    REQUIRE(asked.size() == 1);
    CHECK(asked.first().startsWith(QStringLiteral("This meeting was planned for %1, and today is %2.")
                                       .arg(locale.toString(planned, QLocale::LongFormat),
                                            locale.toString(now.date(), QLocale::LongFormat))));
    CHECK(asked.first().endsWith(QStringLiteral("Open the meeting at 16.03 with 4 of 5 seats taken?")));
    CHECK(required(store.meetingEvents(meeting.id)).isEmpty());
    CHECK(console->lastError().isEmpty());
    CHECK(console->openAction()->isEnabled());
    // Agreed, the record says the day it opened; the heading says both.
    agree = true;
    console->openAction()->trigger();
    REQUIRE(console->lastError().isEmpty());
    CHECK(console->replay().openedAt == now);
    CHECK(console->replay().attendance.remoteAtOpening == QSet<qint64>{ohman});
    CHECK(console->headingLabel()->text().endsWith(QStringLiteral(" · planned for %1 · opened %2 at 16.03, in progress")
                                                       .arg(planned.toString(QStringLiteral("d.M.yyyy")),
                                                            now.date().toString(QStringLiteral("d.M.yyyy")))));
    CHECK(seatOf(*console, QStringLiteral("Cecilia Öhman"))->text(Column::RemoteColumn) == u"remote");
    CHECK(console->temporaryChairButton()->isHidden());

    // § 1: Virtanen changes to a remote connection, Öhman comes to the room,
    // and Lahti arrives by a remote connection for Niemi.
    now.setTime(QTime(16, 10));
    qsizetype recorded = required(store.meetingEvents(meeting.id)).size();
    seatOf(*console, QStringLiteral("Daniel Virtanen"))->setCheckState(Column::RemoteColumn, Qt::Checked);
    REQUIRE(waitUntil([&] { return required(store.meetingEvents(meeting.id)).size() > recorded; }, 5000));
    REQUIRE(console->lastError().isEmpty());
    CHECK(seatOf(*console, QStringLiteral("Daniel Virtanen"))->text(Column::RemoteColumn) == u"remote");
    CHECK(seatOf(*console, QStringLiteral("Daniel Virtanen"))->checkState(Column::MemberColumn) == Qt::Checked);
    recorded = required(store.meetingEvents(meeting.id)).size();
    seatOf(*console, QStringLiteral("Cecilia Öhman"))->setCheckState(Column::RemoteColumn, Qt::Unchecked);
    REQUIRE(waitUntil([&] { return required(store.meetingEvents(meeting.id)).size() > recorded; }, 5000));
    CHECK(seatOf(*console, QStringLiteral("Cecilia Öhman"))->text(Column::RemoteColumn).isEmpty());
    REQUIRE(console->remoteArrivalButton()->isEnabled());
    QTest::mouseClick(console->remoteArrivalButton(), Qt::LeftButton);
    auto *arrival = openDialog<EventDialog>(console);
    auto *arriving = arrival->findChild<QComboBox *>(QStringLiteral("person"));
    CHECK(arriving->count() == 2); // Niemi and Lahti
    choose(arriving, QStringLiteral("Fanni Lahti"));
    arrival->accept();
    REQUIRE(arrival->error().isEmpty());
    CHECK(seatOf(*console, QStringLiteral("Eero Niemi"))->text(Column::RemoteColumn) == u"remote");
    CHECK(seatOf(*console, QStringLiteral("Eero Niemi"))->text(Column::ItemColumn) == QStringLiteral("deputy votes"));
    const QList<Attendance::Move> moves = console->replay().attendance.moves;
    REQUIRE(moves.size() == 3);
    CHECK(moves.at(0).person == virtanen);
    CHECK(moves.at(0).movement == Attendance::Movement::Switches);
    CHECK(moves.at(0).remote);
    CHECK(moves.at(0).at == QTime(16, 10));
    CHECK(moves.at(1).person == ohman);
    CHECK_FALSE(moves.at(1).remote);
    CHECK(moves.at(2).person == lahti);
    CHECK(moves.at(2).movement == Attendance::Movement::Arrives);
    CHECK(moves.at(2).remote);
    CHECK(console->replay().items.first().presence.remote == QSet<qint64>{virtanen, lahti});
    QTest::mouseClick(console->decisionButton(), Qt::LeftButton);
    REQUIRE(console->lastError().isEmpty());

    // § 2: Mäkelä is disqualified and the vice chair Åström leaves; the body
    // chooses a temporary chair.
    console->setCurrentPosition(2);
    QTest::mouseClick(console->disqualifyButton(), Qt::LeftButton);
    auto *disqualification = openDialog<EventDialog>(console);
    choose(disqualification->findChild<QComboBox *>(QStringLiteral("person")), QStringLiteral("Aino Mäkelä"));
    disqualification->findChild<QLineEdit *>(QStringLiteral("ground"))->setText(QStringLiteral("HL 28 § 1 mom. 1 k"));
    disqualification->accept();
    REQUIRE(disqualification->error().isEmpty());
    CHECK(console->presidingLabel()->text() == QStringLiteral("Presiding: Bertil Åström (vice chair)"));
    now.setTime(QTime(16, 30));
    tick(*console, store, meeting.id, QStringLiteral("Bertil Åström"), Qt::Unchecked);
    REQUIRE(console->lastError().isEmpty());
    CHECK(console->presidingLabel()->text()
          == QStringLiteral("Neither the chair nor a vice chair can preside over this item: choose a temporary chair."));
    REQUIRE_FALSE(console->temporaryChairButton()->isHidden());
    // Nothing of the item can be recorded while no one presides.
    const auto proposal = [&] {
        return console->record({MeetingEvents::proposal(2, QStringLiteral("virtanen"), ProposalType::Counter, virtanen,
                                                        QStringLiteral("hankinta keskeytetään")),
                                MeetingEvents::second(2, QStringLiteral("virtanen"), lahti)});
    };
    CHECK_FALSE(proposal());
    CHECK(console->lastError().contains(QStringLiteral("no one presides over it")));
    CHECK(console->lastError().contains(QStringLiteral("record the temporary chair the body chose")));

    QTest::mouseClick(console->temporaryChairButton(), Qt::LeftButton);
    auto *choosing = openDialog<EventDialog>(console);
    auto *chosen = choosing->findChild<QComboBox *>(QStringLiteral("person"));
    CHECK(chosen->findText(QStringLiteral("Aino Mäkelä")) < 0); // disqualified
    CHECK(chosen->count() == 3);
    choose(chosen, QStringLiteral("Cecilia Öhman"));
    choosing->accept();
    REQUIRE(choosing->error().isEmpty());
    CHECK(console->presidingLabel()->text() == QStringLiteral("Presiding: Cecilia Öhman (temporary chair)"));
    CHECK(console->temporaryChairButton()->isHidden());
    REQUIRE(proposal());

    // Her vote decides the tie.
    VotingPanel *panel = console->votingPanel();
    REQUIRE(panel->hasVote());
    panel->setBallot(ohman, Voting::Ballot::Yes);
    panel->setBallot(virtanen, Voting::Ballot::No);
    panel->setBallot(lahti, Voting::Ballot::Blank);
    CHECK(panel->resultLabel()->text().contains(QStringLiteral("decided by the chair")));
    REQUIRE(panel->recordButton()->isEnabled());
    QTest::mouseClick(panel->recordButton(), Qt::LeftButton);
    REQUIRE(console->lastError().isEmpty());
    CHECK(console->outcomeLabel()->text().contains(QStringLiteral("adopted as proposed")));
    QTest::mouseClick(console->decisionButton(), Qt::LeftButton);
    REQUIRE(console->lastError().isEmpty());

    // § 3 and the closing, on the day it opened.
    console->setCurrentPosition(3);
    CHECK(console->presidingLabel()->text() == QStringLiteral("Presiding: Aino Mäkelä (chair)"));
    QTest::mouseClick(console->decisionButton(), Qt::LeftButton);
    REQUIRE(console->lastError().isEmpty());
    now.setTime(QTime(17, 0));
    console->closeAction()->trigger();
    REQUIRE(console->lastError().isEmpty());
    CHECK(console->headingLabel()->text().endsWith(QStringLiteral(" · opened %1 at 16.03, closed 17.00")
                                                       .arg(now.date().toString(QStringLiteral("d.M.yyyy")))));

    const MeetingRecord::Replay replay = required(MeetingSession::current(store, required(store.meeting(meeting.id)).value()));
    CHECK(replay.closedAt == now);
    const MeetingRecord::ItemRecord &item = replay.items.at(1);
    CHECK(item.presiding == ohman);
    CHECK(item.temporaryChair);
    REQUIRE(item.outcome.has_value());
    REQUIRE(item.outcome->rounds.size() == 1);
    CHECK(item.outcome->rounds.first().result.decidedBy == Voting::DecidedBy::ChairsVote);
    CHECK(item.outcome->adopted == QStringLiteral("base"));
    console->close();
}

TEST_CASE("A wrongly recorded event is withdrawn from the meeting window with its reason, the last by Ctrl+Z",
          "[ui][meetingmode][retract]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("meeting.sqlite"));
    const Meeting meeting = writeUnheldMeeting(path, {"Kokouksen avaus", "Liikuntahallin peruskorjaus"});
    MainWindow window(openStore(path));
    Store &store = window.store();
    MeetingConsole *console = window.runMeeting(meeting.id);
    REQUIRE(console);
    console->setClock([&meeting] { return QDateTime(meeting.plannedStart.date(), QTime(16, 5)); });
    console->setConfirmation([](const QString &) { return true; });
    QStringList asked;
    QString answer = QStringLiteral("kannattaja oli Åström");
    console->setReasonPrompt([&](const QString &question) {
        asked << question;
        return answer;
    });
    auto eventCount = [&] { return required(store.meetingEvents(meeting.id)).size(); };
    console->openAction()->trigger();
    REQUIRE(console->lastError().isEmpty());
    // The opening is never withdrawn; the attendance at it could be, and a
    // new one recorded, while nothing else needs it.
    CHECK_FALSE(console->recordPanel()->canWithdraw(1));
    CHECK(console->recordPanel()->lastWithdrawable() == 2);
    QTest::mouseClick(console->decisionButton(), Qt::LeftButton); // § 1 as proposed
    REQUIRE(console->lastError().isEmpty());

    // § 2: Virtanen's proposal, seconded — by the wrong member.
    console->itemsView()->setCurrentItem(console->itemsView()->topLevelItem(1));
    QTest::mouseClick(console->proposalButton(), Qt::LeftButton);
    auto *proposal = openDialog<EventDialog>(console);
    choose(proposal->findChild<QComboBox *>(QStringLiteral("by")), QStringLiteral("Daniel Virtanen"));
    proposal->findChild<QPlainTextEdit *>(QStringLiteral("text"))->setPlainText(QStringLiteral("asia hylätään"));
    proposal->accept();
    REQUIRE(proposal->error().isEmpty());
    console->proposalsView()->setCurrentItem(console->proposalsView()->topLevelItem(1));
    QTest::mouseClick(console->secondButton(), Qt::LeftButton);
    auto *seconding = openDialog<EventDialog>(console);
    choose(seconding->findChild<QComboBox *>(QStringLiteral("by")), QStringLiteral("Cecilia Öhman"));
    seconding->accept();
    REQUIRE(seconding->error().isEmpty());
    const qsizetype recorded = eventCount();
    const int secondNumber = int(recorded);
    const int proposalNumber = secondNumber - 1;
    REQUIRE(console->recordPanel()->view()->topLevelItemCount() == recorded);
    CHECK(console->recordPanel()->text(proposalNumber).contains(QStringLiteral("Daniel Virtanen made a counter-proposal")));
    CHECK(console->recordPanel()->text(secondNumber).contains(QStringLiteral("Cecilia Öhman seconded the proposal of Daniel Virtanen")));

    // The proposal cannot go before its seconding: refused, naming it, nothing kept.
    QString refusal;
    CHECK_FALSE(console->withdrawEvent(proposalNumber, &refusal));
    CHECK_THAT(refusal.toStdString(), Catch::Contains(QStringLiteral("event %1 (second)").arg(secondNumber).toStdString()));
    CHECK(eventCount() == recorded);

    // Ctrl+Z in the record withdraws the last event, after asking why.
    console->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(console));
    console->recordPanel()->view()->setFocus();
    QTest::keyClick(console->recordPanel()->view(), Qt::Key_Z, Qt::ControlModifier);
    INFO(console->lastError().toStdString());
    REQUIRE(console->lastError().isEmpty());
    REQUIRE(eventCount() == recorded + 1);
    CHECK(asked.constLast().contains(QStringLiteral("Why is event %1 withdrawn?").arg(secondNumber)));
    const QJsonObject retract = required(store.meetingEvents(meeting.id)).constLast();
    CHECK(retract.value(u"type").toString() == QStringLiteral("retract"));
    CHECK(retract.value(u"event").toInt() == secondNumber);
    CHECK(retract.value(u"reason").toString() == QStringLiteral("kannattaja oli Åström"));
    // Struck through in the record, and the proposal waits for a seconder again.
    QTreeWidgetItem *struck = console->recordPanel()->view()->topLevelItem(secondNumber - 1);
    CHECK(struck->font(1).strikeOut());
    CHECK(struck->toolTip(1).contains(QStringLiteral("kannattaja oli Åström")));
    CHECK(console->proposalsView()->topLevelItem(1)->text(3) == QStringLiteral("not seconded"));
    CHECK_FALSE(console->recordPanel()->canWithdraw(secondNumber));
    CHECK(console->recordPanel()->lastWithdrawable() == proposalNumber);

    // No reason given: nothing withdrawn.
    answer.clear();
    CHECK_FALSE(console->withdrawEvent(proposalNumber));
    CHECK(eventCount() == recorded + 1);
    // With one, the proposal goes too.
    answer = QStringLiteral("ehdotus peruttiin");
    REQUIRE(console->withdrawEvent(proposalNumber));
    CHECK(console->proposalsView()->topLevelItemCount() == 1);
    const auto replayed = required(MeetingSession::current(store, required(store.meeting(meeting.id)).value()));
    CHECK(replayed.withdrawn == QHash<int, int>{{secondNumber, secondNumber + 1}, {proposalNumber, secondNumber + 2}});

    // In the proceedings of § 1, Ctrl+Z undoes typing, and withdraws nothing.
    console->itemsView()->setCurrentItem(console->itemsView()->topLevelItem(0));
    RichTextEdit *proceedings = console->proceedingsEdit();
    REQUIRE_FALSE(proceedings->isReadOnly());
    const QString before = proceedings->toPlainText();
    proceedings->setFocus();
    proceedings->moveCursor(QTextCursor::End);
    QTest::keyClicks(proceedings, QStringLiteral(" Lisays."));
    QTest::keyClick(proceedings, Qt::Key_Z, Qt::ControlModifier);
    CHECK(proceedings->toPlainText() != before + QStringLiteral(" Lisays."));
    CHECK(proceedings->toPlainText().startsWith(before));
    CHECK(eventCount() == recorded + 2);
}

TEST_CASE("A meeting is run from one console, another follows it read-only and live, and runs it once it is free",
          "[ui][meetingmode][sharing]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("shared.sqlite"));
    const Meeting meeting = writeUnheldMeeting(path, {"Kokouksen avaus", "Liikuntahallin peruskorjaus"});
    MainWindow running(openStore(path));
    MainWindow following(openStore(path));
    following.show();
    MeetingConsole *runner = running.runMeeting(meeting.id);
    REQUIRE(runner);
    CHECK_FALSE(runner->following());
    runner->setClock([&meeting] { return QDateTime(meeting.plannedStart.date(), QTime(16, 5)); });
    runner->setConfirmation([](const QString &) { return true; });

    MeetingConsole *follower = following.runMeeting(meeting.id);
    REQUIRE(follower);
    REQUIRE(follower->following());
    // Who runs it: the user, on this machine.
    CHECK(follower->holder().endsWith(QStringLiteral(" on ") + QSysInfo::machineHostName()));
    CHECK(follower->followLabel()->isVisibleTo(follower));
    CHECK(follower->followLabel()->text().startsWith(follower->holder() + QStringLiteral(" runs this meeting.")));
    CHECK_FALSE(follower->runHereButton()->isVisibleTo(follower));
    CHECK(follower->windowTitle().endsWith(QStringLiteral("(following)")));
    saveScreenshot(follower, QStringLiteral("console-following.png"));
    // Nothing can be recorded there.
    CHECK_FALSE(follower->openAction()->isEnabled());
    QString error;
    CHECK_FALSE(follower->record({MeetingEvents::open(QDateTime(meeting.plannedStart.date(), QTime(16, 5)))}, &error));
    CHECK(error.startsWith(follower->holder() + QStringLiteral(" runs this meeting")));
    CHECK(required(following.store().meetingEvents(meeting.id)).isEmpty());

    // The meeting opens at the console running it; the follower shows it
    // without asking, and still records nothing.
    runner->openAction()->trigger();
    REQUIRE(runner->lastError().isEmpty());
    REQUIRE(waitUntil([&] { return follower->headingLabel()->text().contains(QStringLiteral("in progress")); }, 15000));
    CHECK(runner->closeAction()->isEnabled());
    CHECK_FALSE(follower->closeAction()->isEnabled());
    CHECK_FALSE(follower->decisionButton()->isEnabled());
    CHECK(runner->decisionButton()->isEnabled());
    QTreeWidgetItem *seat = follower->attendanceView()->topLevelItem(0);
    REQUIRE(seat);
    CHECK_FALSE(seat->flags().testFlag(Qt::ItemIsUserCheckable));
    CHECK(follower->proceedingsEdit()->isReadOnly());

    // Closed there, the meeting is free: the follower runs it here, and the
    // first window, opened again, follows.
    runner->close();
    REQUIRE(waitUntil([&] {
        follower->followStore();
        return follower->runHereButton()->isVisibleTo(follower);
    }, 15000));
    follower->runHereButton()->click();
    CHECK_FALSE(follower->following());
    CHECK_FALSE(follower->followLabel()->isVisibleTo(follower));
    CHECK(follower->closeAction()->isEnabled());
    CHECK(follower->votingPanel()->isEnabled());
    MeetingConsole *again = running.runMeeting(meeting.id);
    REQUIRE(again);
    CHECK(again->following());
    again->close();
    follower->close();
}
