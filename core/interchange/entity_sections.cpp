#include "interchange/battlecards_section.h"
#include "interchange/competencies_section.h"
#include "interchange/competitor_launches_section.h"
#include "interchange/competitors_section.h"
#include "interchange/deals_section.h"
#include "interchange/launches_section.h"
#include "interchange/levels_section.h"
#include "interchange/people_section.h"
#include "interchange/positioning_reviews_section.h"
#include "interchange/positioning_statements_section.h"
#include "interchange/products_section.h"
#include "interchange/section_support.h"
#include "interchange/segments_section.h"
#include "interchange/settings_section.h"
#include "interchange/skill_assessments_section.h"
#include "interchange/tier_rules_section.h"

namespace pmm::interchange {

nlohmann::ordered_json EntitySection::toJson(const WorkspaceData& data) const {
    std::string text;
    JsonWriter writer(text);
    writeJson(writer, data);
    return nlohmann::ordered_json::parse(text);
}

bool readSection(const EntitySection& section, const nlohmann::json& value, WorkspaceData& file,
                 ProblemList& problems) {
    if (!section.isArray()) {
        section.readRecord(value, 0, file, problems);
        return true;
    }
    if (!value.is_array()) {
        problems.add("/" + std::string(section.key()),
                     "expected an array, got " + describeValue(value));
        return false;
    }
    readArray(value, section.key(), problems,
              [&](const nlohmann::json& element, std::size_t index, const std::string&) {
                  section.readRecord(element, index, file, problems);
              });
    return true;
}

const std::vector<const EntitySection*>& entitySections() {
    static const LevelsSection levels;
    static const SettingsSection settings;
    static const PeopleSection people;
    static const ProductsSection products;
    static const SegmentsSection segments;
    static const CompetitorsSection competitors;
    static const TierRulesSection tierRules;
    static const LaunchesSection launches;
    static const CompetenciesSection competencies;
    static const CompetitorLaunchesSection competitorLaunches;
    static const BattlecardsSection battlecards;
    static const SkillAssessmentsSection skillAssessments;
    static const DealsSection deals;
    static const PositioningStatementsSection statements;
    static const PositioningReviewsSection reviews;
    // Dependency order: the order of an export's keys, of validation and of the writes.
    static const std::vector<const EntitySection*> sections = {
        &levels,      &settings,         &people,   &products,     &segments,
        &competitors, &tierRules,        &launches, &competencies, &competitorLaunches,
        &battlecards, &skillAssessments, &deals,    &statements,   &reviews};
    return sections;
}

}  // namespace pmm::interchange
