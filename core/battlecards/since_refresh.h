#pragma once

#include <optional>
#include <string>
#include <vector>

#include "battlecards/battlecard.h"
#include "battlecards/card_diff.h"
#include "battlecards/revision.h"

namespace pmm::battlecards {

// What happened to a card since its owner last confirmed it: the saves after the last
// refresh (or after creation, for a card never refreshed), who made them, and the diff from
// that point to now.
struct SinceRefreshSummary {
    std::optional<RevisionInfo> base;  // the revision compared against; empty without history
    std::vector<RevisionInfo> saves;   // later saves, oldest first
    std::vector<std::string> editors;  // distinct names, in order of their first save
    CardDiff diff;
    // "Since the refresh of 2026-05-02: 2 saves by Maya Okafor and Jonas Berg. Why we win: 1
    // added." or "No changes since the refresh of 2026-05-02."
    std::string sentence;
};

// The revision a summary compares against: the newest refresh, else the oldest revision.
std::optional<RevisionInfo> refreshBase(const std::vector<RevisionInfo>& history);

// `history` in any order; `atBase` is the content of refreshBase(history); `current` the
// card's text now.
SinceRefreshSummary summarizeSinceRefresh(const std::vector<RevisionInfo>& history,
                                          const BattlecardContent& atBase,
                                          const BattlecardContent& current);

}  // namespace pmm::battlecards
