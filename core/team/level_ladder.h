#pragma once

#include <optional>
#include <string>
#include <vector>

#include "catalog/catalog_types.h"

namespace pmm::team {

// The career levels in rank order, with the questions the skills matrix asks of them: what a
// rank is called, and which level comes next. Ranks need not be consecutive (an import may add
// one); "next" is the lowest rank above.
class LevelLadder {
public:
    LevelLadder() = default;
    explicit LevelLadder(std::vector<catalog::Level> levels);

    const std::vector<catalog::Level>& levels() const { return m_levels; }
    bool contains(int rank) const;
    std::optional<catalog::Level> find(int rank) const;
    // The level's name, or "level 7" for a rank the ladder does not hold.
    std::string name(int rank) const;
    // The level above `rank`; nothing at the top.
    std::optional<catalog::Level> next(int rank) const;
    // The level below `rank`; nothing at the bottom.
    std::optional<catalog::Level> previous(int rank) const;
    std::optional<catalog::Level> top() const;

private:
    std::vector<catalog::Level> m_levels;  // by rank
};

}  // namespace pmm::team
