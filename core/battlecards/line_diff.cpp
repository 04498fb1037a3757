#include "battlecards/line_diff.h"

#include <algorithm>
#include <cstdint>

namespace pmm::battlecards {

std::vector<Edit> diffSequences(std::size_t beforeCount, std::size_t afterCount,
                                const std::function<bool(std::size_t, std::size_t)>& equal,
                                std::size_t maxCells) {
    std::size_t prefix = 0;
    while (prefix < beforeCount && prefix < afterCount && equal(prefix, prefix)) {
        ++prefix;
    }
    std::size_t suffix = 0;
    while (suffix < beforeCount - prefix && suffix < afterCount - prefix &&
           equal(beforeCount - 1 - suffix, afterCount - 1 - suffix)) {
        ++suffix;
    }
    const std::size_t n = beforeCount - prefix - suffix;
    const std::size_t m = afterCount - prefix - suffix;

    std::vector<Edit> edits;
    edits.reserve(prefix + suffix + n + m);
    for (std::size_t i = 0; i < prefix; ++i) {
        edits.push_back({EditKind::Keep, i, i});
    }
    if (n > 0 && m > 0 && (n + 1) * (m + 1) <= maxCells) {
        // lengths[i][j]: LCS length of before[prefix+i..] and after[prefix+j..].
        const std::size_t width = m + 1;
        std::vector<std::uint32_t> lengths((n + 1) * width, 0);
        for (std::size_t i = n; i-- > 0;) {
            for (std::size_t j = m; j-- > 0;) {
                lengths[i * width + j] =
                    equal(prefix + i, prefix + j)
                        ? lengths[(i + 1) * width + j + 1] + 1
                        : std::max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
            }
        }
        std::size_t i = 0;
        std::size_t j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && equal(prefix + i, prefix + j)) {
                edits.push_back({EditKind::Keep, prefix + i++, prefix + j++});
            } else if (j == m ||
                       (i < n && lengths[(i + 1) * width + j] >= lengths[i * width + j + 1])) {
                edits.push_back({EditKind::Delete, prefix + i++, prefix + j});
            } else {
                edits.push_back({EditKind::Insert, prefix + i, prefix + j++});
            }
        }
    } else {
        for (std::size_t i = 0; i < n; ++i) {
            edits.push_back({EditKind::Delete, prefix + i, prefix});
        }
        for (std::size_t j = 0; j < m; ++j) {
            edits.push_back({EditKind::Insert, prefix + n, prefix + j});
        }
    }
    for (std::size_t k = 0; k < suffix; ++k) {
        edits.push_back({EditKind::Keep, beforeCount - suffix + k, afterCount - suffix + k});
    }
    return edits;
}

}  // namespace pmm::battlecards
