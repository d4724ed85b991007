#include "testsupport.h"

#include "signing/certificatefile.h"
#include "signing/nss.h"

#include "procedure/meetingevents.h"
#include "procedure/meetingsession.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <libpq-fe.h>

namespace {

// The databases made for the tests' stores, by the path each stands for.
QHash<QString, QString> &serverDatabases()
{
    // Never destroyed: a TestDir of static storage (a test's shared store)
    // drops its databases at exit, after statics made later are gone.
    static auto *databases = new QHash<QString, QString>;
    return *databases;
}

// The user the tests sign in to the server as (tests/postgresql/cluster.sh).
const QString serverUser = QStringLiteral("pykala");

QString serverUri(const QString &database)
{
    return QStringLiteral("postgresql:///%1?host=%2&user=%3")
        .arg(database, qEnvironmentVariable("PYKALA_TEST_POSTGRESQL"), serverUser);
}

// Runs one statement on the server's maintenance database.
void onServer(const QString &sql)
{
    const QByteArray uri = serverUri(QStringLiteral("postgres")).toUtf8();
    PGconn *connection = PQconnectdb(uri.constData());
    INFO("connecting to " << uri.toStdString() << ": " << PQerrorMessage(connection));
    REQUIRE(PQstatus(connection) == CONNECTION_OK);
    PGresult *result = PQexec(connection, sql.toUtf8().constData());
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    const std::string message = PQresultErrorMessage(result);
    PQclear(result);
    PQfinish(connection);
    INFO(sql.toStdString() << ": " << message);
    REQUIRE(ok);
}

} // namespace

bool testsOnServer()
{
    return !qEnvironmentVariableIsEmpty("PYKALA_TEST_POSTGRESQL");
}

QString storeLocation(const QString &path)
{
    if (!testsOnServer() || Store::isServerLocation(path))
        return path;
    QHash<QString, QString> &databases = serverDatabases();
    // A file already there is one (a meeting package is always a file).
    if (!databases.contains(path) && QFile::exists(path))
        return path;
    if (!databases.contains(path)) {
        static int made = 0;
        const QString name = QStringLiteral("test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++made);
        onServer(QStringLiteral("CREATE DATABASE %1").arg(name));
        databases.insert(path, name);
    }
    return serverUri(databases.value(path));
}

QString actorAfter(const QString &name)
{
    return testsOnServer() ? serverUser : name;
}

TestDir::TestDir()
{
    REQUIRE(m_dir.isValid());
}

TestDir::~TestDir()
{
    if (!testsOnServer())
        return;
    // The databases of this folder's stores go with it.
    QHash<QString, QString> &databases = serverDatabases();
    const QString folder = m_dir.path() + QLatin1Char('/');
    for (auto it = databases.begin(); it != databases.end();) {
        if (it.key().startsWith(folder)) {
            const QByteArray uri = serverUri(QStringLiteral("postgres")).toUtf8();
            PGconn *connection = PQconnectdb(uri.constData());
            PQsetNoticeProcessor(connection, [](void *, const char *) {}, nullptr);
            PQclear(PQexec(connection, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                                           .arg(it.value())
                                           .toUtf8()
                                           .constData()));
            PQfinish(connection);
            it = databases.erase(it);
        } else {
            ++it;
        }
    }
}

QString TestDir::path(const QString &name) const
{
    return m_dir.filePath(name);
}

QJsonObject jsonObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    INFO(error.errorString().toStdString() << " at " << error.offset);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

std::string compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

std::unique_ptr<Store> openStore(const QString &path, Store::Mode mode)
{
    auto store = Store::open(storeLocation(path), mode);
    INFO(store.error().toStdString());
    REQUIRE(store.ok());
    store.value()->setActor(QStringLiteral("tester"));
    return std::move(store.value());
}

std::unique_ptr<Store> openAt(const QString &location, Store::Mode mode)
{
    auto store = Store::open(location, mode);
    // A server's address without its parameters, which may hold a password.
    const QString shown = Store::isServerLocation(location) ? location.section(u'?', 0, 0) : location;
    INFO(shown.toStdString() << ": " << store.error().toStdString());
    REQUIRE(store.ok());
    return std::move(store).value();
}

std::unique_ptr<Store> createStore(const QString &path)
{
    return openStore(path, Store::Mode::CreateNew);
}

QString checkProblems(const QString &path)
{
    auto store = openStore(path);
    const auto report = store->check();
    REQUIRE(report.ok());
    return (report->integrityProblems + report->foreignKeyProblems + report->auditProblems).join(u'\n');
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(data) == data.size());
}

QByteArray storeBytes(const QString &path)
{
    if (const QString location = storeLocation(path); Store::isServerLocation(location)) {
        // On the server: every row of every table, in order. Sequences are
        // left out: a rolled-back change draws numbers from them, and they
        // are no part of what the store holds.
        PGconn *connection = PQconnectdb(location.toUtf8().constData());
        REQUIRE(PQstatus(connection) == CONNECTION_OK);
        QByteArray bytes;
        PGresult *tables = PQexec(connection, "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                                              "ORDER BY tablename");
        REQUIRE(PQresultStatus(tables) == PGRES_TUPLES_OK);
        for (int i = 0; i < PQntuples(tables); ++i) {
            const QByteArray table = PQgetvalue(tables, i, 0);
            PGresult *rows = PQexec(connection, QByteArray("SELECT t::text FROM " + table + " t ORDER BY 1").constData());
            REQUIRE(PQresultStatus(rows) == PGRES_TUPLES_OK);
            bytes += table + '\n';
            for (int row = 0; row < PQntuples(rows); ++row)
                bytes += QByteArray(PQgetvalue(rows, row, 0)) + '\n';
            PQclear(rows);
        }
        PQclear(tables);
        PQfinish(connection);
        return bytes;
    }
    QByteArray bytes = readFile(path);
    if (QFile::exists(path + QStringLiteral("-wal")))
        bytes += readFile(path + QStringLiteral("-wal"));
    return bytes;
}

QByteArray fileDigest(const QString &path)
{
    // A store on the server: what it holds.
    const QByteArray bytes = serverDatabases().contains(path) ? storeBytes(path) : readFile(path);
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

Sample addSample(Store &store)
{
    Sample sample;
    Organisation organisation;
    organisation.name = QStringLiteral("Testilän kunta");
    organisation.businessId = QStringLiteral("0123456-9");
    REQUIRE(store.setOrganisation(organisation).ok());

    sample.body = required(store.addBody({0, QStringLiteral("Kunnanhallitus"), QStringLiteral("KH"), BodyKind::Board,
                                          QuorumRule::MoreThanHalf}));
    sample.chair = required(store.addPerson({0, QStringLiteral("Aino"), QStringLiteral("Mäkelä"),
                                             QStringLiteral("yrittäjä"), QString(), QString()}));
    sample.member = required(store.addPerson({0, QStringLiteral("Östen"), QStringLiteral("Åberg"),
                                              QStringLiteral("opettaja"), QString(), QString()}));
    sample.deputy = required(store.addPerson({0, QStringLiteral("Pekka"), QStringLiteral("Pöyhönen"),
                                              QStringLiteral("kunnanjohtaja"), QStringLiteral("pekka@testila.fi"),
                                              QStringLiteral("040 123 4567")}));
    const QDate from(2025, 6, 1);
    const QDate until(2029, 5, 31);
    required(store.addMembership({0, sample.body, sample.chair, MembershipRole::Chair, 0, from, until}));
    required(store.addMembership({0, sample.body, sample.member, MembershipRole::Member, 0, from, until}));
    required(store.addMembership({0, sample.body, sample.deputy, MembershipRole::Deputy, sample.member, from, until}));

    Meeting meeting;
    meeting.bodyId = sample.body;
    meeting.number = 12;
    meeting.year = 2026;
    meeting.plannedStart = QDateTime(QDate(2026, 5, 11), QTime(16, 0));
    meeting.place = QStringLiteral("Kunnantalo");
    sample.meeting = required(store.addMeeting(meeting));

    AgendaItem item;
    item.meetingId = sample.meeting;
    item.title = QStringLiteral("Päätös digitalisaatiofoorumin edustajista");
    item.caseReference = QStringLiteral("198/00.01.01/2026");
    item.taskClass = QStringLiteral("00.01.01");
    item.preparers = {{QStringLiteral("Liisa Laine"), QStringLiteral("kunnansihteeri"), QStringLiteral("puh. 040 1")}};
    item.presenterPersonId = sample.deputy;
    item.background = QStringLiteral("<p>Pohjois-Savon tiedonhallintofoorumi toimi kolmen vuoden ajan. "
                                     "Kunnanhallitukselle esitetään päätöksiä.</p>");
    item.proposal = QStringLiteral("<p>Kunnanhallitus päättää nimetä edustajaksi kunnansihteerin.</p>");
    item.recipients = {{QStringLiteral("Kuopion kaupunki"), QStringLiteral("kirjaamo@kuopio.fi"), Delivery::Electronic}};
    sample.publicItem = required(store.addAgendaItem(item));

    AgendaItem secret;
    secret.meetingId = sample.meeting;
    secret.title = QStringLiteral("Vahingonkorvausvaatimus");
    secret.publicity = Publicity::Confidential;
    secret.confidentialityBasis = LegalBasis::fromText(QStringLiteral("JulkL 24 § 1 mom. 32 k"));
    secret.background = QStringLiteral("<p>Hakija <span class=\"personal-data\">Matti Meikäläinen</span> "
                                       "vaatii korvausta.</p>");
    sample.confidentialItem = required(store.addAgendaItem(secret));

    Attachment attachment;
    attachment.itemId = sample.publicItem;
    attachment.name = QStringLiteral("Foorumin kokoonpano.pdf");
    attachment.mediaType = QStringLiteral("application/pdf");
    attachment.content = QByteArrayLiteral("%PDF-1.4 test");
    sample.attachment = required(store.addAttachment(attachment));
    return sample;
}

Sample writeSampleStore(const QString &path)
{
    auto store = createStore(path);
    return addSample(*store);
}

RawConnection::RawConnection(const QString &path)
    : m_name(QUuid::createUuid().toString())
{
    const QString location = storeLocation(path);
    if (Store::isServerLocation(location)) {
        m_server = PQconnectdb(location.toUtf8().constData());
        INFO(PQerrorMessage(m_server));
        REQUIRE(PQstatus(m_server) == CONNECTION_OK);
        return;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    REQUIRE(db.open());
}

RawConnection::~RawConnection()
{
    if (m_server) {
        PQfinish(m_server);
        return;
    }
    QSqlDatabase::database(m_name).close();
    QSqlDatabase::removeDatabase(m_name);
}

bool RawConnection::exec(const QString &sql)
{
    if (m_server) {
        PGresult *result = PQexec(m_server, sql.toUtf8().constData());
        const ExecStatusType status = PQresultStatus(result);
        const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
        if (!ok)
            WARN(sql.toStdString() << ": " << PQresultErrorMessage(result));
        PQclear(result);
        return ok;
    }
    QSqlQuery query(QSqlDatabase::database(m_name));
    return query.exec(sql);
}

bool RawConnection::holdWriteLock()
{
    // What a writer of the store holds while it changes it.
    if (m_server)
        return exec(QStringLiteral("BEGIN")) && exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(0x50594B4C));
    return exec(QStringLiteral("BEGIN IMMEDIATE"));
}

bool RawConnection::dropProtections(const QStringList &tables)
{
    if (m_server) {
        for (const QString &table : tables) {
            if (!exec(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(table)))
                return false;
            m_unprotected.append(table);
        }
        return true;
    }
    QSqlQuery query(QSqlDatabase::database(m_name));
    QList<std::pair<QString, QString>> triggers;
    for (const QString &table : tables) {
        query.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?"));
        query.addBindValue(table);
        if (!query.exec())
            return false;
        while (query.next())
            triggers.append({query.value(0).toString(), query.value(1).toString()});
    }
    for (const auto &[name, sql] : std::as_const(triggers)) {
        if (!exec(QStringLiteral("DROP TRIGGER ") + name))
            return false;
        m_dropped.append(sql);
    }
    return true;
}

bool RawConnection::restoreProtections()
{
    bool ok = true;
    if (m_server) {
        for (const QString &table : std::as_const(m_unprotected))
            ok = exec(QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(table)) && ok;
        m_unprotected.clear();
        return ok;
    }
    for (const QString &sql : std::as_const(m_dropped))
        ok = exec(sql) && ok;
    m_dropped.clear();
    return ok;
}

QString RawConnection::blob(const QByteArray &bytes) const
{
    return m_server ? QStringLiteral("'\\x%1'::bytea").arg(QString::fromLatin1(bytes.toHex()))
                    : QStringLiteral("X'%1'").arg(QString::fromLatin1(bytes.toHex()));
}

QString RawConnection::character(int code) const
{
    return QStringLiteral("%1(%2)").arg(m_server ? QStringLiteral("chr") : QStringLiteral("char")).arg(code);
}

QVariant RawConnection::value(const QString &sql)
{
    if (m_server) {
        PGresult *result = PQexec(m_server, sql.toUtf8().constData());
        INFO(PQresultErrorMessage(result));
        REQUIRE(PQresultStatus(result) == PGRES_TUPLES_OK);
        REQUIRE(PQntuples(result) > 0);
        const QVariant value = PQgetisnull(result, 0, 0) ? QVariant()
                                                         : QVariant(QString::fromUtf8(PQgetvalue(result, 0, 0)));
        PQclear(result);
        return value;
    }
    QSqlQuery query(QSqlDatabase::database(m_name));
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0);
}

CliRun runCliOn(const QString &store, QStringList arguments)
{
    arguments.prepend(store);
    arguments.prepend(QStringLiteral("--store"));
    return runCli(arguments);
}

void expectCliRefused(const CliRun &run, int exitCode, const char *text)
{
    INFO("stderr: " << run.err.toStdString());
    CHECK(run.exitCode == exitCode);
    CHECK(run.err.contains(QString::fromUtf8(text)));
    CHECK(run.err.count(u'\n') == 1);
}

CliRun runCli(const QStringList &arguments, const QByteArray &input, const QStringList &environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PYKALA_STORE"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    // A store named by its path is, on the server, its database.
    for (const QString &entry : environment) {
        const QString name = entry.section(u'=', 0, 0);
        const QString value = entry.section(u'=', 1);
        env.insert(name, name == u"PYKALA_STORE" ? storeLocation(value) : value);
    }
    process.setProcessEnvironment(env);
    QStringList located = arguments;
    for (qsizetype i = 0; i < located.size(); ++i) {
        if (i > 0 && located.at(i - 1) == u"--store")
            located[i] = storeLocation(located.at(i));
        else if (located.at(i).startsWith(QStringLiteral("--store=")))
            located[i] = QStringLiteral("--store=") + storeLocation(located.at(i).mid(8));
        else if (serverDatabases().contains(located.at(i))) // a store named elsewhere (migrate SOURCE TARGET)
            located[i] = storeLocation(located.at(i));
    }
    process.start(QStringLiteral(PYKALA_CLI), located);
    REQUIRE(process.waitForStarted());
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

const QString RecordedMeeting::secretCanary = QStringLiteral("KANARIA-SALAINEN-7731");
const QString RecordedMeeting::personalCanary = QStringLiteral("KANARIA-HENKILÖ-4410");

// A board of five (Mäkelä chairs, Åström is vice chair) with Lahti as Niemi's
// personal deputy, a secretary and a presenter; meeting KH 12/2026 on
// Monday 11.5.2026, held and recorded:
//  § 3 a counter-proposal by Virtanen, a roll call won 3–2 by the base
//      proposal, Virtanen dissents; personal data in the background;
//  § 4 confidential, with its content;
//  § 5 Virtanen disqualified, a count vote 3–1, a municipal appeal;
//  § 6 an election, Åström leaves during it.
// Minutes checked on 12.5. and published on Wednesday 13.5.2026.
RecordedMeeting recordMeeting(Store &store)
{
    Organisation organisation;
    organisation.name = QStringLiteral("Testilän kunta");
    organisation.businessId = QStringLiteral("0123456-9");
    organisation.administrativeCourt = QStringLiteral("ita-suomi");
    organisation.registryAddress = QStringLiteral("Testilän kunta\nKirjaamo\nKunnantie 1\n70100 Testilä");
    organisation.registryEmail = QStringLiteral("kirjaamo@testila.fi");
    REQUIRE(store.setOrganisation(organisation).ok());
    Body board{0, QStringLiteral("Kunnanhallitus"), QStringLiteral("KH"), BodyKind::Board, QuorumRule::MoreThanHalf};
    board.swedishName = QStringLiteral("Kommunstyrelsen");
    const qint64 body = required(store.addBody(board));
    auto person = [&](const char *given, const char *family, const char *title = "") {
        return required(store.addPerson({0, QString::fromUtf8(given), QString::fromUtf8(family), QString::fromUtf8(title),
                                         QString(), QString()}));
    };
    const qint64 makela = person("Aino", "Mäkelä"), astrom = person("Bertil", "Åström"),
                 ohman = person("Cecilia", "Öhman"), virtanen = person("Daniel", "Virtanen"),
                 niemi = person("Eero", "Niemi"), lahti = person("Fanni", "Lahti"),
                 laine = person("Liisa", "Laine", "hallintojohtaja"),
                 poyhonen = person("Pekka", "Pöyhönen", "kunnanjohtaja");
    const QDate from(2025, 6, 1), until(2029, 5, 31);
    for (const auto &[id, role, deputyFor] :
         {std::tuple{makela, MembershipRole::Chair, qint64(0)}, std::tuple{astrom, MembershipRole::ViceChair, qint64(0)},
          std::tuple{ohman, MembershipRole::Member, qint64(0)}, std::tuple{virtanen, MembershipRole::Member, qint64(0)},
          std::tuple{niemi, MembershipRole::Member, qint64(0)}, std::tuple{lahti, MembershipRole::Deputy, niemi},
          std::tuple{laine, MembershipRole::Secretary, qint64(0)},
          std::tuple{poyhonen, MembershipRole::Presenter, qint64(0)}})
        required(store.addMembership({0, body, id, role, deputyFor, from, until}));

    Meeting meeting;
    meeting.bodyId = body;
    meeting.number = 12;
    meeting.year = 2026;
    meeting.plannedStart = QDateTime(QDate(2026, 5, 11), QTime(16, 0));
    meeting.plannedEnd = QDateTime(QDate(2026, 5, 11), QTime(18, 0));
    meeting.place = QStringLiteral("Kunnantalo, valtuustosali");
    meeting.id = required(store.addMeeting(meeting));

    auto item = [&](const QString &title, AppealKind appeal, const QString &background, const QString &proposal,
                    Publicity publicity = Publicity::Public) {
        AgendaItem it;
        it.meetingId = meeting.id;
        it.title = title;
        it.appealKind = appeal;
        it.background = background;
        it.proposal = proposal;
        it.publicity = publicity;
        it.presenterPersonId = poyhonen;
        if (publicity != Publicity::Public)
            it.confidentialityBasis = LegalBasis::fromText(QStringLiteral("JulkL 24 § 1 mom. 25 k"));
        it.caseReference = QStringLiteral("%1/00.01.01/2026").arg(100 + title.size());
        it.preparers = {{QStringLiteral("Liisa Laine"), QStringLiteral("hallintojohtaja"),
                         QStringLiteral("puh. 040 123 4567, liisa.laine@testila.fi")}};
        return required(store.addAgendaItem(it));
    };
    item(QStringLiteral("Kokouksen avaus, laillisuus ja päätösvaltaisuus"), AppealKind::NotAppealable,
         QStringLiteral("<p>Puheenjohtaja toteaa kokouksen lailliseksi ja päätösvaltaiseksi.</p>"),
         QStringLiteral("<p>Kokous todetaan lailliseksi ja päätösvaltaiseksi.</p>"));
    item(QStringLiteral("Pöytäkirjan tarkastajien valinta"), AppealKind::NotAppealable, QString(),
         QStringLiteral("<p>Valitaan kaksi pöytäkirjantarkastajaa.</p>"));
    item(QStringLiteral("Päiväkodin rakentaminen"), AppealKind::Rectification,
         QStringLiteral("<p>Aloitteen teki <span class=\"personal-data\">%1 Matti Meikäläinen</span>.</p>"
                        "<p>Päiväkodin kustannusarvio on 2,4 miljoonaa euroa.</p>").arg(RecordedMeeting::personalCanary),
         QStringLiteral("<p>Kunnanhallitus päättää rakentaa päiväkodin Asemanseudulle.</p>"));
    item(QStringLiteral("Vahingonkorvausvaatimus"), AppealKind::Rectification,
         QStringLiteral("<p>%1: hakijan terveydentila.</p>").arg(RecordedMeeting::secretCanary),
         QStringLiteral("<p>Korvausvaatimus hylätään (%1).</p>").arg(RecordedMeeting::secretCanary), Publicity::Confidential);
    item(QStringLiteral("Tontin myynti"), AppealKind::MunicipalAppeal,
         QStringLiteral("<p>Tontti 902-403-12-5 myydään.</p>"), QStringLiteral("<p>Tontti myydään 40 000 eurolla.</p>"));
    item(QStringLiteral("Edustajan valinta"), AppealKind::Rectification, QString(),
         QStringLiteral("<p>Valitaan edustaja.</p>"));

    using namespace MeetingEvents;
    ItemDecision::VoteRecord rollCall;
    rollCall.ballots = {{makela, Voting::Ballot::Yes}, {astrom, Voting::Ballot::Yes}, {ohman, Voting::Ballot::No},
                        {virtanen, Voting::Ballot::No}, {lahti, Voting::Ballot::Yes}};
    ItemDecision::VoteRecord count;
    count.yes = 3;
    count.no = 1;
    MeetingRecord::Election representative;
    representative.method = QStringLiteral("majority");
    representative.seats = 1;
    representative.seed = 7;
    representative.candidates = {{QStringLiteral("Kaisa Koivu"), 3}, {QStringLiteral("Lauri Lehto"), 1}};
    const QByteArray events = file({
        open(meeting.plannedStart.addSecs(120)),
        attendance({makela, astrom, ohman, virtanen}, {{niemi, lahti}},
                   {{QStringLiteral("Pekka Pöyhönen"), QStringLiteral("kunnanjohtaja, esittelijä")},
                    {QStringLiteral("Liisa Laine"), QStringLiteral("hallintojohtaja, pöytäkirjanpitäjä")}}),
        minuteCheckers({astrom, ohman}),
        decision(1),
        decision(2),
        proposal(3, QStringLiteral("virtanen"), ProposalType::Counter, virtanen,
                 QStringLiteral("päiväkoti rakennetaan Kirkonkylään")),
        second(3, QStringLiteral("virtanen"), ohman),
        vote(3, rollCall),
        dissent(3, virtanen, QStringLiteral("Kirkonkylä on parempi paikka.")),
        decision(3),
        decision(4),
        disqualified({virtanen, 5, QStringLiteral("HL 28 § 1 mom. 1 k")}),
        proposal(5, QStringLiteral("ohman"), ProposalType::Counter, ohman, QStringLiteral("tontti myydään 50 000 eurolla")),
        second(5, QStringLiteral("ohman"), lahti),
        vote(5, count),
        decision(5),
        move({astrom, Attendance::Movement::Leaves, 6, QTime(17, 10)}),
        election(6, representative),
        decision(6),
        close(QDateTime(meeting.plannedStart.date(), QTime(17, 30))),
    });
    const auto recorded = MeetingSession::record(store, meeting, events);
    INFO(recorded.error().toStdString());
    REQUIRE(recorded.ok());
    RecordedMeeting fixture;
    fixture.meeting = required(store.meeting(meeting.id)).value();
    fixture.items = required(store.agendaItems(meeting.id));
    // The secretary's decision text of the confidential item.
    AgendaItem &secret = fixture.items[3];
    secret.decision = QStringLiteral("<p>Korvausvaatimus hylättiin; %1.</p>").arg(RecordedMeeting::secretCanary);
    REQUIRE(store.updateAgendaItem(secret).ok());
    fixture.meeting.minutesChecked = QDate(2026, 5, 12);
    fixture.meeting.minutesPublished = QDate(2026, 5, 13);
    fixture.meeting.state = MeetingState::MinutesChecked;
    REQUIRE(store.updateMeeting(fixture.meeting).ok());
    return fixture;
}

Meeting nextConvenedMeeting(const Store &store, const QString &bodyShortName)
{
    const auto body = store.bodyByShortName(bodyShortName);
    REQUIRE(body.ok());
    REQUIRE(body->has_value());
    MeetingFilter filter;
    filter.bodyId = body->value().id;
    for (const Meeting &meeting : required(store.meetings(filter))) {
        if (meeting.state == MeetingState::Convened)
            return meeting;
    }
    FAIL("The demo has no convened meeting of " << bodyShortName.toStdString());
    return {};
}

Meeting addUnheldMeeting(Store &store, const Meeting &held)
{
    Meeting next = held;
    next.id = 0;
    next.number = held.number + 1;
    next.plannedStart = held.plannedStart.addDays(14);
    next.plannedEnd = held.plannedEnd.addDays(14);
    next.actualStart = next.actualEnd = QDateTime();
    next.minutesChecked = next.minutesPublished = QDate();
    next.state = MeetingState::Convened;
    next.id = required(store.addMeeting(next));
    return next;
}

// Runs a tool of the test set-up (openssl, certutil, pk12util, pdfsig); its
// failure fails the test with what it said.
QString runTool(const QString &program, const QStringList &arguments, const QString &directory,
                const QStringList &environment)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &entry : environment)
        env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(120000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    INFO(program.toStdString() << " " << arguments.join(u' ').toStdString() << "\n" << output.toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return output;
}

void issueCertificate(const QString &directory, const QString &request, const QString &certificate,
                      const QString &extensions, int days, const QString &ca)
{
    runTool(QStringLiteral("openssl"),
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), request, QStringLiteral("-CA"),
         ca + QStringLiteral(".pem"), QStringLiteral("-CAkey"), ca + QStringLiteral(".key"),
         QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), certificate, QStringLiteral("-days"),
         QString::number(days), QStringLiteral("-extfile"), QStringLiteral("ca.cnf"), QStringLiteral("-extensions"),
         extensions},
        directory);
}

void makeTestCertificates(const QString &directory, const QList<std::pair<QString, QString>> &signers,
                          const QStringList &alsoInto)
{
    const QStringList databases = QStringList{directory + QStringLiteral("/nssdb")} + alsoInto;
    writeFile(directory + QStringLiteral("/ca.cnf"),
              "[req]\ndistinguished_name = dn\nprompt = no\n[dn]\nCN = Testilan kunnan CA\nO = Testilan kunta\n"
              "[ca]\nbasicConstraints = critical,CA:TRUE\nkeyUsage = critical,keyCertSign,cRLSign\n"
              "subjectKeyIdentifier = hash\n"
              "[signer]\nbasicConstraints = CA:FALSE\nkeyUsage = critical,digitalSignature,nonRepudiation\n"
              "extendedKeyUsage = emailProtection\nsubjectKeyIdentifier = hash\nauthorityKeyIdentifier = keyid\n"
              "[encryption]\nbasicConstraints = CA:FALSE\nkeyUsage = critical,keyEncipherment,dataEncipherment\n"
              "extendedKeyUsage = emailProtection\nsubjectKeyIdentifier = hash\nauthorityKeyIdentifier = keyid\n");
    runTool(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
         QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
         QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-config"),
         QStringLiteral("ca.cnf"), QStringLiteral("-extensions"), QStringLiteral("ca")},
        directory);
    writeFile(directory + QStringLiteral("/password"), QByteArrayLiteral("tietokanta") + '\n');
    for (const QString &db : databases) {
        QDir().mkpath(db);
        runTool(QStringLiteral("certutil"), {QStringLiteral("-N"), QStringLiteral("-d"), QStringLiteral("sql:") + db,
                                         QStringLiteral("-f"), QStringLiteral("password")},
            directory);
    }
    runTool(QStringLiteral("certutil"),
        {QStringLiteral("-A"), QStringLiteral("-d"), QStringLiteral("sql:") + databases.first(), QStringLiteral("-n"),
         QStringLiteral("Testilan CA"), QStringLiteral("-t"), QStringLiteral("CT,C,C"), QStringLiteral("-i"),
         QStringLiteral("ca.pem"), QStringLiteral("-f"), QStringLiteral("password")},
        directory);
    for (const auto &[nick, file] : signers) {
        runTool(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), file + QStringLiteral(".key"), QStringLiteral("-out"),
             file + QStringLiteral(".csr"), QStringLiteral("-subj"),
             QStringLiteral("/CN=%1/O=Testilan kunta").arg(nick)},
            directory);
        issueCertificate(directory, file + QStringLiteral(".csr"), file + QStringLiteral(".pem"), QStringLiteral("signer"));
        runTool(QStringLiteral("openssl"),
            {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"), file + QStringLiteral(".key"),
             QStringLiteral("-in"), file + QStringLiteral(".pem"), QStringLiteral("-name"), nick,
             QStringLiteral("-passout"), QStringLiteral("pass:siirto"), QStringLiteral("-out"),
             file + QStringLiteral(".p12")},
            directory);
        for (const QString &db : databases)
            runTool(QStringLiteral("pk12util"),
                {QStringLiteral("-i"), file + QStringLiteral(".p12"), QStringLiteral("-d"), QStringLiteral("sql:") + db,
                 QStringLiteral("-W"), QStringLiteral("siirto"), QStringLiteral("-k"), QStringLiteral("password")},
                directory);
    }
}

Meeting holdMeetingTablingItems(Store &store, const Meeting &before)
{
    Meeting held = addUnheldMeeting(store, before);
    AgendaItem tabled;
    tabled.meetingId = held.id;
    tabled.title = QStringLiteral("Kirkonkylän kaavamuutos");
    tabled.caseReference = QStringLiteral("77/10.02.03/2026");
    tabled.background = QStringLiteral("<p>Kaava on vanhentunut.</p>");
    tabled.proposal = QStringLiteral("<p>Kaava hyväksytään.</p>");
    tabled.preparers = {{QStringLiteral("Liisa Laine"), QStringLiteral("hallintojohtaja"), QStringLiteral("puh. 1")}};
    const qint64 tabledId = required(store.addAgendaItem(tabled));
    Attachment map;
    map.itemId = tabledId;
    map.name = QStringLiteral("Kaavakartta.pdf");
    map.mediaType = QStringLiteral("application/pdf");
    map.content = QByteArrayLiteral("%PDF-1.4 kartta");
    required(store.addAttachment(map));
    AgendaItem returned;
    returned.meetingId = held.id;
    returned.title = QStringLiteral("Koulukuljetusten periaatteet");
    required(store.addAgendaItem(returned));
    AgendaItem decided;
    decided.meetingId = held.id;
    decided.title = QStringLiteral("Talousarvion toteuma");
    required(store.addAgendaItem(decided));
    // In the procedural votes JAA continues the handling, EI tables or
    // returns the item.
    QHash<QString, qint64> ids;
    for (const Person &person : required(store.persons()))
        ids.insert(person.displayName(), person.id);
    const qint64 makela = ids.value(QStringLiteral("Aino Mäkelä")), astrom = ids.value(QStringLiteral("Bertil Åström")),
                 ohman = ids.value(QStringLiteral("Cecilia Öhman")), virtanen = ids.value(QStringLiteral("Daniel Virtanen"));
    using namespace MeetingEvents;
    ItemDecision::VoteRecord tabling;
    tabling.on = QStringLiteral("pöydälle");
    tabling.yes = 1;
    tabling.no = 3;
    ItemDecision::VoteRecord returning = tabling;
    returning.on = QStringLiteral("palautus");
    const QByteArray events = file({
        open(held.plannedStart),
        attendance({makela, astrom, ohman, virtanen}, {}),
        proposal(1, QStringLiteral("pöydälle"), ProposalType::Tabling, virtanen),
        second(1, QStringLiteral("pöydälle"), ohman),
        vote(1, tabling),
        proposal(2, QStringLiteral("palautus"), ProposalType::Return, ohman),
        second(2, QStringLiteral("palautus"), virtanen),
        vote(2, returning),
        decision(3),
        close(QDateTime(held.plannedStart.date(), QTime(17, 0))),
    });
    const auto recorded = MeetingSession::record(store, held, events);
    INFO(recorded.error().toStdString());
    REQUIRE(recorded.ok());
    return required(store.meeting(held.id)).value();
}

const PackageKeys &packageKeys()
{
    static TestDir folder;
    static const PackageKeys keys = [] {
        PackageKeys made;
        made.directory = folder.path(QStringLiteral("package-keys"));
        QDir().mkpath(made.directory);
        made.database = made.directory + QStringLiteral("/nssdb");
        made.maker = QStringLiteral("Paula Laatija");
        makeTestCertificates(made.directory, {{made.maker, QStringLiteral("laatija")}});
        // No password: review mode then opens packages without asking.
        writeFile(made.directory + QStringLiteral("/empty"), QByteArray("\n"));
        runTool(QStringLiteral("certutil"),
            {QStringLiteral("-W"), QStringLiteral("-d"), QStringLiteral("sql:") + made.database, QStringLiteral("-f"),
             QStringLiteral("password"), QStringLiteral("-@"), QStringLiteral("empty")},
            made.directory);
        qputenv("PYKALA_NSSDB", made.database.toUtf8());
        REQUIRE(Nss::useDatabase(made.database).ok());
        return made;
    }();
    return keys;
}

QString encryptionCertificate(const QString &name, bool keyInDatabase)
{
    const PackageKeys &keys = packageKeys();
    static QHash<QString, QString> made;
    const QString key = name + (keyInDatabase ? QStringLiteral("|db") : QStringLiteral("|away"));
    if (made.contains(key))
        return made.value(key);
    const QString stem = QStringLiteral("enc-") +
        QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
    runTool(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-utf8"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
         QStringLiteral("-nodes"), QStringLiteral("-keyout"), stem + QStringLiteral(".key"), QStringLiteral("-out"),
         stem + QStringLiteral(".csr"), QStringLiteral("-subj"), QStringLiteral("/CN=%1/O=Testilan kunta").arg(name)},
        keys.directory);
    issueCertificate(keys.directory, stem + QStringLiteral(".csr"), stem + QStringLiteral(".pem"),
                     QStringLiteral("encryption"));
    if (keyInDatabase) {
        runTool(QStringLiteral("openssl"),
            {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"), stem + QStringLiteral(".key"),
             QStringLiteral("-in"), stem + QStringLiteral(".pem"), QStringLiteral("-name"), stem,
             QStringLiteral("-passout"), QStringLiteral("pass:siirto"), QStringLiteral("-out"),
             stem + QStringLiteral(".p12")},
            keys.directory);
        runTool(QStringLiteral("pk12util"),
            {QStringLiteral("-i"), stem + QStringLiteral(".p12"), QStringLiteral("-d"),
             QStringLiteral("sql:") + keys.database, QStringLiteral("-W"), QStringLiteral("siirto"),
             QStringLiteral("-K"), QString()},
            keys.directory);
    }
    const QString path = keys.directory + QLatin1Char('/') + stem + QStringLiteral(".pem");
    made.insert(key, path);
    return path;
}

MeetingPackage::Options memberPackage(Store &store, const QString &recipient)
{
    const PackageKeys &keys = packageKeys();
    const QList<Person> persons = required(store.persons());
    bool isId = false;
    const qint64 id = recipient.toLongLong(&isId);
    const auto person = std::find_if(persons.cbegin(), persons.cend(), [&](const Person &p) {
        return isId ? p.id == id : p.displayName().compare(recipient, Qt::CaseInsensitive) == 0;
    });
    INFO("the package's recipient " << recipient.toStdString());
    REQUIRE(person != persons.cend());
    const QList<PersonCertificate> registered = required(store.personCertificates(person->id));
    const bool hasOne = std::any_of(registered.cbegin(), registered.cend(), [](const PersonCertificate &c) {
        return c.use == CertificateUse::Encryption;
    });
    if (!hasOne) {
        PersonCertificate certificate =
            required(CertificateFile::read(readFile(encryptionCertificate(person->displayName()))));
        certificate.personId = person->id;
        certificate.use = CertificateUse::Encryption;
        required(store.addPersonCertificate(certificate));
    }
    MeetingPackage::Options options;
    options.audience = Audience::Member;
    options.recipient = recipient;
    options.signer = keys.maker;
    return options;
}

void keepPackagesReadable(Store &store, qint64 bodyId)
{
    Body body = required(store.body(bodyId)).value();
    body.packageExpiryDays = Body::maximumPackageExpiryDays;
    required(store.updateBody(body));
}

QByteArray packageImage(const QString &path)
{
    packageKeys();
    // Read as of a day before any package expires.
    auto opened = MeetingPackage::open(path, QDate(2000, 1, 1));
    INFO((opened.ok() ? std::string() : opened.error().toStdString()));
    REQUIRE(opened.ok());
    return required(opened.value().store->image());
}

void registerTestCertificates(Store &store, const QString &directory,
                              const QList<std::pair<QString, QString>> &personFiles)
{
    const QList<Person> persons = required(store.persons());
    for (const auto &[name, file] : personFiles) {
        const auto person = std::find_if(persons.cbegin(), persons.cend(),
                                         [&](const Person &p) { return p.displayName() == name; });
        INFO("registering the certificate of " << name.toStdString());
        REQUIRE(person != persons.cend());
        PersonCertificate certificate =
            required(CertificateFile::read(readFile(directory + QLatin1Char('/') + file + QStringLiteral(".pem"))));
        certificate.personId = person->id;
        certificate.use = CertificateUse::Signing;
        required(store.addPersonCertificate(certificate));
    }
}

MeetingRecord::Setting threeMemberBoard(int items)
{
    MeetingRecord::Setting setting;
    const char *members[] = {"Anna Aho", "Bo Berg", "Cilla Carlsson"};
    const char *deputies[] = {"Dan Dahl", "Eva Ek", "Fia Fors"};
    for (int i = 0; i < 3; ++i) {
        setting.seats.append({i + 1, i + 11});
        setting.names.insert(i + 1, QString::fromUtf8(members[i]));
        setting.names.insert(i + 11, QString::fromUtf8(deputies[i]));
    }
    setting.chair = 1;
    setting.items = items;
    setting.day = QDate(2026, 12, 14);
    return setting;
}

void copyTestStore(const char *name, const QString &path)
{
    REQUIRE(QFile::copy(QStringLiteral(PYKALA_SOURCE_DIR "/tests/data/%1.sqlite").arg(QLatin1String(name)), path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
}
