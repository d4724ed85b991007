#include <catch2/catch.hpp>

#include "testsupport.h"

#include "procedure/openingitems.h"
#include "store/auditlog.h"
#include "store/schema.h"
#include "store/connection.h"
#include "store/statement.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>


TEST_CASE("A new store is created from nothing with the current schema", "[store]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("uusi.sqlite"));
    {
        auto store = createStore(path);
        CHECK(store->organisation().value() == std::nullopt);
        CHECK(store->bodies()->isEmpty());
    }
    RawConnection raw(path);
    if (testsOnServer()) {
        CHECK(raw.value(QStringLiteral("SELECT schema_version FROM pykala_store")).toInt()
              == Store::currentSchemaVersion());
        CHECK(raw.value(QStringLiteral("SELECT application_id FROM pykala_store")).toInt() == Schema::applicationId);
        return;
    }
    CHECK(raw.value(QStringLiteral("PRAGMA user_version")).toInt() == Store::currentSchemaVersion());
    CHECK(raw.value(QStringLiteral("PRAGMA application_id")).toInt() == Schema::applicationId);
    CHECK(raw.value(QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
}

TEST_CASE("A store written by a newer version is refused and left untouched", "[store][bad-input]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("uudempi.sqlite"));
    writeSampleStore(path);
    {
        RawConnection raw(path);
        const QString sql = testsOnServer() ? QStringLiteral("UPDATE pykala_store SET schema_version = %1")
                                            : QStringLiteral("PRAGMA user_version = %1");
        REQUIRE(raw.exec(sql.arg(Store::currentSchemaVersion() + 1)));
    }
    const QByteArray before = fileDigest(path);
    const auto store = Store::open(storeLocation(path));
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().contains(QStringLiteral("newer version")));
    CHECK(fileDigest(path) == before);
}

TEST_CASE("A store locked by another writer fails cleanly and keeps its data", "[store][bad-input]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("lukittu.sqlite"));
    createStore(path);
    RawConnection holder(path);
    REQUIRE(holder.holdWriteLock());
    auto store = Store::open(storeLocation(path), Store::Mode::OpenExisting, 100);
    REQUIRE(store.ok()); // readers are not blocked (WAL; PostgreSQL's snapshots)
    const auto added = store.value()->addBody({0, QStringLiteral("Kunnanhallitus"), QStringLiteral("KH"),
                                               BodyKind::Board, QuorumRule::MoreThanHalf});
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().contains(QStringLiteral("locked by another program")));
    REQUIRE(holder.exec(QStringLiteral("ROLLBACK")));
    CHECK(store.value()->bodies()->isEmpty());
    CHECK(store.value()->addBody({0, QStringLiteral("Kunnanhallitus"), QStringLiteral("KH"), BodyKind::Board,
                                  QuorumRule::MoreThanHalf})
              .ok());
}

TEST_CASE("Organisation, bodies, persons and memberships are stored and validated", "[store][entities]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("k.sqlite")));

    Organisation organisation;
    organisation.name = QStringLiteral("Närpes stad");
    organisation.businessId = QStringLiteral("0180046-5");
    organisation.defaultLanguage = Language::Swedish;
    organisation.logo = QByteArrayLiteral("\x89PNG fake");
    organisation.logoMediaType = QStringLiteral("image/png");
    REQUIRE(store->setOrganisation(organisation).ok());
    const auto stored = store->organisation();
    REQUIRE(stored->has_value());
    CHECK(stored->value().name == organisation.name);
    CHECK(stored->value().defaultLanguage == Language::Swedish);
    CHECK(stored->value().logo == organisation.logo);
    CHECK_THAT(refusal(store->setOrganisation(Organisation{})), Catch::Contains("The organisation needs a name"));

    const auto kh = store->addBody({0, QStringLiteral("Kommunstyrelsen"), QStringLiteral("KST"), BodyKind::Board,
                                    QuorumRule::MoreThanHalf});
    REQUIRE(kh.ok());
    const auto duplicate = store->addBody({0, QStringLiteral("Toinen"), QStringLiteral("kst"), BodyKind::Committee,
                                           QuorumRule::MoreThanHalf});
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().contains(QStringLiteral("already is a body")));
    CHECK_THAT(refusal(store->addBody({0, QStringLiteral("Väli lyönti"), QStringLiteral("A B"), BodyKind::Section,
                                       QuorumRule::MoreThanHalf})),
               Catch::Contains("short name \"A B\" must be one word"));
    CHECK_THAT(refusal(store->addBody({0, QStringLiteral("Pitkä"), QString(41, u'X'), BodyKind::Section,
                                       QuorumRule::MoreThanHalf})),
               Catch::Contains("must be one word"));
    REQUIRE(store->bodyByShortName(QStringLiteral("KST"))->has_value());

    Body renamed = store->body(*kh)->value();
    renamed.name = QStringLiteral("Kommunstyrelse");
    REQUIRE(store->updateBody(renamed).ok());
    CHECK(store->body(*kh)->value().name == QStringLiteral("Kommunstyrelse"));

    const auto member = store->addPerson({0, QStringLiteral("Åsa"), QStringLiteral("Östman"),
                                          QStringLiteral("lärare"), {}, {}});
    const auto deputy = store->addPerson({0, QStringLiteral("Björn"), QStringLiteral("Lindqvist"), {}, {}, {}});
    REQUIRE(member.ok());
    REQUIRE(deputy.ok());
    CHECK_THAT(refusal(store->addPerson({0, QStringLiteral("Ilman"), QString(), {}, {}, {}})),
               Catch::Contains("A person needs a family name"));

    const QDate from(2025, 6, 1);
    REQUIRE(store->addMembership({0, *kh, *member, MembershipRole::Member, 0, from, {}}).ok());
    REQUIRE(store->addMembership({0, *kh, *deputy, MembershipRole::Deputy, *member, from, QDate(2029, 5, 31)}).ok());
    CHECK_THAT(refusal(store->addMembership({0, *kh, *deputy, MembershipRole::Deputy, 0, from, {}})),
               Catch::Contains("A personal deputy must name the member they stand in for"));
    CHECK_THAT(refusal(store->addMembership({0, *kh, *member, MembershipRole::Member, *deputy, from, {}})),
               Catch::Contains("and only a deputy can"));
    CHECK_THAT(refusal(store->addMembership({0, *kh, *member, MembershipRole::Chair, 0, from, QDate(2024, 1, 1)})),
               Catch::Contains("cannot end") && Catch::Contains("before it starts"));
    const auto missing = store->addMembership({0, *kh, 999, MembershipRole::Member, 0, from, {}});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().contains(QStringLiteral("not in the store")));

    const auto memberships = store->memberships(*kh);
    REQUIRE(memberships->size() == 2);
    CHECK(memberships->at(0).role == MembershipRole::Member);
    CHECK(memberships->at(1).deputyForPersonId == *member);
    CHECK(memberships->at(1).validUntil == QDate(2029, 5, 31));
    CHECK(memberships->at(1).isValidOn(QDate(2026, 1, 1)));
    CHECK_FALSE(memberships->at(1).isValidOn(QDate(2030, 1, 1)));
    REQUIRE(store->removeMembership(memberships->at(1).id).ok());
    CHECK(store->memberships(*kh)->size() == 1);
}

TEST_CASE("Meetings are numbered per body and year and found by name", "[store][entities]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("m.sqlite")));
    const Sample sample = addSample(*store);

    const auto found = store->findMeeting(QStringLiteral("KH 12/2026"));
    REQUIRE(found.ok());
    CHECK(found->id == sample.meeting);
    CHECK(found->plannedStart == QDateTime(QDate(2026, 5, 11), QTime(16, 0)));
    CHECK(found->mode == MeetingMode::InPerson);
    CHECK(store->findMeeting(QStringLiteral("kh 12 / 2026")).ok());
    CHECK(store->findMeeting(QString::number(sample.meeting)).ok());
    CHECK(store->meetingReference(*found).value() == QStringLiteral("KH 12/2026"));

    const auto unknown = store->findMeeting(QStringLiteral("XYZ 1/2026"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().contains(QStringLiteral("no body")));
    CHECK(store->findMeeting(QStringLiteral("KH 13/2026")).error().contains(QStringLiteral("no meeting")));
    CHECK(store->findMeeting(QStringLiteral("kokous")).error().contains(QStringLiteral("SHORT NUMBER/YEAR")));

    Meeting again = *found;
    again.id = 0;
    const auto clash = store->addMeeting(again);
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().contains(QStringLiteral("KH 12/2026 already exists")));

    Meeting wrongYear = again;
    wrongYear.number = 13;
    wrongYear.year = 2025;
    CHECK_THAT(refusal(store->addMeeting(wrongYear)), Catch::Contains("numbered in the year it is held"));

    Meeting held = *found;
    held.actualStart = QDateTime(QDate(2026, 5, 11), QTime(16, 3));
    held.actualEnd = QDateTime(QDate(2026, 5, 11), QTime(17, 48));
    held.state = MeetingState::Closed;
    held.mode = MeetingMode::Hybrid;
    REQUIRE(store->updateMeeting(held).ok());
    const auto reread = store->meeting(sample.meeting);
    CHECK(reread->value().actualEnd == held.actualEnd);
    CHECK(reread->value().state == MeetingState::Closed);
    CHECK(reread->value().mode == MeetingMode::Hybrid);

    MeetingFilter filter;
    filter.year = 2025;
    CHECK(store->meetings(filter)->isEmpty());
    filter.year = 2026;
    CHECK(store->meetings(filter)->size() == 1);
}

TEST_CASE("Agenda items keep every section and sanitise their text", "[store][entities]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("i.sqlite")));
    const Sample sample = addSample(*store);

    const auto items = store->agendaItems(sample.meeting);
    REQUIRE(items->size() == 2);
    const AgendaItem &item = items->at(0);
    CHECK(item.position == 1);
    CHECK(item.caseReference == QStringLiteral("198/00.01.01/2026"));
    CHECK(item.taskClass == QStringLiteral("00.01.01"));
    REQUIRE(item.preparers.size() == 1);
    CHECK(item.preparers.at(0).title == QStringLiteral("kunnansihteeri"));
    CHECK(item.presenterPersonId == sample.deputy);
    REQUIRE(item.recipients.size() == 1);
    CHECK(item.recipients.at(0).delivery == Delivery::Electronic);
    CHECK_FALSE(item.sectionNumber.has_value());
    const AgendaItem &secret = items->at(1);
    CHECK(secret.position == 2);
    CHECK(secret.publicity == Publicity::Confidential);
    CHECK(secret.confidentialityBasis.text == QStringLiteral("JulkL 24 § 1 mom. 32 k"));

    AgendaItem edited = item;
    edited.sectionNumber = 156;
    edited.decision = QStringLiteral("<p onclick=\"x()\">Hyväksyttiin.<script>evil()</script></p>");
    edited.preparers.append({QStringLiteral("Kalle Kirjuri"), QStringLiteral("hallintosihteeri"), {}});
    edited.recipients.clear();
    REQUIRE(store->updateAgendaItem(edited).ok());
    const auto reread = store->agendaItem(item.id)->value();
    CHECK(reread.sectionNumber == 156);
    CHECK(reread.decision == QStringLiteral("<p>Hyväksyttiin.</p>"));
    CHECK(reread.preparers.size() == 2);
    CHECK(reread.recipients.isEmpty());

    AgendaItem bad;
    bad.meetingId = sample.meeting;
    bad.title = QStringLiteral("Salainen ilman perustetta");
    bad.publicity = Publicity::PartlyConfidential;
    const auto refused = store->addAgendaItem(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("legal basis")));
    bad.title.clear();
    CHECK_THAT(refusal(store->addAgendaItem(bad)), Catch::Contains("An agenda item needs a title"));
    AgendaItem oddClass;
    oddClass.meetingId = sample.meeting;
    oddClass.title = QStringLiteral("Outo tehtäväluokka");
    oddClass.taskClass = QStringLiteral("hallinto");
    CHECK(store->addAgendaItem(oddClass).error().contains(QStringLiteral("not of the form 00.01.02")));
    AgendaItem orphan;
    orphan.meetingId = 999;
    orphan.title = QStringLiteral("Orpo");
    CHECK_THAT(refusal(store->addAgendaItem(orphan)), Catch::Contains("its meeting or presenter is not in the store"));
    CHECK(store->agendaItems(sample.meeting)->size() == 2);

    REQUIRE(store->removeAgendaItem(item.id).ok());
    CHECK(store->agendaItems(sample.meeting)->size() == 1);
    CHECK(store->attachments(item.id)->isEmpty());
    CHECK(store->check()->ok());
}

TEST_CASE("An item's preparers and recipients are saved with it, and one the database refuses leaves the item as it "
          "was",
          "[store][entities][bad-input]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("tekijat.sqlite"));
    const Sample sample = writeSampleStore(path);
    auto store = openStore(path);
    AgendaItem item = required(store->agendaItem(sample.publicItem)).value();
    item.proposal = QStringLiteral("<p>Hyväksytään.</p>");
    item.preparers = {{QStringLiteral("Liisa Laine"), QStringLiteral("hallintojohtaja"), QStringLiteral("040 123")},
                      {QStringLiteral("Pekka Puro"), QStringLiteral("kaavoittaja"), QString()}};
    item.recipients = {{QStringLiteral("Maanmittauslaitos"), QStringLiteral("kirjaamo@example.fi"), {}}};
    REQUIRE(store->updateAgendaItem(item).ok());
    const AgendaItem saved = required(store->agendaItem(item.id)).value();
    REQUIRE(saved.preparers.size() == 2);
    CHECK(saved.preparers.at(0).name == u"Liisa Laine");
    CHECK(saved.preparers.at(0).contact == u"040 123");
    CHECK(saved.preparers.at(1).name == u"Pekka Puro");
    REQUIRE(saved.recipients.size() == 1);
    CHECK(saved.recipients.at(0).address == u"kirjaamo@example.fi");
    // Written again: the new lists, not the old and the new.
    item.preparers = {{QStringLiteral("Pekka Puro"), QStringLiteral("kaavoittaja"), QString()}};
    item.recipients.clear();
    REQUIRE(store->updateAgendaItem(item).ok());
    const AgendaItem rewritten = required(store->agendaItem(item.id)).value();
    REQUIRE(rewritten.preparers.size() == 1);
    CHECK(rewritten.preparers.at(0).name == u"Pekka Puro");
    CHECK(rewritten.recipients.isEmpty());
    const auto head = required(store->auditHead());

    // The database refuses one preparer (a trigger, as a damaged store's
    // would): the save fails with its reason, and nothing of it stays.
    {
        RawConnection raw(path);
        if (testsOnServer()) {
            REQUIRE(raw.exec(QStringLiteral("CREATE FUNCTION no_preparer() RETURNS trigger LANGUAGE plpgsql AS $$ "
                                            "BEGIN IF NEW.name = 'Kielletty' THEN RAISE EXCEPTION 'no such preparer'; "
                                            "END IF; RETURN NEW; END $$")));
            REQUIRE(raw.exec(QStringLiteral("CREATE TRIGGER no_preparer BEFORE INSERT ON preparer FOR EACH ROW "
                                            "EXECUTE FUNCTION no_preparer()")));
        } else {
            REQUIRE(raw.exec(QStringLiteral("CREATE TRIGGER no_preparer BEFORE INSERT ON preparer WHEN NEW.name = "
                                            "'Kielletty' BEGIN SELECT RAISE(ABORT, 'no such preparer'); END")));
        }
    }
    AgendaItem refused = item;
    refused.proposal = QStringLiteral("<p>Hylätään.</p>");
    refused.preparers = {{QStringLiteral("Liisa Laine"), {}, {}}, {QStringLiteral("Kielletty"), {}, {}}};
    const Status failed = store->updateAgendaItem(refused);
    CHECK_FALSE(failed.ok());
    CHECK(failed.error().contains(u"no such preparer"));
    const AgendaItem kept = required(store->agendaItem(item.id)).value();
    CHECK(kept.proposal == rewritten.proposal);
    REQUIRE(kept.preparers.size() == 1);
    CHECK(kept.preparers.at(0).name == u"Pekka Puro");
    CHECK(required(store->auditHead()).first == head.first);
    // A new item refused the same way is not added.
    AgendaItem added;
    added.meetingId = item.meetingId;
    added.title = QStringLiteral("Uusi asia");
    added.preparers = {{QStringLiteral("Kielletty"), {}, {}}};
    const auto notAdded = store->addAgendaItem(added);
    CHECK_FALSE(notAdded.ok());
    for (const AgendaItem &each : required(store->agendaItems(item.meetingId)))
        CHECK(each.title != u"Uusi asia");
    CHECK(required(store->auditHead()).first == head.first);
    // The store goes on: the next save succeeds, and check finds it whole.
    REQUIRE(store->updateAgendaItem(item).ok());
    CHECK(required(store->check()).ok());
}

TEST_CASE("Attachments are kept inside the store with size and SHA-256", "[store][entities]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("a.sqlite")));
    const Sample sample = addSample(*store);

    const auto listed = store->attachments(sample.publicItem);
    REQUIRE(listed->size() == 1);
    CHECK(listed->at(0).size == 13);
    const QByteArray expected =
        QCryptographicHash::hash(QByteArrayLiteral("%PDF-1.4 test"), QCryptographicHash::Sha256).toHex();
    CHECK(listed->at(0).sha256 == QString::fromLatin1(expected));
    CHECK(listed->at(0).content.isEmpty());
    CHECK(store->attachments(sample.publicItem, true)->at(0).content == QByteArrayLiteral("%PDF-1.4 test"));

    Attachment confidential;
    confidential.itemId = sample.confidentialItem;
    confidential.name = QStringLiteral("Lääkärinlausunto.pdf");
    confidential.mediaType = QStringLiteral("application/pdf");
    confidential.publicity = Publicity::Confidential;
    CHECK_THAT(refusal(store->addAttachment(confidential)), Catch::Contains("is confidential but names no legal basis"));
    confidential.confidentialityBasis = LegalBasis::fromText(QStringLiteral("JulkL 24 § 1 mom. 25 k"));
    const auto added = store->addAttachment(confidential);
    REQUIRE(added.ok());
    const auto empty = store->attachments(sample.confidentialItem, true);
    CHECK(empty->at(0).size == 0);
    CHECK(empty->at(0).sha256 == QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));

    Attachment text;
    text.itemId = sample.publicItem;
    text.name = QStringLiteral("muistio.txt");
    text.mediaType = QStringLiteral("text/plain; charset=utf-8");
    text.content = QByteArrayLiteral("muistio");
    CHECK(store->addAttachment(text).ok());
    text.mediaType = QStringLiteral("teksti");
    CHECK(store->addAttachment(text).error().contains(QStringLiteral("needs a media type")));

    Attachment nameless = confidential;
    nameless.name.clear();
    CHECK_THAT(refusal(store->addAttachment(nameless)), Catch::Contains("An attachment needs a file name"));
    REQUIRE(store->removeAttachment(*added).ok());
    CHECK(store->attachments(sample.confidentialItem)->isEmpty());
    CHECK_THAT(refusal(store->removeAttachment(*added)), Catch::Contains("There is no attachment with id"));
}

TEST_CASE("A transaction groups changes: all of them or none", "[store]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("t.sqlite"));
    auto store = createStore(path);
    int notifications = 0;
    QObject::connect(store.get(), &Store::changed, [&] { ++notifications; });
    {
        Store::Transaction transaction(*store);
        REQUIRE(transaction.ok());
        REQUIRE(store->addPerson({0, QStringLiteral("Yksi"), QStringLiteral("Ensimmäinen"), {}, {}, {}}).ok());
        REQUIRE(store->addPerson({0, QStringLiteral("Kaksi"), QStringLiteral("Toinen"), {}, {}, {}}).ok());
        // No commit: rolled back.
    }
    CHECK(store->persons()->isEmpty());
    CHECK(notifications == 0);
    {
        Store::Transaction transaction(*store);
        REQUIRE(store->addPerson({0, QStringLiteral("Yksi"), QStringLiteral("Ensimmäinen"), {}, {}, {}}).ok());
        REQUIRE(transaction.commit().ok());
    }
    CHECK(store->persons()->size() == 1);
    CHECK(notifications == 1);
    CHECK(store->check()->ok());
}

TEST_CASE("An item's language is fi, sv or none, and the database refuses any other", "[store][migration]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("l.sqlite"));
    auto store = createStore(path);
    const Sample sample = addSample(*store);
    AgendaItem item;
    item.meetingId = sample.meeting;
    item.title = QStringLiteral("Ärende på svenska");
    item.language = Language::Swedish;
    const qint64 id = required(store->addAgendaItem(item));
    CHECK(required(store->agendaItem(id))->language == Language::Swedish);
    CHECK_FALSE(required(store->agendaItem(sample.publicItem))->language.has_value());
    RawConnection raw(path);
    CHECK(raw.value(QStringLiteral("SELECT language FROM agenda_item WHERE id = %1").arg(id)).toString()
          == QStringLiteral("sv"));
    CHECK_FALSE(raw.exec(QStringLiteral("UPDATE agenda_item SET language = 'en' WHERE id = %1").arg(id)));
    CHECK(raw.exec(QStringLiteral("UPDATE agenda_item SET language = 'fi' WHERE id = %1").arg(id)));
}

TEST_CASE("§ numbers run per body per year and are given when the meeting opens", "[store][sections]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const Sample sample = addSample(*store); // KH 12/2026 with two items, no numbers yet

    // An earlier meeting of the same year already used §§ 1–40.
    Meeting earlier;
    earlier.bodyId = sample.body;
    earlier.number = 11;
    earlier.plannedStart = QDateTime(QDate(2026, 4, 27), QTime(16, 0));
    const auto earlierId = store->addMeeting(earlier);
    REQUIRE(earlierId.ok());
    AgendaItem old;
    old.meetingId = *earlierId;
    old.title = QStringLiteral("Edellinen asia");
    old.sectionNumber = 40;
    REQUIRE(store->addAgendaItem(old).ok());

    CHECK(store->nextSectionNumber(sample.meeting).value() == 41);
    REQUIRE(store->openMeeting(sample.meeting, QDateTime(QDate(2026, 5, 11), QTime(16, 2))).ok());
    auto items = store->agendaItems(sample.meeting).value();
    CHECK(items.at(0).sectionNumber == 41);
    CHECK(items.at(1).sectionNumber == 42);
    const Meeting opened = store->meeting(sample.meeting)->value();
    CHECK(opened.state == MeetingState::InProgress);
    CHECK(opened.actualStart == QDateTime(QDate(2026, 5, 11), QTime(16, 2)));

    // An item added during the meeting takes the next number; the others keep theirs.
    AgendaItem urgent;
    urgent.meetingId = sample.meeting;
    urgent.title = QStringLiteral("Kiireellinen lisäasia");
    const auto urgentId = store->addAgendaItem(urgent);
    REQUIRE(urgentId.ok());
    CHECK(store->agendaItem(*urgentId)->value().sectionNumber == 43);
    items = store->agendaItems(sample.meeting).value();
    CHECK(items.at(0).sectionNumber == 41);

    // A number is never given twice in the body's year.
    AgendaItem clash = items.at(1);
    clash.sectionNumber = 40;
    const auto refused = store->updateAgendaItem(clash);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("§ 40 is already used by KH in 2026")));

    // A new year starts from § 1; another body has its own numbers.
    Meeting nextYear;
    nextYear.bodyId = sample.body;
    nextYear.number = 1;
    nextYear.plannedStart = QDateTime(QDate(2027, 1, 11), QTime(16, 0));
    const auto nextYearId = store->addMeeting(nextYear);
    REQUIRE(nextYearId.ok());
    CHECK(store->nextSectionNumber(*nextYearId).value() == 1);

    CHECK(store->openMeeting(sample.meeting, QDateTime(QDate(2026, 5, 11), QTime(16, 5)))
              .error()
              .contains(QStringLiteral("already been opened")));
    CHECK(store->check()->ok());
}

TEST_CASE("Opening items come from the Finnish and Swedish templates", "[store][opening]")
{
    const Body council{0, QStringLiteral("Kunnanvaltuusto"), QStringLiteral("KV"), BodyKind::Council, QuorumRule::TwoThirds};
    const auto finnish = OpeningItems::make(council, Language::Finnish);
    REQUIRE(finnish.ok());
    REQUIRE(finnish->size() == 3);
    CHECK(finnish->at(0).title == QStringLiteral("Kokouksen avaus, laillisuus ja päätösvaltaisuus"));
    CHECK(finnish->at(0).background.contains(QStringLiteral("vähintään kaksi kolmasosaa valtuutetuista")));
    CHECK(finnish->at(0).appealKind == AppealKind::NotAppealable);
    CHECK(finnish->at(1).decision.isEmpty());
    const Body board{0, QStringLiteral("Kommunstyrelsen"), QStringLiteral("KST"), BodyKind::Board, QuorumRule::MoreThanHalf};
    const auto swedish = OpeningItems::make(board, Language::Swedish, {QStringLiteral("Åsa Östman"), QStringLiteral("Björn Berg")});
    REQUIRE(swedish.ok());
    CHECK(swedish->at(1).title == QStringLiteral("Val av protokolljusterare"));
    CHECK(swedish->at(0).background.contains(QStringLiteral("fler än hälften av ledamöterna")));
    CHECK(swedish->at(1).decision == QStringLiteral("<p>Till protokolljusterare valdes Åsa Östman och Björn Berg.</p>"));

    // Put first on an agenda that already has items, which move down.
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("o.sqlite")));
    const Sample sample = addSample(*store);
    REQUIRE(OpeningItems::addTo(*store, sample.meeting).ok());
    const auto items = store->agendaItems(sample.meeting).value();
    REQUIRE(items.size() == 5);
    CHECK(items.at(0).title == QStringLiteral("Kokouksen avaus, laillisuus ja päätösvaltaisuus"));
    CHECK(items.at(2).title == QStringLiteral("Esityslistan hyväksyminen"));
    CHECK(items.at(3).id == sample.publicItem);
    CHECK(items.at(3).position == 4);
    CHECK(store->check()->ok());
}

TEST_CASE("A body's settings: Swedish name, § numbering, voting order", "[store][sections]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("b.sqlite")));
    const Sample sample = addSample(*store);
    Body body = store->body(sample.body)->value();
    CHECK(body.sectionNumbering == SectionNumbering::Yearly);
    CHECK(body.votingOrder == VotingOrderModel::MostDivergentFirst);
    body.swedishName = QStringLiteral("Kommunstyrelsen");
    body.sectionNumbering = SectionNumbering::Continuous;
    body.votingOrder = VotingOrderModel::AsPresented;
    REQUIRE(store->updateBody(body).ok());
    const Body reread = store->body(sample.body)->value();
    CHECK(reread.swedishName == QStringLiteral("Kommunstyrelsen"));
    CHECK(reread.sectionNumbering == SectionNumbering::Continuous);
    CHECK(reread.votingOrder == VotingOrderModel::AsPresented);

    // With continuous numbering, 2027 goes on from 2026's last § (here 17).
    AgendaItem item = store->agendaItem(sample.publicItem)->value();
    item.sectionNumber = 17;
    REQUIRE(store->updateAgendaItem(item).ok());
    Meeting next;
    next.bodyId = sample.body;
    next.number = 1;
    next.plannedStart = QDateTime(QDate(2027, 1, 11), QTime(16, 0));
    const auto nextId = store->addMeeting(next);
    REQUIRE(nextId.ok());
    CHECK(store->nextSectionNumber(*nextId).value() == 18);
    AgendaItem again;
    again.meetingId = *nextId;
    again.title = QStringLiteral("Sama numero");
    again.sectionNumber = 17;
    CHECK(store->addAgendaItem(again).error().contains(QStringLiteral("§ 17 is already used by KH in 2026")));
    body.sectionNumbering = SectionNumbering::Yearly;
    REQUIRE(store->updateBody(body).ok());
    CHECK(store->nextSectionNumber(*nextId).value() == 1);
}

TEST_CASE("A meeting's agenda is reordered and shortened before it opens, never after", "[store][agenda]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const Sample sample = addSample(*store);
    AgendaItem third;
    third.meetingId = sample.meeting;
    third.title = QStringLiteral("Kolmas asia");
    const qint64 thirdId = required(store->addAgendaItem(third));
    auto order = [&] {
        QList<qint64> ids;
        for (const AgendaItem &item : store->agendaItems(sample.meeting).value())
            ids << item.id;
        return ids;
    };
    auto positions = [&] {
        QList<int> list;
        for (const AgendaItem &item : store->agendaItems(sample.meeting).value())
            list << item.position;
        return list;
    };
    REQUIRE(order() == QList<qint64>{sample.publicItem, sample.confidentialItem, thirdId});

    REQUIRE(store->moveAgendaItem(thirdId, 1).ok());
    CHECK(order() == QList<qint64>{thirdId, sample.publicItem, sample.confidentialItem});
    CHECK(positions() == QList<int>{1, 2, 3});
    REQUIRE(store->moveAgendaItem(thirdId, 3).ok());
    CHECK(order() == QList<qint64>{sample.publicItem, sample.confidentialItem, thirdId});

    // Out of range: refused, nothing moved.
    const auto beyond = store->moveAgendaItem(thirdId, 4);
    REQUIRE_FALSE(beyond.ok());
    CHECK(beyond.error().contains(QStringLiteral("places 1–3")));
    CHECK_THAT(refusal(store->moveAgendaItem(thirdId, 0)), Catch::Contains("cannot move to place 0"));
    CHECK(order() == QList<qint64>{sample.publicItem, sample.confidentialItem, thirdId});

    // Removing closes the gap: positions stay 1…n, as the record needs.
    REQUIRE(store->removeAgendaItem(sample.confidentialItem).ok());
    CHECK(order() == QList<qint64>{sample.publicItem, thirdId});
    CHECK(positions() == QList<int>{1, 2});
    CHECK(store->check()->ok());

    // Once the meeting is open its record names items by place.
    REQUIRE(store->openMeeting(sample.meeting, QDateTime(QDate(2026, 5, 11), QTime(16, 2))).ok());
    const auto moved = store->moveAgendaItem(thirdId, 1);
    REQUIRE_FALSE(moved.ok());
    CHECK(moved.error().contains(QStringLiteral("has been opened")));
    CHECK_THAT(refusal(store->removeAgendaItem(thirdId)), Catch::Contains("has been opened"));
    CHECK(order() == QList<qint64>{sample.publicItem, thirdId});
    CHECK(store->check()->ok());
}

TEST_CASE("An item's place and meeting change only by moving it, never by editing it", "[store][agenda]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    auto store = createStore(path);
    const Sample sample = addSample(*store);
    Meeting next;
    next.bodyId = sample.body;
    next.number = 13;
    next.plannedStart = QDateTime(QDate(2026, 5, 25), QTime(16, 0));
    const qint64 nextId = required(store->addMeeting(next));
    const AgendaItem stored = required(store->agendaItem(sample.publicItem)).value();
    auto agenda = [&](qint64 meeting) {
        QStringList rows;
        for (const AgendaItem &item : required(store->agendaItems(meeting)))
            rows << QStringLiteral("%1 %2 %3").arg(item.id).arg(item.position).arg(item.title);
        return rows;
    };
    const QStringList before = agenda(sample.meeting);
    const qint64 entries = required(store->check()).auditEntries;
    const QByteArray bytes = storeBytes(path);

    AgendaItem moved = stored;
    moved.position = 2;
    moved.title = QStringLiteral("Siirretty otsikko");
    AgendaItem elsewhere = stored;
    elsewhere.meetingId = nextId;
    for (const AgendaItem &changed : {moved, elsewhere}) {
        const Status refused = store->updateAgendaItem(changed);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error()
              == QStringLiteral("Item \"%1\" was not saved: an item's place on the agenda changes only by moving it, "
                                "and its meeting does not change.")
                     .arg(changed.title));
    }
    // Nothing was written: not the title, not the place, not an audit entry.
    CHECK(storeBytes(path) == bytes);
    CHECK(agenda(sample.meeting) == before);
    CHECK(agenda(nextId).isEmpty());
    CHECK(required(store->check()).auditEntries == entries);

    // Moving is the way; an edit that keeps the place is saved.
    REQUIRE(store->moveAgendaItem(sample.publicItem, 2).ok());
    AgendaItem edited = required(store->agendaItem(sample.publicItem)).value();
    CHECK(edited.position == 2);
    edited.title = QStringLiteral("Uusi otsikko");
    REQUIRE(store->updateAgendaItem(edited).ok());
    CHECK(required(store->agendaItem(sample.publicItem))->position == 2);
    CHECK(store->check()->ok());
}

TEST_CASE("An attachment's name and publicity change, its content stays", "[store][entities]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const Sample sample = addSample(*store);
    Attachment attachment = store->attachments(sample.publicItem, true)->first();
    attachment.name = QStringLiteral("Kokoonpano 2026.pdf");
    attachment.publicity = Publicity::Confidential;
    attachment.confidentialityBasis = LegalBasis::fromText(QStringLiteral("JulkL 24 § 1 mom. 32 k"));
    attachment.content = QByteArrayLiteral("ignored");
    REQUIRE(store->updateAttachment(attachment).ok());
    const Attachment stored = store->attachments(sample.publicItem, true)->first();
    CHECK(stored.name == QStringLiteral("Kokoonpano 2026.pdf"));
    CHECK(stored.publicity == Publicity::Confidential);
    CHECK(stored.content == QByteArrayLiteral("%PDF-1.4 test"));

    attachment.confidentialityBasis = {};
    const auto refused = store->updateAttachment(attachment);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("legal basis")));
    CHECK(store->attachments(sample.publicItem)->first().confidentialityBasis.text == QStringLiteral("JulkL 24 § 1 mom. 32 k"));
    attachment.id = 999;
    attachment.confidentialityBasis = LegalBasis::fromText(QStringLiteral("x"));
    CHECK_THAT(refusal(store->updateAttachment(attachment)), Catch::Contains("There is no attachment with id 999"));
    CHECK(store->check()->ok());
}

TEST_CASE("The invitation list keeps persons and typed-in names, audited", "[store][entities]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const Sample sample = addSample(*store);
    const qint64 chair = required(store->addInvitee({0, sample.meeting, 0, sample.deputy, {},
                                                     QStringLiteral("valtuuston puheenjohtaja"), {}}));
    required(store->addInvitee({0, sample.meeting, 0, 0, QStringLiteral("Ville Vesi"), QStringLiteral("asiantuntija, § 2"),
                                QStringLiteral("ville.vesi@example.fi")}));
    auto invited = store->invitees(sample.meeting);
    REQUIRE(invited->size() == 2);
    CHECK(invited->at(0).position == 1);
    CHECK(invited->at(1).name == QStringLiteral("Ville Vesi"));

    const auto nameless = store->addInvitee({0, sample.meeting, 0, 0, QStringLiteral("  "), {}, {}});
    REQUIRE_FALSE(nameless.ok());
    CHECK(nameless.error().contains(QStringLiteral("needs a name")));
    CHECK_THAT(refusal(store->addInvitee({0, 999, 0, 0, QStringLiteral("X"), {}, {}})),
               Catch::Contains("X cannot be invited: the meeting or the person is not in the store"));
    CHECK_THAT(refusal(store->addInvitee({0, sample.meeting, 0, 999, {}, {}, {}})),
               Catch::Contains("The person cannot be invited: the meeting or the person is not in the store"));
    CHECK(store->invitees(sample.meeting)->size() == 2);

    REQUIRE(store->removeInvitee(chair).ok());
    CHECK(store->invitees(sample.meeting)->size() == 1);
    CHECK_THAT(refusal(store->removeInvitee(chair)), Catch::Contains("There is no invitee with id"));
    CHECK(store->check()->ok());
}

TEST_CASE("Events are appended only to a meeting in the store", "[store][record]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("s.sqlite")));
    const Sample sample = addSample(*store);
    CHECK_THAT(refusal(store->appendMeetingEvents(sample.meeting + 1000, {QJsonObject{{QStringLiteral("type"),
                                                                                         QStringLiteral("noting")}}})),
               Catch::Contains("There is no meeting with id"));
    CHECK(required(store->meetingEvents(sample.meeting)).isEmpty());
}

TEST_CASE("Texts beyond their limits or with characters no document shows are refused, the field named",
          "[store][bad-input][limits]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("rajat.sqlite"));
    auto store = createStore(path);
    const Sample sample = addSample(*store);
    AgendaItem item = required(store->agendaItem(sample.publicItem)).value();

    // A title: 1,000 characters are kept, 1,001 refused.
    AgendaItem longest = item;
    longest.title = QString(1000, u'a');
    REQUIRE(store->updateAgendaItem(longest).ok());
    AgendaItem tooLong = item;
    tooLong.title = QString(1001, u'a');
    CHECK(refusal(store->updateAgendaItem(tooLong))
          == "The title of an agenda item is 1,001 characters long; at most 1,000 are kept. Shorten it and try again.");
    // A section of rich text holds a million characters.
    AgendaItem longText = item;
    longText.background = QStringLiteral("<p>") + QString(1000000, u'a') + QStringLiteral("</p>");
    CHECK_THAT(refusal(store->updateAgendaItem(longText)),
               Catch::Contains("The background of an agenda item is 1,000,007 characters long; at most 1,000,000"));
    // Control characters (an escape sequence that retitles a terminal), and
    // characters lost on the way in.
    for (const QString &bad : {QStringLiteral("Otsikko\x1b]0;pwned\x07"), QStringLiteral("Otsikko") + QChar(0xFFFD),
                               QStringLiteral("Otsikko\r\nrivi"), QStringLiteral("Otsikko") + QChar(0x9B)}) {
        AgendaItem controlled = item;
        controlled.title = bad;
        CHECK_THAT(refusal(store->updateAgendaItem(controlled)),
                   Catch::StartsWith("The title of an agenda item holds a character that cannot be kept (U+"));
    }
    Person person = required(store->person(sample.chair)).value();
    person.familyName = QString(1001, u'x');
    CHECK_THAT(refusal(store->updatePerson(person)), Catch::StartsWith("The family name of a person is 1,001"));
    // A file name of 256 characters.
    Attachment attachment;
    attachment.itemId = sample.publicItem;
    attachment.name = QString(252, u'n') + QStringLiteral(".pdf");
    attachment.mediaType = QStringLiteral("application/pdf");
    attachment.content = QByteArrayLiteral("%PDF-1.4");
    CHECK_THAT(refusal(store->addAttachment(attachment)), Catch::StartsWith("The name of an attachment is 256"));

    // Recorded events: their texts, their depth.
    QJsonObject deep{{QStringLiteral("x"), 1}};
    for (int i = 0; i < 9; ++i)
        deep = QJsonObject{{QStringLiteral("x"), deep}};
    CHECK_THAT(refusal(store->appendMeetingEvents(sample.meeting, {QJsonObject{{QStringLiteral("type"), QStringLiteral("noting")},
                                                                              {QStringLiteral("extra"), deep}}})),
               Catch::Contains("is nested deeper than 8 levels"));
    CHECK_THAT(refusal(store->appendMeetingEvents(
                   sample.meeting, {QJsonObject{{QStringLiteral("type"), QStringLiteral("proposal")},
                                                {QStringLiteral("text"), QStringLiteral("ehdotus\x1b[2J")}}})),
               Catch::StartsWith("The event's text holds a character that cannot be kept (U+001b"));
    CHECK_THAT(refusal(store->appendMeetingEvents(
                   sample.meeting, {QJsonObject{{QStringLiteral("type"), QStringLiteral("dissent")},
                                                {QStringLiteral("reasons"), QString(100001, u'r')}}})),
               Catch::StartsWith("The event's reasons is 100,001 characters long; at most 100,000"));
    CHECK(required(store->meetingEvents(sample.meeting)).isEmpty());
    CHECK(required(store->agendaItem(sample.publicItem)).value().title == QString(1000, u'a'));
    CHECK(store->check()->ok());
}

TEST_CASE("Texts of one line hold no line break or tab, texts of several lines keep them", "[store][bad-input][limits]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("rivit.sqlite"));
    auto store = createStore(path);
    const Sample sample = addSample(*store);
    const qint64 head = required(store->auditHead()).first;

    // Each writer of a line, the field named in the message.
    Person person = required(store->person(sample.chair)).value();
    person.familyName = QStringLiteral("Mäkelä\nKoskinen");
    CHECK(refusal(store->updatePerson(person))
          == "The family name of a person must be on one line: a line break or a tab (U+000a at character 7) cannot "
             "be kept in it. Write it on one line and try again.");
    person = required(store->person(sample.chair)).value();
    person.title = QStringLiteral("puheenjohtaja\tkunnanhallitus");
    CHECK_THAT(refusal(store->updatePerson(person)),
               Catch::StartsWith("The title of a person must be on one line: a line break or a tab (U+0009 at "
                                 "character 14)"));
    CHECK_THAT(refusal(store->addPerson({0, QStringLiteral("Aino"), QStringLiteral("Laine"), {},
                                         QStringLiteral("aino@kunta.fi\nBcc: kaikki@kunta.fi"), {}})),
               Catch::StartsWith("The e-mail address of a person must be on one line"));
    Body body = required(store->body(sample.body)).value();
    body.name = QStringLiteral("Kunnan") + QChar(0x2028) + QStringLiteral("hallitus");
    CHECK_THAT(refusal(store->updateBody(body)),
               Catch::StartsWith("The name of a body must be on one line: a line break or a tab (U+2028 at "
                                 "character 7)"));
    body = required(store->body(sample.body)).value();
    body.defaultPlace = QStringLiteral("Kunnantalo\nkokoushuone 2");
    CHECK_THAT(refusal(store->updateBody(body)), Catch::StartsWith("The usual meeting place of a body must be on one line"));
    Meeting meeting = required(store->meeting(sample.meeting)).value();
    CHECK_THAT(refusal(store->rescheduleMeeting(meeting.id, meeting.plannedStart, meeting.plannedEnd,
                                                QStringLiteral("Kunnantalo\nvaltuustosali"), meeting.mode)),
               Catch::StartsWith("The place of a meeting must be on one line"));
    AgendaItem item = required(store->agendaItem(sample.publicItem)).value();
    item.title = QStringLiteral("Päätös\ndigitalisaatiofoorumin edustajista");
    CHECK_THAT(refusal(store->updateAgendaItem(item)), Catch::StartsWith("The title of an agenda item must be on one line"));
    item = required(store->agendaItem(sample.publicItem)).value();
    item.preparers.first().contact = QStringLiteral("puh. 040 1\nliisa@kunta.fi");
    CHECK_THAT(refusal(store->updateAgendaItem(item)), Catch::StartsWith("The contact details of a preparer must be on one line"));
    Organisation organisation = required(store->organisation()).value();
    organisation.name = QStringLiteral("Testilän\tkunta");
    CHECK_THAT(refusal(store->setOrganisation(organisation)),
               Catch::StartsWith("The name of the organisation must be on one line"));
    CHECK_THAT(refusal(store->addInvitee({0, sample.meeting, 0, 0, QStringLiteral("Asiantuntija\nX"), {}, {}})),
               Catch::StartsWith("The name of an invitee must be on one line"));
    CHECK(required(store->auditHead()).first == head);

    // Texts of several lines keep their lines: the registry's address, an
    // item's texts, a recipient's address, the reason for cancelling.
    organisation = required(store->organisation()).value();
    organisation.registryAddress = QStringLiteral("Testilän kunta\nKirjaamo\nKunnantie 1\n70100 Testilä");
    REQUIRE(store->setOrganisation(organisation).ok());
    CHECK(required(store->organisation())->registryAddress.count(u'\n') == 3);
    item = required(store->agendaItem(sample.publicItem)).value();
    item.recipients.first().address = QStringLiteral("Kuopion kaupunki\nPL 228\n70101 Kuopio");
    REQUIRE(store->updateAgendaItem(item).ok());
    REQUIRE(store->cancelMeeting(sample.meeting, QStringLiteral("Ei käsiteltäviä asioita.\nSeuraava kokous 8.6.")).ok());
    CHECK(required(store->meeting(sample.meeting))->cancellationReason.contains(u'\n'));
    CHECK(store->check()->ok());
}

TEST_CASE("check verifies that the search index says what the items do", "[store][check]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("hakemisto.sqlite"));
    Sample sample;
    {
        auto store = createStore(path);
        sample = addSample(*store);
        REQUIRE(store->check()->ok());
    }
    const auto problems = [&] {
        auto store = openStore(path);
        const auto report = store->check();
        REQUIRE(report.ok());
        return report->integrityProblems.join(u'\n');
    };
    // Another tool changes an item's index entry, removes one, adds one for
    // no item: each is found (before, a forged item still found its old words).
    // The entries' key is SQLite's rowid, PostgreSQL's id (whose trigger
    // refuses an update: turned off first).
    const QString key = testsOnServer() ? QStringLiteral("id") : QStringLiteral("rowid");
    {
        RawConnection raw(path);
        REQUIRE(raw.dropProtections({QStringLiteral("item_search")}));
        REQUIRE(raw.exec(QStringLiteral("UPDATE item_search SET body = 'väärennetty' WHERE %1 = %2")
                             .arg(key)
                             .arg(sample.publicItem)));
        REQUIRE(raw.restoreProtections());
    }
    CHECK(problems().contains(QStringLiteral("The search index does not match agenda item %1").arg(sample.publicItem)));
    {
        RawConnection raw(path);
        REQUIRE(raw.exec(QStringLiteral("DELETE FROM item_search WHERE %1 = %2").arg(key).arg(sample.confidentialItem)));
        REQUIRE(raw.exec(QStringLiteral("INSERT INTO item_search (%1, title, body) VALUES (9999, 'x', 'y')").arg(key)));
    }
    const QString found = problems();
    CHECK(found.contains(QStringLiteral("Agenda item %1 has no entry in the search index.").arg(sample.confidentialItem)));
    CHECK(found.contains(QStringLiteral("The search index has an entry for agenda item 9999, which is not in the store.")));
}

TEST_CASE("The data version changes with another connection's commits only", "[store][elsewhere]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("versio.sqlite"));
    auto store = createStore(path);
    const Sample sample = addSample(*store);
    const qint64 first = required(store->dataVersion());
    // Its own changes leave it as it is.
    AgendaItem item = required(store->agendaItem(sample.publicItem)).value();
    item.title = QStringLiteral("Oma muutos");
    REQUIRE(store->updateAgendaItem(item).ok());
    CHECK(required(store->dataVersion()) == first);
    // Another store on the same file changes it.
    auto other = openStore(path);
    CHECK(required(other->dataVersion()) == required(other->dataVersion()));
    item.title = QStringLiteral("Toisen muutos");
    REQUIRE(other->updateAgendaItem(item).ok());
    const qint64 second = required(store->dataVersion());
    CHECK(second != first);
    CHECK(required(store->agendaItem(sample.publicItem)).value().title == QStringLiteral("Toisen muutos"));
    // And a plain SQLite connection. (On PostgreSQL the number follows the
    // audit log, which only the store writes: a change made beside it
    // is not seen there, but check finds it.)
    if (testsOnServer()) {
        CHECK(required(store->dataVersion()) == second);
        return;
    }
    {
        RawConnection raw(path);
        REQUIRE(raw.exec(QStringLiteral("UPDATE organisation SET name = 'Toinen kunta'")));
    }
    CHECK(required(store->dataVersion()) != second);
}

TEST_CASE("A meeting is convened, moved and cancelled only while it is still to be held", "[store][meeting]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("elinkaari.sqlite")));
    const Sample sample = addSample(*store);
    const Meeting planned = required(store->meeting(sample.meeting)).value();
    const QDate day = planned.plannedStart.date();
    auto meeting = [&] { return required(store->meeting(sample.meeting)).value(); };

    // Convened on the day the invitation went out: never after the meeting
    // (11.5.2026), nor more than a year before it (a wrong year).
    CHECK(refusal(store->conveneMeeting(planned.id, day.addDays(1)))
          == "The invitation cannot have gone out on 12.5.2026, after the meeting's day 11.5.2026. Give the day it was "
             "sent, on the meeting's day at the latest.");
    CHECK(refusal(store->conveneMeeting(planned.id, QDate(2025, 5, 10)))
          == "The invitation cannot have gone out on 10.5.2025, more than a year before the meeting's day 11.5.2026. "
             "Give the day it was sent (check the year).");
    CHECK(meeting().state == MeetingState::Planned);
    CHECK_FALSE(meeting().convened.isValid());
    // A year before to the day, and the day itself (an urgent meeting), are taken.
    REQUIRE(store->conveneMeeting(planned.id, QDate(2025, 5, 11)).ok());
    CHECK(meeting().convened == QDate(2025, 5, 11));
    REQUIRE(store->conveneMeeting(planned.id, day).ok());
    CHECK(meeting().convened == day);
    REQUIRE(store->conveneMeeting(planned.id, day.addDays(-6)).ok());
    CHECK(meeting().state == MeetingState::Convened);
    CHECK(meeting().convened == day.addDays(-6));

    // Moved within its year; not into another (its number is the year's).
    const QDateTime later(day.addDays(2), QTime(9, 0));
    REQUIRE(store->rescheduleMeeting(planned.id, later, later.addSecs(3600), QStringLiteral("Etäyhteys"),
                                     MeetingMode::Remote).ok());
    CHECK(meeting().plannedStart == later);
    CHECK(meeting().place == QStringLiteral("Etäyhteys"));
    CHECK(meeting().mode == MeetingMode::Remote);
    CHECK_THAT(refusal(store->rescheduleMeeting(planned.id, QDateTime(QDate(day.year() + 1, 1, 5), QTime(9, 0)), {},
                                                QStringLiteral("Kunnantalo"), MeetingMode::InPerson)),
               Catch::Contains("cannot move to"));
    CHECK(meeting().plannedStart == later);
    CHECK_THAT(refusal(store->rescheduleMeeting(planned.id, QDateTime(day.addDays(-8), QTime(9, 0)), {},
                                                QStringLiteral("Kunnantalo"), MeetingMode::InPerson)),
               Catch::Contains("cannot move before that day"));

    // Cancelled with a reason, which stays; then nothing more happens to it.
    CHECK_THAT(refusal(store->cancelMeeting(planned.id, QStringLiteral("  "))), Catch::Contains("reason"));
    REQUIRE(store->cancelMeeting(planned.id, QStringLiteral(" Ei käsiteltäviä asioita. ")).ok());
    CHECK(meeting().state == MeetingState::Cancelled);
    CHECK(meeting().cancellationReason == QStringLiteral("Ei käsiteltäviä asioita."));
    const QString cancelled = QStringLiteral("(this one is cancelled)");
    CHECK_THAT(refusal(store->conveneMeeting(planned.id, day)), Catch::Contains(cancelled.toStdString()));
    CHECK_THAT(refusal(store->cancelMeeting(planned.id, QStringLiteral("Uudelleen"))), Catch::Contains(cancelled.toStdString()));
    CHECK_THAT(refusal(store->rescheduleMeeting(planned.id, later, {}, QStringLiteral("x"), MeetingMode::InPerson)),
               Catch::Contains(cancelled.toStdString()));
    CHECK_FALSE(store->openMeeting(planned.id, later).ok());
    // Its agenda stays as it was: no item is added to it.
    const int items = int(required(store->agendaItems(planned.id)).size());
    const qint64 head = required(store->auditHead()).first;
    AgendaItem late;
    late.meetingId = planned.id;
    late.title = QStringLiteral("Myöhästynyt asia");
    CHECK(refusal(store->addAgendaItem(late))
          == "Item \"Myöhästynyt asia\" cannot be added: meeting KH 12/2026 is cancelled, and a cancelled meeting's "
             "agenda stays as it was. Add the item to another meeting.");
    CHECK(required(store->agendaItems(planned.id)).size() == items);
    CHECK(required(store->auditHead()).first == head);
    // A reason on a meeting that is not cancelled is refused.
    Meeting other = meeting();
    other.id = 0;
    other.number = 40;
    other.state = MeetingState::Planned;
    CHECK_THAT(refusal(store->addMeeting(other)), Catch::Contains("Only a cancelled meeting has a reason"));
    // Nor is a cancelled meeting without one.
    other.state = MeetingState::Cancelled;
    other.cancellationReason = QStringLiteral(" ");
    CHECK(refusal(store->addMeeting(other)) == "Give the reason the meeting is cancelled; the record keeps it.");
    CHECK(store->check()->ok());
}

TEST_CASE("A membership a held meeting names is ended, never rewritten or removed", "[store][membership]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("jasenyys.sqlite")));
    const RecordedMeeting recorded = recordMeeting(*store); // KH 12/2026, held on 11.5.2026
    const qint64 body = recorded.meeting.bodyId;
    auto membershipOf = [&](const QString &family, MembershipRole role) {
        for (const Membership &m : required(store->memberships(body))) {
            if (m.role == role && required(store->person(m.personId))->familyName == family)
                return m;
        }
        FAIL("no such membership");
        return Membership{};
    };
    const Membership niemi = membershipOf(QStringLiteral("Niemi"), MembershipRole::Member);
    const Membership lahti = membershipOf(QStringLiteral("Lahti"), MembershipRole::Deputy);
    CHECK(required(store->membership(niemi.id))->personId == niemi.personId);
    CHECK_FALSE(required(store->membership(9999)).has_value());
    const qint64 headId = required(store->auditHead()).first;

    // Refused: each would change the seats KH 12/2026 was held with.
    CHECK_THAT(refusal(store->removeMembership(niemi.id)),
               Catch::Contains("cannot be removed: KH 12/2026 was held on 11.5.2026") && Catch::Contains("End the"));
    CHECK_THAT(refusal(store->endMembership(niemi.id, QDate(2026, 5, 10))),
               Catch::Contains("cannot end on 10.5.2026: KH 12/2026 was held on 11.5.2026")
                   && Catch::Contains("End it on 11.5.2026 or later"));
    Membership later = niemi;
    later.validFrom = QDate(2026, 6, 1);
    CHECK_THAT(refusal(store->updateMembership(later)),
               Catch::Contains("would alter who held a seat at KH 12/2026 on 11.5.2026"));
    Membership otherMember = lahti;
    otherMember.deputyForPersonId = membershipOf(QStringLiteral("Öhman"), MembershipRole::Member).personId;
    CHECK_THAT(refusal(store->updateMembership(otherMember)), Catch::Contains("KH 12/2026"));
    Membership promoted = niemi;
    promoted.role = MembershipRole::ViceChair;
    CHECK_THAT(refusal(store->updateMembership(promoted)), Catch::Contains("KH 12/2026"));
    CHECK(required(store->auditHead()).first == headId);

    // Allowed: what leaves the held meeting's day as it was (Lahti, who
    // stands in for Niemi, first: a deputy's membership lies within the
    // member's).
    REQUIRE(store->endMembership(lahti.id, QDate(2026, 5, 11)).ok());
    REQUIRE(store->endMembership(niemi.id, QDate(2026, 5, 11)).ok());
    CHECK(required(store->membership(niemi.id))->validUntil == QDate(2026, 5, 11));
    Membership longer = required(store->membership(niemi.id)).value();
    longer.validUntil = QDate(2027, 12, 31);
    REQUIRE(store->updateMembership(longer).ok());
    longer.validFrom = QDate(2025, 1, 1); // earlier still covers 11.5.2026
    REQUIRE(store->updateMembership(longer).ok());
    CHECK(required(store->membership(niemi.id))->validFrom == QDate(2025, 1, 1));

    // A membership added by mistake, after every held meeting, is changed and removed.
    const qint64 ohman = membershipOf(QStringLiteral("Öhman"), MembershipRole::Member).personId;
    const qint64 extra = required(store->addMembership(
        {0, body, niemi.personId, MembershipRole::Member, 0, QDate(2026, 9, 1), {}}));
    Membership mistaken = required(store->membership(extra)).value();
    mistaken.role = MembershipRole::Deputy;
    mistaken.deputyForPersonId = ohman;
    mistaken.validUntil = QDate(2026, 12, 31);
    REQUIRE(store->updateMembership(mistaken).ok());
    CHECK(required(store->membership(extra))->deputyForPersonId == ohman);
    // The same checks as adding; the body and person stay.
    mistaken.deputyForPersonId = 0;
    CHECK_THAT(refusal(store->updateMembership(mistaken)), Catch::Contains("must name the member they stand in for"));
    mistaken.deputyForPersonId = ohman;
    mistaken.validUntil = QDate(2026, 1, 1);
    CHECK_THAT(refusal(store->updateMembership(mistaken)), Catch::Contains("before it starts"));
    mistaken.validUntil = QDate(2026, 12, 31);
    mistaken.personId = membershipOf(QStringLiteral("Virtanen"), MembershipRole::Member).personId;
    CHECK_THAT(refusal(store->updateMembership(mistaken)), Catch::Contains("keeps its body and person"));
    mistaken.personId = niemi.personId;
    mistaken.id = 9999;
    CHECK_THAT(refusal(store->updateMembership(mistaken)), Catch::Contains("no membership with id 9999"));
    REQUIRE(store->removeMembership(extra).ok());
    CHECK_FALSE(required(store->membership(extra)).has_value());
    CHECK_THAT(refusal(store->removeMembership(extra)), Catch::Contains("no membership with id"));

    // Every change is audited, and the chain holds.
    const CheckReport report = required(store->check());
    INFO(report.auditProblems.join(u'\n').toStdString());
    CHECK(report.ok());
}

TEST_CASE("A personal deputy's membership lies within the seats of their member in the same body",
          "[store][membership][bad-input]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("varajasen.sqlite")));
    // KH: Mäkelä chair, Åberg member and Pöyhönen his deputy, 1.6.2025–31.5.2029.
    const Sample sample = addSample(*store);
    const qint64 laine = required(store->addPerson({0, QStringLiteral("Liisa"), QStringLiteral("Laine"), {}, {}, {}}));
    const qint64 salo = required(store->addPerson({0, QStringLiteral("Sanni"), QStringLiteral("Salo"), {}, {}, {}}));
    const qint64 kv = required(store->addBody({0, QStringLiteral("Kunnanvaltuusto"), QStringLiteral("KV"),
                                               BodyKind::Council, QuorumRule::TwoThirds}));
    const qint64 head = required(store->auditHead()).first;
    auto deputy = [&](qint64 body, qint64 member, const QDate &from, const QDate &until) {
        return Membership{0, body, laine, MembershipRole::Deputy, member, from, until};
    };

    // For no one in the body, beyond the member's term, with no end, or for
    // a member of another body: refused, the member and the period named.
    CHECK(refusal(store->addMembership(deputy(sample.body, salo, QDate(2025, 6, 1), QDate(2029, 5, 31))))
          == "Liisa Laine cannot be the personal deputy of Sanni Salo in KH for 1.6.2025–31.5.2029: Sanni Salo does "
             "not hold a seat in KH (as member, chair or vice chair) for the whole of that period, and a personal "
             "deputy's membership lies within the member's. Check the dates, or add the member's seat first.");
    CHECK_THAT(refusal(store->addMembership(deputy(sample.body, sample.member, QDate(2025, 6, 1), QDate(2029, 6, 1)))),
               Catch::StartsWith("Liisa Laine cannot be the personal deputy of Östen Åberg in KH for 1.6.2025–1.6.2029:"));
    CHECK_THAT(refusal(store->addMembership(deputy(sample.body, sample.member, QDate(2025, 5, 31), QDate(2026, 1, 1)))),
               Catch::Contains("for 31.5.2025–1.1.2026"));
    CHECK_THAT(refusal(store->addMembership(deputy(sample.body, sample.member, QDate(2026, 1, 1), {}))),
               Catch::Contains("in KH from 1.1.2026 on: Östen Åberg does not hold a seat"));
    CHECK_THAT(refusal(store->addMembership(deputy(kv, sample.member, QDate(2026, 1, 1), QDate(2026, 12, 31)))),
               Catch::Contains("Östen Åberg does not hold a seat in KV"));
    CHECK(required(store->memberships(sample.body)).size() == 3);
    CHECK(required(store->auditHead()).first == head);

    // A presenter holds no seat: no personal deputy stands in for one.
    required(store->addMembership({0, sample.body, salo, MembershipRole::Presenter, 0, QDate(2025, 6, 1), {}}));
    CHECK_THAT(refusal(store->addMembership(deputy(sample.body, salo, QDate(2026, 1, 1), QDate(2026, 12, 31)))),
               Catch::Contains("Sanni Salo does not hold a seat in KH"));

    // Within: a part of the term, and the whole of seats back to back (Salo
    // a member until 31.12.2026, then the chair).
    const qint64 part = required(store->addMembership(deputy(sample.body, sample.member, QDate(2026, 1, 1), QDate(2026, 12, 31))));
    const qint64 salosSeat = required(store->addMembership({0, sample.body, salo, MembershipRole::Member, 0,
                                                             QDate(2025, 6, 1), QDate(2026, 12, 31)}));
    required(store->addMembership({0, sample.body, salo, MembershipRole::Chair, 0, QDate(2027, 1, 1), QDate(2029, 5, 31)}));
    const qint64 across = required(store->addMembership(deputy(sample.body, salo, QDate(2025, 6, 1), QDate(2029, 5, 31))));

    // Changing the deputy's membership is checked the same.
    Membership longer = required(store->membership(part)).value();
    longer.validUntil = {};
    CHECK_THAT(refusal(store->updateMembership(longer)),
               Catch::StartsWith("Liisa Laine cannot be the personal deputy of Östen Åberg in KH from 1.1.2026 on"));

    // The member's seat cannot leave the deputy standing in for no one: not
    // ended, shortened, made an office or removed while the deputy runs on.
    const qint64 headBefore = required(store->auditHead()).first;
    const QString standsIn = QStringLiteral(
        "Liisa Laine is the personal deputy of Sanni Salo in KH for 1.6.2025–31.5.2029, and a personal deputy's "
        "membership lies within the member's: Sanni Salo's seat cannot change so. End or change Liisa Laine's "
        "membership first; a resignation with a successor moves the deputy to the successor.");
    CHECK(QString::fromStdString(refusal(store->endMembership(salosSeat, QDate(2026, 6, 30)))) == standsIn);
    Membership office = required(store->membership(salosSeat)).value();
    office.role = MembershipRole::Secretary;
    CHECK(QString::fromStdString(refusal(store->updateMembership(office))) == standsIn);
    Membership later = required(store->membership(salosSeat)).value();
    later.validFrom = QDate(2025, 7, 1);
    CHECK(QString::fromStdString(refusal(store->updateMembership(later))) == standsIn);
    CHECK(QString::fromStdString(refusal(store->removeMembership(salosSeat))) == standsIn);
    CHECK(required(store->auditHead()).first == headBefore);
    // Once the deputy's membership ends first, the seat may end with it.
    REQUIRE(store->endMembership(across, QDate(2026, 6, 30)).ok());
    REQUIRE(store->endMembership(salosSeat, QDate(2026, 6, 30)).ok());
    CHECK(required(store->check()).ok());
}

TEST_CASE("The minutes' checked and published days are recorded once the meeting is closed", "[store][meeting]")
{
    TestDir dir;
    auto store = createStore(dir.path(QStringLiteral("poytakirja.sqlite")));
    const RecordedMeeting recorded = recordMeeting(*store);
    const qint64 id = recorded.meeting.id;
    auto meeting = [&] { return required(store->meeting(id)).value(); };
    const QDate held = recorded.meeting.plannedStart.date();

    // Cleared: closed again, and the days go.
    REQUIRE(store->setMinutesDays(id, {}, {}).ok());
    CHECK(meeting().state == MeetingState::Closed);
    CHECK_FALSE(meeting().minutesChecked.isValid());
    // Not before the meeting; published not before checked, nor without it.
    CHECK_THAT(refusal(store->setMinutesDays(id, held.addDays(-1), {})), Catch::Contains("cannot be checked before"));
    CHECK_THAT(refusal(store->setMinutesDays(id, held.addDays(2), held.addDays(1))),
               Catch::Contains("published after they are checked"));
    CHECK_THAT(refusal(store->setMinutesDays(id, {}, held.addDays(1))), Catch::Contains("published once checked"));
    CHECK(meeting().state == MeetingState::Closed);
    REQUIRE(store->setMinutesDays(id, held.addDays(1), held.addDays(2)).ok());
    CHECK(meeting().state == MeetingState::MinutesChecked);
    CHECK(meeting().minutesChecked == held.addDays(1));
    CHECK(meeting().minutesPublished == held.addDays(2));

    // Only once the meeting is closed.
    const Meeting next = addUnheldMeeting(*store, recorded.meeting);
    CHECK_THAT(refusal(store->setMinutesDays(next.id, next.plannedStart.date(), {})),
               Catch::Contains("once the meeting is closed (this one is convened)"));
    CHECK_FALSE(required(store->meeting(next.id))->minutesChecked.isValid());
    CHECK(store->check()->ok());
}
