#include <catch2/catch.hpp>

#include "testsupport.h"

#include <QFile>

// The case register made for a store file written before it (schema 11),
// and a store written with it (schema 16) updated to destroying (17);
// a store on a server began at schema 15 with no items to link.
TEST_CASE("Migration 16 makes the cases of the items' diary numbers and lists the references it cannot link",
          "[cases][store][migration]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("v11.sqlite"));
    copyTestStore("store-schema-11", path);
    auto store = openStore(path);
    // Items 4–10 name seven diary numbers of 2026 (337, 339, 340, 342, 345,
    // 347, 349), of five classes, all in the built-in classification.
    const QList<Case> cases = required(store->cases());
    REQUIRE(cases.size() == 7);
    CHECK(cases.constFirst().diaryNumber.toString() == QStringLiteral("349/00.01.00/2026"));
    CHECK(cases.constLast().diaryNumber.toString() == QStringLiteral("337/00.01.00/2026"));
    for (const Case &entry : cases) {
        CHECK(required(store->caseHandlings(entry.id)).size() == 1);
        CHECK(entry.state == CaseState::Decided);
    }
    const Case secret = required(store->findCase(QStringLiteral("340/00.04.02/2026")));
    CHECK(secret.publicity == Publicity::Confidential);
    CHECK(secret.title == QStringLiteral("Vahingonkorvausvaatimus"));
    CHECK(required(store->unlinkedItems()).isEmpty());
    // Their titles are found by their words.
    const QList<Case> review = required(store->searchCases(QStringLiteral("kaavoitus")));
    REQUIRE_FALSE(review.isEmpty());
    CHECK(review.first().diaryNumber.toString() == QStringLiteral("339/10.02.00/2026"));
    CHECK(checkProblems(path).isEmpty());
    RawConnection raw(path);
    CHECK(raw.value(QStringLiteral("SELECT count(*) FROM task_class")).toInt() == 5);
    CHECK(raw.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'schema migration 16' AND entity = "
                                   "'case_file' AND action = 'insert'"))
              .toInt()
          == 7);

    // A reference that names no case is listed, not lost.
    AgendaItem stray = required(store->agendaItem(4)).value();
    const Meeting next = addUnheldMeeting(*store, required(store->meeting(stray.meetingId)).value());
    AgendaItem unknown;
    unknown.meetingId = next.id;
    unknown.title = QStringLiteral("Vanha asia");
    unknown.caseReference = QStringLiteral("KH/12/2019");
    const qint64 id = required(store->addAgendaItem(unknown));
    const auto unlinked = required(store->unlinkedItems());
    REQUIRE(unlinked.size() == 1);
    CHECK(unlinked.at(0).itemId == id);
    CHECK(unlinked.at(0).caseReference == QStringLiteral("KH/12/2019"));
}

TEST_CASE("Migration 17 keeps a schema-16 store's cases whole and lets a due case's records be destroyed",
          "[cases][store][migration]")
{
    // tests/data/store-schema-16.sqlite was written by Pykälä at schema 16:
    // the schema-11 store migrated, then case 340/00.04.02/2026 given a
    // party, an extract sent (by letter on 26.1.2026) and closed on
    // 31.3.2026, and case KUNTA:350/10.00.03/2026 opened with a party.
    TestDir dir;
    const QString path = dir.path(QStringLiteral("v16.sqlite"));
    copyTestStore("store-schema-16", path);
    auto store = openStore(path);
    const QList<Case> cases = required(store->cases());
    REQUIRE(cases.size() == 8);
    const Case claim = required(store->findCase(QStringLiteral("340/00.04.02/2026")));
    REQUIRE(claim.parties.size() == 1);
    CHECK(claim.parties.at(0).name == QStringLiteral("Matti Meikäläinen"));
    CHECK_FALSE(claim.destroyed.isValid());
    REQUIRE(required(store->caseExtractsSent(claim.id)).size() == 1);
    CHECK(required(store->findCase(QStringLiteral("KUNTA:350/10.00.03/2026"))).parties.size() == 1);
    // The titles of the cases there were are found by their words.
    const QList<Case> found = required(store->searchCases(QStringLiteral("teollisuustie")));
    REQUIRE(found.size() == 1);
    CHECK(found.first().diaryNumber.toString() == QStringLiteral("KUNTA:350/10.00.03/2026"));
    {
        RawConnection raw(path);
        CHECK(raw.value(QStringLiteral("PRAGMA user_version")).toInt() == 21);
        // Each case's row is logged once as changed by the migration (a new
        // column of its digest), and nothing else.
        CHECK(raw.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'schema migration 17' AND "
                                       "entity = 'case_file' AND action = 'update'"))
                  .toInt()
              == 8);
        CHECK(raw.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'schema migration 17'")).toInt() == 8);
        // An extract sent of a case not destroyed stays as recorded.
        CHECK_FALSE(raw.exec(QStringLiteral("DELETE FROM extract_sent")));
    }
    CHECK(checkProblems(path).isEmpty());

    // Class 00.04.02 is kept 10 years: from the end of 2026, so the records
    // may go from 1.1.2037.
    const QList<RetentionEntry> due = required(store->retention());
    REQUIRE(due.size() == 1);
    CHECK(due.at(0).destroyableFrom == QDate(2037, 1, 1));
    const CaseDestruction destroyed = required(store->destroyCaseRecords(claim.id, QDate(2037, 1, 1)));
    CHECK(destroyed.parties == 1);
    CHECK(destroyed.extractsSent == 1);
    CHECK(required(store->caseHandlings(claim.id)).size() == 1);
    store.reset();
    CHECK(checkProblems(path).isEmpty());
}
