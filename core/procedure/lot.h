#pragma once

#include <QList>
#include <QtGlobal>

// Drawing lots (arpa) reproducibly: a draw is a function of its seed, which is
// recorded with the result so that anyone can redo it. std::mt19937 is fully
// specified by the C++ standard, so the same seed gives the same draw
// everywhere.
namespace Lot {

// A fresh seed for a new draw.
quint32 newSeed();

// Picks one of `count` alternatives (0 … count-1).
int draw(quint32 seed, int count);

// Puts `count` alternatives in an order drawn by lot: the first of the
// returned indices won the draw, and so on.
QList<int> order(quint32 seed, int count);

} // namespace Lot
