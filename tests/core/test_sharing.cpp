// Working at once on one store, on either engine: a meeting run from one
// console at a time, others' commits heard as they happen, and who made a
// row's latest change.

#include <catch2/catch.hpp>

#include "testsupport.h"
#include "waituntil.h"

#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSysInfo>

namespace {

qint64 addMeeting(Store &store, qint64 body)
{
    Meeting meeting;
    meeting.bodyId = body;
    meeting.number = 20;
    meeting.year = 2026;
    meeting.plannedStart = QDateTime(QDate(2026, 12, 14), QTime(16, 0));
    meeting.place = QStringLiteral("Valtuustosali");
    return required(store.addMeeting(meeting));
}

} // namespace

TEST_CASE("One store at a time holds a meeting, another is told who and holds it once it is given back",
          "[store][sharing]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("shared.sqlite"));
    const Sample sample = addSample(*createStore(path));
    auto first = openStore(path);
    auto second = openStore(path);

    CHECK(required(first->holdMeeting(sample.meeting)).isEmpty());
    CHECK(first->holdsMeeting(sample.meeting));
    // Asked again, the holder still holds it.
    CHECK(required(first->holdMeeting(sample.meeting)).isEmpty());
    CHECK(required(first->meetingHolder(sample.meeting)).isEmpty());

    // The other is told who holds it: the user, on this machine.
    const QString holder = required(second->holdMeeting(sample.meeting));
    CHECK_FALSE(holder.isEmpty());
    CHECK(holder.endsWith(QStringLiteral(" on ") + QSysInfo::machineHostName()));
    CHECK_FALSE(second->holdsMeeting(sample.meeting));
    CHECK(required(second->meetingHolder(sample.meeting)) == holder);
    // Another meeting is free.
    const qint64 other = addMeeting(*first, sample.body);
    CHECK(required(second->holdMeeting(other)).isEmpty());

    SECTION("given back")
    {
        first->releaseMeeting(sample.meeting);
        CHECK_FALSE(first->holdsMeeting(sample.meeting));
        CHECK(required(second->meetingHolder(sample.meeting)).isEmpty());
        CHECK(required(second->holdMeeting(sample.meeting)).isEmpty());
        CHECK_FALSE(required(first->holdMeeting(sample.meeting)).isEmpty());
    }
    SECTION("its store closed")
    {
        first.reset();
        CHECK(required(second->holdMeeting(sample.meeting)).isEmpty());
    }
    // Holding writes nothing into the store.
    CHECK(checkProblems(path).isEmpty());
}

TEST_CASE("A meeting held by a program that is killed is free again", "[store][sharing]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("killed.sqlite"));
    const Sample sample = addSample(*createStore(path));
    QProcess holder;
    holder.start(QStringLiteral(PYKALA_TEST_WRITER), {storeLocation(path), QString::number(sample.meeting),
                                                      QStringLiteral("hold")});
    REQUIRE(holder.waitForStarted());
    REQUIRE(holder.waitForReadyRead(30000));
    REQUIRE(holder.readAllStandardOutput().trimmed() == "held");
    auto store = openStore(path);
    CHECK_FALSE(required(store->holdMeeting(sample.meeting)).isEmpty());
    holder.kill();
    REQUIRE(holder.waitForFinished(30000));
    // The server sees the session end as the process does; a lock file
    // left behind names a process that no longer runs.
    CHECK(waitUntil([&] { return required(store->meetingHolder(sample.meeting)).isEmpty(); }, 10000));
    CHECK(required(store->holdMeeting(sample.meeting)).isEmpty());
}

TEST_CASE("Another connection's commit is heard as it happens on a server, never a store's own", "[store][sharing]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("heard.sqlite"));
    const Sample sample = addSample(*createStore(path));
    auto listening = openStore(path);
    auto writing = openStore(path);
    REQUIRE(listening->watchForChanges().ok());
    REQUIRE(writing->watchForChanges().ok());
    QSignalSpy heard(listening.get(), &Store::changedElsewhere);
    QSignalSpy heardOwn(writing.get(), &Store::changedElsewhere);
    const qint64 before = required(listening->dataVersion());
    Person person;
    person.givenName = QStringLiteral("Kuuluva");
    person.familyName = QStringLiteral("Muutos");
    required(writing->addPerson(person));
    if (testsOnServer()) {
        // Told by the server, without asking.
        REQUIRE(heard.wait(5000));
        CHECK(heard.size() == 1);
        CHECK(heardOwn.isEmpty());
        // A store's own commit is not heard by itself.
        required(listening->addPerson(person));
        QTest::qWait(200);
        CHECK(heard.size() == 1);
    } else {
        // SQLite tells nothing; its data version says it when asked.
        CHECK_FALSE(heard.wait(300));
    }
    CHECK(required(listening->dataVersion()) != before);
    (void)sample;
}

TEST_CASE("A row's latest change names who made it and when", "[store][sharing]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("changed.sqlite"));
    const Sample sample = addSample(*createStore(path));
    auto store = openStore(path);
    store->setActor(QStringLiteral("aino"));
    // On a server the log names whoever signed in, whatever the client says.
    const QString actor = actorAfter(QStringLiteral("aino"));
    CHECK(store->actor() == actor);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    AgendaItem item = required(store->agendaItem(sample.publicItem)).value();
    item.title = QStringLiteral("Muutettu otsikko");
    REQUIRE(store->updateAgendaItem(item).ok());
    const auto change = required(store->lastChange(QStringLiteral("agenda_item"), sample.publicItem));
    REQUIRE(change.has_value());
    CHECK(change->actor == actor);
    CHECK(change->at >= before);
    CHECK(change->at <= QDateTime::currentDateTimeUtc().addSecs(1));
    CHECK_FALSE(required(store->lastChange(QStringLiteral("agenda_item"), 999999)).has_value());
}
