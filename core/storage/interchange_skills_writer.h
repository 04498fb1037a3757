#pragma once

#include <string>
#include <utility>
#include <vector>

#include "interchange/record_changes.h"
#include "interchange/workspace_data.h"

struct sqlite3;

namespace pmm::storage {

// Writes an import's skills matrix inside the caller's transaction, after the levels and
// people it refers to. Records were validated before; references are resolved by uid.

// Competencies to add, and to update with the uid the workspace knows them by (a default
// competency a file's one takes over gets the file's uid).
struct CompetencyChanges {
    std::vector<const interchange::CompetencyRecord*> added;
    std::vector<std::pair<const interchange::CompetencyRecord*, std::string>> updated;
};

// Adds and updates competencies with their expectations (a written competency's
// expectations are replaced by the file's), then renumbers every position 1, 2, 3... in
// order, as the app keeps them.
void writeCompetencies(sqlite3* db, const CompetencyChanges& changes);

// Adds and replaces assessments with their evidence links, keeping their timestamps.
void writeAssessments(sqlite3* db,
                      const interchange::RecordChanges<interchange::AssessmentRecord>& changes);

}  // namespace pmm::storage
