#include "election.h"

#include "lot.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Election {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Election", text);
}

// Orders items by a score (highest first) and resolves a tie that straddles
// the last seat by lot. `better(a, b)` is a strict order, `same(a, b)` equal
// score; `name(x)` names an item for the record.
template<typename T, typename Better, typename Same, typename Name>
QList<LotDraw> rankWithLot(QList<T> &items, int seats, quint32 seed, Better better, Same same, Name name)
{
    std::stable_sort(items.begin(), items.end(), better);
    QList<LotDraw> lots;
    if (seats <= 0 || seats >= items.size())
        return lots;
    // The group tied with the last elected item.
    qsizetype first = seats - 1;
    while (first > 0 && same(items.at(first - 1), items.at(seats - 1)))
        --first;
    qsizetype last = seats - 1;
    while (last + 1 < items.size() && same(items.at(last + 1), items.at(seats - 1)))
        ++last;
    if (last < seats)
        return lots; // nobody outside the seats is tied with the last one in
    const QList<T> tied = items.mid(first, last - first + 1);
    LotDraw draw;
    draw.seed = seed;
    for (const T &item : tied)
        draw.tied.append(name(item));
    const QList<int> order = Lot::order(seed, int(tied.size()));
    for (qsizetype i = 0; i < order.size(); ++i) {
        items[first + i] = tied.at(order.at(i));
        draw.order.append(name(tied.at(order.at(i))));
    }
    lots.append(draw);
    return lots;
}

} // namespace

Result<MajorityResult> majority(const QList<Candidate> &candidates, int seats, quint32 seed)
{
    if (seats < 1)
        return Failure{tr("An election fills at least one seat.")};
    if (candidates.isEmpty())
        return Failure{tr("An election needs candidates.")};
    QSet<QString> names;
    for (const Candidate &candidate : candidates) {
        if (candidate.votes < 0)
            return Failure{tr("Candidate %1 cannot have a negative number of votes.").arg(candidate.name)};
        if (names.contains(candidate.name))
            return Failure{tr("Candidate %1 is named twice.").arg(candidate.name)};
        names.insert(candidate.name);
    }
    MajorityResult result;
    result.ranking = candidates;
    result.lots = rankWithLot(
        result.ranking, seats, seed, [](const Candidate &a, const Candidate &b) { return a.votes > b.votes; },
        [](const Candidate &a, const Candidate &b) { return a.votes == b.votes; },
        [](const Candidate &c) { return c.name; });
    for (qsizetype i = 0; i < result.ranking.size() && i < seats; ++i)
        result.elected.append(result.ranking.at(i).name);
    return result;
}

int proportionalDemandThreshold(int presentMembers, int seats)
{
    if (seats < 1 || presentMembers < 1)
        return 1;
    return (presentMembers + seats) / (seats + 1); // ceil(present / (seats + 1))
}

Result<ProportionalResult> proportional(const QList<CandidateList> &lists, int seats, quint32 seed)
{
    if (seats < 1)
        return Failure{tr("An election fills at least one seat.")};
    QSet<QString> candidates;
    ProportionalResult result;
    for (const CandidateList &list : lists) {
        if (list.votes < 0)
            return Failure{tr("List %1 cannot have a negative number of votes.").arg(list.name)};
        if (list.candidates.isEmpty())
            return Failure{tr("List %1 has no candidates.").arg(list.name)};
        for (qsizetype i = 0; i < list.candidates.size(); ++i) {
            const QString &candidate = list.candidates.at(i);
            if (candidates.contains(candidate))
                return Failure{tr("Candidate %1 stands on two lists or twice on one.").arg(candidate)};
            candidates.insert(candidate);
            result.numbers.append({candidate, list.name, int(i) + 1, list.votes});
        }
    }
    if (result.numbers.isEmpty())
        return Failure{tr("An election needs candidates.")};
    // Compare votes/place exactly: a/p > b/q  ⇔  a·q > b·p.
    auto better = [](const ComparisonNumber &a, const ComparisonNumber &b) {
        return qint64(a.listVotes) * b.place > qint64(b.listVotes) * a.place;
    };
    auto same = [](const ComparisonNumber &a, const ComparisonNumber &b) {
        return qint64(a.listVotes) * b.place == qint64(b.listVotes) * a.place;
    };
    result.lots = rankWithLot(result.numbers, seats, seed, better, same,
                              [](const ComparisonNumber &n) { return n.candidate; });
    for (qsizetype i = 0; i < result.numbers.size() && i < seats; ++i) {
        if (result.numbers.at(i).listVotes > 0)
            result.elected.append(result.numbers.at(i).candidate);
    }
    return result;
}

} // namespace Election
