#pragma once

#include <vector>

#include "cli/command.h"

namespace pmm::cli {

// import-deals: win/loss records from a CRM's CSV export (commands_deals.cpp).
std::vector<Command> dealCommands();

}  // namespace pmm::cli
