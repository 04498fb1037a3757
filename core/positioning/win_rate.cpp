#include "positioning/win_rate.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <utility>
#include <vector>

namespace pmm::positioning {

namespace {

int percent(double share) {
    return static_cast<int>(std::lround(share * 100.0));
}

using CellKey = std::pair<std::int64_t, int>;  // competitor, key of the deal

struct CellKeyHash {
    std::size_t operator()(const CellKey& key) const noexcept {
        return std::hash<std::int64_t>{}(key.first * 1'000'003 + key.second);
    }
};

// Win rates per (competitor, key of the deal), in that order; deals without a competitor or
// with a negative key (no angle) are left out. Counted in a hash map (one lookup per deal
// over 200,000 deals), then the few thousand cells are sorted.
template <class KeyOf>
std::vector<std::pair<CellKey, WinRate>> tally(const PositioningFacts& facts, int minDeals,
                                               KeyOf keyOf) {
    std::unordered_map<CellKey, WinRate, CellKeyHash> counted;
    for (const DealFact& deal : facts.deals) {
        const int key = keyOf(deal);
        if (deal.competitorId != 0 && key >= 0) {
            counted[{deal.competitorId, key}].add(deal.outcome);
        }
    }
    std::vector<std::pair<CellKey, WinRate>> cells(counted.begin(), counted.end());
    std::ranges::sort(cells, {}, &std::pair<CellKey, WinRate>::first);
    for (auto& cell : cells) {
        cell.second.finish(minDeals);
    }
    return cells;
}

}  // namespace

void WinRate::add(Outcome outcome) {
    switch (outcome) {
        case Outcome::Won:
            ++won;
            break;
        case Outcome::Lost:
            ++lost;
            break;
        case Outcome::NoDecision:
            ++noDecision;
            break;
    }
}

void WinRate::finish(int minDeals) {
    interval = wilsonInterval(won, decided());
    enough = decided() >= minDeals;
}

std::string WinRate::describe() const {
    if (!enough) {
        return "too few deals to judge (" + std::to_string(decided()) + " decided)";
    }
    return std::to_string(percent(rate())) + " % (" + std::to_string(won) + " of " +
           std::to_string(decided()) + " decided, 95 % " + std::to_string(percent(interval.low)) +
           "-" + std::to_string(percent(interval.high)) + " %)";
}

std::vector<CompetitorQuarterWinRate> winRatesByQuarter(const PositioningFacts& facts,
                                                        int minDeals) {
    const auto cells = tally(facts, minDeals, [](const DealFact& deal) { return deal.quarter; });
    std::vector<CompetitorQuarterWinRate> rates;
    rates.reserve(cells.size());
    for (const auto& [key, winRate] : cells) {
        rates.push_back({key.first, key.second, winRate});
    }
    return rates;
}

std::vector<AngleWinRate> angleWinRates(const PositioningFacts& facts, int minDeals) {
    const auto cells = tally(facts, minDeals, [](const DealFact& deal) { return deal.angle; });
    std::vector<AngleWinRate> rates;
    rates.reserve(cells.size());
    for (const auto& [key, winRate] : cells) {
        rates.push_back({key.first, key.second, winRate});
    }
    const auto& angles = facts.angles;
    std::ranges::stable_sort(rates, [&](const AngleWinRate& a, const AngleWinRate& b) {
        if (a.competitorId != b.competitorId) {
            return a.competitorId < b.competitorId;
        }
        return angles.at(static_cast<std::size_t>(a.angle)) <
               angles.at(static_cast<std::size_t>(b.angle));
    });
    return rates;
}

}  // namespace pmm::positioning
