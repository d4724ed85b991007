#pragma once

#include "exchange/meetingpackage.h"
#include "procedure/meetingrecord.h"
#include "store/store.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <utility>

// Catch prints QStrings it compares as text.
namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

// A fresh folder per test, removed afterwards.
class TestDir
{
public:
    TestDir();
    ~TestDir();
    Q_DISABLE_COPY_MOVE(TestDir)
    QString path(const QString &name) const;

private:
    QTemporaryDir m_dir;
};

// The engine the tests' stores are on: SQLite files, or with the
// environment's PYKALA_TEST_POSTGRESQL (the socket folder of
// tests/postgresql/cluster.sh) a database of that server for each store.
bool testsOnServer();
// Where the store a test keeps at `path` is: the path itself, or on the
// server a new, empty database made for it the first time (the same one
// for the same path; dropped with the TestDir the path is in).
QString storeLocation(const QString &path);
// Who the audit log names after Store::setActor(name): that name in a file;
// on the server the user the tests signed in as, whatever a client says.
QString actorAfter(const QString &name);

// Opens (creating) a store at path; fails the test when that fails.
// The value of a result that must succeed; a failure fails the test with its message.
template<typename T>
T required(const Result<T> &result)
{
    INFO(result.error().toStdString());
    REQUIRE(result.ok());
    return *result;
}

// The message of a result that must fail, to check that it failed for the
// right reason; a success fails the test.
template<typename T>
std::string refusal(const Result<T> &result)
{
    REQUIRE_FALSE(result.ok());
    return result.error().toStdString();
}

std::unique_ptr<Store> createStore(const QString &path);
// The store at a location as given, not mapped to the tests' engine (a file,
// or a database on a server); fails the test with the reason when it fails.
std::unique_ptr<Store> openAt(const QString &location, Store::Mode mode = Store::Mode::OpenExisting);
std::unique_ptr<Store> openStore(const QString &path, Store::Mode mode = Store::Mode::OpenExisting);

// What check finds in the store at path, one problem a line; empty when
// it passes.
QString checkProblems(const QString &path);

// SHA-256 of a file's bytes, to prove a file was left untouched; of a
// store on the server, of what it holds (storeBytes).
QByteArray fileDigest(const QString &path);
QByteArray readFile(const QString &path);
// A store's bytes with its pending write-ahead log, to prove nothing was
// written to it; on the server, every row of every table.
QByteArray storeBytes(const QString &path);
// A store file of tests/data written by an older Pykälä ("store-schema-16"),
// copied to `path` and made writable, for a test to open (and migrate).
void copyTestStore(const char *name, const QString &path);
void writeFile(const QString &path, const QByteArray &data);

// A JSON object as a test writes it out by hand; fails the test when the
// text is not one.
QJsonObject jsonObject(const QByteArray &json);
// An object as compact JSON, so that a failed comparison shows both sides.
std::string compactJson(const QJsonObject &object);

// A board of three members (ids 1–3, Anna Aho chairs) with personal
// deputies 11–13, `items` items on the agenda, meeting on 14.12.2026: a
// setting for replaying events without a store.
MeetingRecord::Setting threeMemberBoard(int items);

// A small, complete data set: an organisation, a board with members and a
// deputy, one meeting with two items (one confidential) and an attachment.
struct Sample
{
    qint64 body = 0;
    qint64 chair = 0;
    qint64 member = 0;
    qint64 deputy = 0;
    qint64 meeting = 0;
    qint64 publicItem = 0;
    qint64 confidentialItem = 0;
    qint64 attachment = 0;
};
Sample addSample(Store &store);

// A held meeting with its whole record, for the documents: a board of five
// (Mäkelä chairs, Åström is vice chair) with Lahti as Niemi's personal
// deputy, a secretary and a presenter; meeting KH 12/2026 on Monday
// 11.5.2026, opened at 16.02 and closed at 17.30:
//  § 1–2 opening items, not appealable;
//  § 3 a counter-proposal by Virtanen, a roll call won 3–2 by the base
//      proposal, Virtanen dissents; personal data (personalCanary) in the
//      background;
//  § 4 confidential (secretCanary in its texts);
//  § 5 Virtanen disqualified, a count vote 3–1, a municipal appeal;
//  § 6 an election, Åström leaves during it.
// Minutes checked on 12.5. and published on Wednesday 13.5.2026; the
// organisation appeals to Itä-Suomen hallinto-oikeus.
struct RecordedMeeting
{
    static const QString secretCanary;
    static const QString personalCanary;
    Meeting meeting;
    QList<AgendaItem> items;
};
RecordedMeeting recordMeeting(Store &store);
// The body's next meeting, KH 13/2026 two weeks later: convened, not held.
Meeting addUnheldMeeting(Store &store, const Meeting &held);
// The body's next meeting after `before`, held: it tables its first item
// ("Kirkonkylän kaavamuutos", with an attachment), returns its second
// ("Koulukuljetusten periaatteet") for preparation and decides the third.
Meeting holdMeetingTablingItems(Store &store, const Meeting &before);

// The body's next meeting in a demo store: its first convened one. Found by
// its state, not its number, which the demo's random sequence decides.
Meeting nextConvenedMeeting(const Store &store, const QString &bodyShortName);

// Writes a store with the sample at path and closes it, so that the file
// itself holds everything (the WAL checkpointed).
Sample writeSampleStore(const QString &path);

// A plain connection beside the store, for what Pykälä never does itself:
// tampering with records, holding a lock. SQLite's, or on the server
// libpq's (values then read as text).
class RawConnection
{
public:
    explicit RawConnection(const QString &path);
    ~RawConnection();
    Q_DISABLE_COPY_MOVE(RawConnection)
    bool exec(const QString &sql);
    QVariant value(const QString &sql);
    // Begins a transaction holding what a writer of the store holds, so
    // that the store's own writers wait (ROLLBACK lets them go).
    bool holdWriteLock();
    // Turns off the store's triggers on these tables (SQLite: drops them;
    // PostgreSQL: disables them), as a tamperer would, and puts them back.
    bool dropProtections(const QStringList &tables);
    bool restoreProtections();
    // SQL for these bytes as a literal, and for a character by its code.
    QString blob(const QByteArray &bytes) const;
    QString character(int code) const;

private:
    QString m_name;
    struct pg_conn *m_server = nullptr;
    QStringList m_dropped;     // SQLite: the dropped triggers' SQL
    QStringList m_unprotected; // PostgreSQL: the tables whose triggers are off
};

// Runs pykala-cli; returns the exit code and fills stdout and stderr.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
CliRun runCli(const QStringList &arguments, const QByteArray &input = {},
              const QStringList &environment = {});
// Runs pykala-cli on the store at `store` (--store store arguments…).
CliRun runCliOn(const QString &store, QStringList arguments);
// Checks that a run was refused with this exit code, in one line of
// standard error that says `text`.
void expectCliRefused(const CliRun &run, int exitCode, const char *text);

// Runs a tool of a test's set-up (openssl, certutil, pk12util, pdfsig); its
// failure fails the test with what it said. Returns what it printed.
QString runTool(const QString &program, const QStringList &arguments, const QString &directory,
                const QStringList &environment = {});

// Issues, in `directory`, the certificate `certificate` for the request
// `request` from the throwaway CA `ca`.pem/`ca`.key, with the extensions
// of section `extensions` of ca.cnf (signer, encryption), valid for `days`
// days (-1: already expired).
void issueCertificate(const QString &directory, const QString &request, const QString &certificate,
                      const QString &extensions, int days = 30, const QString &ca = QStringLiteral("ca"));

// Makes, in `directory`, a throwaway certificate authority of the
// municipality (ca.pem, ca.key, ca.cnf) and for each signer (nickname, file
// stem) a key and certificate it issued (stem.pem, stem.key, and stem.p12
// with the password "siirto"), imported into a new NSS database
// `directory`/nssdb that trusts the CA (password "tietokanta", also in
// `directory`/password) and into each database of `alsoInto` (made, without
// the CA). No private key is committed: they are made at test time.
void makeTestCertificates(const QString &directory, const QList<std::pair<QString, QString>> &signers,
                          const QStringList &alsoInto = {});
// The keys of members' packages, made once per process in a folder of its
// own: a certificate authority (as makeTestCertificates makes it), the
// maker's signing certificate "Paula Laatija" and an NSS database without a
// password (`database`) that the process uses (Nss::useDatabase, also as
// $PYKALA_NSSDB) and that holds the maker's key and every member's
// encryption key made by memberPackage.
struct PackageKeys
{
    QString directory;
    QString database;
    QString maker; // the maker's nickname
};
const PackageKeys &packageKeys();
// An RSA encryption certificate (key usage keyEncipherment) for `name`,
// issued by packageKeys()' authority, made once per name: STEM.pem and
// STEM.key in packageKeys().directory, its key imported into the database
// unless `keyInDatabase` is false (a person whose key the reader lacks).
// Returns the path of STEM.pem.
QString encryptionCertificate(const QString &name, bool keyInDatabase = true);
// The options of a member's package for the person `recipient` (full name,
// any case, or id), made by packageKeys().maker: the person's encryption
// certificate is made and registered in `store` unless one is registered.
MeetingPackage::Options memberPackage(Store &store, const QString &recipient);
// Lets the body's members' packages be read for ten years after the
// meeting, so that review mode, which reads them today, opens packages of
// the test meetings of 2026.
void keepPackagesReadable(Store &store, qint64 bodyId);
// The store inside a member's encrypted package, as bytes, decrypted with
// packageKeys()' database.
QByteArray packageImage(const QString &path);

// Registers each person's signing certificate (`directory`/FILE.pem, as
// makeTestCertificates writes it), the person named by full name.
void registerTestCertificates(Store &store, const QString &directory,
                              const QList<std::pair<QString, QString>> &personFiles);
