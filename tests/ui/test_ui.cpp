#include <catch2/catch.hpp>

#include "testsupport.h"

#include "demo/demodata.h"
#include "documentprinting.h"
#include "documents/documentrenderer.h"
#include "documents/meetingdocuments.h"
#include "mainwindow.h"
#include "roles.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QPrintPreviewWidget>
#include <QPrinter>

#include <poppler-qt6.h>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QTranslator>

TEST_CASE("The main window lists bodies, meetings and items of the store", "[ui]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("ui.sqlite"));
    const Sample sample = writeSampleStore(path);

    MainWindow window(openStore(path));
    QAbstractItemModelTester meetingTester(window.meetingModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester itemTester(window.itemModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    window.show();

    CHECK(window.windowTitle().contains(QStringLiteral("Testilän kunta")));
    QStandardItemModel *meetings = window.meetingModel();
    REQUIRE(meetings->rowCount() == 1);
    CHECK(meetings->item(0)->text() == QStringLiteral("Kunnanhallitus (KH)"));
    REQUIRE(meetings->item(0)->rowCount() == 1); // the year 2026
    CHECK(meetings->item(0)->child(0)->text() == QStringLiteral("2026"));
    CHECK(meetings->item(0)->child(0)->child(0)->text().startsWith(QStringLiteral("KH 12/2026")));

    REQUIRE(window.selectMeeting(sample.meeting));
    QStandardItemModel *items = window.itemModel();
    REQUIRE(items->rowCount() == 2);
    CHECK(items->item(0, 1)->text() == QStringLiteral("Päätös digitalisaatiofoorumin edustajista"));
    CHECK(items->item(1, 2)->text() == QStringLiteral("Confidential"));
    CHECK(items->item(0, 0)->data(Roles::ItemId).toLongLong() == sample.publicItem);

    window.selectItem(1);
    const QString shown = window.itemView()->toPlainText();
    CHECK(shown.contains(QStringLiteral("Vahingonkorvausvaatimus")));
    CHECK(shown.contains(QStringLiteral("JulkL 24 § 1 mom. 32 k")));
    CHECK(shown.contains(QStringLiteral("Matti Meikäläinen")));
    window.selectItem(0);
    CHECK(window.itemView()->toPlainText().contains(QStringLiteral("Foorumin kokoonpano.pdf")));
    CHECK_FALSE(window.selectMeeting(9999));
}

// Not part of the suite ("[.]"): renders the screenshots of docs/user-guide.md.
// Run: QT_QPA_PLATFORM=offscreen build/tests/test_ui "[screenshot]"
TEST_CASE("Screenshots for the user's guide", "[.][screenshot]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("demo.sqlite"));
    {
        auto store = createStore(path);
        DemoData::Options options;
        options.asOf = QDate(2026, 11, 22);
        REQUIRE(DemoData::generate(*store, options).ok());
    }
    // In Finnish, as a municipality's secretary sees it.
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/pykala_fi")));
    QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(QLocale::Finnish, QLocale::Finland));
    MainWindow window(openStore(path));
    window.resize(1280, 800);
    window.show();
    const auto meeting = window.store().findMeeting(QStringLiteral("KH 18/2026"));
    REQUIRE(meeting.ok());
    REQUIRE(window.selectMeeting(meeting->id));
    const auto items = window.store().agendaItems(meeting->id).value();
    int row = 0;
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).background.contains(QStringLiteral("personal-data"))) {
            row = i;
            break;
        }
    }
    window.selectItem(row);
    QApplication::processEvents();
    // Show an item whose proceedings record a vote.
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).proceedings.contains(QStringLiteral("äänestettävä"))) {
            window.selectItem(i);
            break;
        }
    }
    QApplication::processEvents();
    const QString out = QStringLiteral(PYKALA_SOURCE_DIR "/docs/images/main-window.png");
    CHECK(window.grab().save(out));

    // The print preview of the same meeting's minutes.
    const auto minutes = MeetingDocuments::minutes(window.store(), *meeting);
    REQUIRE(minutes.ok());
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewWidget preview(&printer);
    QObject::connect(&preview, &QPrintPreviewWidget::paintRequested, &preview,
                     [&](QPrinter *target) { REQUIRE(DocumentPrinting::print(*minutes, target).ok()); });
    preview.resize(760, 900);
    preview.setViewMode(QPrintPreviewWidget::SinglePageView);
    preview.show();
    preview.updatePreview();
    QApplication::processEvents();
    preview.fitInView();
    QApplication::processEvents();
    CHECK(preview.grab().save(QStringLiteral(PYKALA_SOURCE_DIR "/docs/images/print-preview.png")));
    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(QLocale::c());
}

TEST_CASE("Printing lays the minutes out exactly as their PDF/A file", "[ui][print]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const RecordedMeeting recorded = recordMeeting(*store);
    const auto minutes = MeetingDocuments::minutes(*store, recorded.meeting);
    REQUIRE(minutes.ok());
    const auto pdf = DocumentRenderer::pdf(*minutes);
    REQUIRE(pdf.ok());

    // A printer writing to a file stands in for a real one.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.path(QStringLiteral("printed.pdf")));
    const auto printed = DocumentPrinting::print(*minutes, &printer);
    INFO(printed.error().toStdString());
    REQUIRE(printed.ok());
    REQUIRE(printer.pageLayout().pageSize().id() == QPageSize::A4);

    const auto expected = Poppler::Document::loadFromData(*pdf);
    const auto actual = Poppler::Document::load(dir.path(QStringLiteral("printed.pdf")));
    REQUIRE(expected);
    REQUIRE(actual);
    REQUIRE(actual->numPages() == *printed);
    REQUIRE(actual->numPages() == expected->numPages());
    for (int i = 0; i < expected->numPages(); ++i) {
        INFO("page " << i + 1);
        REQUIRE(actual->page(i)->text(QRectF()).toStdString() == expected->page(i)->text(QRectF()).toStdString());
    }
}

