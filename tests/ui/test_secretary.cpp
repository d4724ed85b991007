// What a secretary notices in a year's work (issue 20, point 3): the
// meeting window's size, layout and agenda, Help with the guide and the
// keys, the keys inside the item editor, the legal basis of confidentiality,
// the PDF viewer's thumbnails and page, and search filtered and sorted.

#include <catch2/catch.hpp>

#include "testsupport.h"
#include "waituntil.h"

#include "documents/documentrenderer.h"
#include "documents/meetingdocuments.h"
#include "documentwindow.h"
#include "helpwindow.h"
#include "itemeditmodel.h"
#include "itemeditor.h"
#include "mainwindow.h"
#include "meetingconsole.h"
#include "meetingpage.h"
#include "pdfviewer.h"
#include "richtextedit.h"
#include "searchpanel.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>

namespace {

QString screenshots()
{
    const QString folder = QStringLiteral(PYKALA_BINARY_DIR "/tests/screenshots");
    QDir().mkpath(folder);
    return folder;
}

// The meeting's next meeting, KH 13/2026, with these items on its agenda.
Meeting writeUnheldMeeting(const QString &path, const QStringList &titles)
{
    auto store = createStore(path);
    const RecordedMeeting held = recordMeeting(*store);
    const Meeting meeting = addUnheldMeeting(*store, held.meeting);
    for (const QString &title : titles) {
        AgendaItem item;
        item.meetingId = meeting.id;
        item.title = title;
        item.proposal = QStringLiteral("<p>Hyväksytään.</p>");
        required(store->addAgendaItem(item));
    }
    return meeting;
}

// Every action of the window's menus, submenus included.
QList<QAction *> menuActions(const QList<QAction *> &actions)
{
    QList<QAction *> all;
    for (QAction *action : actions) {
        if (action->menu())
            all += menuActions(action->menu()->actions());
        else
            all.append(action);
    }
    return all;
}

QAction *menuAction(MainWindow &window, const QString &text)
{
    for (QAction *action : menuActions(window.menuBar()->actions())) {
        if (action->text() == text)
            return action;
    }
    FAIL("no menu action " << text.toStdString());
    return nullptr;
}

// The rows of the shortcuts dialog: group → "action = keys".
QMap<QString, QStringList> shortcutRows(ShortcutsDialog *dialog)
{
    QMap<QString, QStringList> rows;
    QTreeWidget *list = dialog->list();
    for (int group = 0; group < list->topLevelItemCount(); ++group) {
        const QTreeWidgetItem *heading = list->topLevelItem(group);
        for (int row = 0; row < heading->childCount(); ++row)
            rows[heading->text(0)].append(heading->child(row)->text(0) + QStringLiteral(" = ") + heading->child(row)->text(1));
    }
    return rows;
}

} // namespace

TEST_CASE("The meeting window opens maximised, then as it was, follows the agenda, names undecided items at closing",
          "[ui][secretary][console]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("meeting.sqlite"));
    const Meeting meeting = writeUnheldMeeting(path, {QStringLiteral("Kokouksen avaus"),
                                                      QStringLiteral("Kirkonkylän kaavamuutos")});
    // An English user interface, as UiLanguage sets it: lists joined with "and".
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Finland));
    QSettings().remove(QStringLiteral("meetingConsole/geometry")); // as on the first start
    MainWindow window(openStore(path));
    window.setWatching(false);
    window.show();
    REQUIRE(window.selectMeeting(meeting.id));

    MeetingConsole *console = window.runMeeting(meeting.id);
    REQUIRE(console);
    INFO("state " << int(console->windowState()) << " size " << console->width() << "x" << console->height());
    CHECK(console->isMaximized());
    CHECK(console->itemsView()->topLevelItemCount() == 2);

    // An item added on the meeting's page is on the console's agenda at once.
    QString error;
    REQUIRE(window.meetingPage()->addItem(QStringLiteral("Koulukuljetusten periaatteet"), &error));
    REQUIRE(console->itemsView()->topLevelItemCount() == 3);
    CHECK(console->itemsView()->topLevelItem(2)->text(1) == QStringLiteral("Koulukuljetusten periaatteet"));

    // Open, decide the first item only, then close: the question names the
    // two others by § number and title. KH 12/2026 used § 1–6, so the
    // opening numbers these § 7, 8 and 9.
    console->setClock([&meeting] { return QDateTime(meeting.plannedStart.date(), QTime(17, 30)); });
    QStringList asked;
    console->setConfirmation([&asked](const QString &question) {
        asked.append(question);
        return true;
    });
    console->openAction()->trigger();
    REQUIRE(console->lastError().isEmpty());
    REQUIRE(console->decisionButton()->isEnabled());
    QTest::mouseClick(console->decisionButton(), Qt::LeftButton);
    REQUIRE(console->lastError().isEmpty());
    console->closeAction()->trigger();
    REQUIRE(console->lastError().isEmpty());
    CHECK(asked.last().toStdString() == QStringLiteral("§ 8 Kirkonkylän kaavamuutos and § 9 Koulukuljetusten periaatteet have no "
                                         "decision recorded. Close the meeting at 17.30? Nothing can be recorded "
                                         "after it.\n\nThe minute-checkers have not been recorded.").toStdString());
    // What the console showed is what the store holds: closed, § 7 decided.
    CHECK(required(window.store().meeting(meeting.id)).value().state == MeetingState::Closed);
    const QList<AgendaItem> items = required(window.store().agendaItems(meeting.id));
    REQUIRE(items.size() == 3);
    CHECK(items.at(0).sectionNumber == 7);
    CHECK_FALSE(items.at(0).decision.isEmpty());
    CHECK(items.at(1).decision.isEmpty());

    // Made smaller and closed, it opens again at that size.
    console->showNormal();
    console->setGeometry(40, 30, 1000, 700);
    REQUIRE(console->close());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    MeetingConsole *again = window.runMeeting(meeting.id);
    REQUIRE(again);
    REQUIRE(again != console);
    CHECK_FALSE(again->isMaximized());
    CHECK(again->size() == QSize(1000, 700));
    again->close();
    QLocale::setDefault(before);
}

TEST_CASE("The meeting window at 1366×768: names and titles readable, the next item's title in view",
          "[ui][secretary][console][screenshot]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("meeting.sqlite"));
    const QString longTitle = QStringLiteral("Kirkonkylän asemakaavan muutos ja laajennus korttelissa 112 sekä "
                                             "siihen liittyvä maankäyttösopimus");
    QStringList titles{QStringLiteral("Kokouksen avaus, laillisuus ja päätösvaltaisuus"),
                       QStringLiteral("Pöytäkirjan tarkastajien valinta"), longTitle};
    for (int i = 4; i <= 14; ++i)
        titles.append(QStringLiteral("Tiedoksi saatettavat viranhaltijapäätökset, ryhmä %1").arg(i));
    const Meeting meeting = writeUnheldMeeting(path, titles);
    MainWindow window(openStore(path));
    window.setWatching(false);
    window.show();
    MeetingConsole *console = window.runMeeting(meeting.id);
    REQUIRE(console);
    console->showNormal();
    console->resize(1366, 768);
    console->setConfirmation([](const QString &) { return true; });
    console->setClock([&meeting] { return QDateTime(meeting.plannedStart.date(), QTime(16, 2)); });
    console->openAction()->trigger();
    REQUIRE(console->lastError().isEmpty());
    console->setCurrentPosition(3);
    QApplication::processEvents();
    const QImage image = console->grab().toImage();
    CHECK(image.save(screenshots() + QStringLiteral("/meeting-console-1366.png")));

    // The title is shown whole (wrapped, never cut), above the panel.
    QLabel *title = console->itemTitleLabel();
    CHECK(title->text().endsWith(longTitle));
    CHECK(title->wordWrap());
    CHECK(title->height() >= title->heightForWidth(title->width()));
    // The agenda's titles wrap in their column rather than being elided.
    QTreeWidget *agenda = console->itemsView();
    CHECK(agenda->wordWrap());
    CHECK(agenda->textElideMode() == Qt::ElideNone);
    const QRect longRow = agenda->visualItemRect(agenda->topLevelItem(2));
    CHECK(longRow.height() > agenda->fontMetrics().height() * 3 / 2);
    // Members' names fit their column.
    QTreeWidget *attendance = console->attendanceView();
    for (int row = 0; row < attendance->topLevelItemCount(); ++row) {
        const QString name = attendance->topLevelItem(row)->text(MeetingConsole::MemberColumn);
        INFO(name.toStdString());
        CHECK(attendance->columnWidth(MeetingConsole::MemberColumn)
              > attendance->fontMetrics().horizontalAdvance(name) + 20);
    }

    // Choosing the next item scrolls the panel back to its title and the
    // agenda to its row.
    QScrollBar *panel = console->itemPanelScroll()->verticalScrollBar();
    console->resize(1366, 520);
    QApplication::processEvents();
    REQUIRE(panel->maximum() > 0);
    panel->setValue(panel->maximum());
    agenda->scrollToTop();
    console->setCurrentPosition(14);
    QApplication::processEvents();
    CHECK(panel->value() == 0);
    CHECK(agenda->viewport()->rect().intersects(agenda->visualItemRect(agenda->currentItem())));
    CHECK(agenda->currentItem()->text(1).endsWith(QStringLiteral("ryhmä 14")));
    console->close();
}

TEST_CASE("Help shows the guide in the user interface's language and every shortcut, read from the actions",
          "[ui][secretary][help]")
{
    // Finnish has a guide of its own; Swedish, for now, the English one.
    CHECK(HelpWindow::guideFor(QLocale::Finnish) == QUrl(QStringLiteral("qrc:/help/user-guide.fi.md")));
    CHECK(HelpWindow::guideFor(QLocale::Swedish) == QUrl(QStringLiteral("qrc:/help/user-guide.md")));
    CHECK(HelpWindow::guideFor(QLocale::English) == QUrl(QStringLiteral("qrc:/help/user-guide.md")));

    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    writeSampleStore(path);
    MainWindow window(openStore(path));
    window.setWatching(false);
    window.show();
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Finnish, QLocale::Finland));
    HelpWindow *help = window.showGuide();
    REQUIRE(help);
    CHECK(help->browser()->source() == QUrl(QStringLiteral("qrc:/help/user-guide.fi.md")));
    CHECK(help->browser()->toPlainText().startsWith(QStringLiteral("Käyttöopas")));
    // Its pictures come with it, no wider than the text.
    const QImage picture = help->browser()->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("images/search.png")))
                               .value<QImage>();
    CHECK_FALSE(picture.isNull());
    CHECK(picture.width() <= 860);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Finland));
    CHECK(window.showGuide() == help);
    CHECK(help->browser()->source() == QUrl(QStringLiteral("qrc:/help/user-guide.md")));
    CHECK(help->browser()->toPlainText().contains(QStringLiteral("Search")));
    help->close();
    QLocale::setDefault(before);

    // The menus show their keys: the actions themselves carry them.
    CHECK(menuAction(window, QStringLiteral("New &Item"))->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    CHECK(menuAction(window, QStringLiteral("&Run Meeting"))->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+M")));
    CHECK(menuAction(window, QStringLiteral("&User's Guide"))->shortcut() == QKeySequence(QKeySequence::HelpContents));

    ShortcutsDialog *dialog = window.showShortcuts();
    REQUIRE(dialog);
    const QMap<QString, QStringList> rows = shortcutRows(dialog);
    const QStringList menus = rows.value(QStringLiteral("Menus, anywhere in the main window"));
    CHECK(menus.contains(QStringLiteral("New Item = Ctrl+Shift+N")));
    CHECK(menus.contains(QStringLiteral("Refresh = F5")));
    CHECK(menus.contains(QStringLiteral("Find… = Ctrl+F")));
    CHECK(menus.contains(QStringLiteral("Open Store… = Ctrl+O")));
    // Every menu action with a key is listed.
    int keyed = 0;
    for (const QAction *action : menuActions(window.menuBar()->actions()))
        keyed += !action->shortcut().isEmpty();
    CHECK(menus.size() == keyed);
    CHECK(rows.value(QStringLiteral("Meeting page")).contains(QStringLiteral("Move Up = Ctrl+Up")));
    CHECK(rows.value(QStringLiteral("Item editor")).contains(QStringLiteral("Bold = Ctrl+B")));
    CHECK(rows.value(QStringLiteral("Meeting window")).contains(QStringLiteral("Withdraw Last… = Ctrl+Z")));
    CHECK(rows.value(QStringLiteral("Meeting window")).contains(QStringLiteral("Open Meeting = Ctrl+Shift+O")));
    CHECK(rows.value(QStringLiteral("Document window")).contains(QStringLiteral("Zoom In = Ctrl++")));
    dialog->close();
}

TEST_CASE("The window's keys work from inside the item editor, a new item opens with its title to type",
          "[ui][secretary][keys]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    const Sample sample = writeSampleStore(path);
    MainWindow window(openStore(path));
    window.setWatching(false);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.selectItem(sample.meeting, sample.publicItem));
    ItemEditor *editor = window.itemEditor();
    const qsizetype itemsBefore = required(window.store().agendaItems(sample.meeting)).size();

    // Ctrl+Shift+N in the background's text: a new item last on the agenda,
    // opened with its title selected.
    editor->backgroundEdit()->setFocus();
    QTest::keyClick(editor->backgroundEdit(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    const QList<AgendaItem> items = required(window.store().agendaItems(sample.meeting));
    REQUIRE(items.size() == itemsBefore + 1);
    CHECK(editor->model()->item().id == items.last().id);
    CHECK(window.currentPage() == editor);
    CHECK(editor->titleEdit()->hasFocus());
    CHECK(editor->titleEdit()->selectedText() == items.last().title);
    // Typing names it.
    QTest::keyClicks(editor->titleEdit(), QStringLiteral("Kaavamuutos"));
    REQUIRE(editor->save());
    CHECK(required(window.store().agendaItem(items.last().id)).value().title == QStringLiteral("Kaavamuutos"));

    // F5 from the title field refreshes; Ctrl+F from the proposal's text goes to the search.
    QSignalSpy refreshed(window.refreshAction(), &QAction::triggered);
    QTest::keyClick(editor->titleEdit(), Qt::Key_F5);
    CHECK(refreshed.size() == 1);
    editor->proposalEdit()->setFocus();
    QTest::keyClick(editor->proposalEdit(), Qt::Key_F, Qt::ControlModifier);
    CHECK(window.searchPanel()->field()->hasFocus());
    // Ctrl+Shift+M from the title runs the meeting.
    editor->titleEdit()->setFocus();
    QTest::keyClick(editor->titleEdit(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QWidget *console = nullptr;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (qobject_cast<MeetingConsole *>(top) && top->isVisible())
            console = top;
    }
    REQUIRE(console);
    CHECK(static_cast<MeetingConsole *>(console)->meetingId() == sample.meeting);
    console->close();
}

TEST_CASE("A confidential item's missing basis is refused on leaving it, and the basis is picked or typed",
          "[ui][secretary][basis]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    const Sample sample = writeSampleStore(path);
    MainWindow window(openStore(path));
    window.setWatching(false);
    window.show();
    REQUIRE(window.selectItem(sample.meeting, sample.publicItem));
    ItemEditor *editor = window.itemEditor();
    Store &store = window.store();

    // Choosing "confidential" says nothing yet, however long the pause: the
    // basis comes next.
    QComboBox *publicity = editor->publicityBox();
    const int confidential = publicity->findData(int(Publicity::Confidential));
    publicity->setCurrentIndex(confidential);
    emit publicity->activated(confidential);
    QTest::qWait(ItemEditModel::autosaveDelayMs + 400);
    CHECK_FALSE(editor->banner()->isVisible());
    CHECK(editor->saveStateLabel()->text() == QStringLiteral("Not saved: waiting for the legal basis"));
    CHECK(required(store.agendaItem(sample.publicItem)).value().publicity == Publicity::Public);
    // Leaving the item without one: the store's refusal, and the item stays.
    CHECK_FALSE(window.selectItem(sample.meeting, sample.confidentialItem));
    CHECK(editor->model()->item().id == sample.publicItem);
    CHECK(editor->banner()->isVisible());
    CHECK(editor->banner()->text().contains(QStringLiteral("is confidential but names no legal basis")));
    CHECK(required(store.agendaItem(sample.publicItem)).value().publicity == Publicity::Public);

    // The usual grounds, each with what it protects; picking one gives the
    // basis alone, and the item is saved.
    QComboBox *basis = editor->basisBox();
    REQUIRE(basis->isEnabled());
    REQUIRE(basis->count() == 7);
    CHECK(basis->itemText(3) == QStringLiteral("JulkL 24 § 1 mom. 25 k — a social welfare client, a person's health"));
    basis->setCurrentIndex(3);
    emit basis->activated(3);
    CHECK(basis->currentText() == QStringLiteral("JulkL 24 § 1 mom. 25 k"));
    REQUIRE(waitUntil([&] { return !editor->model()->hasUnsavedChanges(); }, 5000));
    AgendaItem stored = required(store.agendaItem(sample.publicItem)).value();
    CHECK(stored.publicity == Publicity::Confidential);
    CHECK(stored.confidentialityBasis.text == QStringLiteral("JulkL 24 § 1 mom. 25 k"));
    CHECK_FALSE(editor->banner()->isVisible());
    // Any other basis is typed.
    QLineEdit *line = basis->lineEdit();
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("Laki sosiaalihuollon asiakkaan asemasta 14 "));
    line->insert(QStringLiteral("§")); // typed as a person types it, though QTest types ASCII only
    REQUIRE(editor->save());
    stored = required(store.agendaItem(sample.publicItem)).value();
    CHECK(stored.confidentialityBasis.text.toStdString() == "Laki sosiaalihuollon asiakkaan asemasta 14 §");

    // The attachment's basis offers the same list.
    QTableWidget *attachments = editor->findChild<QTableWidget *>();
    for (QTableWidget *table : editor->findChildren<QTableWidget *>()) {
        if (table->accessibleName() == QStringLiteral("Attachments"))
            attachments = table;
    }
    REQUIRE(attachments->rowCount() == 1);
    attachments->selectRow(0);
    QComboBox *attachmentPublicity = nullptr;
    for (QComboBox *box : editor->findChildren<QComboBox *>()) {
        if (box->accessibleName() == QStringLiteral("Publicity of the attachment"))
            attachmentPublicity = box;
    }
    REQUIRE(attachmentPublicity);
    attachmentPublicity->setCurrentIndex(attachmentPublicity->findData(int(Publicity::Confidential)));
    emit attachmentPublicity->activated(attachmentPublicity->currentIndex());
    QComboBox *attachmentBasis = editor->attachmentBasisBox();
    REQUIRE(attachmentBasis->count() == 7);
    attachmentBasis->setCurrentIndex(6);
    emit attachmentBasis->activated(6);
    const QList<Attachment> files = required(store.attachments(sample.publicItem));
    REQUIRE(files.size() == 1);
    CHECK(files.first().publicity == Publicity::Confidential);
    CHECK(files.first().confidentialityBasis.text == QStringLiteral("JulkL 24 § 1 mom. 32 k"));

    // In Swedish the list gives the bases as Swedish documents print them.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Finland));
    ItemEditor swedish(store);
    CHECK(swedish.basisBox()->itemText(3) == QStringLiteral("OffL 24 § 1 mom. 25 p. — klient inom socialvården, hälsotillstånd"));
    CHECK(swedish.basisBox()->itemData(3).toString() == QStringLiteral("OffL 24 § 1 mom. 25 p."));
    QLocale::setDefault(before);
}

TEST_CASE("The PDF viewer's thumbnails never overlap and its page follows the scrolling", "[ui][secretary][pdf]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting recorded = recordMeeting(*store);
    const QByteArray pdf = required(DocumentRenderer::pdf(required(MeetingDocuments::minutes(*store, recorded.meeting))));
    DocumentWindow window(QStringLiteral("Pöytäkirja"), QStringLiteral("p.pdf"));
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    QString error;
    REQUIRE(window.setPdf(pdf, &error));
    window.show();
    PdfViewer *viewer = window.viewer();
    REQUIRE(viewer->pageCount() >= 3);
    QListWidget *thumbnails = viewer->thumbnails();
    REQUIRE(waitUntil([&] { return !thumbnails->item(viewer->pageCount() - 1)->icon().isNull(); }, 5000));
    for (const QSize &size : {QSize(700, 500), QSize(1000, 800), QSize(1366, 768), QSize(1600, 1000)}) {
        window.resize(size);
        QApplication::processEvents();
        thumbnails->scrollToTop();
        QApplication::processEvents();
        CHECK(window.grab().save(screenshots() + QStringLiteral("/pdf-viewer-%1x%2.png").arg(size.width()).arg(size.height())));
        INFO(size.width() << "×" << size.height());
        for (int page = 0; page + 1 < thumbnails->count(); ++page) {
            const QRect one = thumbnails->visualItemRect(thumbnails->item(page));
            const QRect next = thumbnails->visualItemRect(thumbnails->item(page + 1));
            INFO("page " << page + 1 << ": " << one.top() << "–" << one.bottom() << ", next from " << next.top());
            CHECK_FALSE(one.intersects(next));
            // The picture and its number fit the row.
            CHECK(one.height() >= thumbnails->iconSize().height());
        }
    }

    // Scrolling the pages moves the indicator and the current thumbnail.
    QSignalSpy pages(viewer, &PdfViewer::currentPageChanged);
    QScrollArea *scroll = viewer->findChild<QScrollArea *>();
    REQUIRE(scroll);
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    QApplication::processEvents();
    const int last = viewer->pageCount() - 1;
    CHECK(viewer->currentPage() == last);
    CHECK(thumbnails->currentRow() == last);
    QLabel *indicator = nullptr;
    for (QLabel *label : viewer->findChildren<QLabel *>()) {
        if (label->accessibleName() == QStringLiteral("Page"))
            indicator = label;
    }
    REQUIRE(indicator);
    CHECK(indicator->text() == QStringLiteral("Page %1 / %1").arg(viewer->pageCount()));
    scroll->verticalScrollBar()->setValue(0);
    QApplication::processEvents();
    CHECK(indicator->text() == QStringLiteral("Page 1 / %1").arg(viewer->pageCount()));
    CHECK(thumbnails->currentRow() == 0);
    CHECK(pages.size() >= 2);
}

TEST_CASE("Search results are kept to a body and a year and ordered newest first, from the panel",
          "[ui][secretary][search]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    qint64 education = 0;
    {
        auto store = createStore(path);
        const Sample sample = addSample(*store);
        education = required(store->addBody({0, QStringLiteral("Sivistyslautakunta"), QStringLiteral("SIVI"),
                                             BodyKind::Committee}));
        auto meeting = [&](qint64 body, int number, const QDate &day, const QString &title, const QString &text) {
            Meeting m;
            m.bodyId = body;
            m.year = day.year();
            m.number = number;
            m.plannedStart = QDateTime(day, QTime(16, 0));
            m.place = QStringLiteral("Kunnantalo");
            AgendaItem item;
            item.meetingId = required(store->addMeeting(m));
            item.title = title;
            item.background = text;
            required(store->addAgendaItem(item));
        };
        meeting(sample.body, 40, QDate(2025, 3, 2), QStringLiteral("Kirjaston laajennus"), QStringLiteral("<p>Tilat.</p>"));
        meeting(sample.body, 41, QDate(2026, 3, 2), QStringLiteral("Talousarvio"),
                QStringLiteral("<p>Kirjaston henkilöstö lisääntyy.</p>"));
        meeting(education, 1, QDate(2026, 4, 6), QStringLiteral("Opetussuunnitelma"),
                QStringLiteral("<p>Kirjaston ja koulun yhteistyö.</p>"));
    }
    MainWindow window(openStore(path));
    window.setWatching(false);
    window.show();
    SearchPanel *search = window.searchPanel();
    auto shown = [&] {
        QStringList result;
        for (int group = 0; group < search->results()->rowCount(); ++group) {
            const QStandardItem *meeting = search->results()->item(group);
            for (int row = 0; row < meeting->rowCount(); ++row)
                result.append(meeting->text() + QStringLiteral(": ") + meeting->child(row)->text());
        }
        return result;
    };
    auto choose = [](QComboBox *box, const QVariant &data) {
        const int index = box->findData(data);
        REQUIRE(index >= 0);
        box->setCurrentIndex(index);
        emit box->activated(index);
    };
    search->search(QStringLiteral("kirjasto"));
    CHECK(search->bodyFilter()->isVisible());
    CHECK(shown().size() == 3);
    CHECK(shown().first() == QStringLiteral("KH 40/2025: Kirjaston laajennus"));
    // Newest first: SIVI 6.4.2026, KH 2.3.2026, KH 2.3.2025.
    choose(search->orderChoice(), int(SearchFilter::Order::Newest));
    CHECK(shown() == QStringList{QStringLiteral("SIVI 1/2026: Opetussuunnitelma"), QStringLiteral("KH 41/2026: Talousarvio"),
                                 QStringLiteral("KH 40/2025: Kirjaston laajennus")});
    // The years the store has meetings in, newest first, after "All years".
    QStringList years;
    for (int i = 0; i < search->yearFilter()->count(); ++i)
        years.append(search->yearFilter()->itemText(i));
    CHECK(years.mid(0, 3) == QStringList{QStringLiteral("All years"), QStringLiteral("2026"), QStringLiteral("2025")});
    choose(search->yearFilter(), 2026);
    CHECK(shown() == QStringList{QStringLiteral("SIVI 1/2026: Opetussuunnitelma"), QStringLiteral("KH 41/2026: Talousarvio")});
    choose(search->bodyFilter(), education);
    CHECK(shown() == QStringList{QStringLiteral("SIVI 1/2026: Opetussuunnitelma")});
    choose(search->yearFilter(), 2025);
    CHECK(shown().isEmpty());
    // The choices stay through a refresh.
    window.refresh();
    CHECK(search->yearFilter()->currentData().toInt() == 2025);
    CHECK(search->bodyFilter()->currentData().toLongLong() == education);
}
