#pragma once

#include "model/codes.h"

// Quorum (päätösvaltaisuus, kuntalaki 103 §): the council needs at least two
// thirds of its members present, other bodies more than half. Members
// present include deputies present in a member's place; disqualified members
// are not present for that item.
struct Quorum
{
    int seats = 0;      // the body's number of members
    int present = 0;    // members (or their deputies) present and entitled
    int required = 0;   // the least number present for quorum

    bool reached() const { return seats > 0 && present >= required; }

    static int requiredFor(QuorumRule rule, int seats);
    static Quorum of(QuorumRule rule, int seats, int present);
};
