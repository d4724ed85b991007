#!/usr/bin/env python3
"""Expected draws of Pykälä's lots, worked out from the documented algorithm
(docs/procedure.md, Elections: "the C++ standard's fully specified mt19937 with
rejection sampling"), without the C++ code.

  * The engine is MT19937 as the C++ standard specifies std::mt19937
    ([rand.eng.mt], [rand.predef]): w=32, n=624, m=397, r=31,
    a=0x9908b0df, u=11, d=0xffffffff, s=7, b=0x9d2c5680, t=15,
    c=0xefc60000, l=18, f=1812433253, seeded with the 32-bit seed.
  * A number below `bound` takes the engine's next 32-bit output, rejecting
    outputs above 2^32 - (2^32 mod bound) - 1, and is that output mod bound.
  * An order of `count` alternatives: start from [0, 1, …, count-1]; while
    alternatives remain, draw k below their number and take out the k-th;
    the alternatives in the order they were taken out. A draw of one among
    `count` is the first number below `count` of a fresh engine.

Run: python3 tests/data/lots/lots.py
"""


class MT19937:
    def __init__(self, seed):
        self.mt = [seed & 0xFFFFFFFF]
        for i in range(1, 624):
            prev = self.mt[-1]
            self.mt.append((1812433253 * (prev ^ (prev >> 30)) + i) & 0xFFFFFFFF)
        self.index = 624

    def _twist(self):
        mt = self.mt
        for i in range(624):
            y = (mt[i] & 0x80000000) | (mt[(i + 1) % 624] & 0x7FFFFFFF)
            mt[i] = mt[(i + 397) % 624] ^ (y >> 1) ^ (0x9908B0DF if y & 1 else 0)
        self.index = 0

    def __call__(self):
        if self.index >= 624:
            self._twist()
        y = self.mt[self.index]
        self.index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        y ^= y >> 18
        return y & 0xFFFFFFFF


def below(engine, bound):
    limit = 2**32 - (2**32 % bound) - 1
    while True:
        value = engine()
        if value <= limit:
            return value % bound


def draw(seed, count):
    if count <= 1:
        return 0
    return below(MT19937(seed), count)


def order(seed, count):
    engine = MT19937(seed)
    remaining = list(range(count))
    drawn = []
    while remaining:
        drawn.append(remaining.pop(below(engine, len(remaining))))
    return drawn


# The standard's check of the engine ([rand.predef]): the 10000th output of a
# default-constructed std::mt19937 (seed 5489) is 4123659995.
engine = MT19937(5489)
for _ in range(9999):
    engine()
assert engine() == 4123659995

if __name__ == "__main__":
    # The draws the tests expect (tests/core/test_procedure.cpp,
    # tests/core/test_meetingrecord.cpp).
    print("draw(42, 5) =", draw(42, 5))
    print("order(7, 4) =", order(7, 4))
    engine = MT19937(4)
    print("seed 4, first outputs:", [engine() for _ in range(3)],
          "- below 1500000000, outputs above", 2**32 - (2**32 % 1500000000) - 1, "are drawn again")
    print("draw(4, 1500000000) =", draw(4, 1500000000))
    for seed in (1, 2, 3, 4, 11):
        print(f"order({seed}, 2) =", order(seed, 2))
