// The desktop client follows what other processes and connections change in
// the store: without asking (the watch), and on F5.

#include <catch2/catch.hpp>

#include "testsupport.h"
#include "uitestsupport.h"
#include "waituntil.h"

#include "agendamodel.h"
#include "itemeditmodel.h"
#include "itemeditor.h"
#include "mainwindow.h"
#include "meetingconsole.h"
#include "meetingpage.h"
#include "navigatormodel.h"
#include "richtextedit.h"
#include "roles.h"
#include "searchpanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTest>
#include <QTextCursor>
#include <QTreeView>

namespace {

// How long a change made elsewhere may take to show: the watch looks every
// second; this is only the bound of a test that would otherwise hang.
constexpr int shownWithinMs = 15000;

QString statusText(MainWindow &window)
{
    QStringList texts;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(u'\n');
}

qint64 addMeeting(Store &store, qint64 body, int number)
{
    Meeting meeting;
    meeting.bodyId = body;
    meeting.number = number;
    meeting.year = 2026;
    meeting.plannedStart = QDateTime(QDate(2026, 6, 1), QTime(16, 0)).addDays(number);
    meeting.place = QStringLiteral("Valtuustosali");
    return required(store.addMeeting(meeting));
}

qint64 addItem(Store &store, qint64 meeting, const QString &title)
{
    AgendaItem item;
    item.meetingId = meeting;
    item.title = title;
    return required(store.addAgendaItem(item));
}

AgendaItem storedItem(Store &store, qint64 id)
{
    return required(store.agendaItem(id)).value();
}

// Another connection's change of an item.
void changeItem(Store &store, qint64 id, const std::function<void(AgendaItem &)> &change)
{
    AgendaItem item = storedItem(store, id);
    change(item);
    REQUIRE(store.updateAgendaItem(item).ok());
}

QString navigatorText(const QModelIndex &index)
{
    return index.isValid() ? index.data().toString() : QString();
}

void typeAtEnd(RichTextEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, text);
}

bool noticeShown(ItemEditor *editor)
{
    return editor->changedNotice()->isVisibleTo(editor);
}

} // namespace

TEST_CASE("Meetings, items and the organisation changed elsewhere show without asking", "[ui][refresh]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("r.sqlite"));
    const Sample sample = writeSampleStore(path);
    MainWindow window(openStore(path));
    QAbstractItemModelTester tester(window.navigatorModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    window.show();
    REQUIRE(window.isWatching());
    REQUIRE(window.selectMeeting(sample.meeting));
    CHECK(statusText(window).contains(QStringLiteral("1 meeting")));
    const int rows = window.meetingPage()->agendaModel()->rowCount();
    // The second item is selected on the meeting's page.
    window.meetingPage()->agendaView()->setCurrentIndex(window.meetingPage()->agendaModel()->index(1, 0));
    // A meeting being run is not disturbed.
    MeetingConsole *console = window.runMeeting(sample.meeting);
    REQUIRE(console);
    const QString consoleTitle = console->windowTitle();

    // Another connection adds a meeting before the one shown and an item
    // on its agenda.
    auto other = openStore(path);
    const qint64 added = addMeeting(*other, sample.body, 13);
    const qint64 item = addItem(*other, sample.meeting, QStringLiteral("Lisätty muualla"));
    NavigatorModel *navigator = window.navigatorModel();
    REQUIRE(waitUntil([&] { return navigator->meetingIndex(added).isValid(); }, shownWithinMs));
    CHECK(navigatorText(navigator->meetingIndex(added)).startsWith(QStringLiteral("KH 13/2026")));
    CHECK(statusText(window).contains(QStringLiteral("2 meeting")));
    // The same meeting stays selected and shown, its agenda with the item,
    // the same item selected in it.
    CHECK(window.navigatorView()->currentIndex().data(Roles::MeetingId).toLongLong() == sample.meeting);
    CHECK(window.currentPage() == window.meetingPage());
    CHECK(window.meetingPage()->meetingId() == sample.meeting);
    REQUIRE(waitUntil([&] { return window.meetingPage()->agendaModel()->rowCount() == rows + 1; }, shownWithinMs));
    CHECK(window.meetingPage()->agendaModel()->rowOf(item) == rows);
    CHECK(window.meetingPage()->agendaView()->currentIndex().row() == 1);
    CHECK(console->isVisible());
    CHECK(console->windowTitle() == consoleTitle);
    console->close();

    // Another process renames the organisation: the window's title follows.
    const CliRun renamed = runCli({QStringLiteral("--store"), path, QStringLiteral("organisation"),
                                   QStringLiteral("--name"), QStringLiteral("Uusilan kunta")});
    INFO(renamed.err.toStdString());
    REQUIRE(renamed.exitCode == 0);
    REQUIRE(waitUntil([&] { return window.windowTitle().contains(QStringLiteral("Uusilan kunta")); }, shownWithinMs));

    // An item's title changed elsewhere, in the open meeting's rows.
    REQUIRE(window.selectItem(sample.meeting, sample.confidentialItem));
    changeItem(*other, sample.publicItem, [](AgendaItem &changed) { changed.title = QStringLiteral("Uusi otsikko"); });
    REQUIRE(waitUntil([&] {
        return navigatorText(navigator->itemIndex(sample.meeting, sample.publicItem)).endsWith(QStringLiteral("Uusi otsikko"));
    }, shownWithinMs));
    CHECK(window.navigatorView()->currentIndex().data(Roles::ItemId).toLongLong() == sample.confidentialItem);
    CHECK(window.currentPage() == window.itemEditor());
    CHECK(window.itemEditor()->model()->item().id == sample.confidentialItem);

    // A search shown follows too.
    window.searchPanel()->search(QStringLiteral("kaavoitus"));
    CHECK(window.searchPanel()->results()->rowCount() == 0);
    changeItem(*other, item, [](AgendaItem &changed) { changed.background = QStringLiteral("<p>Kaavoitus etenee.</p>"); });
    REQUIRE(waitUntil([&] { return window.searchPanel()->results()->rowCount() == 1; }, shownWithinMs));
}

TEST_CASE("F5 and View › Refresh show changes made elsewhere at once", "[ui][refresh]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("r.sqlite"));
    const Sample sample = writeSampleStore(path);
    MainWindow window(openStore(path));
    QAbstractItemModelTester tester(window.navigatorModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    window.setWatching(false); // only F5 refreshes here
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.selectItem(sample.meeting, sample.confidentialItem));
    QAction *refresh = window.refreshAction();
    CHECK(refresh->shortcuts().contains(QKeySequence(Qt::Key_F5)));
    bool inViewMenu = false;
    for (const QAction *menu : window.menuBar()->actions())
        inViewMenu |= menu->text() == QStringLiteral("&View") && menu->menu()->actions().contains(refresh);
    CHECK(inViewMenu);

    auto other = openStore(path);
    const qint64 added = addMeeting(*other, sample.body, 13);
    changeItem(*other, sample.publicItem, [](AgendaItem &changed) { changed.title = QStringLiteral("Uusi otsikko"); });
    changeItem(*other, sample.confidentialItem, [](AgendaItem &changed) { changed.caseReference = QStringLiteral("7/2026"); });
    Organisation organisation = required(other->organisation()).value();
    organisation.name = QStringLiteral("Uusilan kunta");
    REQUIRE(other->setOrganisation(organisation).ok());

    QTest::keyClick(&window, Qt::Key_F5);
    NavigatorModel *navigator = window.navigatorModel();
    CHECK(navigator->meetingIndex(added).isValid());
    CHECK(navigatorText(navigator->itemIndex(sample.meeting, sample.publicItem)).endsWith(QStringLiteral("Uusi otsikko")));
    CHECK(window.windowTitle().contains(QStringLiteral("Uusilan kunta")));
    CHECK(statusText(window).contains(QStringLiteral("2 meeting")));
    // The item being edited (nothing unsaved) shows the change, and says so.
    CHECK(window.currentPage() == window.itemEditor());
    CHECK(window.navigatorView()->currentIndex().data(Roles::ItemId).toLongLong() == sample.confidentialItem);
    ItemEditor *editor = window.itemEditor();
    const QList<QLineEdit *> lines = editor->findChildren<QLineEdit *>();
    CHECK(std::any_of(lines.cbegin(), lines.cend(), [](const QLineEdit *line) {
        return line->accessibleName() == QStringLiteral("Case reference") && line->text() == QStringLiteral("7/2026");
    }));
    CHECK(noticeShown(editor));
    CHECK(editor->changedNoticeText()->text().contains(QStringLiteral("Case reference")));
    CHECK_FALSE(editor->keepMineButton()->isVisibleTo(editor));

    // The menu's action does the same.
    const qint64 another = addMeeting(*other, sample.body, 14);
    refresh->trigger();
    CHECK(navigator->meetingIndex(another).isValid());
}

TEST_CASE("Unsaved text in the editor is kept when the same item changes elsewhere, and the user is told",
          "[ui][refresh][editor]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("r.sqlite"));
    const Sample sample = writeSampleStore(path);
    MainWindow window(openStore(path));
    window.resize(1280, 800);
    window.show();
    REQUIRE(window.selectItem(sample.meeting, sample.publicItem));
    ItemEditor *editor = window.itemEditor();
    ItemEditModel *model = editor->model();
    auto other = openStore(path);
    other->setActor(QStringLiteral("aino"));

    SECTION("A field changed only elsewhere is taken in, the text typed here stays and is saved")
    {
        typeAtEnd(editor->backgroundEdit(), QStringLiteral(" Oma lisays."));
        REQUIRE(model->hasUnsavedChanges());
        changeItem(*other, sample.publicItem, [](AgendaItem &changed) { changed.title = QStringLiteral("Muualla muutettu"); });
        REQUIRE(waitUntil([&] { return editor->titleEdit()->text() == QStringLiteral("Muualla muutettu"); }, shownWithinMs));
        CHECK(editor->backgroundEdit()->toPlainText().contains(QStringLiteral("Oma lisays.")));
        CHECK(noticeShown(editor));
        CHECK(editor->changedNoticeText()->text().contains(QStringLiteral("Title")));
        REQUIRE(waitUntil([&] { return model->saveState() == ItemEditModel::SaveState::Saved; }, shownWithinMs));
        const AgendaItem stored = storedItem(*other, sample.publicItem);
        CHECK(stored.title == QStringLiteral("Muualla muutettu"));
        CHECK(stored.background.contains(QStringLiteral("Oma lisays.")));
        // The navigator shows the new title; the item stays selected.
        CHECK(window.navigatorView()->currentIndex().data(Roles::ItemId).toLongLong() == sample.publicItem);
        CHECK(window.navigatorView()->currentIndex().data().toString().endsWith(QStringLiteral("Muualla muutettu")));
    }

    SECTION("A field changed in both places is a conflict: the text here is kept, not saved, until the user chooses")
    {
        typeAtEnd(editor->backgroundEdit(), QStringLiteral(" Oma lisays."));
        changeItem(*other, sample.publicItem, [](AgendaItem &changed) {
            changed.background = QStringLiteral("<p>Toisen kirjoittama tausta.</p>");
            changed.proposal = QStringLiteral("<p>Toisen ehdotus.</p>");
        });
        REQUIRE(waitUntil([&] { return model->saveState() == ItemEditModel::SaveState::Conflict; }, shownWithinMs));
        CHECK(noticeShown(editor));
        CHECK(editor->changedNoticeText()->text().contains(QStringLiteral("Background")));
        // Who changed it, and when: today, as the audit log has it.
        CHECK(editor->changedNoticeText()->text().contains(QStringLiteral("<b>%1 changed this item on ").arg(other->actor())));
        CHECK(editor->changedNoticeText()->text().contains(QDate::currentDate().toString(QStringLiteral("d.M.yyyy"))));
        // The text here can be kept aside, whichever stays.
        REQUIRE(editor->copyMineButton()->isVisibleTo(editor));
        editor->copyMineButton()->click();
        const QString copied = QGuiApplication::clipboard()->text();
        CHECK(copied.contains(editor->titleEdit()->text()));
        CHECK(copied.contains(QStringLiteral("Oma lisays.")));
        CHECK(QGuiApplication::clipboard()->mimeData()->html().contains(QStringLiteral("Oma lisays.")));
        CHECK(editor->keepMineButton()->isVisibleTo(editor));
        CHECK(editor->takeTheirsButton()->isVisibleTo(editor));
        CHECK(editor->backgroundEdit()->toPlainText().contains(QStringLiteral("Oma lisays.")));
        // What was changed only elsewhere shows.
        CHECK(editor->proposalEdit()->toPlainText() == QStringLiteral("Toisen ehdotus."));
        // Nothing is written over the other change, now or on leaving.
        CHECK_FALSE(editor->save());
        CHECK(storedItem(*other, sample.publicItem).background == QStringLiteral("<p>Toisen kirjoittama tausta.</p>"));
        saveScreenshot(&window, QStringLiteral("item-changed-elsewhere.png"));
        CHECK_FALSE(window.selectItem(sample.meeting, sample.confidentialItem));
        CHECK(window.currentPage() == editor);
        CHECK(editor->backgroundEdit()->toPlainText().contains(QStringLiteral("Oma lisays.")));

        SECTION("Keep My Text saves it over the other")
        {
            editor->keepMineButton()->click();
            CHECK_FALSE(noticeShown(editor));
            CHECK(model->saveState() == ItemEditModel::SaveState::Saved);
            const AgendaItem stored = storedItem(*other, sample.publicItem);
            CHECK(stored.background.contains(QStringLiteral("Oma lisays.")));
            CHECK(stored.proposal == QStringLiteral("<p>Toisen ehdotus.</p>"));
        }
        SECTION("Use the Other Text shows it; undo brings the text typed here back")
        {
            editor->takeTheirsButton()->click();
            CHECK(editor->backgroundEdit()->toPlainText() == QStringLiteral("Toisen kirjoittama tausta."));
            CHECK(noticeShown(editor));
            CHECK_FALSE(editor->keepMineButton()->isVisibleTo(editor));
            REQUIRE(editor->save());
            CHECK(storedItem(*other, sample.publicItem).background == QStringLiteral("<p>Toisen kirjoittama tausta.</p>"));
            editor->undoAction()->trigger();
            CHECK(editor->backgroundEdit()->toPlainText().contains(QStringLiteral("Oma lisays.")));
            REQUIRE(editor->save());
            CHECK(storedItem(*other, sample.publicItem).background.contains(QStringLiteral("Oma lisays.")));
        }
        CHECK(required(other->check()).ok());
    }

    SECTION("An item removed elsewhere with nothing unsaved closes")
    {
        REQUIRE(other->removeAgendaItem(sample.publicItem).ok());
        REQUIRE(waitUntil([&] { return window.currentPage() == window.meetingPage(); }, shownWithinMs));
        CHECK(window.meetingPage()->meetingId() == sample.meeting);
        CHECK(window.navigatorView()->currentIndex().data(Roles::MeetingId).toLongLong() == sample.meeting);
        CHECK(window.navigatorView()->currentIndex().data(Roles::ItemId).isNull());
        CHECK_FALSE(model->isLoaded());
    }

    SECTION("An item removed elsewhere with unsaved text stays until the user closes it")
    {
        typeAtEnd(editor->backgroundEdit(), QStringLiteral(" Oma lisays."));
        REQUIRE(other->removeAgendaItem(sample.publicItem).ok());
        REQUIRE(waitUntil([&] { return model->removedElsewhere(); }, shownWithinMs));
        CHECK(window.currentPage() == editor);
        CHECK(editor->backgroundEdit()->toPlainText().contains(QStringLiteral("Oma lisays.")));
        CHECK(noticeShown(editor));
        CHECK(editor->closeItemButton()->isVisibleTo(editor));
        CHECK_FALSE(editor->save());
        saveScreenshot(&window, QStringLiteral("item-removed-elsewhere.png"));
        editor->closeItemButton()->click();
        CHECK(window.currentPage() == window.meetingPage());
        CHECK(window.meetingPage()->meetingId() == sample.meeting);
        CHECK(window.navigatorView()->currentIndex().data(Roles::MeetingId).toLongLong() == sample.meeting);
        CHECK_FALSE(model->isLoaded());
    }
}
