#pragma once

#include <cstdint>
#include <optional>
#include <random>

#include "util/dates.h"

namespace pmm::storage {
class Workspace;
}

namespace pmm::demo {

// The last day of the demo's year of win/loss records; its triggers are shown as of it.
inline constexpr Date kDemoDealsEnd{2026, 11, 20};

// What the demo's positioning data singles out, for a guided tour and for the tests.
struct DemoPositioningHighlights {
    std::optional<std::int64_t> lossPatternCompetitor;  // 4 deals lost on pricing lately
    std::optional<std::int64_t> newCompetitor;          // first seen after the last review
    int deals = 0;
    int statements = 0;
    int reviews = 0;
};

// A year of win/loss records (to kDemoDealsEnd) for every competitor already in the
// workspace, `deals` in all, spread evenly: outcomes and loss reasons follow a steady
// rhythm per competitor, so only the seeded stories fire as triggers. The first competitor
// lost four deals on pricing in the last 90 days (a failed-deal pattern); the competitor
// first seen last (the demo's newest) has deals only since then and entered after the last
// review (a new-competitor entry). Angles are the "lead with" of the demo cards' decision
// trees. Also positioning statements with history for a few products and segments and two
// review that refined a statement (the demo's last). The caller holds the transaction.
DemoPositioningHighlights fillDemoPositioning(storage::Workspace& workspace, int deals,
                                              std::mt19937_64& random);

}  // namespace pmm::demo
