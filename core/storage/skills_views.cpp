#include "storage/skills_views.h"

#include "storage/catalog.h"
#include "storage/skills_assessment_store.h"
#include "storage/skills_framework_store.h"
#include "storage/workspace.h"

namespace pmm::storage {

team::LevelLadder levelLadderOf(Workspace& workspace) {
    return team::LevelLadder(SkillsFrameworkStore(workspace).levels());
}

team::SkillGrid skillGridOf(Workspace& workspace) {
    return team::buildSkillGrid(catalog::Catalog(workspace).people.list(), levelLadderOf(workspace),
                                SkillsFrameworkStore(workspace).competencies(),
                                SkillsAssessmentStore(workspace).latestForTeam());
}

std::optional<team::PromotionReadiness> promotionReadinessOf(Workspace& workspace,
                                                             std::int64_t personId) {
    const auto person = catalog::Catalog(workspace).people.find(personId);
    if (!person) {
        return std::nullopt;
    }
    const SkillsFrameworkStore framework(workspace);
    return team::assessPromotionReadiness(
        *person, levelLadderOf(workspace), framework.competencies(),
        SkillsAssessmentStore(workspace).latestForPerson(personId), framework.expectations());
}

std::vector<team::CompetencyHistory> ratingHistoryOf(Workspace& workspace, std::int64_t personId) {
    return team::ratingHistory(SkillsFrameworkStore(workspace).competencies(),
                               SkillsAssessmentStore(workspace).listForPerson(personId),
                               levelLadderOf(workspace));
}

}  // namespace pmm::storage
