#include "team/rating_history.h"

#include <algorithm>
#include <map>

namespace pmm::team {

namespace {

// Consecutive points at the same level read as one step, with the days it spans:
// "PMM (2025-12-10 to 2026-03-12) → Senior PMM (2026-06-11)".
std::string describe(const CompetencyHistory& history, const LevelLadder& levels) {
    if (history.points.empty()) {
        return history.competency + ": not assessed yet";
    }
    std::string out = history.competency + ": ";
    const auto& points = history.points;
    for (std::size_t first = 0; first < points.size();) {
        std::size_t last = first;
        while (last + 1 < points.size() &&
               points[last + 1].demonstratedLevel == points[first].demonstratedLevel) {
            ++last;
        }
        out += (first > 0 ? " → " : "") + levels.name(points[first].demonstratedLevel) + " (" +
               points[first].assessedOn +
               (last > first ? " to " + points[last].assessedOn : std::string()) + ")";
        first = last + 1;
    }
    return out;
}

}  // namespace

std::vector<CompetencyHistory> ratingHistory(const std::vector<Competency>& competencies,
                                             const std::vector<Assessment>& assessments,
                                             const LevelLadder& levels) {
    std::map<std::int64_t, std::vector<RatingPoint>> byCompetency;
    for (const Assessment& a : assessments) {
        byCompetency[a.competencyId].push_back({a.id, a.assessedOn, a.demonstratedLevel,
                                                a.selfRating, a.managerRating, a.assessorName,
                                                a.evidence, static_cast<int>(a.links.size())});
    }
    std::vector<CompetencyHistory> out;
    out.reserve(competencies.size());
    for (const Competency& competency : competencies) {
        CompetencyHistory history;
        history.competencyId = competency.id;
        history.competency = competency.name;
        if (auto found = byCompetency.find(competency.id); found != byCompetency.end()) {
            history.points = std::move(found->second);
            std::sort(history.points.begin(), history.points.end(),
                      [](const RatingPoint& a, const RatingPoint& b) {
                          return isNewer(b.assessedOn, b.assessmentId, a.assessedOn,
                                         a.assessmentId);
                      });
        }
        if (history.points.size() >= 2) {
            history.change =
                history.points.back().demonstratedLevel - history.points.front().demonstratedLevel;
        }
        history.sentence = describe(history, levels);
        out.push_back(std::move(history));
    }
    return out;
}

}  // namespace pmm::team
