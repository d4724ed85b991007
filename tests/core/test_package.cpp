// Meeting packages for board members' review, the disclosure register,
// read-only stores and the reviewer's notes beside them.

#include "testsupport.h"

#include "exchange/meetingpackage.h"
#include "exchange/reviewnotes.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

namespace {

// The recorded meeting with two attachments on § 3: a public plan and a
// confidential report whose content carries the secret canary.
struct PackageFixture
{
    RecordedMeeting recorded;
    qint64 publicAttachment = 0;
    qint64 secretAttachment = 0;
};

PackageFixture packageFixture(Store &store)
{
    PackageFixture fixture;
    fixture.recorded = recordMeeting(store);
    Attachment plan;
    plan.itemId = fixture.recorded.items.at(2).id;
    plan.name = QStringLiteral("asemapiirros.pdf");
    plan.mediaType = QStringLiteral("application/pdf");
    plan.content = QByteArrayLiteral("%PDF-1.4 asemapiirros");
    // The first attachment is confidential, so that the public one moves up.
    Attachment report = plan;
    report.name = QStringLiteral("terveysselvitys.pdf");
    report.publicity = Publicity::Confidential;
    report.confidentialityBasis = LegalBasis::fromText(QStringLiteral("JulkL 24 § 1 mom. 25 k"));
    report.content = QStringLiteral("%PDF-1.4 %1").arg(RecordedMeeting::secretCanary).toUtf8();
    // The record is signed by nobody: attachments can still be added.
    fixture.secretAttachment = required(store.addAttachment(report));
    fixture.publicAttachment = required(store.addAttachment(plan));
    // § 5 partly confidential: one passage is not to be published.
    AgendaItem partly = fixture.recorded.items.at(4);
    partly.publicity = Publicity::PartlyConfidential;
    partly.confidentialityBasis = LegalBasis::fromText(QStringLiteral("JulkL 24 § 1 mom. 20 k"));
    partly.background = QStringLiteral("<p>Tontti myydään. Ostajan tarjous: "
                                       "<span class=\"personal-data\">SALAINEN-OSA-5521</span>.</p>");
    REQUIRE(store.updateAgendaItem(partly).ok());
    return fixture;
}

} // namespace

TEST_CASE("A member's package holds the agenda members may see, read-only, and is registered", "[package]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("kunta.sqlite")));
    store->setActor(QStringLiteral("sihteeri"));
    const PackageFixture fixture = packageFixture(*store);
    const QString path = dir.path(QStringLiteral("KH 12-2026 Niemi.pykala-package"));

    const Disclosure made = required(MeetingPackage::write(
        *store, fixture.recorded.meeting, path, {Audience::Member, QStringLiteral("eero niemi")}));
    CHECK(made.recipient == QStringLiteral("Eero Niemi"));
    CHECK(made.audience == Audience::Member);
    CHECK(made.sha256 == QString::fromLatin1(fileDigest(path)));
    CHECK(made.size == QFileInfo(path).size());

    // One self-contained file, which nobody may write to.
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
    CHECK_FALSE(QFileInfo(path).permissions().testFlag(QFileDevice::WriteOwner));
    // Confidential: its owner's only.
    CHECK(QFileInfo(path).permissions().testFlag(QFileDevice::ReadOwner));
    CHECK_FALSE(QFileInfo(path).permissions().testFlag(QFileDevice::ReadGroup));
    CHECK_FALSE(QFileInfo(path).permissions().testFlag(QFileDevice::ReadOther));
    CHECK(QDir(dir.path(QString())).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".part")).isEmpty());

    // The register in the store it was made from.
    const QList<Disclosure> register_ = required(store->disclosures(fixture.recorded.meeting.id));
    REQUIRE(register_.size() == 1);
    CHECK(register_.first().packageId == made.packageId);
    CHECK(register_.first().recipient == QStringLiteral("Eero Niemi"));
    CHECK(register_.first().madeBy == actorAfter(QStringLiteral("sihteeri")));
    CHECK(register_.first().sha256 == made.sha256);
    CHECK(required(store->check()).ok());

    // Opened like any store, it is read-only.
    const QByteArray before = fileDigest(path);
    {
        auto package = openStore(path);
        CHECK(package->readOnly());
        const auto info = required(package->packageInfo());
        REQUIRE(info.has_value());
        CHECK(info->packageId == made.packageId);
        CHECK(info->audience == Audience::Member);
        CHECK(info->recipient == QStringLiteral("Eero Niemi"));
        CHECK(info->meetingReference == QStringLiteral("KH 12/2026"));
        CHECK(info->organisation == QStringLiteral("Testilän kunta"));
        const Meeting meeting = required(package->findMeeting(QStringLiteral("KH 12/2026")));
        CHECK(info->meetingId == meeting.id);
        const QList<AgendaItem> items = required(package->agendaItems(meeting.id));
        REQUIRE(items.size() == 6);
        // Members see the confidential item, and personal data with its mark.
        CHECK(items.at(3).publicity == Publicity::Confidential);
        CHECK(items.at(3).background.contains(RecordedMeeting::secretCanary));
        CHECK(items.at(2).background.contains(QStringLiteral("personal-data")));
        CHECK(items.at(2).background.contains(RecordedMeeting::personalCanary));
        CHECK(required(package->attachments(items.at(2).id)).size() == 2);
        CHECK(items.at(4).background.contains(QStringLiteral("SALAINEN-OSA-5521")));
        // The agenda only: no decisions, no record, no recipients, no contacts.
        for (const AgendaItem &item : items) {
            CHECK(item.decision.isEmpty());
            CHECK(item.proceedings.isEmpty());
            CHECK(item.recipients.isEmpty());
        }
        CHECK(required(package->meetingEvents(meeting.id)).isEmpty());
        for (const Person &person : required(package->persons())) {
            CHECK(person.email.isEmpty());
            CHECK(person.phone.isEmpty());
        }
        CHECK(required(package->check()).ok());

        // Every change is refused and says why.
        AgendaItem changed = items.first();
        changed.title = QStringLiteral("Muutettu");
        const Status refused = package->updateAgendaItem(changed);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("reading only")));
        CHECK_THAT(refusal(package->addPerson({0, QStringLiteral("X"), QStringLiteral("Y"), {}, {}, {}})),
                   Catch::Contains("reading only"));
    }
    CHECK(fileDigest(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("A public package holds the public version and nothing confidential", "[package]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("kunta.sqlite")));
    const PackageFixture fixture = packageFixture(*store);
    const QString path = dir.path(QStringLiteral("julkinen.pykala-package"));
    const Disclosure made = required(
        MeetingPackage::write(*store, fixture.recorded.meeting, path, {Audience::Public, QString()}));
    CHECK(made.audience == Audience::Public);
    CHECK(made.recipient.isEmpty());

    // Not anywhere in the file: not in the items, the search index, the
    // audit log or free pages.
    const QByteArray bytes = readFile(path);
    CHECK_FALSE(bytes.contains(RecordedMeeting::secretCanary.toUtf8()));
    CHECK_FALSE(bytes.contains(RecordedMeeting::personalCanary.toUtf8()));
    CHECK_FALSE(bytes.contains(QByteArrayLiteral("terveysselvitys")));
    CHECK_FALSE(bytes.contains(QByteArrayLiteral("SALAINEN-OSA-5521")));
    CHECK(QFileInfo(path).permissions().testFlag(QFileDevice::ReadOther));

    auto package = openStore(path, Store::Mode::ReadOnly);
    const auto info = required(package->packageInfo());
    REQUIRE(info.has_value());
    CHECK(info->audience == Audience::Public);
    const Meeting meeting = required(package->findMeeting(QStringLiteral("KH 12/2026")));
    const QList<AgendaItem> items = required(package->agendaItems(meeting.id));
    REQUIRE(items.size() == 6);
    // The confidential item is named, with its legal basis, and no more.
    CHECK(items.at(3).title == QStringLiteral("Vahingonkorvausvaatimus"));
    CHECK(items.at(3).confidentialityBasis.text == QStringLiteral("JulkL 24 § 1 mom. 25 k"));
    CHECK(items.at(3).background.isEmpty());
    CHECK(items.at(3).proposal.isEmpty());
    CHECK(items.at(3).preparers.isEmpty());
    // Personal data is replaced by the note a public document carries.
    CHECK(items.at(2).background.contains(QStringLiteral("Päiväkodin kustannusarvio")));
    CHECK_FALSE(items.at(2).background.contains(QStringLiteral("personal-data")));
    CHECK(items.at(2).background.contains(QStringLiteral("henkilötieto")));
    // Only the public attachment, first now.
    const QList<Attachment> attachments = required(package->attachments(items.at(2).id));
    REQUIRE(attachments.size() == 1);
    CHECK(attachments.first().name == QStringLiteral("asemapiirros.pdf"));
    CHECK(attachments.first().position == 1);
    // The partly confidential item keeps what may be published.
    CHECK(items.at(4).publicity == Publicity::PartlyConfidential);
    CHECK(items.at(4).background.contains(QStringLiteral("Tontti myydään")));
    CHECK(items.at(4).background.contains(QStringLiteral("[salassa pidettävä tieto poistettu]")));
}

TEST_CASE("A package that may not be made leaves no file and the store as it was", "[package]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("kunta.sqlite")));
    const PackageFixture fixture = packageFixture(*store);
    const Meeting &meeting = fixture.recorded.meeting;
    const QString path = dir.path(QStringLiteral("paketti.pykala-package"));
    const qint64 auditBefore = required(store->check()).auditEntries;

    SECTION("a member's package names the member")
    {
        const auto refused = MeetingPackage::write(*store, meeting, path, {Audience::Member, QString()});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("--recipient")));
    }
    SECTION("only to someone with a seat or office in the body")
    {
        // Kaisa Koivu is only a name in an election, not a person of the body.
        const qint64 outsider =
            required(store->addPerson({0, QStringLiteral("Ulla"), QStringLiteral("Ulkopuolinen"), {}, {}, {}}));
        // Nor someone whose term ended before the meeting.
        const qint64 former =
            required(store->addPerson({0, QStringLiteral("Entinen"), QStringLiteral("Jäsen"), {}, {}, {}}));
        required(store->addMembership({0, meeting.bodyId, former, MembershipRole::Member, 0, QDate(2021, 6, 1),
                                       QDate(2025, 5, 31)}));
        for (const QString &recipient : {QStringLiteral("Ulla Ulkopuolinen"), QString::number(outsider),
                                         QStringLiteral("Kaisa Koivu"), QStringLiteral("Entinen Jäsen"),
                                         QString::number(former) + QStringLiteral("x")}) {
            const auto refused = MeetingPackage::write(*store, meeting, path, {Audience::Member, recipient});
            REQUIRE_FALSE(refused.ok());
            CHECK(refused.error().contains(QStringLiteral("--for public")));
        }
    }
    SECTION("a package is for a member or for the public")
    {
        for (const Audience audience : {Audience::Internal, Audience::Party}) {
            CHECK_THAT(refusal(MeetingPackage::write(*store, meeting, path, {audience, QStringLiteral("Eero Niemi")})),
                       Catch::Contains("for a member of the body or for the public, not for"));
        }
    }
    SECTION("nothing but an earlier package is written over")
    {
        writeFile(path, QByteArrayLiteral("minun muistiinpanoni"));
        const auto refused = MeetingPackage::write(*store, meeting, path, {Audience::Public, QString()});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("not a meeting package")));
        CHECK(readFile(path) == QByteArrayLiteral("minun muistiinpanoni"));
        QFile::remove(path);
    }
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(dir.path(QString())).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("part")).isEmpty());
    CHECK(required(store->disclosures()).isEmpty());
    const CheckReport report = required(store->check());
    CHECK(report.ok());
    // Only the persons and membership added in one section.
    CHECK(report.auditEntries <= auditBefore + 3);
}

TEST_CASE("A newer package replaces the earlier one, and both are registered", "[package]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("kunta.sqlite")));
    const PackageFixture fixture = packageFixture(*store);
    const QString path = dir.path(QStringLiteral("KH.pykala-package"));
    const Disclosure first = required(MeetingPackage::write(*store, fixture.recorded.meeting, path,
                                                            {Audience::Member, QStringLiteral("Aino Mäkelä")}));
    const Disclosure second = required(
        MeetingPackage::write(*store, fixture.recorded.meeting, path, {Audience::Public, QString()}));
    CHECK(first.packageId != second.packageId);
    CHECK(required(store->disclosures()).size() == 2);
    auto package = openStore(path);
    CHECK(required(package->packageInfo())->packageId == second.packageId);
}

TEST_CASE("Any store opens read-only for review without a byte changed", "[package]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("kunta.sqlite"));
    const Sample sample = writeSampleStore(path);
    const QByteArray before = fileDigest(path);
    {
        auto store = openStore(path, Store::Mode::ReadOnly);
        CHECK(store->readOnly());
        CHECK_FALSE(required(store->packageInfo()).has_value());
        CHECK(required(store->agendaItems(sample.meeting)).size() == 2);
        CHECK_FALSE(required(store->search(QStringLiteral("Meikäläinen"))).isEmpty());
        const auto refused = store->addPerson({0, QStringLiteral("Uusi"), QStringLiteral("Henkilö"), {}, {}, {}});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("reading only")));
    }
    CHECK(fileDigest(path) == before);
    // It still opens normally for its own writers.
    auto store = openStore(path);
    CHECK_FALSE(store->readOnly());
    // An empty file is not made a store by reading it.
    const QString empty = dir.path(QStringLiteral("tyhja.sqlite"));
    writeFile(empty, QByteArray());
    const auto refused = Store::open(empty, Store::Mode::ReadOnly);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("empty")));
    CHECK(QFileInfo(empty).size() == 0);
}

TEST_CASE("Review notes are kept in a file of their own and refused when damaged", "[package][notes]")
{
    TestDir dir;
    const QString reviewed = dir.path(QStringLiteral("KH.pykala-package"));
    const QString path = ReviewNotes::pathFor(reviewed);
    CHECK(path == reviewed + QStringLiteral(".notes.json"));

    ReviewNotes notes = required(ReviewNotes::load(path));
    CHECK(notes.isEmpty());
    AgendaItem item;
    item.title = QStringLiteral("Päiväkodin rakentaminen");
    item.caseReference = QStringLiteral("123/00.01.01/2026");
    const QString key = ReviewNotes::itemKey(QStringLiteral("KH 12/2026"), item);
    ReviewNotes::ItemNotes itemNotes;
    itemNotes.meeting = QStringLiteral("KH 12/2026");
    itemNotes.title = item.title;
    itemNotes.note = QStringLiteral("Kysy kustannusarviosta");
    itemNotes.highlights = {{QStringLiteral("background"), 4, 9, QStringLiteral("päiväkoti")}};
    notes.setItem(key, itemNotes);
    REQUIRE(notes.save().ok());

    const ReviewNotes loaded = required(ReviewNotes::load(path));
    CHECK(loaded.keys() == QStringList{key});
    CHECK(loaded.item(key).note == itemNotes.note);
    CHECK(loaded.item(key).highlights == itemNotes.highlights);
    // The same item in a newer package has the same key.
    AgendaItem same = item;
    same.id = 99;
    same.background = QStringLiteral("<p>Muutettu</p>");
    CHECK(ReviewNotes::itemKey(QStringLiteral("KH 12/2026"), same) == key);

    // Emptied notes leave no file.
    notes.setItem(key, {});
    REQUIRE(notes.save().ok());
    CHECK_FALSE(QFile::exists(path));

    // A damaged file is refused and kept as it is.
    writeFile(path, QByteArrayLiteral("{\"format\": \"jotain muuta\"}"));
    const auto refused = ReviewNotes::load(path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("damaged")));
    CHECK(readFile(path) == QByteArrayLiteral("{\"format\": \"jotain muuta\"}"));
}

TEST_CASE("A killed package run leaves nothing others can read, and the next run clears it", "[package][durability]")
{
    TestDir dir;
    const QString storePath = dir.path(QStringLiteral("kunta.sqlite"));
    {
        auto store = createStore(storePath);
        packageFixture(*store);
    }
    const QString output = dir.path(QStringLiteral("KH.pykala-package"));
    const QStringList arguments{QStringLiteral("--store"), storePath, QStringLiteral("package"), QStringLiteral("KH 12/2026"),
                                QStringLiteral("--for"), QStringLiteral("member"), QStringLiteral("--recipient"),
                                QStringLiteral("Aino Mäkelä"), QStringLiteral("-o"), output};
    const QString cli = QStringLiteral(PYKALA_CLI);
    // Killed at moments spread over a run: whatever is left beside the
    // package is a folder for its maker's eyes only, and a package at the
    // name is always one the register names.
    for (int delay = 0; delay < 400; delay += 20) {
        INFO("killed after " << delay << " ms");
        QProcess run;
        run.start(cli, arguments);
        REQUIRE(run.waitForStarted());
        QThread::msleep(delay);
        run.kill();
        run.waitForFinished();
        const QDir folder(dir.path(QString()));
        const QStringList left = folder.entryList({QStringLiteral(".KH.pykala-package.*")},
                                                  QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        for (const QString &name : left) {
            const QFileInfo info(folder.filePath(name));
            CHECK(info.isDir());
            CHECK_FALSE(info.permissions().testAnyFlags(QFileDevice::ReadGroup | QFileDevice::ReadOther
                                                        | QFileDevice::ExeGroup | QFileDevice::ExeOther));
        }
        if (QFileInfo::exists(output)) {
            const QByteArray bytes = readFile(output);
            const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            auto store = openStore(storePath);
            const QList<Disclosure> registered = required(store->disclosures());
            CHECK(std::any_of(registered.cbegin(), registered.cend(),
                              [&](const Disclosure &d) { return d.sha256 == sha256; }));
        }
    }
    // Leftovers of a process that is gone, and files of the earlier scheme,
    // are cleared by the next run; a running process's folder is not.
    const QString gone = dir.path(QStringLiteral(".KH.pykala-package.999999999.x.part"));
    const QString running = dir.path(QStringLiteral(".KH.pykala-package.%1.y.part").arg(QCoreApplication::applicationPid()));
    QDir().mkpath(gone);
    QDir().mkpath(running);
    writeFile(gone + QStringLiteral("/KH.pykala-package"), "kesken");
    writeFile(dir.path(QStringLiteral(".KH.pykala-package.1234.part")), "vanha");
    writeFile(dir.path(QStringLiteral(".KH.pykala-package.1234.part-wal")), "vanha");
    const CliRun made = runCli(arguments);
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK_FALSE(QFileInfo::exists(gone));
    CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral(".KH.pykala-package.1234.part"))));
    CHECK_FALSE(QFileInfo::exists(dir.path(QStringLiteral(".KH.pykala-package.1234.part-wal"))));
    CHECK(QFileInfo::exists(running));
    const QStringList after = QDir(dir.path(QString())).entryList({QStringLiteral(".KH.pykala-package.*")},
                                                                  QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    CHECK(after == QStringList{QFileInfo(running).fileName()});
}
