#pragma once

#include <algorithm>
#include <cstddef>
#include <numeric>
#include <string>
#include <utility>
#include <vector>

namespace pmm::storage {

// Sorts records read in table order by uid, as the interchange format lists them: a table
// scan and this sort cost far less than reading through the uid index, a lookup per row.
// Sorts positions and moves each record once. `uidOf(record)` gives the uid.
template <class Record, class UidOf>
void sortByUid(std::vector<Record>& records, const UidOf& uidOf) {
    std::vector<std::size_t> order(records.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return uidOf(records[a]) < uidOf(records[b]); });
    std::vector<Record> sorted;
    sorted.reserve(records.size());
    for (const std::size_t index : order) {
        sorted.push_back(std::move(records[index]));
    }
    records = std::move(sorted);
}

template <class Record>
void sortByUid(std::vector<Record>& records) {
    sortByUid(records, [](const Record& record) -> const std::string& { return record.uid; });
}

}  // namespace pmm::storage
