#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "storage/database.h"
#include "team/assessment.h"

struct sqlite3;

namespace pmm::storage {

// Validates and writes assessments with statements prepared once, so a single edit and a bulk
// load of thousands (demo data, an import) share one code path. The caller holds the
// transaction and sends the notifications.
class SkillsAssessmentWriter {
public:
    explicit SkillsAssessmentWriter(sqlite3* db);

    // Checks every field against the workspace and its rules; throws WorkspaceError(Invalid)
    // naming the field. Assigns a uid when empty and fills the assessor's name from the
    // workspace when only their id is given.
    void validate(team::Assessment& assessment);
    // Inserts a validated assessment (keeping its id when set) with its links; returns the id.
    std::int64_t insert(const team::Assessment& assessment);
    // Saves every field of a validated assessment and replaces its links.
    void update(const team::Assessment& assessment);

private:
    void writeLinks(std::int64_t assessmentId, const std::vector<team::EvidenceLink>& links);
    // The name the lookup `query` finds for `key`, if any.
    std::optional<std::string> nameOf(Statement& query, std::int64_t key);

    sqlite3* m_db;
    Statement m_person;
    Statement m_competency;
    Statement m_level;
    Statement m_insert;
    Statement m_update;
    Statement m_clearLinks;
    Statement m_insertLink;
};

}  // namespace pmm::storage
