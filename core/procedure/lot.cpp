#include "lot.h"

#include <QRandomGenerator>

#include <random>

namespace Lot {

namespace {

// A uniform number below `bound`: rejection sampling keeps every
// alternative equally likely.
int below(std::mt19937 &engine, int bound)
{
    const quint32 n = quint32(bound);
    const quint32 limit = 0xFFFFFFFFu - (0xFFFFFFFFu % n + 1) % n;
    quint32 value = 0;
    do {
        value = quint32(engine());
    } while (value > limit);
    return int(value % n);
}

} // namespace

quint32 newSeed()
{
    return QRandomGenerator::system()->generate();
}

int draw(quint32 seed, int count)
{
    if (count <= 1)
        return 0;
    std::mt19937 engine(seed);
    return below(engine, count);
}

QList<int> order(quint32 seed, int count)
{
    QList<int> remaining;
    for (int i = 0; i < count; ++i)
        remaining.append(i);
    std::mt19937 engine(seed);
    QList<int> drawn;
    while (!remaining.isEmpty())
        drawn.append(remaining.takeAt(below(engine, int(remaining.size()))));
    return drawn;
}

} // namespace Lot
