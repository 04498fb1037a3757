#pragma once

#include <string>

namespace pmm::storage {

class Workspace;

// What a JSON export leaves out because the format has no section for it yet (win/loss
// records, positioning statements and reviews): one sentence saying so, for the export to
// show beside its counts, or empty when the workspace holds none of it.
std::string recordsLeftOutOfExport(const Workspace& workspace);

}  // namespace pmm::storage
