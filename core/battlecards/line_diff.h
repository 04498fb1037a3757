#pragma once

#include <cstddef>
#include <functional>
#include <vector>

namespace pmm::battlecards {

// One step of turning a sequence `before` into `after`.
enum class EditKind { Keep, Insert, Delete };
struct Edit {
    EditKind kind;
    std::size_t before = 0;  // index into `before` (Keep, Delete)
    std::size_t after = 0;   // index into `after` (Keep, Insert)
    friend bool operator==(const Edit&, const Edit&) = default;
};

// The shortest edit script by longest common subsequence, in order of both sequences. The
// common prefix and suffix are matched directly; when
// the middle is too large for the quadratic table (more than `maxCells` cells) it is reported
// as deleted and inserted whole, which is correct if not minimal.
std::vector<Edit> diffSequences(std::size_t beforeCount, std::size_t afterCount,
                                const std::function<bool(std::size_t, std::size_t)>& equal,
                                std::size_t maxCells = 4'000'000);

}  // namespace pmm::battlecards
