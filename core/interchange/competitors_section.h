#pragma once

#include "interchange/entity_section.h"

namespace pmm::interchange {

// "competitors": [{uid, name, website, first_seen, notes}]; first_seen is a date or null.n// Names
// are unique.
class CompetitorsSection final : public EntitySection {
public:
    std::string_view key() const override { return "competitors"; }
    std::size_t count(const WorkspaceData& data) const override { return data.competitors.size(); }
    void writeJson(JsonWriter& out, const WorkspaceData& data) const override;
    void readRecord(const nlohmann::json& value, std::size_t index, WorkspaceData& file,
                    ProblemList& problems) const override;
    void validate(const ImportScope& scope, ProblemList& problems) const override;
    ChangeCounts plan(const ImportScope& scope) const override;
    void write(const ImportScope& scope, sqlite3* db) const override;
};

}  // namespace pmm::interchange
