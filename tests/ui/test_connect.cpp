// File › Connect to Server…: a store on the tests' PostgreSQL cluster opened
// from the desktop, its password never shown nor remembered. Run only with
// the cluster (PYKALA_TEST_POSTGRESQL).

#include <catch2/catch.hpp>

#include "testsupport.h"
#include "uitestsupport.h"

#include "connectdialog.h"
#include "mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSpinBox>
#include <QStatusBar>

namespace {

QString statusText(MainWindow &window)
{
    QStringList texts;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(u'\n');
}

} // namespace

TEST_CASE("The server's fields make a libpq address, the certificate checked unless on this machine", "[ui][server]")
{
    // Worked out by hand from libpq's URI syntax: user:password@host:port/db,
    // reserved characters percent-encoded; a socket folder as host=.
    ConnectDialog::Server server{QStringLiteral("paatokset.kunta.fi"), 5433, QStringLiteral("kunta"),
                                 QStringLiteral("sihteeri"), QStringLiteral("p@ss:w/rd"), true};
    CHECK(ConnectDialog::uri(server)
          == QStringLiteral("postgresql://sihteeri:p%40ss%3Aw%2Frd@paatokset.kunta.fi:5433/kunta?sslmode=verify-full"));
    server.port = 5432;
    server.password.clear();
    server.verifyCertificate = false;
    CHECK(ConnectDialog::uri(server) == QStringLiteral("postgresql://sihteeri@paatokset.kunta.fi/kunta?sslmode=require"));
    server.host = QStringLiteral("/run/postgresql");
    CHECK(ConnectDialog::uri(server) == QStringLiteral("postgresql://sihteeri@/kunta?host=%2Frun%2Fpostgresql"));
}

TEST_CASE("Connect to Server opens a store on the server, never showing or keeping its password", "[ui][server]")
{
    REQUIRE(testsOnServer());
    TestDir dir;
    const QString path = dir.path(QStringLiteral("palvelin.sqlite"));
    const QString location = storeLocation(path); // a database of the cluster
    {
        auto store = createStore(path);
        addSample(*store);
    }
    const QString database = location.section(u'/', 3).section(u'?', 0, 0);
    TestDir local;
    MainWindow window(createStore(local.path(QStringLiteral("oma.sqlite"))));
    window.show();

    ConnectDialog dialog(&window);
    CHECK(unnamedControls(&dialog).isEmpty());
    // A server that does not answer: one message in the dialog, which stays.
    dialog.hostEdit()->setText(QStringLiteral("/nonexistent/folder"));
    dialog.databaseEdit()->setText(database);
    dialog.userEdit()->setText(QStringLiteral("pykala"));
    CHECK_FALSE(dialog.verifyBox()->isEnabled()); // a socket of this machine: no TLS to check
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_THAT(dialog.error().toStdString(), Catch::StartsWith("Cannot connect to the store"));
    CHECK(dialog.takeStore() == nullptr);

    // The cluster's socket, with a password (trusted there, so unused).
    dialog.hostEdit()->setText(qEnvironmentVariable("PYKALA_TEST_POSTGRESQL"));
    dialog.passwordEdit()->setText(QStringLiteral("salainen-sana"));
    QString shown;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        shown += label->text() + u'\n';
    CHECK(shown.contains(QStringLiteral("postgresql://pykala@/%1").arg(database))); // the address is shown
    dialog.accept();
    INFO(dialog.error().toStdString());
    REQUIRE(dialog.result() == QDialog::Accepted);
    auto store = dialog.takeStore();
    REQUIRE(store);
    CHECK(store->onServer());
    CHECK(store->persons()->size() == 3);
    QString error;
    REQUIRE(window.setStore(std::move(store), &error));
    // Shown and remembered by its address without the password.
    CHECK(statusText(window).contains(QStringLiteral("postgresql://pykala@/%1").arg(database)));
    CHECK_FALSE(statusText(window).contains(QStringLiteral("salainen-sana")));
    REQUIRE_FALSE(MainWindow::recentStores().isEmpty());
    CHECK(MainWindow::recentStores().constFirst().startsWith(QStringLiteral("postgresql://pykala@/%1").arg(database)));
    for (const QString &recent : MainWindow::recentStores())
        CHECK_FALSE(recent.contains(QStringLiteral("salainen-sana")));
    CHECK_FALSE(shown.contains(QStringLiteral("salainen-sana")));
    saveScreenshot(&dialog, QStringLiteral("connect-dialog.png"));
    // The File menu has its place for it.
    bool found = false;
    for (QAction *action : window.menuBar()->actions().constFirst()->menu()->actions())
        found = found || action->text().contains(QStringLiteral("Connect to"));
    CHECK(found);
}
