#pragma once

#include <QElapsedTimer>
#include <QTest>

// Lets the event loop run until `condition` holds or `ms` pass (UI tests).
template<typename Condition>
bool waitUntil(Condition condition, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > ms)
            return false;
        QTest::qWait(20);
    }
    return true;
}
