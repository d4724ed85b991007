#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

TestDir::TestDir()
{
    REQUIRE(m_dir.isValid());
}

QString TestDir::path(const QString &name) const
{
    return m_dir.filePath(name);
}

std::unique_ptr<Store> openStore(const QString &path, Store::Mode mode)
{
    auto store = Store::open(path, mode);
    INFO(store.error().toStdString());
    REQUIRE(store.ok());
    store.value()->setActor(QStringLiteral("tester"));
    return std::move(store.value());
}

std::unique_ptr<Store> createStore(const QString &path)
{
    return openStore(path, Store::Mode::CreateNew);
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

QByteArray fileDigest(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

namespace {

template<typename T>
T required(const Result<T> &result)
{
    INFO(result.error().toStdString());
    REQUIRE(result.ok());
    return *result;
}

} // namespace

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
    secret.confidentialityBasis = QStringLiteral("JulkL 24 § 1 mom. 32 k");
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
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    REQUIRE(db.open());
}

RawConnection::~RawConnection()
{
    QSqlDatabase::database(m_name).close();
    QSqlDatabase::removeDatabase(m_name);
}

bool RawConnection::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_name));
    return query.exec(sql);
}

QVariant RawConnection::value(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_name));
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0);
}

CliRun runCli(const QStringList &arguments, const QByteArray &input, const QStringList &environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PYKALA_STORE"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    for (const QString &entry : environment)
        env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PYKALA_CLI), arguments);
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
