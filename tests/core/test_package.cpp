// Meeting packages for board members' review, the disclosure register,
// read-only stores and the reviewer's notes beside them.

#include "testsupport.h"

#include "exchange/meetingpackage.h"
#include "exchange/reviewnotes.h"
#include "signing/certificatefile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
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

// The package opened, or the test fails saying why.
MeetingPackage::Opened openedPackage(Result<MeetingPackage::Opened> result)
{
    INFO((result.ok() ? std::string() : result.error().toStdString()));
    REQUIRE(result.ok());
    return std::move(result.value());
}

} // namespace

TEST_CASE("A member's package holds the agenda members may see, read-only, and is registered", "[package]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("kunta.sqlite")));
    store->setActor(QStringLiteral("sihteeri"));
    const PackageFixture fixture = packageFixture(*store);
    const QString path = dir.path(QStringLiteral("KH 12-2026 Niemi.pykala-package"));

    const Disclosure made = required(
        MeetingPackage::write(*store, fixture.recorded.meeting, path, memberPackage(*store, QStringLiteral("eero niemi"))));
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

    // Nothing of it is readable without the member's key.
    const QByteArray bytes = readFile(path);
    for (const QString &canary : {RecordedMeeting::secretCanary, RecordedMeeting::personalCanary,
                                  QStringLiteral("SALAINEN-OSA-5521"), QStringLiteral("Eero Niemi")})
        CHECK_FALSE(bytes.contains(canary.toUtf8()));
    CHECK_FALSE(bytes.contains("SQLite format 3"));
    CHECK_FALSE(Store::open(path, Store::Mode::ReadOnly).ok());

    // Opened with the key for review, in memory, it is read-only.
    const QByteArray before = fileDigest(path);
    {
        MeetingPackage::Opened opened = openedPackage(MeetingPackage::open(path, fixture.recorded.meeting.plannedStart.date()));
        CHECK(opened.encrypted);
        CHECK(opened.signer == QStringLiteral("Paula Laatija"));
        CHECK(opened.signerTrusted);
        CHECK(opened.signedAt.isValid());
        std::unique_ptr<Store> &package = opened.store;
        CHECK(package->readOnly());
        const auto info = required(package->packageInfo());
        REQUIRE(info.has_value());
        CHECK(info->packageId == made.packageId);
        CHECK(info->audience == Audience::Member);
        CHECK(info->recipient == QStringLiteral("Eero Niemi"));
        CHECK(info->meetingReference == QStringLiteral("KH 12/2026"));
        CHECK(info->organisation == QStringLiteral("Testilän kunta"));
        // The body's 30 days after the meeting's day.
        CHECK(info->expires == fixture.recorded.meeting.plannedStart.date().addDays(30));
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
                                                            memberPackage(*store, QStringLiteral("Aino Mäkelä"))));
    // An encrypted package is replaced too, and replaces a public one.
    const Disclosure again = required(MeetingPackage::write(*store, fixture.recorded.meeting, path,
                                                            memberPackage(*store, QStringLiteral("Aino Mäkelä"))));
    CHECK(again.packageId != first.packageId);
    const Disclosure second = required(
        MeetingPackage::write(*store, fixture.recorded.meeting, path, {Audience::Public, QString()}));
    CHECK(first.packageId != second.packageId);
    CHECK(required(store->disclosures()).size() == 3);
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
        memberPackage(*store, QStringLiteral("Aino Mäkelä"));
    }
    const QString output = dir.path(QStringLiteral("KH.pykala-package"));
    const QStringList arguments{QStringLiteral("--store"), storePath, QStringLiteral("package"), QStringLiteral("KH 12/2026"),
                                QStringLiteral("--for"), QStringLiteral("member"), QStringLiteral("--recipient"),
                                QStringLiteral("Aino Mäkelä"), QStringLiteral("-o"), output, QStringLiteral("--cert"),
                                packageKeys().maker, QStringLiteral("--nssdb"), packageKeys().database};
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

namespace {

// The files beside a package, for seeing that opening one wrote nothing.
QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

TEST_CASE("A member's package opens with the member's key only, and a changed byte or a package past its last day is "
          "refused with nothing written",
          "[package][encryption]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("kunta.sqlite")));
    const PackageFixture fixture = packageFixture(*store);
    const Meeting &meeting = fixture.recorded.meeting;
    const QDate meetingDay = meeting.plannedStart.date();
    const QString folder = dir.path(QStringLiteral("paketit"));
    QDir().mkpath(folder);
    const QString path = folder + QStringLiteral("/KH 12-2026 Niemi.pykala-package");
    required(MeetingPackage::write(*store, meeting, path, memberPackage(*store, QStringLiteral("Eero Niemi"))));
    const QByteArray original = readFile(path);
    const QStringList before = filesIn(folder);

    // Readable to its last day, the meeting's day and the body's 30 days.
    const QDate lastDay = meetingDay.addDays(30);
    CHECK(openedPackage(MeetingPackage::open(path, lastDay)).info->expires == lastDay);
    bool expired = false;
    const auto late = MeetingPackage::open(path, lastDay.addDays(1), &expired);
    REQUIRE_FALSE(late.ok());
    CHECK(expired);
    CHECK_THAT(late.error().toStdString(), Catch::Contains("could be read until 2026-06-10 and has expired"));
    CHECK_THAT(late.error().toStdString(), Catch::Contains("Eero Niemi"));

    // A byte changed anywhere past the recipient's part, or the file cut
    // short: one message, and nothing opened.
    const QString changed = folder + QStringLiteral("/muutettu.pykala-package");
    for (const double at : {0.1, 0.25, 0.5, 0.75, 0.9, 0.999}) {
        QByteArray bytes = original;
        const int offset = qMax(600, int(bytes.size() * at));
        bytes[offset] = char(bytes.at(offset) ^ 0x01);
        writeFile(changed, bytes);
        INFO("byte " << offset << " of " << bytes.size());
        bool changedExpired = true;
        const auto refused = MeetingPackage::open(changed, meetingDay, &changedExpired);
        REQUIRE_FALSE(refused.ok());
        CHECK_FALSE(changedExpired);
        CHECK_THAT(refused.error().toStdString(), Catch::Contains("damaged or was changed after it was made"));
        CHECK_FALSE(refused.error().contains(u'\n'));
    }
    writeFile(changed, original.left(original.size() / 2));
    CHECK_THAT(refusal(MeetingPackage::open(changed, meetingDay)), Catch::Contains("damaged or was changed"));
    // A file far larger than any agenda (sparse: it takes no room) is not
    // read into memory at all.
    {
        QFile huge(changed);
        REQUIRE(huge.open(QIODevice::WriteOnly));
        huge.write(original.left(64));
        REQUIRE(huge.resize(qint64(3) << 30));
    }
    CHECK_THAT(refusal(MeetingPackage::open(changed, meetingDay)),
               Catch::Contains("is 3072 MB, larger than a meeting package can be (2 GB)"));
    QFile::remove(changed);

    // A member's package made for a key this database does not hold.
    const QString other = folder + QStringLiteral("/KH 12-2026 Mäkelä.pykala-package");
    MeetingPackage::Options forOther = memberPackage(*store, QStringLiteral("Aino Mäkelä"));
    forOther.recipientCertificate = readFile(encryptionCertificate(QStringLiteral("Aino Mäkelä"), false));
    required(MeetingPackage::write(*store, meeting, other, forOther));
    CHECK_THAT(refusal(MeetingPackage::open(other, meetingDay)), Catch::Contains("not for any key you hold"));
    QFile::setPermissions(other, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile::remove(other);

    // Nothing was written beside them, and the package is as it was.
    CHECK(filesIn(folder) == before);
    CHECK(readFile(path) == original);
    CHECK(required(store->check()).ok());
}

TEST_CASE("OpenSSL decrypts a member's package with the member's key and verifies its maker's signature",
          "[package][encryption]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("kunta.sqlite")));
    const PackageFixture fixture = packageFixture(*store);
    const Meeting &meeting = fixture.recorded.meeting;
    const QString path = dir.path(QStringLiteral("KH.pykala-package"));
    const Disclosure made =
        required(MeetingPackage::write(*store, meeting, path, memberPackage(*store, QStringLiteral("Eero Niemi"))));
    const QString certificate = encryptionCertificate(QStringLiteral("Eero Niemi"));
    const QString key = QString(certificate).replace(QStringLiteral(".pem"), QStringLiteral(".key"));
    const QString d = dir.path(QString());

    // The structure as OpenSSL reads it: AES-256-CBC, RSA key transport.
    const QString printed = runTool(QStringLiteral("openssl"),
        {QStringLiteral("cms"), QStringLiteral("-cmsout"), QStringLiteral("-print"), QStringLiteral("-inform"),
         QStringLiteral("DER"), QStringLiteral("-in"), path},
        d);
    CHECK(printed.contains(QStringLiteral("pkcs7-envelopedData")));
    CHECK(printed.contains(QStringLiteral("aes-256-cbc")));
    CHECK(printed.contains(QStringLiteral("rsaEncryption")));

    runTool(QStringLiteral("openssl"),
        {QStringLiteral("cms"), QStringLiteral("-decrypt"), QStringLiteral("-inform"), QStringLiteral("DER"),
         QStringLiteral("-in"), path, QStringLiteral("-recip"), certificate, QStringLiteral("-inkey"), key,
         QStringLiteral("-out"), QStringLiteral("signed.der")},
        d);
    const QString verified = runTool(QStringLiteral("openssl"),
        {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-inform"), QStringLiteral("DER"),
         QStringLiteral("-in"), QStringLiteral("signed.der"), QStringLiteral("-CAfile"),
         packageKeys().directory + QStringLiteral("/ca.pem"), QStringLiteral("-out"), QStringLiteral("inner.sqlite")},
        d);
    // The signed content is the package store itself, with the confidential item.
    {
        auto inner = openStore(dir.path(QStringLiteral("inner.sqlite")), Store::Mode::ReadOnly);
        const auto info = required(inner->packageInfo());
        REQUIRE(info.has_value());
        CHECK(info->packageId == made.packageId);
        CHECK(info->recipient == QStringLiteral("Eero Niemi"));
        const Meeting copy = required(inner->findMeeting(QStringLiteral("KH 12/2026")));
        CHECK(required(inner->agendaItems(copy.id)).at(3).background.contains(RecordedMeeting::secretCanary));
    }
    // Taken out of its envelope, it is no longer a package review mode opens.
    CHECK_THAT(refusal(MeetingPackage::open(dir.path(QStringLiteral("inner.sqlite")), meeting.plannedStart.date())),
               Catch::Contains("not encrypted"));

    // A changed signed content fails OpenSSL's verification too.
    QByteArray tampered = readFile(dir.path(QStringLiteral("signed.der")));
    const int at = tampered.indexOf("SQLite format 3") + 100;
    tampered[at] = char(tampered.at(at) ^ 0x01);
    writeFile(dir.path(QStringLiteral("tampered.der")), tampered);
    QProcess openssl;
    openssl.setWorkingDirectory(d);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-inform"), QStringLiteral("DER"),
                   QStringLiteral("-in"), QStringLiteral("tampered.der"), QStringLiteral("-CAfile"),
                   packageKeys().directory + QStringLiteral("/ca.pem"), QStringLiteral("-out"),
                   QStringLiteral("tampered.sqlite")});
    REQUIRE(openssl.waitForFinished());
    CHECK(openssl.exitCode() != 0);
}

TEST_CASE("A member's package goes only to an RSA encryption certificate valid today, made by a signer, and a refusal "
          "names the person and writes nothing",
          "[package][encryption]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("kunta.sqlite")));
    const PackageFixture fixture = packageFixture(*store);
    const Meeting &meeting = fixture.recorded.meeting;
    const QString path = dir.path(QStringLiteral("paketti.pykala-package"));
    const PackageKeys &keys = packageKeys();
    const QString d = keys.directory;
    MeetingPackage::Options options;
    options.audience = Audience::Member;
    options.recipient = QStringLiteral("Aino Mäkelä");
    options.signer = keys.maker;

    SECTION("a member without an encryption certificate")
    {
        const std::string refused = refusal(MeetingPackage::write(*store, meeting, path, options));
        CHECK_THAT(refused, Catch::Contains("Aino Mäkelä has no encryption certificate registered"));
        CHECK_THAT(refused, Catch::Contains("--recipient-cert"));
    }
    SECTION("a certificate only for signing")
    {
        // The maker's own: its key usage is digital signature only.
        options.recipientCertificate = readFile(d + QStringLiteral("/laatija.pem"));
        const std::string refused = refusal(MeetingPackage::write(*store, meeting, path, options));
        CHECK_THAT(refused, Catch::Contains("The certificate of Aino Mäkelä"));
        CHECK_THAT(refused, Catch::Contains("is not for encryption"));
        // Registered for encryption all the same, it is refused as well.
        PersonCertificate registered = required(CertificateFile::read(options.recipientCertificate));
        for (const Person &person : required(store->persons())) {
            if (person.displayName() == QStringLiteral("Aino Mäkelä"))
                registered.personId = person.id;
        }
        REQUIRE(registered.personId != 0);
        registered.use = CertificateUse::Encryption;
        required(store->addPersonCertificate(registered));
        options.recipientCertificate.clear();
        CHECK_THAT(refusal(MeetingPackage::write(*store, meeting, path, options)),
                   Catch::Contains("is not for encryption"));
    }
    SECTION("an elliptic-curve certificate")
    {
        runTool(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
             QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
             QStringLiteral("ec.key"), QStringLiteral("-out"), QStringLiteral("ec.csr"), QStringLiteral("-subj"),
             QStringLiteral("/CN=Aino Makela EC")},
            d);
        issueCertificate(d, QStringLiteral("ec.csr"), QStringLiteral("ec.pem"), QStringLiteral("encryption"));
        options.recipientCertificate = readFile(d + QStringLiteral("/ec.pem"));
        const std::string refused = refusal(MeetingPackage::write(*store, meeting, path, options));
        CHECK_THAT(refused, Catch::Contains("The encryption certificate of Aino Mäkelä"));
        CHECK_THAT(refused, Catch::Contains("holds no RSA key"));
    }
    SECTION("a certificate no longer valid")
    {
        issueCertificate(d, QStringLiteral("laatija.csr"), QStringLiteral("old.pem"), QStringLiteral("encryption"), -1);
        options.recipientCertificate = readFile(d + QStringLiteral("/old.pem"));
        const std::string refused = refusal(MeetingPackage::write(*store, meeting, path, options));
        CHECK_THAT(refused, Catch::Contains("The certificate given for Aino Mäkelä cannot be used"));
    }
    SECTION("no signer, or one the database does not hold")
    {
        options.recipientCertificate = readFile(encryptionCertificate(QStringLiteral("Aino Mäkelä")));
        options.signer.clear();
        CHECK_THAT(refusal(MeetingPackage::write(*store, meeting, path, options)),
                   Catch::Contains("--cert"));
        options.signer = QStringLiteral("Ei Ketään");
        CHECK_THAT(refusal(MeetingPackage::write(*store, meeting, path, options)),
                   Catch::Contains("There is no certificate Ei Ketään"));
    }
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(dir.path(QString())).entryList(QDir::AllEntries | QDir::Hidden).filter(QStringLiteral("part")).isEmpty());
    CHECK(required(store->disclosures()).isEmpty());
}

TEST_CASE("A body's setting says how long its members' packages can be read", "[package][encryption]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("kunta.sqlite")));
    const PackageFixture fixture = packageFixture(*store);
    Body body = required(store->body(fixture.recorded.meeting.bodyId)).value();
    CHECK(body.packageExpiryDays == 30);
    body.packageExpiryDays = 0;
    CHECK_THAT(refusal(store->updateBody(body)), Catch::Contains("1 to 3650 days after the meeting, not 0"));
    body.packageExpiryDays = 7;
    required(store->updateBody(body));
    const QString path = dir.path(QStringLiteral("KH.pykala-package"));
    required(MeetingPackage::write(*store, fixture.recorded.meeting, path,
                                   memberPackage(*store, QStringLiteral("Eero Niemi"))));
    // 11.5.2026 and seven days: readable on 18.5., not on 19.5.
    CHECK(openedPackage(MeetingPackage::open(path, QDate(2026, 5, 18))).info->expires == QDate(2026, 5, 18));
    CHECK_FALSE(MeetingPackage::open(path, QDate(2026, 5, 19)).ok());
    // A public package does not expire.
    const QString open = dir.path(QStringLiteral("julkinen.pykala-package"));
    required(MeetingPackage::write(*store, fixture.recorded.meeting, open, {Audience::Public, QString()}));
    const MeetingPackage::Opened opened = openedPackage(MeetingPackage::open(open, QDate(2099, 1, 1)));
    CHECK_FALSE(opened.encrypted);
    CHECK_FALSE(opened.info->expires.isValid());
}

TEST_CASE("A member's key on a PKCS#11 token (SoftHSM2) opens the package, and package-info says what it is",
          "[package][encryption][token]")
{
    TestDir dir;
    const QString storePath = dir.path(QStringLiteral("kunta.sqlite"));
    const QString path = dir.path(QStringLiteral("KH.pykala-package"));
    const QString name = QStringLiteral("Eero Niemi");
    // Eero's key is on his card only, not in the maker's database.
    const QString certificate = encryptionCertificate(name + QStringLiteral(" (kortti)"), false);
    {
        auto store = createStore(storePath);
        const PackageFixture fixture = packageFixture(*store);
        // Readable for ten years, so that package-info, which reads it
        // today, does not find it expired.
        Body body = required(store->body(fixture.recorded.meeting.bodyId)).value();
        body.packageExpiryDays = 3650;
        required(store->updateBody(body));
        MeetingPackage::Options options = memberPackage(*store, name);
        options.recipientCertificate = readFile(certificate);
        required(MeetingPackage::write(*store, fixture.recorded.meeting, path, options));
    }
    const QString d = dir.path(QString());
    const QString key = QString(certificate).replace(QStringLiteral(".pem"), QStringLiteral(".key"));
    runTool(QStringLiteral("openssl"),
        {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"), key, QStringLiteral("-in"),
         certificate, QStringLiteral("-name"), QStringLiteral("Eero Niemi"), QStringLiteral("-passout"),
         QStringLiteral("pass:siirto"), QStringLiteral("-out"), QStringLiteral("eero.p12")},
        d);
    QDir().mkpath(d + QStringLiteral("/tokens"));
    writeFile(d + QStringLiteral("/softhsm2.conf"),
              QStringLiteral("directories.tokendir = %1/tokens\nobjectstore.backend = file\nlog.level = ERROR\n")
                  .arg(d)
                  .toUtf8());
    const QStringList environment{QStringLiteral("SOFTHSM2_CONF=") + d + QStringLiteral("/softhsm2.conf")};
    runTool(QStringLiteral("softhsm2-util"),
        {QStringLiteral("--init-token"), QStringLiteral("--free"), QStringLiteral("--label"), QStringLiteral("kortti"),
         QStringLiteral("--pin"), QStringLiteral("4321"), QStringLiteral("--so-pin"), QStringLiteral("87654321")},
        d, environment);
    const QString database = d + QStringLiteral("/eero-nssdb");
    QDir().mkpath(database);
    runTool(QStringLiteral("certutil"),
        {QStringLiteral("-N"), QStringLiteral("-d"), QStringLiteral("sql:") + database, QStringLiteral("--empty-password")}, d);
    runTool(QStringLiteral("modutil"),
        {QStringLiteral("-dbdir"), QStringLiteral("sql:") + database, QStringLiteral("-add"), QStringLiteral("softhsm"),
         QStringLiteral("-libfile"), QStringLiteral("/usr/lib/softhsm/libsofthsm2.so"), QStringLiteral("-force")},
        d, environment);
    writeFile(d + QStringLiteral("/pin"), "4321\n");
    writeFile(d + QStringLiteral("/wrong-pin"), "0000\n");
    runTool(QStringLiteral("pk12util"),
        {QStringLiteral("-i"), QStringLiteral("eero.p12"), QStringLiteral("-d"), QStringLiteral("sql:") + database,
         QStringLiteral("-h"), QStringLiteral("kortti"), QStringLiteral("-W"), QStringLiteral("siirto"),
         QStringLiteral("-k"), QStringLiteral("pin")},
        d, environment);
    auto info = [&](const QString &database, const QString &pin) {
        return runCli({QStringLiteral("package-info"), path, QStringLiteral("--nssdb"), database,
                       QStringLiteral("--password-file"), d + QLatin1Char('/') + pin, QStringLiteral("--json")},
                      {}, environment);
    };
    const QStringList before = filesIn(d);

    const CliRun opened = info(database, QStringLiteral("pin"));
    INFO(opened.err.toStdString());
    REQUIRE(opened.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(opened.out.toUtf8()).object();
    CHECK(json.value(u"recipient").toString() == name);
    CHECK(json.value(u"meeting").toString() == QStringLiteral("KH 12/2026"));
    CHECK(json.value(u"encrypted").toBool());
    CHECK(json.value(u"signer").toString() == QStringLiteral("Paula Laatija"));
    // Eero's database does not trust the municipality's authority.
    CHECK_FALSE(json.value(u"signerTrusted").toBool());
    // 11.5.2026 and 3650 days (2028, 2032 and 2036 leap years: ten years
    // are 3653 days).
    CHECK(json.value(u"expires").toString() == QStringLiteral("2036-05-08"));

    // The card's PIN wrong, the card pulled out, or the maker's database
    // (without Eero's key): one message each, exit 1.
    const CliRun wrongPin = info(database, QStringLiteral("wrong-pin"));
    CHECK(wrongPin.exitCode == 1);
    CHECK(wrongPin.err.count(u'\n') == 1);
    CHECK_THAT(wrongPin.err.toStdString(), Catch::Contains("not for any key you hold") || Catch::Contains("password may be wrong"));
    REQUIRE(QDir().rename(d + QStringLiteral("/tokens"), d + QStringLiteral("/away")));
    const CliRun pulled = info(database, QStringLiteral("pin"));
    CHECK(pulled.exitCode == 1);
    CHECK_THAT(pulled.err.toStdString(), Catch::Contains("card that is not inserted") || Catch::Contains("not inserted"));
    REQUIRE(QDir().rename(d + QStringLiteral("/away"), d + QStringLiteral("/tokens")));
    const CliRun otherKey = info(packageKeys().database, QStringLiteral("pin"));
    CHECK(otherKey.exitCode == 1);
    CHECK_THAT(otherKey.err.toStdString(), Catch::Contains("not for any key you hold"));
    CHECK(filesIn(d) == before);

    // The same key as a software key, in a database with a password.
    const QString protectedDatabase = d + QStringLiteral("/eero-software");
    QDir().mkpath(protectedDatabase);
    writeFile(d + QStringLiteral("/database-password"), "salasana\n");
    runTool(QStringLiteral("certutil"),
        {QStringLiteral("-N"), QStringLiteral("-d"), QStringLiteral("sql:") + protectedDatabase, QStringLiteral("-f"),
         QStringLiteral("database-password")},
        d);
    runTool(QStringLiteral("pk12util"),
        {QStringLiteral("-i"), QStringLiteral("eero.p12"), QStringLiteral("-d"), QStringLiteral("sql:") + protectedDatabase,
         QStringLiteral("-W"), QStringLiteral("siirto"), QStringLiteral("-k"), QStringLiteral("database-password")},
        d);
    const CliRun software = info(protectedDatabase, QStringLiteral("database-password"));
    INFO(software.err.toStdString());
    CHECK(software.exitCode == 0);
    CHECK(QJsonDocument::fromJson(software.out.toUtf8()).object().value(u"recipient").toString() == name);
    const CliRun wrongPassword = info(protectedDatabase, QStringLiteral("wrong-pin"));
    CHECK(wrongPassword.exitCode == 1);
    CHECK_THAT(wrongPassword.err.toStdString(), Catch::Contains("the password may be wrong"));
}
