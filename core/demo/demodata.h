#pragma once

#include "model/result.h"

#include <QDate>

#include <functional>

class Store;

// Generated, realistic demo data for a fictional Finnish municipality: a
// council, an executive board and committees, members with personal deputies
// for each council term, meetings with agendas in Finnish, some confidential
// items with their legal basis, personal data marked in the text, and
// attachments. The word lists and item templates are in resources/demo/.
namespace DemoData {

struct Options
{
    int bodies = 5;          // 2 (council and board) to maxBodies
    int years = 2;           // calendar years of meetings, ending with asOf's year
    quint32 seed = 1;
    QDate asOf;              // meetings before this day have been held; null: today
    // Told how far the work is: `done` steps of `total` (the register, then
    // each body's meetings of each year). Called on the generating thread.
    std::function<void(int done, int total)> progress;
};

constexpr int maxBodies = 12;
constexpr int maxYears = 80; // enough for benchmarks at four times a 20-year archive

struct Summary
{
    int persons = 0;
    int bodies = 0;
    int meetings = 0;
    int items = 0;
    int attachments = 0;
};

// Fills an empty store in one transaction. The same options give the same data.
Result<Summary> generate(Store &store, const Options &options);

} // namespace DemoData
