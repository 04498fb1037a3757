#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "positioning/deal_import_plan.h"

namespace pmm::storage {

class Workspace;

// The text of a CSV file; throws WorkspaceError(Io) when it cannot be read, or
// WorkspaceError(Invalid) above 256 MiB.
std::string readDealCsvFile(const std::filesystem::path& file);

// Plans the import of CSV text into `workspace` without writing: columns guessed from the
// header, then `columnChoices` ("field=Header") applied over the guess.
positioning::DealImportPlan planDealCsvImport(Workspace& workspace, std::string_view csvText,
                                              const std::vector<std::string>& columnChoices,
                                              const positioning::DealImportOptions& options);

}  // namespace pmm::storage
