#include "storage/skills_report.h"

#include <algorithm>
#include <map>

#include "storage/catalog.h"
#include "storage/skills_assessment_store.h"
#include "storage/skills_framework_store.h"
#include "storage/workspace.h"

namespace pmm::team {

namespace {

TeamReadinessRow readinessRowOf(const PromotionReadiness& readiness) {
    TeamReadinessRow row;
    row.person = readiness.person;
    row.level = readiness.level.name;
    row.atTop = !readiness.nextLevel.has_value();
    row.nextLevel = row.atTop ? std::string() : readiness.nextLevel->name;
    row.ready = readiness.ready;
    row.requiredCount = readiness.requiredCount;
    row.requiredMet = readiness.requiredMet;
    for (const CompetencyReadiness* gap : readiness.requiredGaps()) {
        (gap->verdict == ReadinessVerdict::NotAssessed ? row.notAssessed : row.gaps)
            .push_back(gap->competency);
    }
    return row;
}

std::string teamNameOf(storage::Workspace& workspace) {
    return workspace.setting("team.name").value_or("");
}

}  // namespace

std::vector<TeamReadinessRow> teamReadiness(const std::vector<catalog::Person>& people,
                                            const LevelLadder& levels,
                                            const std::vector<Competency>& competencies,
                                            const std::vector<LatestRating>& latest) {
    std::map<std::int64_t, std::vector<LatestRating>> byPerson;
    for (const LatestRating& rating : latest) {
        byPerson[rating.personId].push_back(rating);
    }
    static const std::vector<LatestRating> kNone;
    std::vector<TeamReadinessRow> rows;
    rows.reserve(people.size());
    for (const catalog::Person& person : people) {
        const auto found = byPerson.find(person.id);
        const auto& ratings = found == byPerson.end() ? kNone : found->second;
        TeamReadinessRow row =
            readinessRowOf(assessPromotionReadiness(person, levels, competencies, ratings));
        row.assessed = static_cast<int>(ratings.size());
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<PacketCompetencyEvidence> evidenceTimeline(const std::vector<Competency>& competencies,
                                                       const std::vector<Assessment>& assessments,
                                                       const LevelLadder& levels) {
    std::map<std::int64_t, std::vector<const Assessment*>> byCompetency;
    for (const Assessment& assessment : assessments) {
        byCompetency[assessment.competencyId].push_back(&assessment);
    }
    std::vector<PacketCompetencyEvidence> timeline;
    for (const Competency& competency : competencies) {
        const auto found = byCompetency.find(competency.id);
        if (found == byCompetency.end()) {
            continue;
        }
        auto ordered = found->second;
        std::stable_sort(ordered.begin(), ordered.end(),
                         [](const Assessment* a, const Assessment* b) {
                             return isNewer(b->assessedOn, b->id, a->assessedOn, a->id);
                         });
        PacketCompetencyEvidence entry{competency.name, {}};
        for (const Assessment* assessment : ordered) {
            entry.entries.push_back(
                {assessment->assessedOn, levels.name(assessment->demonstratedLevel),
                 assessment->assessorName, assessment->evidence, assessment->links});
        }
        timeline.push_back(std::move(entry));
    }
    return timeline;
}

SkillsMatrixReport computeSkillsMatrixReport(storage::Workspace& workspace,
                                             const Date& generatedOn) {
    const storage::SkillsFrameworkStore framework(workspace);
    const LevelLadder levels(framework.levels());
    const auto people = catalog::Catalog(workspace).people.list();
    const auto competencies = framework.competencies();
    const auto latest = storage::SkillsAssessmentStore(workspace).latestForTeam();

    SkillsMatrixReport report;
    report.title = "Skills matrix";
    report.teamName = teamNameOf(workspace);
    report.generatedOn = toIsoText(generatedOn);
    report.levels = levels.levels();
    report.grid = buildSkillGrid(people, levels, competencies, latest);
    report.readiness = teamReadiness(people, levels, competencies, latest);
    for (const TeamReadinessRow& row : report.readiness) {
        report.ready += row.ready ? 1 : 0;
        report.withGaps += row.assessed > 0 && !row.atTop && !row.ready ? 1 : 0;
        report.assessedPeople += row.assessed > 0 ? 1 : 0;
    }
    return report;
}

std::optional<PromotionPacket> computePromotionPacket(storage::Workspace& workspace,
                                                      std::int64_t personId,
                                                      const Date& generatedOn) {
    const auto person = catalog::Catalog(workspace).people.find(personId);
    if (!person) {
        return std::nullopt;
    }
    const storage::SkillsFrameworkStore framework(workspace);
    const LevelLadder levels(framework.levels());
    const auto competencies = framework.competencies();
    const storage::SkillsAssessmentStore assessments(workspace);
    const auto history = assessments.listForPerson(personId);

    PromotionPacket packet;
    packet.title = "Promotion packet: " + person->name;
    packet.teamName = teamNameOf(workspace);
    packet.generatedOn = toIsoText(generatedOn);
    packet.levels = levels.levels();
    packet.readiness =
        assessPromotionReadiness(*person, levels, competencies,
                                 assessments.latestForPerson(personId), framework.expectations());
    packet.evidence = evidenceTimeline(competencies, history, levels);
    packet.assessments = static_cast<int>(history.size());
    return packet;
}

}  // namespace pmm::team
