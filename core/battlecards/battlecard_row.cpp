#include "battlecards/battlecard_row.h"

#include <algorithm>
#include <tuple>

namespace pmm::battlecards {

void sortForOwner(std::vector<BattlecardRow>& rows, std::optional<std::int64_t> signedIn) {
    const auto group = [&](const BattlecardRow& row) {
        const bool mine = signedIn && row.ownerId == signedIn;
        return mine && needsAttention(row.status) ? 0 : 1;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const BattlecardRow& a, const BattlecardRow& b) {
        return std::forward_as_tuple(group(a), urgencyRank(a.status), a.nextDue, a.competitor,
                                     a.segment) < std::forward_as_tuple(group(b),
                                                                        urgencyRank(b.status),
                                                                        b.nextDue, b.competitor,
                                                                        b.segment);
    });
}

}  // namespace pmm::battlecards
