#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "interchange/workspace_data.h"

namespace pmm::storage {
class Workspace;
}

namespace pmm::interchange {

// The interchange document of `data` (see format.h): byte-identical for the same data.
std::string exportJson(const WorkspaceData& data);

struct ExportSummary {
    std::size_t bytes = 0;
    std::vector<std::pair<std::string, std::size_t>> counts;  // per section key, in order
};

// Exports the whole workspace to `output`, written atomically: on any failure the file
// that was there is unchanged. Throws storage::WorkspaceError.
ExportSummary exportWorkspace(storage::Workspace& workspace, const std::filesystem::path& output);

}  // namespace pmm::interchange
