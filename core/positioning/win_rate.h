#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "positioning/positioning_facts.h"
#include "positioning/wilson.h"

namespace pmm::positioning {

// Deals won and lost (decided) and ended without a decision; the win rate is won of decided.
struct WinRate {
    int won = 0;
    int lost = 0;
    int noDecision = 0;
    Interval interval;    // Wilson 95 % of won out of decided
    bool enough = false;  // decided >= the minimum: otherwise "too few deals to judge"

    int decided() const { return won + lost; }
    double rate() const { return decided() == 0 ? 0.0 : static_cast<double>(won) / decided(); }
    void add(Outcome outcome);
    // Sets the interval and `enough` once every deal was added.
    void finish(int minDeals);
    // "42 % (5 of 12 decided, 95 % 19-68 %)" or "too few deals to judge (2 decided)".
    std::string describe() const;
};

struct CompetitorQuarterWinRate {
    std::int64_t competitorId = 0;
    int quarter = 0;  // quarterIndex(); quarterText() for "2026-Q3"
    WinRate winRate;
};

struct AngleWinRate {
    std::int64_t competitorId = 0;
    int angle = 0;  // index into PositioningFacts::angles
    WinRate winRate;
};

// Win rate against each competitor in each quarter that has deals with it, ordered by
// competitor id then quarter. Deals without a competitor are left out.
std::vector<CompetitorQuarterWinRate> winRatesByQuarter(const PositioningFacts& facts,
                                                        int minDeals);

// Win rate of each decision-tree angle the reps led with, against each competitor, ordered
// by competitor id then angle text. Deals without an angle or a competitor are left out.
std::vector<AngleWinRate> angleWinRates(const PositioningFacts& facts, int minDeals);

}  // namespace pmm::positioning
