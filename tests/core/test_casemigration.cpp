#include <catch2/catch.hpp>

#include "testsupport.h"

#include <QFile>

// The case register made for a store file written before it (schema 16);
// a store on a server began at schema 15 with no items to link.
TEST_CASE("Migration 16 makes the cases of the items' diary numbers and lists the references it cannot link",
          "[cases][store][migration]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("v11.sqlite"));
    REQUIRE(QFile::copy(QStringLiteral(PYKALA_SOURCE_DIR "/tests/data/store-schema-11.sqlite"), path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
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
