#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace pmm::storage {
class Workspace;
}

namespace pmm::demo {

enum class DemoSize { Small, Medium, Large };

// Bump whenever fillDemoData makes different data, so cached benchmark workspaces are
// regenerated. Stored in the workspace setting "demo.generator".
inline constexpr int kDemoGeneratorVersion = 6;

std::optional<DemoSize> parseDemoSize(std::string_view word);

// How many of each thing a size makes; later capabilities add their own counts.
struct DemoCounts {
    int people = 0;
    int products = 0;
    int segments = 0;
    int competitors = 0;
    int launches = 0;
    int battlecards = 0;  // competitors x segments must reach it (large: 1000 x 50)
    int deals = 0;        // win/loss records over a year, spread over every competitor
};
DemoCounts demoCounts(DemoSize size);

// Fills a workspace with realistic, deterministic demo data (same seed, same data) in one
// transaction: nothing is written if any part fails. Throws WorkspaceError.
void fillDemoData(storage::Workspace& workspace, DemoSize size, std::uint64_t seed);

// True when the workspace holds no people, products, segments or competitors yet.
bool isEmptyWorkspace(storage::Workspace& workspace);

}  // namespace pmm::demo
