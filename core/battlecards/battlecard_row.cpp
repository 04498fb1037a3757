#include "battlecards/battlecard_row.h"

#include <algorithm>

namespace pmm::battlecards {

void sortForOwner(std::vector<BattlecardRow>& rows, std::optional<std::int64_t> signedIn) {
    // The numeric part of each row's key is computed once: the table holds up to 50,000
    // rows and is re-sorted whenever the signed-in person changes.
    struct Key {
        long rank;  // group, urgency and due date in one number
        std::size_t row;
    };
    std::vector<Key> keys(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const BattlecardRow& row = rows[i];
        const bool first = signedIn && row.ownerId == signedIn && needsAttention(row.status);
        // Due dates lie within a few centuries of 1970: a million days keeps them apart.
        keys[i] = {(first ? 0L : 8'000'000L) + urgencyRank(row.status) * 2'000'000L +
                       daysSinceEpoch(row.nextDue),
                   i};
    }
    std::stable_sort(keys.begin(), keys.end(), [&](const Key& a, const Key& b) {
        if (a.rank != b.rank) {
            return a.rank < b.rank;
        }
        const BattlecardRow& x = rows[a.row];
        const BattlecardRow& y = rows[b.row];
        if (x.competitor != y.competitor) {
            return x.competitor < y.competitor;
        }
        return x.segment < y.segment;
    });
    std::vector<BattlecardRow> sorted;
    sorted.reserve(rows.size());
    for (const Key& key : keys) {
        sorted.push_back(std::move(rows[key.row]));
    }
    rows = std::move(sorted);
}

}  // namespace pmm::battlecards
