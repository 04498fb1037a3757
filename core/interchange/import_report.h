#pragma once

#include <string>
#include <vector>

#include "interchange/change_counts.h"
#include "interchange/problem_list.h"

namespace pmm::interchange {

// The outcome of an import or a dry run: the problems that stopped it, or what it changed
// (would change) per entity.
struct ImportReport {
    ProblemList problems;
    std::vector<ChangeCounts> counts;  // per section, in dependency order
    bool written = false;              // false for a dry run and whenever there were problems
    bool replacedDefaultRule = false;  // the workspace's untouched default rule gave way

    bool valid() const { return problems.empty(); }
    // "12 problems, the first: /people/3/email: ..." for a one-line message.
    std::string problemSummary() const;
    // One line per entity, names padded to the longest: "people  12 added, 0 updated, ...".
    std::vector<std::string> countLines() const;
    std::size_t changedRecords() const;
};

}  // namespace pmm::interchange
