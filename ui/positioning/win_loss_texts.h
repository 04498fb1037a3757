#pragma once

#include <QString>

#include "positioning/deal.h"
#include "positioning/deal_summary.h"
#include "positioning/win_rate.h"

namespace pmm::ui {

// "Won", "Lost", "No decision".
QString outcomeText(positioning::Outcome outcome);
// "1,234 records, 600 won, 500 lost, 134 no decision; win rate 55 % (interval 52–57 %)", or
// "…; too few decided deals to judge a win rate (3 decided, at least 5 needed)".
QString dealSummaryText(const positioning::DealSummary& summary, int minDeals);
// "42 %" or "too few deals to judge".
QString winRatePercentText(const positioning::WinRate& rate);
// "42 % (31–54 %)" or "too few deals to judge".
QString winRateText(const positioning::WinRate& rate);
// "2026-Q3: 42 % (31–54 %), 48 decided deals", for a chart point's tooltip.
QString winRatePointText(int quarter, const positioning::WinRate& rate);

}  // namespace pmm::ui
