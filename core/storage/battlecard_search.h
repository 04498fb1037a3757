#pragma once

#include <string_view>
#include <vector>

#include "battlecards/search_hit.h"

namespace pmm::storage {

class Workspace;

// Full-text search over every battlecard (the FTS5 table battlecard_search), for as-you-type
// use: any text is a valid query (see ftsQueryFor), results come best first, each naming the
// card, where it matched and a snippet with the matches between kMatchStart and kMatchEnd.
class BattlecardSearch {
public:
    // Registers, once per connection, the two ranking helpers the query uses.
    explicit BattlecardSearch(Workspace& workspace);

    // Matches are ranked among the newest kRankedCandidates of them: a query that matches
    // more cards than that (words nearly every card holds) finds the best of the newest, in
    // as-you-type time, rather than the best of all, after a visible pause.
    static constexpr int kRankedCandidates = 5000;

    std::vector<battlecards::BattlecardSearchHit> search(std::string_view userText,
                                                         int limit = 50) const;

private:
    Workspace& m_workspace;
};

}  // namespace pmm::storage
