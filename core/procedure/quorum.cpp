#include "quorum.h"

int Quorum::requiredFor(QuorumRule rule, int seats)
{
    if (seats <= 0)
        return 1;
    switch (rule) {
    case QuorumRule::TwoThirds:
        return (2 * seats + 2) / 3; // at least two thirds: ceil(2n/3)
    case QuorumRule::MoreThanHalf:
        return seats / 2 + 1;       // more than half: floor(n/2) + 1
    }
    return seats / 2 + 1;
}

Quorum Quorum::of(QuorumRule rule, int seats, int present)
{
    return Quorum{seats, present, requiredFor(rule, seats)};
}
