#include "storage/interchange_skills_writer.h"

#include "storage/database.h"

namespace pmm::storage {

using namespace interchange;

namespace {

std::string placeholderName(const std::string& uid) {
    return "\x01 import " + uid;
}

std::optional<std::int64_t> wide(const std::optional<int>& value) {
    return value ? std::optional<std::int64_t>(*value) : std::nullopt;
}

void writeExpectations(sqlite3* db, const std::vector<const CompetencyRecord*>& records) {
    Statement clear(db,
                    "DELETE FROM competency_expectations WHERE competency_id = "
                    "(SELECT id FROM competencies WHERE uid = ?1)");
    Statement insert(db,
                     "INSERT INTO competency_expectations (competency_id, level_rank, text) "
                     "VALUES ((SELECT id FROM competencies WHERE uid = ?1), ?2, ?3)");
    for (const CompetencyRecord* record : records) {
        clear.reset();
        clear.bind(1, record->uid).run();
        for (const ExpectationEntry& expectation : record->expectations) {
            insert.reset();
            insert.bind(1, record->uid).bind(2, expectation.levelRank).bind(3, expectation.text);
            insert.run();
        }
    }
}

}  // namespace

void writeCompetencies(sqlite3* db, const CompetencyChanges& changes) {
    if (changes.added.empty() && changes.updated.empty()) {
        return;
    }
    // Renamed ones pass through a placeholder, so two competencies may swap names.
    Statement adopt(db, "UPDATE competencies SET uid = ?1, name = ?2 WHERE uid = ?3");
    for (const auto& [record, storedUid] : changes.updated) {
        adopt.reset();
        adopt.bind(1, record->uid).bind(2, placeholderName(record->uid)).bind(3, storedUid);
        adopt.run();
    }
    Statement insert(db,
                     "INSERT INTO competencies (uid, name, description, position, "
                     "required_for_promotion) VALUES (?1, ?2, ?3, ?4, ?5)");
    Statement update(db,
                     "UPDATE competencies SET name = ?2, description = ?3, position = ?4, "
                     "required_for_promotion = ?5 WHERE uid = ?1");
    std::vector<const CompetencyRecord*> written = changes.added;
    for (const auto& [record, storedUid] : changes.updated) {
        written.push_back(record);
    }
    for (std::size_t i = 0; i < written.size(); ++i) {
        const CompetencyRecord* record = written[i];
        Statement& statement = i < changes.added.size() ? insert : update;
        statement.reset();
        statement.bind(1, record->uid).bind(2, record->name).bind(3, record->description);
        statement.bind(4, record->position).bind(5, record->requiredForPromotion ? 1 : 0);
        statement.run();
    }
    writeExpectations(db, written);
    execScript(db,
               "UPDATE competencies SET position = 1 + (SELECT count(*) FROM competencies o "
               "WHERE (o.position, o.id) < (competencies.position, competencies.id))");
}

void writeAssessments(sqlite3* db, const RecordChanges<AssessmentRecord>& changes) {
    if (changes.empty()) {
        return;
    }
    // ?1 uid ... ?13 updated_at; people and the competency by uid.
    Statement insert(
        db,
        "INSERT INTO skill_assessments (uid, person_id, competency_id, assessed_on, level_rank, "
        "self_level_rank, manager_level_rank, evidence, assessor_id, assessor_name, created_at, "
        "updated_at) VALUES (?1, (SELECT id FROM people WHERE uid = ?2), "
        "(SELECT id FROM competencies WHERE uid = ?3), ?4, ?5, ?6, ?7, ?8, "
        "(SELECT id FROM people WHERE uid = ?9), ?10, ?11, ?12) RETURNING id");
    Statement update(
        db,
        "UPDATE skill_assessments SET person_id = (SELECT id FROM people WHERE uid = ?2), "
        "competency_id = (SELECT id FROM competencies WHERE uid = ?3), assessed_on = ?4, "
        "level_rank = ?5, self_level_rank = ?6, manager_level_rank = ?7, evidence = ?8, "
        "assessor_id = (SELECT id FROM people WHERE uid = ?9), assessor_name = ?10, "
        "created_at = ?11, updated_at = ?12 WHERE uid = ?1 RETURNING id");
    Statement clearLinks(db, "DELETE FROM skill_evidence_links WHERE assessment_id = ?1");
    Statement link(db,
                   "INSERT INTO skill_evidence_links (assessment_id, position, kind, target_uid, "
                   "label) VALUES (?1, ?2, ?3, ?4, ?5)");
    const auto write = [&](Statement& statement, const AssessmentRecord& a) {
        statement.reset();
        statement.bind(1, a.uid).bind(2, a.personUid).bind(3, a.competencyUid);
        statement.bind(4, a.assessedOn).bind(5, a.levelRank).bind(6, wide(a.selfLevelRank));
        statement.bind(7, wide(a.managerLevelRank)).bind(8, a.evidence).bind(9, a.assessorUid);
        statement.bind(10, a.assessorName).bind(11, a.createdAt).bind(12, a.updatedAt);
        statement.step();
        const std::int64_t id = statement.int64(0);
        statement.reset();
        clearLinks.reset();
        clearLinks.bind(1, id).run();
        int position = 0;
        for (const team::EvidenceLink& evidence : a.links) {
            link.reset();
            link.bind(1, id).bind(2, ++position).bind(3, evidence.kind);
            link.bind(4, evidence.uid).bind(5, evidence.label).run();
        }
    };
    for (const AssessmentRecord* record : changes.updated) {
        write(update, *record);
    }
    for (const AssessmentRecord* record : changes.added) {
        write(insert, *record);
    }
}

}  // namespace pmm::storage
