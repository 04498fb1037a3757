#pragma once

#include <cstddef>
#include <string>

namespace pmm::interchange {

// What an import does (or, in a dry run, would do) to one entity.
struct ChangeCounts {
    std::string entity;  // the section's key: "people", "tier_rules", ...
    std::size_t added = 0;
    std::size_t updated = 0;
    std::size_t unchanged = 0;

    friend bool operator==(const ChangeCounts&, const ChangeCounts&) = default;
};

}  // namespace pmm::interchange
