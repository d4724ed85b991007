#include <catch2/catch.hpp>

#include "testsupport.h"

#include <QProcess>
#include <QSet>
#include <QThread>

#include <atomic>
#include <random>

// Kills a writer at random moments, over and over, on the same store: each
// time, the store must pass check and hold every change it acknowledged.
TEST_CASE("Killing a writer at any moment loses no acknowledged change", "[store][durability]")
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("kesto.sqlite"));
    createStore(path);

    std::mt19937 random(20261122);
    int next = 1;
    QSet<int> acknowledged;
    for (int round = 0; round < 25; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(PYKALA_TEST_WRITER), {path, QString::number(next)});
        REQUIRE(writer.waitForStarted());
        // Let it get going, then kill it somewhere in the middle of its work.
        // The pause only picks that moment at random: it waits for nothing,
        // and nothing checked below depends on how long it was.
        REQUIRE(writer.waitForReadyRead(30000));
        QThread::usleep(random() % 40000);
        writer.kill();
        REQUIRE(writer.waitForFinished(30000));
        const QByteArray output = writer.readAllStandardOutput();
        const QList<QByteArray> lines = output.split('\n');
        for (const QByteArray &line : lines) {
            bool ok = false;
            const int value = line.toInt(&ok);
            if (ok) {
                acknowledged.insert(value);
                next = qMax(next, value + 1);
            }
        }
        // The killed writer may have committed one more change than it could
        // report; start the next one beyond it.
        next += 1;

        auto store = openStore(path);
        const auto report = store->check();
        REQUIRE(report.ok());
        INFO("round " << round);
        CHECK(report->integrityProblems.isEmpty());
        CHECK(report->auditProblems.isEmpty());
        QSet<int> stored;
        for (const Person &person : store->persons().value())
            stored.insert(person.givenName.toInt());
        INFO("this round printed " << output.left(60).toStdString() << " … " << output.right(60).toStdString());
        for (const int value : std::as_const(acknowledged)) {
            INFO("change " << value);
            REQUIRE(stored.contains(value));
        }
    }
    CHECK(acknowledged.size() > 25);
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
    std::atomic<bool> stop{false};
    std::atomic<int> written{0}, writeFailures{0};
    auto writer = [&](int number) {
        // Catch's assertions belong to the test's own thread: a store that
        // will not open counts as a refused write.
        auto opened = Store::open(path);
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
    QThread *first = QThread::create(writer, 1);
    QThread *second = QThread::create(writer, 2);
    first->start();
    second->start();
    for (int waited = 0; written.load() < 20 && waited < 2000; ++waited)
        QThread::msleep(5);
    INFO("before the checks: written " << written.load() << ", refused " << writeFailures.load());
    int falseReports = 0, runs = 0;
    const int before = written.load();
    {
        auto checker = openStore(path);
        for (; runs < 60; ++runs) {
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
    delete first;
    delete second;
    INFO("writes " << written.load() << " (" << written.load() - before << " during the checks), refused "
                   << writeFailures.load());
    CHECK(written.load() - before > 20); // the checks ran beside the writers
    CHECK(falseReports == 0);
    CHECK(openStore(path)->check()->ok());
}
