#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>

namespace pmm::team {

// The expectation text of every competency x level: what the level looks like, observably.
class ExpectationTable {
public:
    void set(std::int64_t competencyId, int levelRank, std::string text);
    // The text, or an empty one when none is written.
    const std::string& text(std::int64_t competencyId, int levelRank) const;
    bool has(std::int64_t competencyId, int levelRank) const;
    // Every written text of one competency, by level rank.
    std::map<int, std::string> ofCompetency(std::int64_t competencyId) const;
    std::size_t size() const { return m_texts.size(); }

private:
    std::map<std::pair<std::int64_t, int>, std::string> m_texts;
};

}  // namespace pmm::team
