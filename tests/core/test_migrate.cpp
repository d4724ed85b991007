// Copying a whole store into another (Store::copyInto, Store::copyTo): each
// copy goes from the engine under test to the other one when the tests run
// on a server (PostgreSQL to SQLite and back), and from SQLite to SQLite
// otherwise.

#include <catch2/catch.hpp>

#include "testsupport.h"

#include "exchange/interchange.h"
#include "exchange/meetingpackage.h"

#include <QFile>

namespace {

// A store with rows in every table: the register (a logo, a certificate,
// an item template), a meeting held, recorded and signed with an attachment
// and a correction, a meeting package made of it (the disclosure register),
// a later meeting with attachments, extract recipients and invitees (one
// removed again, so that the log has a removal).
struct Filled
{
    RecordedMeeting recorded;
    Meeting later;
    QString package; // the package file made of the signed meeting
};

Filled fill(Store &store, const QString &packagePath)
{
    Filled filled;
    filled.recorded = recordMeeting(store);
    const QList<AgendaItem> &items = filled.recorded.items;

    Organisation organisation = required(store.organisation()).value();
    organisation.logo = QByteArrayLiteral("\x89PNG\r\n\x1a\n logo");
    organisation.logoMediaType = QStringLiteral("image/png");
    REQUIRE(store.setOrganisation(organisation).ok());
    const QList<Person> persons = required(store.persons());
    PersonCertificate certificate;
    certificate.personId = persons.first().id;
    certificate.subject = QStringLiteral("CN=Aino Mäkelä,O=Testilän kunta");
    certificate.commonName = QStringLiteral("Aino Mäkelä");
    certificate.issuer = QStringLiteral("CN=Testilan CA");
    certificate.serialNumber = QStringLiteral("0a1b");
    certificate.validFrom = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    certificate.validUntil = QDateTime(QDate(2028, 1, 1), QTime(0, 0), Qt::UTC);
    certificate.der = QByteArray("\x30\x82\x01\x0a\x00\xff certificate", 20);
    required(store.addPersonCertificate(certificate));

    Attachment plan;
    plan.itemId = items.at(2).id;
    plan.name = QStringLiteral("asemapiirros.pdf");
    plan.mediaType = QStringLiteral("application/pdf");
    plan.content = QByteArrayLiteral("%PDF-1.4 asemapiirros");
    required(store.addAttachment(plan));

    ItemTemplate notices;
    notices.bodyId = filled.recorded.meeting.bodyId;
    notices.name = QStringLiteral("Ilmoitusasiat");
    notices.item = items.at(1);
    notices.item.recipients = {{QStringLiteral("Kirjaamo"), QStringLiteral("kirjaamo@testila.fi"), Delivery::Electronic}};
    required(store.addItemTemplate(notices));

    // The minutes signed by both, then a correction of them.
    SignedMinutes minutes;
    minutes.meetingId = filled.recorded.meeting.id;
    minutes.pdf = QByteArrayLiteral("%PDF-1.7 signed minutes");
    minutes.recordDigest = QString(64, u'a');
    minutes.partDigests = QStringLiteral("{\"meeting\": \"%1\"}").arg(QString(64, u'b'));
    minutes.signatures = 2;
    minutes.signingRoles = {QStringLiteral("pöytäkirjanpitäjä"), QStringLiteral("puheenjohtaja")};
    minutes.frozenAt = QDateTime(QDate(2026, 5, 12), QTime(9, 30), Qt::UTC);
    REQUIRE(store.saveSignedMinutes(minutes).ok());
    Correction correction;
    correction.meetingId = filled.recorded.meeting.id;
    correction.itemId = items.at(4).id;
    correction.text = QStringLiteral("Kauppahinta on 40 000 euroa, ei 4 000 euroa.");
    correction.decided = QDate(2026, 6, 1);
    required(store.addCorrection(correction));
    filled.package = packagePath;
    required(MeetingPackage::write(store, filled.recorded.meeting, packagePath, {Audience::Public, QString()}));

    filled.later = holdMeetingTablingItems(store, filled.recorded.meeting);
    AgendaItem withRecipients = required(store.agendaItems(filled.later.id)).last();
    withRecipients.recipients = {{QStringLiteral("Tekninen toimi"), QString(), Delivery::Letter}};
    REQUIRE(store.updateAgendaItem(withRecipients).ok());
    Invitee expert;
    expert.meetingId = filled.later.id;
    expert.name = QStringLiteral("Kaisa Koivu");
    expert.role = QStringLiteral("asiantuntija");
    expert.email = QStringLiteral("kaisa.koivu@example.fi");
    required(store.addInvitee(expert));
    Invitee chair;
    chair.meetingId = filled.later.id;
    chair.personId = persons.last().id;
    REQUIRE(store.removeInvitee(required(store.addInvitee(chair))).ok());
    return filled;
}

// What a store and its copy must agree on: every audited row, every entry
// of the audit log (each hash covers its entry's fields and the entry
// before, and check() recomputes them), the interchange export, search.
void requireSame(const Store &source, const Store &copy)
{
    const QHash<QString, QString> digests = required(source.digests());
    CHECK(digests.size() > 60);
    CHECK(required(copy.digests()) == digests);
    const auto head = required(source.auditHead());
    REQUIRE(required(copy.auditHead()) == head);
    for (qint64 id = 1; id <= head.first; ++id) {
        INFO("audit log entry " << id);
        CHECK(required(copy.auditEntryHash(id)) == required(source.auditEntryHash(id)));
    }
    const CheckReport report = required(copy.check());
    INFO((report.integrityProblems + report.foreignKeyProblems + report.auditProblems).join(u'\n').toStdString());
    CHECK(report.ok());
    CHECK(report.auditEntries == head.first);
    CHECK(required(Interchange::exportJson(copy)) == required(Interchange::exportJson(source)));
    for (const QString &query : {QStringLiteral("päiväkoti"), QStringLiteral("tontti"), QStringLiteral("Liisa Laine"),
                                 QStringLiteral("kaavakartta")}) {
        INFO("searching " << query.toStdString());
        const QList<SearchHit> found = required(source.search(query));
        CHECK_FALSE(found.isEmpty());
        const QList<SearchHit> copied = required(copy.search(query));
        REQUIRE(copied.size() == found.size());
        for (qsizetype i = 0; i < found.size(); ++i) {
            CHECK(copied.at(i).itemId == found.at(i).itemId);
            CHECK(copied.at(i).snippet == found.at(i).snippet);
            CHECK(copied.at(i).rank == Approx(found.at(i).rank));
        }
    }
    CHECK(required(copy.signedMinutes(required(source.allSignedMinutes()).first().meetingId)).value().pdf
          == QByteArrayLiteral("%PDF-1.7 signed minutes"));
}

// Whether a store holds nothing: no audited row, an empty audit log.
void requireEmpty(const Store &store)
{
    CHECK(required(store.digests()).isEmpty());
    CHECK(required(store.auditHead()).first == 0);
    CHECK_FALSE(required(store.organisation()).has_value());
    CHECK(required(store.check()).ok());
}

// The location of a new store on the engine under test.
QString testLocation(const TestDir &dir, const QString &name)
{
    return storeLocation(dir.path(name));
}

} // namespace

TEST_CASE("A store copied to the other engine and back keeps its records, history, index and export", "[migrate]")
{
    TestDir dir;
    auto source = createStore(dir.path(QStringLiteral("source.sqlite")));
    const Filled filled = fill(*source, dir.path(QStringLiteral("package.pykala-package")));

    // The engine under test, then SQLite, the engine again, SQLite again: on
    // a server PostgreSQL → SQLite → PostgreSQL → SQLite.
    const QStringList hops{dir.path(QStringLiteral("copy.sqlite")), testLocation(dir, QStringLiteral("back.sqlite")),
                           dir.path(QStringLiteral("again.sqlite"))};
    const Store *from = source.get();
    std::vector<std::unique_ptr<Store>> copies;
    for (const QString &location : hops) {
        INFO("copying " << from->displayLocation().toStdString() << " into " << location.toStdString());
        qint64 last = -1;
        qint64 total = 0;
        bool ordered = true;
        const StoreCopySummary summary = required(from->copyTo(location, [&](qint64 done, qint64 all) {
            ordered = ordered && done >= last && (total == 0 || all == total);
            last = done;
            total = all;
            return true;
        }));
        CHECK(ordered);
        CHECK(last == total);
        CHECK(summary.rows > 100);
        CHECK(total > summary.rows); // the index's entries come after the rows
        CHECK(summary.auditEntries == required(source->auditHead()).first);
        CHECK(summary.records == required(source->digests()).size());
        auto copy = openAt(location);
        CHECK(copy->onServer() == Store::isServerLocation(location));
        requireSame(*source, *copy);
        from = copy.get();
        copies.push_back(std::move(copy));
    }

    // The copies go on where the source left off: new rows take new ids,
    // and the audit chain goes on unbroken.
    for (const auto &copy : copies) {
        copy->setActor(QStringLiteral("tester"));
        AgendaItem added;
        added.meetingId = filled.later.id;
        added.title = QStringLiteral("Uusi asia kopiossa");
        const qint64 id = required(copy->addAgendaItem(added));
        qint64 highest = 0;
        for (const Meeting &meeting : required(source->meetings())) {
            for (const AgendaItem &item : required(source->agendaItems(meeting.id)))
                highest = qMax(highest, item.id);
        }
        CHECK(id == highest + 1);
        const qint64 person = required(copy->addPerson({0, QStringLiteral("Uusi"), QStringLiteral("Henkilö"), {}, {}, {}}));
        CHECK(person == required(source->persons()).size() + 1);
        CHECK(required(copy->auditHead()).first == required(source->auditHead()).first + 2);
        CHECK(required(copy->check()).ok());
        CHECK(required(copy->search(QStringLiteral("kopiossa"))).size() == 1);
    }
}

TEST_CASE("What others change while a store is copied is not in the copy, nor does it fail it", "[migrate]")
{
    TestDir dir;
    const QString sourcePath = dir.path(QStringLiteral("source.sqlite"));
    auto source = createStore(sourcePath);
    addSample(*source);
    const qint64 persons = required(source->persons()).size();
    auto other = openStore(sourcePath);
    bool added = false;
    const QString location = dir.path(QStringLiteral("copy.sqlite"));
    const StoreCopySummary summary = required(source->copyTo(location, [&](qint64 done, qint64) {
        if (!added && done > 0)
            added = other->addPerson({0, QStringLiteral("Myöhäinen"), QStringLiteral("Lisäys"), {}, {}, {}}).ok();
        return true;
    }));
    CHECK(added);
    CHECK(required(source->persons()).size() == persons + 1);
    auto copy = openAt(location);
    CHECK(required(copy->persons()).size() == persons);
    CHECK(required(copy->auditHead()).first + 1 == required(source->auditHead()).first);
    CHECK(required(copy->check()).ok());
    CHECK(summary.records == required(copy->digests()).size());
}

TEST_CASE("Entries cut off the end of the audit log stay detectable in a copy", "[migrate][audit]")
{
    TestDir dir;
    const QString sourcePath = dir.path(QStringLiteral("source.sqlite"));
    auto source = createStore(sourcePath);
    addSample(*source);
    const qint64 entries = required(source->auditHead()).first;
    {
        RawConnection raw(sourcePath);
        REQUIRE(raw.exec(testsOnServer() ? QStringLiteral("UPDATE audit_sequence SET last_id = last_id + 2")
                                         : QStringLiteral("UPDATE sqlite_sequence SET seq = seq + 2 "
                                                          "WHERE name = 'audit_log'")));
    }
    const QStringList problems = required(source->check()).auditProblems;
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().contains(QStringLiteral("after %1").arg(entries)));

    // Copied as it is: the copy says the same.
    auto target = openAt(dir.path(QStringLiteral("copy.sqlite")), Store::Mode::CreateNew);
    required(source->copyInto(*target));
    CHECK(required(target->check()).auditProblems == problems);

    // Made and checked by copyTo, the copy fails its check and goes.
    const QString location = dir.path(QStringLiteral("checked.sqlite"));
    const std::string refused = refusal(source->copyTo(location));
    CHECK_THAT(refused, Catch::Contains("fails its check") && Catch::Contains("was removed"));
    CHECK_FALSE(QFile::exists(location));
    CHECK_FALSE(QFile::exists(location + QStringLiteral("-wal")));
}

TEST_CASE("A copy into a store that holds records is refused, and the store is left as it was", "[migrate]")
{
    TestDir dir;
    auto source = createStore(dir.path(QStringLiteral("source.sqlite")));
    addSample(*source);
    const QString targetPath = dir.path(QStringLiteral("target.sqlite"));
    auto target = openAt(targetPath, Store::Mode::CreateNew);
    target->setActor(QStringLiteral("tester"));
    REQUIRE(target->addPerson({0, QStringLiteral("Jo"), QStringLiteral("Olemassa"), {}, {}, {}}).ok());
    const QHash<QString, QString> before = required(target->digests());
    const auto head = required(target->auditHead());

    CHECK_THAT(refusal(source->copyInto(*target)),
               Catch::Contains("already holds records (its table person is not empty)")
                   && Catch::Contains("left as it was"));
    CHECK(required(target->digests()) == before);
    CHECK(required(target->auditHead()) == head);
    CHECK(required(target->check()).ok());

    // Nor into itself, nor into a store open for reading only.
    CHECK_THAT(refusal(source->copyInto(*source)), Catch::Contains("cannot be copied into itself"));
    target.reset();
    auto readOnly = openAt(targetPath, Store::Mode::ReadOnly);
    CHECK_THAT(refusal(source->copyInto(*readOnly)), Catch::Contains("open for reading only"));
}

TEST_CASE("A stopped copy leaves its target as it was, and a later copy into it succeeds", "[migrate]")
{
    TestDir dir;
    auto source = createStore(dir.path(QStringLiteral("source.sqlite")));
    fill(*source, dir.path(QStringLiteral("package.pykala-package")));

    // Into a store, stopped halfway: nothing of it stays.
    auto target = openAt(dir.path(QStringLiteral("target.sqlite")), Store::Mode::CreateNew);
    qint64 stoppedAt = 0;
    const std::string stopped = refusal(source->copyInto(*target, [&](qint64 done, qint64 total) {
        stoppedAt = done;
        return done < total / 2;
    }));
    CHECK_THAT(stopped, Catch::Contains("The copy was stopped"));
    CHECK(stoppedAt > 0);
    requireEmpty(*target);
    required(source->copyInto(*target));
    requireSame(*source, *target);

    // A new store made by copyTo: a file is removed again; a database on
    // the server is left with an empty store, into which the copy can be
    // made again.
    for (const QString &location :
         {dir.path(QStringLiteral("new.sqlite")), testLocation(dir, QStringLiteral("new-on-engine.sqlite"))}) {
        INFO(location.toStdString());
        int calls = 0;
        const std::string message = refusal(source->copyTo(location, [&](qint64, qint64) { return ++calls < 4; }));
        CHECK_THAT(message, Catch::Contains("The copy was stopped"));
        if (Store::isServerLocation(location)) {
            requireEmpty(*openAt(location));
        } else {
            CHECK_THAT(message, Catch::Contains("was removed"));
            CHECK_FALSE(QFile::exists(location));
        }
        required(source->copyTo(location));
        requireSame(*source, *openAt(location));
    }
}

TEST_CASE("A meeting package is not copied", "[migrate][package]")
{
    TestDir dir;
    auto source = createStore(dir.path(QStringLiteral("source.sqlite")));
    const Filled filled = fill(*source, dir.path(QStringLiteral("package.pykala-package")));
    auto package = openAt(filled.package);
    REQUIRE(package->readOnly());
    const QString location = dir.path(QStringLiteral("copy.sqlite"));
    CHECK_THAT(refusal(package->copyTo(location)),
               Catch::Contains("is a meeting package") && Catch::Contains("Copy the organisation's own store"));
    CHECK_FALSE(QFile::exists(location));
}

TEST_CASE("A copy to a server that cannot be reached or over a file fails with one clear message", "[migrate]")
{
    TestDir dir;
    auto source = createStore(dir.path(QStringLiteral("source.sqlite")));
    addSample(*source);
    const std::string message =
        refusal(source->copyTo(QStringLiteral("postgresql:///pykala?host=%1&user=pykala").arg(dir.path(QStringLiteral("nowhere")))));
    CHECK_THAT(message, Catch::Contains("Cannot connect to the store") && Catch::Contains("Check the address"));
    CHECK(message.find('\n') == std::string::npos);

    // A file is never written over.
    const QString existing = dir.path(QStringLiteral("existing.sqlite"));
    writeFile(existing, QByteArrayLiteral("not a store"));
    CHECK_THAT(refusal(source->copyTo(existing)), Catch::Contains("already exists"));
    CHECK(readFile(existing) == QByteArrayLiteral("not a store"));
}
