#include "team/assessment.h"

#include <map>
#include <utility>

namespace pmm::team {

bool isNewer(const std::string& dateA, std::int64_t idA, const std::string& dateB,
             std::int64_t idB) {
    return dateA != dateB ? dateA > dateB : idA > idB;
}

std::vector<LatestRating> latestRatings(const std::vector<Assessment>& assessments) {
    std::map<std::pair<std::int64_t, std::int64_t>, const Assessment*> newest;
    for (const Assessment& assessment : assessments) {
        auto& slot = newest[{assessment.personId, assessment.competencyId}];
        if (slot == nullptr ||
            isNewer(assessment.assessedOn, assessment.id, slot->assessedOn, slot->id)) {
            slot = &assessment;
        }
    }
    std::vector<LatestRating> out;
    out.reserve(newest.size());
    for (const auto& [key, a] : newest) {
        out.push_back({a->id, a->personId, a->competencyId, a->assessedOn, a->demonstratedLevel,
                       a->selfRating, a->managerRating, a->evidence, a->assessorName,
                       static_cast<int>(a->links.size())});
    }
    return out;
}

}  // namespace pmm::team
