// Signing in to a store on a server as a municipality runs it: over TLS with
// the server's certificate checked (verify-full), by a password checked with
// SCRAM-SHA-256, or by the authentication key of an identity card, reached
// through OpenSSL's pkcs11 engine (a SoftHSM2 token stands in for the card).
// The server is a cluster of the test's own (tests/postgresql/cluster.sh
// start DIR tls PORT), named by PYKALA_TEST_SIGNIN as DIR:PORT.

#include <catch2/catch.hpp>

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

namespace {

struct Server
{
    QString dir;
    int port = 0;
    QString ca() const { return dir + QStringLiteral("/tls/ca.crt"); }
};

Server server()
{
    const QString given = qEnvironmentVariable("PYKALA_TEST_SIGNIN");
    REQUIRE(given.contains(u':'));
    return {given.section(u':', 0, 0), given.section(u':', 1).toInt()};
}

// Runs a program; fails the test when it fails.
void run(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment = {})
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(program.toStdString() << ": " << process.readAllStandardError().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
}

// As the cluster's superuser, over its socket.
void administer(const Server &cluster, const QString &sql)
{
    run(QStringLiteral("psql"), {QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-q"),
                                 QStringLiteral("postgresql:///postgres?host=%1&port=%2&user=pykala")
                                     .arg(cluster.dir)
                                     .arg(cluster.port),
                                 QStringLiteral("-c"), sql});
}

// A new database "kunta" owned by a new login of that name, made with
// these further options of CREATE ROLE.
void ownDatabase(const Server &cluster, const QString &login, const QString &options)
{
    administer(cluster, QStringLiteral("DROP DATABASE IF EXISTS kunta"));
    administer(cluster, QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
    administer(cluster, QStringLiteral("CREATE ROLE %1 LOGIN %2").arg(login, options));
    administer(cluster, QStringLiteral("CREATE DATABASE kunta OWNER %1").arg(login));
}

QString tcp(const Server &cluster, const QString &user, const QString &host, const QString &query)
{
    return QStringLiteral("postgresql://%1@%2:%3/kunta?%4").arg(user, host).arg(cluster.port).arg(query);
}

// A store opened at `location`: the user its audit log names, and the
// location as it is shown.
QStringList session(const QString &location)
{
    auto store = openAt(location);
    return {store->actor(), store->displayLocation()};
}

} // namespace

TEST_CASE("A password signs in over TLS to the server its certificate names, and nothing else does", "[server][signin]")
{
    const Server cluster = server();
    // The store's owner signs in by password.
    ownDatabase(cluster, QStringLiteral("sihteeri"), QStringLiteral("PASSWORD 'oikea salasana 7'"));
    const QString password = QStringLiteral("oikea%20salasana%207");
    const QString checked = QStringLiteral("sslmode=verify-full&sslrootcert=") + QString::fromLatin1(QUrl::toPercentEncoding(cluster.ca()));
    const QString good = tcp(cluster, QStringLiteral("sihteeri:") + password, QStringLiteral("localhost"), checked);
    addSample(*openAt(good, Store::Mode::CreateNew));
    const QStringList signedIn = session(good);
    // The audit log names the user who signed in; the password is shown nowhere.
    CHECK(signedIn.at(0) == QStringLiteral("sihteeri"));
    CHECK_FALSE(signedIn.at(1).contains(QStringLiteral("salasana")));
    // The password is kept on the server as a SCRAM-SHA-256 verifier, and
    // the session is encrypted: the server's own views say so.
    run(QStringLiteral("sh"),
        {QStringLiteral("-c"),
         QStringLiteral("test \"$(psql -tA 'postgresql:///postgres?host=%1&port=%2&user=pykala' -c \"SELECT "
                        "left(rolpassword, 14) FROM pg_authid WHERE rolname = 'sihteeri'\")\" = 'SCRAM-SHA-256$'")
             .arg(cluster.dir)
             .arg(cluster.port)});

    // A wrong password, no TLS, a server the certificate does not name, and
    // a certificate authority that did not issue it: each refused, saying why.
    const auto wrong = Store::open(tcp(cluster, QStringLiteral("sihteeri:väärä"), QStringLiteral("localhost"), checked));
    CHECK_THAT(refusal(wrong), Catch::Contains("password authentication failed for user \"sihteeri\"")
                                   && Catch::Contains("Check the address"));
    CHECK_THAT(refusal(wrong), !Catch::Contains("väärä"));
    const auto plain = Store::open(tcp(cluster, QStringLiteral("sihteeri:") + password, QStringLiteral("localhost"),
                                       QStringLiteral("sslmode=disable")));
    CHECK_THAT(refusal(plain), Catch::Contains("no encryption"));
    const auto otherName = Store::open(tcp(cluster, QStringLiteral("sihteeri:") + password,
                                           QStringLiteral("127.0.0.1"), checked));
    CHECK_THAT(refusal(otherName), Catch::Contains("does not match host name \"127.0.0.1\""));
    QTemporaryDir otherCa;
    const QString otherRoot = otherCa.filePath(QStringLiteral("root.crt"));
    run(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                                    QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=Muu CA"),
                                    QStringLiteral("-keyout"), otherCa.filePath(QStringLiteral("root.key")),
                                    QStringLiteral("-out"), otherRoot});
    const auto untrusted = Store::open(tcp(cluster, QStringLiteral("sihteeri:") + password, QStringLiteral("localhost"),
                                           QStringLiteral("sslmode=verify-full&sslrootcert=")
                                               + QString::fromLatin1(QUrl::toPercentEncoding(otherRoot))));
    CHECK_THAT(refusal(untrusted), Catch::Contains("certificate verify failed"));
}

TEST_CASE("An identity card's key signs in through OpenSSL's pkcs11 engine, its PIN never shown", "[server][signin]")
{
    const Server cluster = server();
    ownDatabase(cluster, QStringLiteral("kortti"), {});

    // The card: a SoftHSM2 token holding the key of a certificate that the
    // server's authority issued to "kortti"; the key file is gone once the
    // token has it.
    QTemporaryDir card;
    const QString tokens = card.filePath(QStringLiteral("tokens"));
    REQUIRE(QDir().mkpath(tokens));
    const QString config = card.filePath(QStringLiteral("softhsm2.conf"));
    {
        QFile file(config);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("directories.tokendir = " + tokens.toUtf8() + "\n");
    }
    qputenv("SOFTHSM2_CONF", config.toUtf8()); // for the engine inside this process
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SOFTHSM2_CONF"), config);
    run(QStringLiteral("softhsm2-util"), {QStringLiteral("--init-token"), QStringLiteral("--free"),
                                          QStringLiteral("--label"), QStringLiteral("henkilokortti"),
                                          QStringLiteral("--pin"), QStringLiteral("4321"), QStringLiteral("--so-pin"),
                                          QStringLiteral("87654321")},
        environment);
    const QString key = card.filePath(QStringLiteral("kortti.key"));
    const QString request = card.filePath(QStringLiteral("kortti.csr"));
    const QString certificate = card.filePath(QStringLiteral("kortti.crt"));
    run(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                    QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=kortti"),
                                    QStringLiteral("-keyout"), key, QStringLiteral("-out"), request});
    run(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), request,
                                    QStringLiteral("-CA"), cluster.ca(), QStringLiteral("-CAkey"),
                                    cluster.dir + QStringLiteral("/tls/ca.key"), QStringLiteral("-CAcreateserial"),
                                    QStringLiteral("-CAserial"), card.filePath(QStringLiteral("ca.srl")),
                                    QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-out"), certificate});
    const QString pkcs8 = card.filePath(QStringLiteral("kortti.p8"));
    run(QStringLiteral("openssl"), {QStringLiteral("pkcs8"), QStringLiteral("-topk8"), QStringLiteral("-nocrypt"),
                                    QStringLiteral("-in"), key, QStringLiteral("-out"), pkcs8});
    run(QStringLiteral("softhsm2-util"), {QStringLiteral("--import"), pkcs8, QStringLiteral("--token"),
                                          QStringLiteral("henkilokortti"), QStringLiteral("--label"),
                                          QStringLiteral("tunnistus"), QStringLiteral("--id"), QStringLiteral("01"),
                                          QStringLiteral("--pin"), QStringLiteral("4321")},
        environment);
    REQUIRE(QFile::remove(key));
    REQUIRE(QFile::remove(pkcs8));

    auto withCard = [&](const QString &pin) {
        QString address = QStringLiteral("pkcs11:token=henkilokortti;object=tunnistus;type=private");
        if (!pin.isEmpty())
            address += QStringLiteral(";pin-value=") + pin;
        return tcp(cluster, QStringLiteral("kortti"), QStringLiteral("localhost"),
                   QStringLiteral("sslmode=verify-full&sslrootcert=%1&sslcert=%2&sslkey=%3")
                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(cluster.ca())),
                            QString::fromLatin1(QUrl::toPercentEncoding(certificate)),
                            QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("pkcs11:") + address))));
    };
    // A wrong PIN is refused, and not repeated. (First: once the card has
    // signed in, OpenSSL's engine keeps its session for the process.)
    const auto wrongPin = Store::open(withCard(QStringLiteral("9999")), Store::Mode::CreateNew);
    CHECK_THAT(refusal(wrongPin), Catch::Contains("PIN incorrect") && !Catch::Contains("9999"));
    {
        auto created = openAt(withCard(QStringLiteral("4321")), Store::Mode::CreateNew);
        CHECK(created->actor() == QStringLiteral("kortti"));
        CHECK_FALSE(created->displayLocation().contains(QStringLiteral("4321")));
        addSample(*created);
    }
    CHECK(session(withCard(QStringLiteral("4321"))).at(0) == QStringLiteral("kortti"));

    // Without a PIN nothing is asked on a terminal: refused at once.
    const auto noPin = Store::open(withCard(QString()));
    CHECK_THAT(refusal(noPin), Catch::Contains("without its PIN"));
    // The card's certificate without the card's key is not enough, and
    // neither is the user's name alone.
    const auto passwordOnly = Store::open(tcp(cluster, QStringLiteral("kortti"), QStringLiteral("localhost"),
                                              QStringLiteral("sslmode=verify-full&sslrootcert=")
                                                  + QString::fromLatin1(QUrl::toPercentEncoding(cluster.ca()))));
    CHECK_THAT(refusal(passwordOnly), Catch::Contains("certificate authentication failed for user \"kortti\"")
                                          || Catch::Contains("connection requires a valid client certificate"));
}
