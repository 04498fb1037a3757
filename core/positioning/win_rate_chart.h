#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "positioning/positioning_facts.h"
#include "positioning/win_rate.h"

namespace pmm::positioning {

// A competitor's deals over every quarter, for choosing what the chart shows.
struct CompetitorDealTotal {
    std::int64_t competitorId = 0;
    int decided = 0;
    int deals = 0;  // decided and no decision
};

// Every competitor with deals, the most decided deals first (then by id).
std::vector<CompetitorDealTotal> competitorDealTotals(
    const std::vector<CompetitorQuarterWinRate>& rates);

// What the chart shows first: the `count` competitors with the most decided deals.
std::vector<std::int64_t> busiestCompetitors(const std::vector<CompetitorQuarterWinRate>& rates,
                                             int count);

// One competitor's line: a cell per quarter of the chart, nothing where it had no deal.
struct WinRateLine {
    std::int64_t competitorId = 0;
    std::string competitor;
    std::vector<std::optional<WinRate>> cells;  // parallel to WinRateChart::quarters
};

// The win-rate chart as numbers: consecutive quarters from the first to the last one in
// which a chosen competitor had a deal, and a line per chosen competitor in the order given.
struct WinRateChart {
    std::vector<int> quarters;  // quarterIndex(); quarterText() for "2026-Q3"
    std::vector<WinRateLine> lines;
};

// `rates` as winRatesByQuarter gives them; `competitors` names them (an unknown id keeps an
// empty name). A chosen competitor without deals gets a line of empty cells.
WinRateChart winRateChart(const std::vector<CompetitorQuarterWinRate>& rates,
                          const std::vector<CompetitorFact>& competitors,
                          const std::vector<std::int64_t>& chosen);

}  // namespace pmm::positioning
