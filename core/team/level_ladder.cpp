#include "team/level_ladder.h"

#include <algorithm>

namespace pmm::team {

LevelLadder::LevelLadder(std::vector<catalog::Level> levels) : m_levels(std::move(levels)) {
    std::sort(m_levels.begin(), m_levels.end(),
              [](const catalog::Level& a, const catalog::Level& b) { return a.rank < b.rank; });
}

bool LevelLadder::contains(int rank) const {
    return find(rank).has_value();
}

std::optional<catalog::Level> LevelLadder::find(int rank) const {
    for (const catalog::Level& level : m_levels) {
        if (level.rank == rank) {
            return level;
        }
    }
    return std::nullopt;
}

std::string LevelLadder::name(int rank) const {
    const auto level = find(rank);
    return level ? level->name : "level " + std::to_string(rank);
}

std::optional<catalog::Level> LevelLadder::next(int rank) const {
    for (const catalog::Level& level : m_levels) {
        if (level.rank > rank) {
            return level;
        }
    }
    return std::nullopt;
}

std::optional<catalog::Level> LevelLadder::previous(int rank) const {
    for (auto it = m_levels.rbegin(); it != m_levels.rend(); ++it) {
        if (it->rank < rank) {
            return *it;
        }
    }
    return std::nullopt;
}

std::optional<catalog::Level> LevelLadder::top() const {
    if (m_levels.empty()) {
        return std::nullopt;
    }
    return m_levels.back();
}

}  // namespace pmm::team
