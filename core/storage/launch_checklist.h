#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "launches/readiness.h"

namespace pmm::storage {
class Workspace;
}

namespace pmm::launches {

struct LaunchChecklistEntry {
    std::int64_t itemId = 0;
    int position = 1;
    std::string title;
    bool done = false;
};

// A launch's deliverables: the checklist of its tier in force under the rule version it was
// tiered with. Ticking writes at once and notifies {Launch, Updated, launch id}.
class LaunchChecklist {
public:
    explicit LaunchChecklist(storage::Workspace& workspace) : m_workspace(workspace) {}

    // In order; empty when the launch has no tier yet.
    std::vector<LaunchChecklistEntry> entries(std::int64_t launchId) const;
    Readiness readiness(std::int64_t launchId) const;
    // Throws WorkspaceError(Invalid) when the item is not on the launch's checklist.
    void setDone(std::int64_t launchId, std::int64_t itemId, bool done);

private:
    storage::Workspace& m_workspace;
};

}  // namespace pmm::launches
