#include <catch2/catch.hpp>

#include "testsupport.h"

#include <QMap>
#include <QProcess>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <random>

// Kills a writer at random moments, over and over, on the same store, while
// it makes every kind of write (tests/support/storewriter.cpp): each time,
// the store must pass check, hold every change it acknowledged, and hold no
// transaction in part. PYKALA_DURABILITY_ROUNDS sets how many kills (60).
TEST_CASE("Killing a writer at any moment loses no acknowledged change", "[store][durability]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("kesto.sqlite"));
    qint64 meeting = 0;
    {
        auto store = createStore(path);
        meeting = addSample(*store).meeting;
    }
    const int rounds = qEnvironmentVariableIsSet("PYKALA_DURABILITY_ROUNDS")
                           ? qEnvironmentVariableIntValue("PYKALA_DURABILITY_ROUNDS")
                           : 60;
    std::mt19937 random(20261122);
    int next = 1;
    QMap<QString, QSet<int>> acknowledged; // kind → rounds
    int checkFailures = 0, lost = 0, partial = 0, crashes = 0;
    for (int kill = 0; kill < rounds; ++kill) {
        QProcess writer;
        writer.start(QStringLiteral(PYKALA_TEST_WRITER), {storeLocation(path), QString::number(meeting), QString::number(next)});
        REQUIRE(writer.waitForStarted());
        // Let it get going, then kill it somewhere in the middle of its work.
        // The pause only picks that moment at random: it waits for nothing,
        // and nothing checked below depends on how long it was.
        REQUIRE(writer.waitForReadyRead(30000));
        QThread::usleep(random() % 60000);
        writer.kill();
        REQUIRE(writer.waitForFinished(30000));
        if (writer.exitStatus() != QProcess::CrashExit)
            ++crashes; // it stopped by itself before the kill: a refused write
        const QByteArray output = writer.readAllStandardOutput();
        INFO("kill " << kill << ": the writer printed " << output.left(40).toStdString() << " … "
                     << output.right(40).toStdString() << " and said " << writer.readAllStandardError().toStdString());
        for (const QByteArray &line : output.split('\n')) {
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() != 2)
                continue;
            const int round = fields.at(0).toInt();
            acknowledged[QString::fromLatin1(fields.at(1))].insert(round);
            next = qMax(next, round + 1);
        }
        // The killed writer may have committed more of its next round than
        // it could report; start the next one beyond it.
        next += 1;

        auto store = openStore(path);
        const auto report = store->check();
        REQUIRE(report.ok());
        if (!report->ok())
            ++checkFailures;
        CHECK(report->integrityProblems.isEmpty());
        CHECK(report->auditProblems.isEmpty());
        QSet<QString> persons;
        for (const Person &person : store->persons().value())
            persons.insert(person.givenName);
        QHash<QString, AgendaItem> items;
        for (const AgendaItem &item : store->agendaItems(meeting).value())
            items.insert(item.title, item);
        auto attachmentNamed = [&](const AgendaItem &item, const QString &name) {
            const QList<Attachment> attachments = store->attachments(item.id).value();
            return std::any_of(attachments.cbegin(), attachments.cend(),
                               [&](const Attachment &a) { return a.name == name; });
        };
        auto require = [&](bool kept, const char *what, int round) {
            if (!kept) {
                ++lost;
                FAIL_CHECK("acknowledged " << what << " of round " << round << " is not in the store");
            }
        };
        for (const int round : std::as_const(acknowledged[QStringLiteral("person")]))
            require(persons.contains(QString::number(round)), "person", round);
        for (const int round : std::as_const(acknowledged[QStringLiteral("item")])) {
            const auto item = items.constFind(QStringLiteral("Asia %1").arg(round));
            require(item != items.cend(), "item", round);
            // Its attachment stays until the round's update (which comes
            // before the removal) is in.
            if (item != items.cend() && !item->background.contains(QStringLiteral("Muutos %1").arg(round)))
                require(attachmentNamed(*item, QStringLiteral("liite-%1.pdf").arg(round)), "attachment", round);
        }
        for (const int round : std::as_const(acknowledged[QStringLiteral("update")]))
            require(items.value(QStringLiteral("Asia %1").arg(round)).background.contains(QStringLiteral("Muutos %1").arg(round)),
                    "update", round);
        for (const int round : std::as_const(acknowledged[QStringLiteral("remove")]))
            require(!attachmentNamed(items.value(QStringLiteral("Asia %1").arg(round)), QStringLiteral("liite-%1.pdf").arg(round)),
                    "removal", round);
        for (const int round : std::as_const(acknowledged[QStringLiteral("batch")]))
            require(persons.contains(QStringLiteral("%1-9").arg(round)), "batch", round);
        // Every batch, acknowledged or not, is there whole or not at all.
        for (int round = 1; round < next; ++round) {
            int present = 0;
            for (int i = 0; i < 10; ++i)
                present += persons.contains(QStringLiteral("%1-%2").arg(round).arg(i)) ? 1 : 0;
            if (present != 0 && present != 10) {
                ++partial;
                FAIL_CHECK("round " << round << "'s batch is in the store in part: " << present << " of 10");
            }
        }
    }
    QStringList counts;
    for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it)
        counts << QStringLiteral("%1 %2").arg(it.value().size()).arg(it.key());
    WARN("durability: " << rounds << " kills; acknowledged " << counts.join(QStringLiteral(", ")).toStdString()
                        << "; lost " << lost << ", in part " << partial << ", check failures " << checkFailures
                        << ", writers stopped by themselves " << crashes);
    CHECK(crashes == 0);
    // Every kind of write was acknowledged, and so killed about (how often
    // depends on the disk's speed).
    for (const char *kind : {"person", "item", "update", "remove", "batch"})
        CHECK_FALSE(acknowledged.value(QString::fromLatin1(kind)).isEmpty());
}

TEST_CASE("check beside writers reports no corruption that is not there", "[store][durability][concurrency]")
{
    // Two writers add and change agenda items as fast as they can while
    // check runs again and again on its own connection. Before check read
    // in one snapshot, it reported rows missing from the audit log, or the
    // newest entries missing, in most runs.
    TestDir dir;
    const QString path = dir.path(QStringLiteral("kuorma.sqlite"));
    qint64 meeting = 0;
    {
        auto store = createStore(path);
        meeting = addSample(*store).meeting;
    }
    const QString location = storeLocation(path); // read by the threads below
    std::atomic<bool> stop{false};
    std::atomic<int> written{0}, writeFailures{0};
    auto writer = [&](int number) {
        // Catch's assertions belong to the test's own thread: a store that
        // will not open counts as a refused write.
        auto opened = Store::open(location);
        if (!opened) {
            ++writeFailures;
            return;
        }
        auto store = std::move(opened.value());
        for (int i = 0; !stop; ++i) {
            AgendaItem item;
            item.meetingId = meeting;
            item.title = QStringLiteral("Kirjoittaja %1, asia %2").arg(number).arg(i);
            const auto added = store->addAgendaItem(item);
            if (!added) {
                ++writeFailures; // busy beyond the timeout: refused whole, nothing half-written
                continue;
            }
            const auto stored = store->agendaItem(*added);
            if (!stored || !stored->has_value())
                continue;
            AgendaItem changed = stored->value();
            changed.background = QStringLiteral("<p>Muutettu.</p>");
            if (store->updateAgendaItem(changed).ok())
                ++written;
        }
    };
    // A reader beside them: lists, reads and searches, as the desktop does.
    std::atomic<int> reads{0}, readFailures{0};
    auto reader = [&] {
        auto opened = Store::open(location);
        if (!opened) {
            ++readFailures;
            return;
        }
        auto store = std::move(opened.value());
        while (!stop) {
            const auto items = store->agendaItems(meeting);
            const auto hits = store->search(QStringLiteral("kirjoittaja"));
            if (items && hits && !items->isEmpty())
                ++reads;
            else
                ++readFailures;
        }
    };
    QThread *first = QThread::create(writer, 1);
    QThread *second = QThread::create(writer, 2);
    QThread *third = QThread::create(reader);
    first->start();
    second->start();
    third->start();
    for (int waited = 0; written.load() < 20 && waited < 2000; ++waited)
        QThread::msleep(5);
    INFO("before the checks: written " << written.load() << ", refused " << writeFailures.load());
    int falseReports = 0, runs = 0;
    const int before = written.load();
    {
        auto checker = openStore(path);
        // At least 60 checks, and on until the writers have written beside
        // them (a busy machine runs the threads unevenly).
        for (; (runs < 60 || written.load() - before <= 20) && runs < 1000; ++runs) {
            const auto report = checker->check();
            REQUIRE(report.ok());
            if (!report->ok()) {
                ++falseReports;
                UNSCOPED_INFO(report->integrityProblems.join(u'\n').toStdString()
                              << report->auditProblems.join(u'\n').toStdString());
            }
        }
    }
    stop = true;
    first->wait();
    second->wait();
    third->wait();
    delete first;
    delete second;
    delete third;
    WARN("concurrency: " << runs << " checks beside 2 writers and a reader; writes " << written.load() << " ("
                         << writeFailures.load() << " refused as busy), reads " << reads.load() << " ("
                         << readFailures.load() << " failed); false check reports " << falseReports);
    CHECK(readFailures.load() == 0);
    CHECK(reads.load() > 0);
    INFO("writes " << written.load() << " (" << written.load() - before << " during the checks), refused "
                   << writeFailures.load());
    CHECK(written.load() - before > 20); // the checks ran beside the writers
    CHECK(falseReports == 0);
    CHECK(openStore(path)->check()->ok());
}
