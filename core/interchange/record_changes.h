#pragma once

#include <vector>

namespace pmm::interchange {

// What an import does to one entity: records of the file to add (their uid is new to the
// workspace) and to update (their uid exists, and something differs). Pointers into the
// file's data, which outlives the write.
template <class Record>
struct RecordChanges {
    std::vector<const Record*> added;
    std::vector<const Record*> updated;

    bool empty() const { return added.empty() && updated.empty(); }
};

}  // namespace pmm::interchange
