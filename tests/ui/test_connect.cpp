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
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>

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
    // With an identity card: the certificate file and the key through
    // OpenSSL's pkcs11 engine ("pkcs11:" the engine, then the key's PKCS#11
    // address), the PIN in it and never as the user's password.
    ConnectDialog::Server card{QStringLiteral("paatokset.kunta.fi"), 5432, QStringLiteral("kunta"),
                               QStringLiteral("aino"), QStringLiteral("1234"), true, true,
                               QStringLiteral("/home/aino/kortti.crt"),
                               QStringLiteral("token=HENKILOKORTTI;object=todentaminen;type=private")};
    CHECK(ConnectDialog::uri(card)
          == QStringLiteral("postgresql://aino@paatokset.kunta.fi/kunta?sslmode=verify-full"
                            "&sslcert=%2Fhome%2Faino%2Fkortti.crt&sslkey=pkcs11%3Apkcs11%3Atoken%3DHENKILOKORTTI"
                            "%3Bobject%3Dtodentaminen%3Btype%3Dprivate%3Bpin-value%3D1234"));
    // The address shown and remembered has no PIN.
    card.password.clear();
    CHECK_FALSE(ConnectDialog::uri(card).contains(QStringLiteral("pin-value")));
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
    QString shown = dialog.addressEdit()->text();
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        shown += u'\n' + label->text();
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

    // With a card: its certificate and key, and the PIN in the password's place.
    ConnectDialog withCard(&window);
    CHECK_FALSE(withCard.certificateEdit()->isEnabled());
    withCard.hostEdit()->setText(QStringLiteral("paatokset.kunta.fi"));
    withCard.cardBox()->setChecked(true);
    CHECK(withCard.certificateEdit()->isEnabled());
    CHECK(withCard.passwordEdit()->accessibleName() == QStringLiteral("PIN"));
    withCard.certificateEdit()->setText(QStringLiteral("/home/aino/kortti.crt"));
    withCard.accept();
    CHECK(withCard.error() == QStringLiteral("Signing in with a card needs its certificate file and its PIN."));
    withCard.passwordEdit()->setText(QStringLiteral("4321"));
    QString cardShown = withCard.addressEdit()->text();
    for (const QLabel *label : withCard.findChildren<QLabel *>())
        cardShown += u'\n' + label->text();
    CHECK(cardShown.contains(QStringLiteral("sslkey=pkcs11%3Apkcs11%3Atype%3Dprivate")));
    CHECK_FALSE(cardShown.contains(QStringLiteral("4321")));
    CHECK(unnamedControls(&withCard).isEmpty());
    withCard.show();
    QTest::qWait(20);
    saveScreenshot(&withCard, QStringLiteral("connect-dialog-card.png"));
    withCard.hide();
    // The File menu has its place for it.
    bool found = false;
    for (QAction *action : window.menuBar()->actions().constFirst()->menu()->actions())
        found = found || action->text().contains(QStringLiteral("Connect to"));
    CHECK(found);
}
