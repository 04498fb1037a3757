#pragma once

// Workspaces with a small catalog and launches written through core, for the launch tiering
// UI tests (the lead's demo data changes; these tests own their data).
#include <QString>

#include <array>
#include <cstdint>
#include <string>

#include "launches/launch.h"

namespace pmm::storage {
class Workspace;
}

namespace pmm::uitest {

class TempFolder;

struct LaunchCatalog {
    std::int64_t alex = 0;  // people
    std::int64_t sam = 0;
    std::int64_t billing = 0;  // products
    std::int64_t insights = 0;
};

// Adds two people and two products to an open workspace.
LaunchCatalog addLaunchCatalog(storage::Workspace& workspace);

// A launch of `quarter` scored {revenue, urgency, demand} (0 = not scored); `framed` gives
// it a complete customer outcome and success metric.
launches::Launch launchDraft(const std::string& name, std::int64_t productId, std::int64_t ownerId,
                             const std::string& quarter, std::array<int, 3> scores, bool framed);

// Stores `launch` through LaunchStore; returns its id.
std::int64_t addLaunch(storage::Workspace& workspace, const launches::Launch& launch);

}  // namespace pmm::uitest
