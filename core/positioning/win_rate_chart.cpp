#include "positioning/win_rate_chart.h"

#include <algorithm>
#include <unordered_map>

namespace pmm::positioning {

std::vector<CompetitorDealTotal> competitorDealTotals(
    const std::vector<CompetitorQuarterWinRate>& rates) {
    std::vector<CompetitorDealTotal> totals;
    for (const CompetitorQuarterWinRate& cell : rates) {  // ordered by competitor
        if (totals.empty() || totals.back().competitorId != cell.competitorId) {
            totals.push_back({cell.competitorId, 0, 0});
        }
        totals.back().decided += cell.winRate.decided();
        totals.back().deals += cell.winRate.decided() + cell.winRate.noDecision;
    }
    std::ranges::stable_sort(totals,
                             [](const CompetitorDealTotal& a, const CompetitorDealTotal& b) {
                                 return a.decided > b.decided;
                             });
    return totals;
}

std::vector<std::int64_t> busiestCompetitors(const std::vector<CompetitorQuarterWinRate>& rates,
                                             int count) {
    std::vector<std::int64_t> ids;
    for (const CompetitorDealTotal& total : competitorDealTotals(rates)) {
        if (static_cast<int>(ids.size()) >= count) {
            break;
        }
        ids.push_back(total.competitorId);
    }
    return ids;
}

WinRateChart winRateChart(const std::vector<CompetitorQuarterWinRate>& rates,
                          const std::vector<CompetitorFact>& competitors,
                          const std::vector<std::int64_t>& chosen) {
    std::unordered_map<std::int64_t, std::size_t> lineOf;
    WinRateChart chart;
    for (const std::int64_t id : chosen) {
        if (lineOf.try_emplace(id, chart.lines.size()).second) {
            const auto named = std::ranges::find(competitors, id, &CompetitorFact::id);
            chart.lines.push_back(
                {id, named == competitors.end() ? std::string() : named->name, {}});
        }
    }
    std::optional<int> first;
    std::optional<int> last;
    for (const CompetitorQuarterWinRate& cell : rates) {
        if (lineOf.contains(cell.competitorId)) {
            first = std::min(first.value_or(cell.quarter), cell.quarter);
            last = std::max(last.value_or(cell.quarter), cell.quarter);
        }
    }
    for (int quarter = first.value_or(0); first && quarter <= *last; ++quarter) {
        chart.quarters.push_back(quarter);
    }
    for (WinRateLine& line : chart.lines) {
        line.cells.resize(chart.quarters.size());
    }
    for (const CompetitorQuarterWinRate& cell : rates) {
        const auto line = lineOf.find(cell.competitorId);
        if (line != lineOf.end()) {
            chart.lines[line->second].cells[static_cast<std::size_t>(cell.quarter - *first)] =
                cell.winRate;
        }
    }
    return chart;
}

}  // namespace pmm::positioning
