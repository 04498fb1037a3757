#pragma once

#include <cstdint>
#include <random>

#include "util/dates.h"

namespace pmm::storage {
class Workspace;
}

namespace pmm::demo {

// The day demo refresh dates are laid out from (late 2026, like the demo launches), so a
// seed always gives the same cards. Seen on that day, most cards are current, some due
// soon, some stale and the cards of a few competitors refresh required.
inline constexpr Date kDemoCardsDay{2026, 11, 20};

// Adds about `count` battlecards for the competitors and segments already in the workspace:
// every competitor gets cards in count / competitors segments (at most all of them), each
// card 2-4 KB of text in every section with some internal-only lines, owned by the
// segment's owner (now and then someone else), with its revision history; and a log of
// competitor launches that flagged their cards. Large counts keep a full history for one
// card in fifty and a single refresh revision for the rest (snapshots are the bulk of the
// file: a full history for 50,000 cards would add some 250 MB). Draws from `random` (fillDemoData's
// generator). The caller holds the transaction. Throws WorkspaceError.
void fillDemoBattlecards(storage::Workspace& workspace, int count, std::mt19937_64& random);

}  // namespace pmm::demo
