#pragma once

#include <filesystem>

namespace pmm::bench {

// The `large` demo workspace the benchmarks read, generated on first use (seed 1).
const std::filesystem::path& largeWorkspace();

void removeWorkspace(const std::filesystem::path& path);

}  // namespace pmm::bench
