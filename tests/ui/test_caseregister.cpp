// The case register in the desktop: a case opened, edited, given a party,
// its extract recorded and its records destroyed through the window and its
// dialogs; Send to… from the item editor; the window as a secretary sees it.

#include <catch2/catch.hpp>

#include "testsupport.h"
#include "uitestsupport.h"

#include "casedialogs.h"
#include "casewindow.h"
#include "demo/demodata.h"
#include "itemeditor.h"
#include "mainwindow.h"
#include "uilanguage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

TEST_CASE("The case register's window opens, edits and destroys a case, adds a party and records an extract sent",
          "[ui][cases]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting recorded = recordMeeting(*store); // KH 12/2026, held 11.5.2026
    const AgendaItem sold = recorded.items.at(4);           // § 5, a municipal appeal
    CaseWindow window(*store);
    window.show();
    CHECK(window.caseTable()->rowCount() == 0);
    CHECK(window.caseView()->toPlainText().contains(QStringLiteral("no cases yet")));
    CHECK(unnamedControls(&window).isEmpty());

    // Opened: a refusal first (no title), then as it should be.
    CHECK_THAT(answer<OpenCaseDialog>([&] { window.openCase(); },
                                      [](OpenCaseDialog *dialog) {
                                          dialog->classBox()->setCurrentIndex(
                                              dialog->classBox()->findData(QStringLiteral("10.00.03")));
                                      })
                   .toStdString(),
               Catch::Contains("title"));
    CHECK(answer<OpenCaseDialog>([&] { window.openCase(); },
                                 [](OpenCaseDialog *dialog) {
                                     dialog->titleEdit()->setText(QStringLiteral("Tontin myynti Teollisuustie 4"));
                                     dialog->classBox()->setCurrentIndex(
                                         dialog->classBox()->findData(QStringLiteral("10.00.03")));
                                     dialog->dayEdit()->setDate(QDate(2026, 4, 1));
                                 })
              .isEmpty());
    REQUIRE(window.caseTable()->rowCount() == 1);
    CHECK(window.caseTable()->item(0, 0)->text() == QStringLiteral("1/10.00.03/2026"));
    const Case opened = required(store->findCase(QStringLiteral("1/10.00.03/2026")));
    CHECK(window.currentCaseId() == opened.id);
    REQUIRE(store->linkItemToCase(sold.id, opened.id).ok());
    window.reload();
    CHECK(window.caseView()->toPlainText().contains(QStringLiteral("Kunnanhallitus")));
    CHECK(window.caseView()->toHtml().contains(QStringLiteral("item:%1:%2").arg(recorded.meeting.id).arg(sold.id)));
    CHECK(window.caseView()->toHtml().contains(QStringLiteral("extract:%1").arg(sold.id)));

    CHECK(answer<PartyDialog>([&] { window.addParty(); },
                              [](PartyDialog *dialog) {
                                  dialog->nameEdit()->setText(QStringLiteral("Ostaja Oy"));
                                  dialog->kindBox()->setCurrentIndex(1);
                                  dialog->roleEdit()->setText(QStringLiteral("ostaja"));
                              })
              .isEmpty());
    CHECK(required(store->caseFile(opened.id)).value().parties.at(0).kind == PartyKind::Organisation);

    // An extract by letter on Monday 18.5.2026: notified on 25.5., the 30
    // days of a municipal appeal end on Wednesday 24.6.2026.
    QString shown;
    CHECK(answer<ExtractSentDialog>([&] { window.recordExtractSent(); },
                                    [&](ExtractSentDialog *dialog) {
                                        dialog->recipientEdit()->setText(QStringLiteral("Ostaja Oy"));
                                        dialog->addressEdit()->setPlainText(QStringLiteral("Tehdaskatu 1"));
                                        dialog->sentEdit()->setDate(QDate(2026, 5, 18));
                                        shown = dialog->deadlineLabel()->text();
                                    })
              .isEmpty());
    CHECK(shown.contains(QStringLiteral("25.5.2026")));
    CHECK(shown.contains(QStringLiteral("24.6.2026")));
    CHECK(window.caseView()->toPlainText().contains(QStringLiteral("24.6.2026")));
    // Before its meeting: refused, nothing recorded.
    CHECK_THAT(answer<ExtractSentDialog>([&] { window.recordExtractSent(); },
                                         [](ExtractSentDialog *dialog) {
                                             dialog->recipientEdit()->setText(QStringLiteral("Liian aikaisin"));
                                             dialog->sentEdit()->setDate(QDate(2026, 5, 1));
                                         })
                   .toStdString(),
               Catch::Contains("before its meeting"));
    CHECK(required(store->caseExtractsSent(opened.id)).size() == 1);

    // Closed, with a state day before its opening refused.
    CHECK_THAT(answer<EditCaseDialog>([&] { window.editCase(); },
                                      [](EditCaseDialog *dialog) {
                                          dialog->stateBox()->setCurrentIndex(dialog->stateBox()->findData(int(CaseState::Closed)));
                                          dialog->stateDayEdit()->setDate(QDate(2026, 3, 1));
                                      })
                   .toStdString(),
               Catch::Contains("before"));
    CHECK(answer<EditCaseDialog>([&] { window.editCase(); },
                                 [](EditCaseDialog *dialog) {
                                     dialog->stateBox()->setCurrentIndex(dialog->stateBox()->findData(int(CaseState::Closed)));
                                     dialog->stateDayEdit()->setDate(QDate(2026, 9, 30));
                                 })
              .isEmpty());
    CHECK(required(store->caseFile(opened.id)).value().closed == QDate(2026, 9, 30));

    // 10.00.03 is kept permanently: destroying is refused, and said why.
    window.setConfirmation([](const QString &) { return true; });
    window.destroyRecords();
    CHECK_THAT(window.error().toStdString(), Catch::Contains("kept permanently"));
    CHECK(required(store->caseFile(opened.id)).value().parties.size() == 1);

    // Found by its number and by the beginning of a word of its title, and
    // filtered by state.
    window.searchEdit()->setText(QStringLiteral("1/2026"));
    CHECK(window.caseTable()->rowCount() == 1);
    window.searchEdit()->setText(QStringLiteral("teollisuus"));
    CHECK(window.caseTable()->rowCount() == 1);
    window.searchEdit()->setText(QStringLiteral("kaatopaikka"));
    CHECK(window.caseTable()->rowCount() == 0);
    window.searchEdit()->clear();
    window.stateFilter()->setCurrentIndex(window.stateFilter()->findData(int(CaseState::Initiated)));
    CHECK(window.caseTable()->rowCount() == 0);
    window.stateFilter()->setCurrentIndex(0);
    CHECK(window.caseTable()->rowCount() == 1);

    // The archive: the minutes of KH 12/2026 are not signed, so the case
    // closed in 2026 is not archived yet, and no folder is made.
    const QString package = dir.path(QStringLiteral("arkisto-2026"));
    window.exportForArchive(2026, package);
    CHECK_THAT(window.error().toStdString(), Catch::Contains("not signed"));
    CHECK_FALSE(QFileInfo::exists(package));
    window.exportForArchive(2025, package);
    CHECK_THAT(window.error().toStdString(), Catch::Contains("No case was closed in 2025"));
}

TEST_CASE("The task classification is edited and imported in the desktop, a bad file refused whole", "[ui][cases][csv]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    TaskClassificationDialog window(*store);
    const QString file = dir.path(QStringLiteral("tos.csv"));
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write("Koodi;Nimi;Säilytysaika\n99.01;Omat;10\n9.1;Väärä;pysyvä\n");
    out.close();
    window.importFile(file);
    CHECK_THAT(window.error().toStdString(), Catch::Contains("Row 3"));
    CHECK_FALSE(required(store->taskClassByCode(QStringLiteral("99.01"))).has_value());
    REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write("Koodi;Nimi;Säilytysaika\n99.01;Omat;10\n");
    out.close();
    window.importFile(file);
    CHECK(window.error().isEmpty());
    CHECK(window.status().contains(QStringLiteral("1 new")));
    CHECK(required(store->taskClassByCode(QStringLiteral("99.01"))).value().retentionYears == 10);

    // A built-in class edited becomes the store's; permanent is 0 years.
    REQUIRE(window.selectClass(QStringLiteral("10.00.03")));
    CHECK(answer<TaskClassEditDialog>([&] { window.editClass(); },
                                      [](TaskClassEditDialog *dialog) {
                                          dialog->retentionBox()->setValue(15);
                                          dialog->personalDataBox()->setChecked(true);
                                      })
              .isEmpty());
    const TaskClass edited = required(store->taskClassByCode(QStringLiteral("10.00.03"))).value();
    CHECK(edited.id != 0);
    CHECK(edited.retentionYears == 15);
    CHECK(edited.personalData);
    // Not public without a basis: refused, nothing saved.
    CHECK_THAT(answer<TaskClassEditDialog>([&] { window.editClass(); },
                                           [](TaskClassEditDialog *dialog) {
                                               dialog->retentionBox()->setValue(0);
                                               dialog->publicityBox()->setCurrentIndex(
                                                   dialog->publicityBox()->findData(int(Publicity::Confidential)));
                                               dialog->basisEdit()->clear();
                                           })
                   .toStdString(),
               Catch::Contains("legal basis"));
    CHECK(required(store->taskClassByCode(QStringLiteral("10.00.03"))).value().retentionYears == 15);
}

TEST_CASE("Send to… in the item editor prepares the next body's item of the case", "[ui][cases]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting recorded = recordMeeting(*store);
    const Meeting next = addUnheldMeeting(*store, recorded.meeting); // KH 13/2026
    const AgendaItem sold = recorded.items.at(4);
    Case sale;
    sale.title = QStringLiteral("Tontin myynti");
    sale.diaryNumber.taskClass = QStringLiteral("10.00.03");
    sale.initiated = QDate(2026, 4, 1);
    const qint64 caseId = required(store->openCase(sale));
    REQUIRE(store->linkItemToCase(sold.id, caseId).ok());
    MainWindow window(std::move(store));
    window.show();
    REQUIRE(window.selectItem(recorded.meeting.id, sold.id));
    ItemEditor *editor = window.findChild<ItemEditor *>();
    REQUIRE(editor);
    REQUIRE(editor->sendToAction()->isEnabled());
    qint64 chosen = 0;
    const QString refused = answer<SendToDialog>([&] { editor->sendToAction()->trigger(); },
                               [&](SendToDialog *dialog) {
                                   dialog->meetingBox()->setCurrentIndex(dialog->meetingBox()->findData(next.id));
                                   chosen = dialog->meetingId();
                               });
    INFO(refused.toStdString());
    CHECK(refused.isEmpty());
    CHECK(chosen == next.id);
    Store &shown = window.store();
    const QList<AgendaItem> agenda = required(shown.agendaItems(next.id));
    REQUIRE_FALSE(agenda.isEmpty());
    const AgendaItem prepared = agenda.last();
    CHECK(prepared.title == sold.title);
    CHECK(prepared.caseId == caseId);
    CHECK(prepared.caseReference == QStringLiteral("1/10.00.03/2026"));
    CHECK(editor->model()->item().id == prepared.id); // the new item is open
}

TEST_CASE("Screenshot of the case register with a council case and its earlier handling", "[ui][cases][screenshot]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("demo.sqlite"));
    auto store = createStore(path);
    DemoData::Options options;
    options.asOf = QDate(2026, 11, 22);
    REQUIRE(DemoData::generate(*store, options).ok());
    REQUIRE(UiLanguage::apply(QStringLiteral("fi")));
    // A case the board prepared and the council decided.
    qint64 shownCase = 0;
    for (const Case &entry : required(store->cases())) {
        if (required(store->caseHandlings(entry.id)).size() >= 2) {
            shownCase = entry.id;
            break;
        }
    }
    REQUIRE(shownCase != 0);
    CaseWindow window(*store);
    window.show();
    REQUIRE(window.selectCase(shownCase));
    CHECK(window.caseView()->toPlainText().contains(QStringLiteral("Kunnanhallitus")));
    CHECK(window.caseView()->toPlainText().contains(QStringLiteral("Kunnanvaltuusto")));
    saveScreenshot(&window, QStringLiteral("case-register.png"), true);
}

TEST_CASE("Writing a registered diary number into an item's case reference makes it a handling of the case",
          "[ui][cases]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting recorded = recordMeeting(*store);
    const Meeting next = addUnheldMeeting(*store, recorded.meeting);
    Case sale;
    sale.title = QStringLiteral("Tontin myynti");
    sale.diaryNumber.taskClass = QStringLiteral("10.00.03");
    sale.initiated = QDate(2026, 4, 1);
    const qint64 caseId = required(store->openCase(sale));
    AgendaItem item;
    item.meetingId = next.id;
    item.title = QStringLiteral("Tontin myynti, jatko");
    const qint64 itemId = required(store->addAgendaItem(item));
    MainWindow window(std::move(store));
    window.show();
    REQUIRE(window.selectItem(next.id, itemId));
    ItemEditor *editor = window.findChild<ItemEditor *>();
    REQUIRE(editor);
    QLineEdit *reference = nullptr;
    for (QLineEdit *edit : editor->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == QStringLiteral("Case reference"))
            reference = edit;
    }
    REQUIRE(reference);
    QTest::keyClicks(reference, QStringLiteral("1/10.00.03/2026"));
    REQUIRE(editor->save());
    const AgendaItem saved = required(window.store().agendaItem(itemId)).value();
    CHECK(saved.caseId == caseId);
    CHECK(saved.taskClass == QStringLiteral("10.00.03"));
    CHECK(required(window.store().caseHandlings(caseId)).size() == 1);
}
