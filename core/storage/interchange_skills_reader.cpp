#include "storage/interchange_skills_reader.h"

#include <unordered_map>

#include "storage/database.h"

namespace pmm::storage {

using namespace interchange;

namespace {

using RowsById = std::unordered_map<std::int64_t, std::size_t>;

}  // namespace

void readSkills(sqlite3* db, WorkspaceData& data) {
    RowsById competencyById;
    Statement competencies(db,
                           "SELECT id, uid, name, description, position, required_for_promotion "
                           "FROM competencies ORDER BY uid");
    while (competencies.step()) {
        competencyById.emplace(competencies.int64(0), data.competencies.size());
        data.competencies.push_back({competencies.text(1),
                                     competencies.text(2),
                                     competencies.text(3),
                                     competencies.integer(4),
                                     competencies.integer(5) != 0,
                                     {},
                                     {}});
    }
    Statement expectations(db,
                           "SELECT competency_id, level_rank, text FROM competency_expectations "
                           "ORDER BY competency_id, level_rank");
    while (expectations.step()) {
        const auto found = competencyById.find(expectations.int64(0));
        if (found != competencyById.end()) {
            data.competencies[found->second].expectations.push_back(
                {expectations.integer(1), expectations.text(2)});
        }
    }
    RowsById assessmentById;
    Statement assessments(
        db,
        "SELECT a.id, a.uid, p.uid, c.uid, a.assessed_on, a.level_rank, a.self_level_rank, "
        "a.manager_level_rank, a.evidence, r.uid, a.assessor_name, a.created_at, a.updated_at "
        "FROM skill_assessments a JOIN people p ON p.id = a.person_id "
        "JOIN competencies c ON c.id = a.competency_id "
        "LEFT JOIN people r ON r.id = a.assessor_id ORDER BY a.uid");
    while (assessments.step()) {
        AssessmentRecord record;
        record.uid = assessments.text(1);
        record.personUid = assessments.text(2);
        record.competencyUid = assessments.text(3);
        record.assessedOn = assessments.text(4);
        record.levelRank = assessments.integer(5);
        if (!assessments.isNull(6)) {
            record.selfLevelRank = assessments.integer(6);
        }
        if (!assessments.isNull(7)) {
            record.managerLevelRank = assessments.integer(7);
        }
        record.evidence = assessments.text(8);
        record.assessorUid = assessments.optionalText(9);
        record.assessorName = assessments.text(10);
        record.createdAt = assessments.text(11);
        record.updatedAt = assessments.text(12);
        assessmentById.emplace(assessments.int64(0), data.assessments.size());
        data.assessments.push_back(std::move(record));
    }
    Statement links(db,
                    "SELECT assessment_id, kind, target_uid, label FROM skill_evidence_links "
                    "ORDER BY assessment_id, position");
    while (links.step()) {
        const auto found = assessmentById.find(links.int64(0));
        if (found != assessmentById.end()) {
            data.assessments[found->second].links.push_back(
                {links.text(1), links.text(2), links.text(3)});
        }
    }
}

}  // namespace pmm::storage
