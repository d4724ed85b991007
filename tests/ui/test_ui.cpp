#include <catch2/catch.hpp>

#include "testsupport.h"

#include "mainwindow.h"
#include "roles.h"

#include <QAbstractItemModelTester>
#include <QStandardItemModel>
#include <QTextBrowser>

TEST_CASE("The main window lists bodies, meetings and items of the store", "[ui]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("ui.sqlite"));
    const Sample sample = addSample(*createStore(path));

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
