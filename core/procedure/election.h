#pragma once

#include "model/result.h"

#include <QList>
#include <QString>
#include <QStringList>

// Elections (kuntalaki 105–106 §). A tie is decided by lot, recorded with its
// seed.
namespace Election {

struct Candidate
{
    QString name;
    int votes = 0;
};

// A lot drawn between candidates tied at the last seat(s).
struct LotDraw
{
    QStringList tied;       // in the order they were given
    quint32 seed = 0;
    QStringList order;      // the order the lot put them in
};

struct MajorityResult
{
    QList<Candidate> ranking; // most votes first; ties in the order the lot decided
    QStringList elected;
    QList<LotDraw> lots;
};

// A majority election: the `seats` candidates with the most votes are
// elected; a tie at the last seat is decided by lot with `seed`.
Result<MajorityResult> majority(const QList<Candidate> &candidates, int seats, quint32 seed);

// The number of present members whose demand makes an election proportional:
// present members ÷ (seats + 1), rounded up [check].
int proportionalDemandThreshold(int presentMembers, int seats);

struct CandidateList
{
    QString name;           // e.g. "KESK-lista"
    QStringList candidates; // in the list's order
    int votes = 0;          // ballots cast for the list
};

// A candidate's comparison number (vertausluku): the list's votes divided by
// the candidate's place on the list.
struct ComparisonNumber
{
    QString candidate;
    QString list;
    int place = 0;           // 1 for the list's first candidate
    int listVotes = 0;
    double value() const { return double(listVotes) / place; }
};

struct ProportionalResult
{
    QList<ComparisonNumber> numbers; // highest first
    QStringList elected;
    QList<LotDraw> lots;
};

// A proportional election with candidate lists: comparison numbers are each
// list's votes ÷ 1, 2, 3… in candidate order; the highest numbers win the
// seats; a tie at the last seat is decided by lot with `seed`.
Result<ProportionalResult> proportional(const QList<CandidateList> &lists, int seats, quint32 seed);

} // namespace Election
