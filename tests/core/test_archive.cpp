// The archive package of a year's closed cases: signed minutes, extracts and
// attachments with a SÄHKE2 metadata file each, every one of them validated
// against docs/archive-record.xsd by xmllint, digests checked by sha256sum.

#include <catch2/catch.hpp>

#include "testsupport.h"

#include "documents/archivepackage.h"
#include "documents/documentrenderer.h"
#include "documents/meetingdocuments.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

namespace {

const QString schema = QStringLiteral(PYKALA_SOURCE_DIR "/docs/archive-record.xsd");

QString fileText(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The text of the first element of this name in an XML file.
QString element(const QString &xml, const char *name)
{
    const QRegularExpression pattern(QStringLiteral("<%1>([^<]*)</%1>").arg(QLatin1String(name)));
    return pattern.match(xml).captured(1);
}

QStringList filesIn(const QString &directory, const QString &pattern)
{
    QStringList files;
    QDirIterator it(directory, {pattern}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

// xmllint's verdict on a file: its exit code and what it said.
std::pair<int, QString> xmllint(const QString &file)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--schema"), schema, file});
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}

struct Archived
{
    RecordedMeeting recorded;
    qint64 sale = 0;      // 1/10.00.03/2026: § 5 with two attachments, a party
    qint64 secret = 0;    // 2/99.02/2026: § 4, confidential
    qint64 pending = 0;   // 3/10.00.03/2026: handled at a meeting not held
    QByteArray minutes;   // the signed minutes as stored
};

Archived archivedStore(Store &store)
{
    Archived made;
    made.recorded = recordMeeting(store); // KH 12/2026, held 11.5.2026
    const AgendaItem &sold = made.recorded.items.at(4);
    const AgendaItem &hidden = made.recorded.items.at(3);
    Attachment map;
    map.itemId = sold.id;
    map.name = QStringLiteral("Asemapiirros tontti 4.pdf");
    map.mediaType = QStringLiteral("application/pdf");
    map.content = QByteArrayLiteral("%PDF-1.4 asemapiirros");
    required(store.addAttachment(map));
    Attachment offer;
    offer.itemId = sold.id;
    offer.name = QStringLiteral("Ostotarjous.pdf");
    offer.mediaType = QStringLiteral("application/pdf");
    offer.publicity = Publicity::Confidential;
    offer.confidentialityBasis = LegalBasis::fromText(QStringLiteral("JulkL 24 § 1 mom. 20 k"));
    offer.content = QByteArrayLiteral("%PDF-1.4 ostotarjous");
    required(store.addAttachment(offer));
    // An attachment that is itself XML, of a media type with a parameter.
    Attachment application;
    application.itemId = sold.id;
    application.name = QStringLiteral("hakemus.xml");
    application.mediaType = QStringLiteral("Text/XML; charset=utf-8");
    application.content = QByteArrayLiteral("<?xml version=\"1.0\"?><hakemus/>");
    required(store.addAttachment(application));

    required(store.addTaskClass({0, QStringLiteral("99.02"), QStringLiteral("Vahingonkorvaukset"), 10,
                                 Publicity::Confidential, LegalBasis::fromText(QStringLiteral("JulkL 24 § 1 mom. 32 k")),
                                 true}));
    const auto open = [&](const char *title, const char *code, const AgendaItem &item) {
        Case entry;
        entry.title = QString::fromUtf8(title);
        entry.diaryNumber.taskClass = QString::fromLatin1(code);
        entry.initiated = QDate(2026, 4, 1);
        const qint64 id = required(store.openCase(entry));
        REQUIRE(store.linkItemToCase(item.id, id).ok());
        return id;
    };
    const auto close = [&](qint64 id, const QList<CaseParty> &parties, Publicity publicity = Publicity::Public) {
        Case entry = required(store.caseFile(id)).value();
        entry.parties = parties;
        entry.publicity = publicity;
        if (publicity != Publicity::Public) {
            entry.confidentialityBasis = LegalBasis::fromText(QStringLiteral("JulkL 24 § 1 mom. 32 k"));
            entry.secrecyYears = 50;
        }
        entry.state = CaseState::Closed;
        entry.decided = QDate(2026, 5, 11);
        entry.closed = QDate(2026, 9, 30);
        REQUIRE(store.updateCase(entry).ok());
    };
    made.sale = open("Tontin myynti Teollisuustie 4", "10.00.03", sold);
    close(made.sale, {{QStringLiteral("Ostaja Oy"), PartyKind::Organisation, QStringLiteral("ostaja"),
                       QStringLiteral("Tehdaskatu 1, 70100 Testilä")}});
    made.secret = open("Vahingonkorvausvaatimus", "99.02", hidden);
    close(made.secret, {}, Publicity::Confidential);
    const Meeting unheld = addUnheldMeeting(store, made.recorded.meeting);
    AgendaItem later;
    later.meetingId = unheld.id;
    later.title = QStringLiteral("Tontin myynti, jatko");
    made.pending = open("Tontin myynti Teollisuustie 6", "10.00.03", required(store.agendaItem(required(store.addAgendaItem(later)))).value());
    close(made.pending, {});

    // The minutes as the signing stores them: the PDF/A with both signatures.
    const auto document = required(MeetingDocuments::minutes(store, made.recorded.meeting));
    SignedMinutes minutes;
    minutes.meetingId = made.recorded.meeting.id;
    minutes.pdf = required(DocumentRenderer::pdf(document));
    minutes.recordDigest = QString(64, u'a');
    minutes.partDigests = QStringLiteral("{\"meeting\": \"%1\"}").arg(QString(64, u'b'));
    minutes.signatures = 2;
    minutes.signingRoles = {QStringLiteral("puheenjohtaja"), QStringLiteral("pöytäkirjanpitäjä")};
    minutes.frozenAt = QDateTime(QDate(2026, 5, 12), QTime(9, 30), Qt::UTC);
    REQUIRE(store.saveSignedMinutes(minutes).ok());
    made.minutes = minutes.pdf;
    return made;
}

} // namespace

TEST_CASE("The archive package holds each closed case's signed minutes, extracts and attachments, every metadata "
          "file valid against the schema",
          "[archive][cases]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const Archived made = archivedStore(*store);
    const QString package = dir.path(QStringLiteral("arkisto-2026"));
    QStringList seen;
    ArchivePackage::Options options;
    options.year = 2026;
    options.progress = [&](int done, int total, const QString &number) {
        seen.append(QStringLiteral("%1/%2 %3").arg(done).arg(total).arg(number));
        return true;
    };
    const auto summary = ArchivePackage::write(*store, package, options);
    INFO(summary.error().toStdString());
    REQUIRE(summary.ok());
    CHECK(summary->cases == 2);
    // The sale: the minutes, the extract, three attachments; the secret
    // case: the minutes and the extract.
    CHECK(summary->records == 7);
    REQUIRE(summary->skipped.size() == 1);
    CHECK(summary->skipped.at(0).diaryNumber.toStdString() == "3/10.00.03/2026");
    CHECK(summary->skipped.at(0).reason.contains(QStringLiteral("KH 13/2026 was not held")));
    CHECK(seen.join(u',').toStdString() == "0/3 1/10.00.03/2026,1/3 2/99.02/2026,2/3 3/10.00.03/2026,3/3 ");

    const QString sale = package + QStringLiteral("/1-10.00.03-2026");
    QStringList files = QDir(sale).entryList(QDir::Files);
    files.sort();
    CHECK(files.join(u' ').toStdString()
          == "KH-12-2026-5-liite-1-Asemapiirros-tontti-4.pdf KH-12-2026-5-liite-1-Asemapiirros-tontti-4.pdf.xml "
             "KH-12-2026-5-liite-2-Ostotarjous.pdf KH-12-2026-5-liite-2-Ostotarjous.pdf.xml "
             "KH-12-2026-5-liite-3-hakemus.xml KH-12-2026-5-liite-3-hakemus.xml.xml KH-12-2026-5-ote.pdf "
             "KH-12-2026-5-ote.pdf.xml KH-12-2026-poytakirja.pdf KH-12-2026-poytakirja.pdf.xml asia.xml");
    CHECK_FALSE(QDir(package + QStringLiteral("/3-10.00.03-2026")).exists());
    // The signed minutes byte for byte, as the store keeps them.
    CHECK(fileBytes(sale + QStringLiteral("/KH-12-2026-poytakirja.pdf")) == made.minutes);
    CHECK(fileBytes(sale + QStringLiteral("/KH-12-2026-5-ote.pdf")).startsWith("%PDF-"));

    // Every metadata file is valid; each file's digest and size are its own
    // (sha256sum's, not ours).
    const QStringList metadata = filesIn(package, QStringLiteral("*.xml")).filter(QRegularExpression(QStringLiteral("(/asia\\.xml|\\.[a-z]+\\.xml)$")));
    REQUIRE(metadata.size() == 9);
    CHECK(fileBytes(sale + QStringLiteral("/KH-12-2026-5-liite-3-hakemus.xml")) == "<?xml version=\"1.0\"?><hakemus/>");
    CHECK(element(fileText(sale + QStringLiteral("/KH-12-2026-5-liite-3-hakemus.xml.xml")), "Tiedostomuoto").toStdString()
          == "text/xml");
    for (const QString &file : metadata) {
        INFO(file.toStdString());
        const auto [exitCode, said] = xmllint(file);
        INFO(said.toStdString());
        CHECK(exitCode == 0);
        if (file.endsWith(QStringLiteral("/asia.xml")))
            continue;
        const QString xml = fileText(file);
        const QString data = QFileInfo(file).dir().filePath(element(xml, "Tiedostonimi"));
        const QString sum = runTool(QStringLiteral("sha256sum"), {data}, QFileInfo(data).absolutePath()).section(u' ', 0, 0);
        CHECK(element(xml, "Tiiviste").toStdString() == sum.toStdString());
        CHECK(element(xml, "Koko").toLongLong() == QFileInfo(data).size());
    }

    // What the metadata says, worked out from the case and the law.
    const QString caseXml = fileText(sale + QStringLiteral("/asia.xml"));
    CHECK(element(caseXml, "Tunnus").toStdString() == "1/10.00.03/2026");
    CHECK(element(caseXml, "Tila").toStdString() == "Suljettu");
    CHECK(element(caseXml, "Suljettu").toStdString() == "2026-09-30");
    CHECK(element(caseXml, "SailytysajanPituus").toStdString() == "-1"); // 10.00.03: kept permanently
    CHECK(caseXml.contains(QStringLiteral("<Rooli>ostaja</Rooli>")));
    CHECK(caseXml.contains(QStringLiteral("<Tyyppi>Organisaatio</Tyyppi>")));
    CHECK(element(caseXml, "Toimielin").toStdString() == "Kunnanhallitus");
    CHECK(element(caseXml, "Kokous").toStdString() == "2026-05-11");
    CHECK(element(caseXml, "Pykala").toStdString() == "5");
    CHECK(caseXml.count(QStringLiteral("<Asiakirja>")) == 5);
    const QString minutesXml = fileText(sale + QStringLiteral("/KH-12-2026-poytakirja.pdf.xml"));
    CHECK(element(minutesXml, "Tyyppi").toStdString() == "Pöytäkirja");
    CHECK(element(minutesXml, "Julkisuusluokka").toStdString() == "Osittain salassapidettävä"); // § 4 is secret
    CHECK(element(minutesXml, "SailytysajanPituus").toStdString() == "-1");
    CHECK(element(minutesXml, "Allekirjoitettu").toStdString() == "true");
    CHECK(element(minutesXml, "Laadittu").toStdString() == "2026-05-12");
    const QString offerXml = fileText(sale + QStringLiteral("/KH-12-2026-5-liite-2-Ostotarjous.pdf.xml"));
    CHECK(element(offerXml, "Julkisuusluokka").toStdString() == "Salassa pidettävä");
    CHECK(element(offerXml, "Salassapitoperuste").toStdString() == "JulkL 24 § 1 mom. 20 k");
    CHECK(element(offerXml, "Salassapitoaika").toStdString() == "25"); // JulkL 31 § 1 mom.
    const QString secret = package + QStringLiteral("/2-99.02-2026");
    const QString secretCase = fileText(secret + QStringLiteral("/asia.xml"));
    CHECK(element(secretCase, "Julkisuusluokka").toStdString() == "Salassa pidettävä");
    CHECK(element(secretCase, "Salassapitoaika").toStdString() == "50");
    CHECK(element(secretCase, "SailytysajanPituus").toStdString() == "10");
    CHECK(element(secretCase, "Henkilotietoja").toStdString() == "Sisältää henkilötietoja");
    CHECK(element(fileText(secret + QStringLiteral("/KH-12-2026-4-ote.pdf.xml")), "Julkisuusluokka").toStdString()
          == "Salassa pidettävä");

    // The schema refuses what is wrong: a broken class code fails.
    QString broken = fileText(sale + QStringLiteral("/asia.xml"));
    broken.replace(QStringLiteral("<Luokitustunnus>10.00.03</Luokitustunnus>"),
                   QStringLiteral("<Luokitustunnus>10.0.3</Luokitustunnus>"));
    const QString brokenFile = dir.path(QStringLiteral("broken.xml"));
    QFile out(brokenFile);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(broken.toUtf8());
    out.close();
    CHECK(xmllint(brokenFile).first != 0);
}

TEST_CASE("An archive export cancelled, refused or with nothing to archive leaves no package", "[archive][cases][bad-input]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    archivedStore(*store);
    const QString package = dir.path(QStringLiteral("arkisto"));
    const QString root = QFileInfo(package).absolutePath();
    const auto entries = [&] { return QDir(root).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden); };
    const QStringList before = entries();

    ArchivePackage::Options cancelled;
    cancelled.year = 2026;
    cancelled.progress = [](int done, int, const QString &) { return done < 1; };
    CHECK_THAT(refusal(ArchivePackage::write(*store, package, cancelled)), Catch::Contains("cancelled"));
    CHECK(entries() == before);

    ArchivePackage::Options nothing;
    nothing.year = 2025;
    CHECK_THAT(refusal(ArchivePackage::write(*store, package, nothing)), Catch::Contains("No case was closed in 2025"));
    CHECK(entries() == before);

    REQUIRE(QDir(root).mkdir(QStringLiteral("arkisto")));
    QFile kept(package + QStringLiteral("/muistio.txt"));
    REQUIRE(kept.open(QIODevice::WriteOnly));
    kept.write("kept");
    kept.close();
    ArchivePackage::Options year;
    year.year = 2026;
    CHECK_THAT(refusal(ArchivePackage::write(*store, package, year)), Catch::Contains("is not an empty folder"));
    CHECK(QDir(package).entryList(QDir::Files) == QStringList{QStringLiteral("muistio.txt")});
    // An empty folder is filled.
    REQUIRE(QFile::remove(package + QStringLiteral("/muistio.txt")));
    REQUIRE(ArchivePackage::write(*store, package, year).ok());
    CHECK(QFileInfo::exists(package + QStringLiteral("/1-10.00.03-2026/asia.xml")));
}

TEST_CASE("pykala-cli archive writes the package and says what it left out", "[archive][cli]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    {
        auto store = createStore(path);
        archivedStore(*store);
    }
    const QString package = dir.path(QStringLiteral("out"));
    const CliRun run = runCliOn(path, {QStringLiteral("archive"), QStringLiteral("--year"), QStringLiteral("2026"),
                                       QStringLiteral("-o"), package + QLatin1Char('/')});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("2 case(s), 7 record(s)")));
    CHECK(run.out.contains(QStringLiteral("Not archived: 3/10.00.03/2026: its handling at KH 13/2026 was not held.")));
    CHECK(QFileInfo::exists(package + QStringLiteral("/2-99.02-2026/asia.xml")));
    expectCliRefused(runCliOn(path, {QStringLiteral("archive"), QStringLiteral("--year"), QStringLiteral("2026"),
                                     QStringLiteral("-o"), package}),
                     1, "is not an empty folder");
    expectCliRefused(runCliOn(path, {QStringLiteral("archive"), QStringLiteral("--year"), QStringLiteral("2026")}), 2,
                     "Usage: pykala-cli archive");
}
