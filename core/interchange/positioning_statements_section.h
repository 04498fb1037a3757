#pragma once

#include "interchange/entity_section.h"

namespace pmm::interchange {

// "positioning_statements": every version of the positioning statement of each product and
// segment [{uid, product, segment, version, for_customer, who_need, is_a, that_benefit,
// unlike, we_differ, note, created_by, created_on}]. A saved version never changes: a
// version the workspace has (by uid) merges as unchanged when its words are the same, and is
// refused with a problem when they differ (an edited statement is a new version, with a new
// uid). New versions keep their numbers when they all come after the target's versions of
// their product and segment, and are numbered after them, in the file's order, otherwise.
class PositioningStatementsSection final : public EntitySection {
public:
    std::string_view key() const override { return "positioning_statements"; }
    std::size_t count(const WorkspaceData& data) const override { return data.statements.size(); }
    void writeJson(JsonWriter& out, const WorkspaceData& data) const override;
    void readRecord(const nlohmann::json& value, std::size_t index, WorkspaceData& file,
                    ProblemList& problems) const override;
    void validate(const ImportScope& scope, ProblemList& problems) const override;
    ChangeCounts plan(const ImportScope& scope) const override;
    void write(const ImportScope& scope, sqlite3* db) const override;
};

}  // namespace pmm::interchange
