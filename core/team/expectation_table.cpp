#include "team/expectation_table.h"

#include <limits>

namespace pmm::team {

void ExpectationTable::set(std::int64_t competencyId, int levelRank, std::string text) {
    m_texts[{competencyId, levelRank}] = std::move(text);
}

const std::string& ExpectationTable::text(std::int64_t competencyId, int levelRank) const {
    static const std::string kNone;
    const auto found = m_texts.find({competencyId, levelRank});
    return found == m_texts.end() ? kNone : found->second;
}

bool ExpectationTable::has(std::int64_t competencyId, int levelRank) const {
    return !text(competencyId, levelRank).empty();
}

std::map<int, std::string> ExpectationTable::ofCompetency(std::int64_t competencyId) const {
    std::map<int, std::string> out;
    for (auto it = m_texts.lower_bound({competencyId, std::numeric_limits<int>::min()});
         it != m_texts.end() && it->first.first == competencyId; ++it) {
        out.emplace(it->first.second, it->second);
    }
    return out;
}

}  // namespace pmm::team
