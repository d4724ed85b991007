// What the two engines share: finding one, and reading its change counter.

#include "storeengine.h"

#include "statement.h"

#include <algorithm>
#include <cmath>
#include <numeric>

const StoreEngine &sqliteEngine();
const StoreEngine &postgresqlEngine();

const StoreEngine &StoreEngine::of(Connection::Kind kind)
{
    return kind == Connection::Kind::Postgresql ? postgresqlEngine() : sqliteEngine();
}

Result<qint64> StoreEngine::changeCounter(const Connection &db) const
{
    Statement query(db, changeCounterQuery());
    if (!query.exec() || !query.next())
        return Result<qint64>::failure(query.errorMessage());
    return query.value(0).toLongLong();
}

std::vector<double> SearchRanking::bm25(const MatchCounts &matches)
{
    const double k1 = 1.2;
    const double b = 0.75;
    const double averageLength = double(matches.words) / double(matches.entries);
    const size_t phrases = matches.holding.size();
    std::vector<double> idf(phrases);
    for (size_t p = 0; p < phrases; ++p) {
        const double holding = double(matches.holding[p]);
        idf[p] = std::log((double(matches.entries) - holding + 0.5) / (holding + 0.5));
        if (idf[p] <= 0.0)
            idf[p] = 1e-6;
    }
    std::vector<double> ranks(matches.ids.size());
    for (size_t r = 0; r < ranks.size(); ++r) {
        const double length = double(matches.lengths[r]);
        double score = 0.0;
        for (size_t p = 0; p < phrases; ++p) {
            const double frequency = matches.frequencies[r * phrases + p];
            score += idf[p] * ((frequency * (k1 + 1.0)) / (frequency + k1 * (1 - b + b * length / averageLength)));
        }
        ranks[r] = -1.0 * score;
    }
    return ranks;
}

std::vector<size_t> SearchRanking::contenders(const std::vector<double> &ranks, bool newest, int limit)
{
    std::vector<size_t> all(ranks.size());
    std::iota(all.begin(), all.end(), size_t(0));
    if (newest || limit <= 0 || all.size() <= size_t(limit))
        return all;
    std::vector<double> sorted = ranks;
    std::nth_element(sorted.begin(), sorted.begin() + (limit - 1), sorted.end());
    const double last = sorted[size_t(limit - 1)];
    std::vector<size_t> kept;
    for (size_t r = 0; r < ranks.size(); ++r) {
        if (ranks[r] <= last)
            kept.push_back(r);
    }
    return kept;
}

QList<RankedMatch> SearchRanking::best(const MatchCounts &matches, const std::vector<double> &ranks,
                                       const std::vector<size_t> &contenders, const std::vector<qint64> &places, bool newest,
                                       int limit)
{
    // Where each contender stands in `places`.
    std::vector<size_t> order(contenders.size());
    std::iota(order.begin(), order.end(), size_t(0));
    const size_t kept = std::min(order.size(), size_t(std::max(limit, 0)));
    std::partial_sort(order.begin(), order.begin() + qsizetype(kept), order.end(), [&](size_t left, size_t right) {
        const double leftRank = ranks[contenders[left]];
        const double rightRank = ranks[contenders[right]];
        if (!newest && leftRank != rightRank)
            return leftRank < rightRank;
        return places[left] < places[right];
    });
    QList<RankedMatch> best;
    best.reserve(qsizetype(kept));
    for (size_t i = 0; i < kept; ++i) {
        const size_t r = contenders[order[i]];
        best.append({matches.ids[r], ranks[r]});
    }
    return best;
}
