#include "team/promotion_readiness.h"

#include <map>

#include "launches/launch.h"

namespace pmm::team {

namespace {

// The newest rating per competency of `personId`.
std::map<std::int64_t, const LatestRating*> newestOf(std::int64_t personId,
                                                     const std::vector<LatestRating>& latest) {
    std::map<std::int64_t, const LatestRating*> newest;
    for (const LatestRating& rating : latest) {
        if (rating.personId != personId) {
            continue;
        }
        auto& slot = newest[rating.competencyId];
        if (slot == nullptr ||
            isNewer(rating.assessedOn, rating.assessmentId, slot->assessedOn, slot->assessmentId)) {
            slot = &rating;
        }
    }
    return newest;
}

std::string sentenceFor(const CompetencyReadiness& item, const LevelLadder& levels,
                        const catalog::Level& next) {
    std::string out = item.competency + ": ";
    switch (item.verdict) {
        case ReadinessVerdict::MeetsNextLevel:
            out += "meets " + next.name + " (demonstrated " +
                   levels.name(item.latest->demonstratedLevel) + " on " + item.latest->assessedOn +
                   ").";
            break;
        case ReadinessVerdict::Gap:
            out += "gap — demonstrated " + levels.name(item.latest->demonstratedLevel) + " on " +
                   item.latest->assessedOn + "; " + next.name + " is needed.";
            break;
        case ReadinessVerdict::NotAssessed:
            out +=
                "not assessed yet — counts as a gap until an assessment shows " + next.name + ".";
            break;
    }
    if (!item.required) {
        out += " Not required for promotion.";
    }
    return out;
}

std::string plural(int n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

std::string_view verdictLabel(ReadinessVerdict verdict) {
    switch (verdict) {
        case ReadinessVerdict::MeetsNextLevel:
            return "Meets";
        case ReadinessVerdict::Gap:
            return "Gap";
        case ReadinessVerdict::NotAssessed:
            return "Not assessed";
    }
    return "";
}

std::vector<const CompetencyReadiness*> PromotionReadiness::requiredGaps() const {
    std::vector<const CompetencyReadiness*> gaps;
    for (const CompetencyReadiness& item : competencies) {
        if (item.required && item.verdict != ReadinessVerdict::MeetsNextLevel) {
            gaps.push_back(&item);
        }
    }
    return gaps;
}

PromotionReadiness assessPromotionReadiness(const catalog::Person& person,
                                            const LevelLadder& levels,
                                            const std::vector<Competency>& competencies,
                                            const std::vector<LatestRating>& latest,
                                            const ExpectationTable& expectations) {
    PromotionReadiness out;
    out.personId = person.id;
    out.person = person.name;
    out.level = {person.levelRank, levels.name(person.levelRank)};
    out.nextLevel = levels.next(person.levelRank);
    if (!out.nextLevel) {
        out.summary = person.name + " is at " + out.level.name +
                      ", the top level: there is no next level to be ready for.";
        return out;
    }
    const catalog::Level& next = *out.nextLevel;
    const auto newest = newestOf(person.id, latest);
    for (const Competency& competency : competencies) {
        CompetencyReadiness item;
        item.competencyId = competency.id;
        item.competency = competency.name;
        item.required = competency.requiredForPromotion;
        item.nextLevelExpectation = expectations.text(competency.id, next.rank);
        if (const auto found = newest.find(competency.id); found != newest.end()) {
            item.latest = *found->second;
            item.verdict = item.latest->demonstratedLevel >= next.rank
                               ? ReadinessVerdict::MeetsNextLevel
                               : ReadinessVerdict::Gap;
        }
        item.sentence = sentenceFor(item, levels, next);
        if (item.required) {
            ++out.requiredCount;
            out.requiredMet += item.verdict == ReadinessVerdict::MeetsNextLevel ? 1 : 0;
        }
        out.competencies.push_back(std::move(item));
    }

    if (out.requiredCount == 0) {
        out.summary = "Readiness of " + person.name + " for " + next.name +
                      " cannot be judged: no competency is marked as required for promotion.";
        return out;
    }
    out.ready = out.requiredMet == out.requiredCount;
    if (out.ready) {
        out.summary = person.name + " is ready for " + next.name + ": " +
                      (out.requiredCount == 1 ? std::string("the required competency meets")
                                              : "all " + std::to_string(out.requiredCount) +
                                                    " required competencies meet") +
                      " the next level.";
        return out;
    }
    std::vector<std::string> names;
    for (const CompetencyReadiness* gap : out.requiredGaps()) {
        names.push_back(gap->competency +
                        (gap->verdict == ReadinessVerdict::NotAssessed ? " (not assessed)" : ""));
    }
    const int gaps = out.requiredCount - out.requiredMet;
    out.summary = person.name + " is not ready for " + next.name + " yet: " + std::to_string(gaps) +
                  " of " +
                  plural(out.requiredCount, "required competency", "required competencies") +
                  (gaps == 1 ? " does" : " do") + " not meet the next level — " +
                  launches::joinWords(names) + ".";
    return out;
}

}  // namespace pmm::team
