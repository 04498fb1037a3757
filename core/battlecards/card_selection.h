#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "battlecards/battlecard_row.h"

namespace pmm::battlecards {

// Which cards a sales PDF holds: those of a competitor, of a segment, of both (one card) or,
// with neither, every card. Names are matched ignoring case (ASCII letters) and the white
// space around them.
struct CardSelection {
    std::string competitor;  // empty: any competitor
    std::string segment;     // empty: any segment
};

// The selected cards' ids in reading order (competitor, then segment, by name), or the one
// sentence that says why there are none:
//   "unknown competitor 'Acmee' (did you mean 'Acme'?)"
//   "no battlecards for competitor 'Acme' in segment 'SMB'"
// `competitors` and `segments` are every name of the workspace, for the suggestions.
struct CardSelectionResult {
    std::vector<std::int64_t> cardIds;
    std::string problem;  // empty when cards were found
};
CardSelectionResult selectCards(const std::vector<BattlecardRow>& rows,
                                const CardSelection& selection,
                                const std::vector<std::string>& competitors,
                                const std::vector<std::string>& segments);

// Equal ignoring ASCII case and surrounding white space.
bool sameName(std::string_view a, std::string_view b);
// Up to `limit` names close to `typed` (a few edits away, or containing it), closest first.
std::vector<std::string> closeNames(std::string_view typed, const std::vector<std::string>& names,
                                    std::size_t limit = 3);

}  // namespace pmm::battlecards
