#include <catch2/catch.hpp>

#include "testsupport.h"

#include <QProcess>
#include <QSet>
#include <QThread>

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
