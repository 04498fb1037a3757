#pragma once

#include "interchange/entity_section.h"

namespace pmm::interchange {

// "levels": [{rank, name}], matched by rank. The workspace starts with five; a file may
// rename them or add ranks up to 20.
class LevelsSection final : public EntitySection {
public:
    std::string_view key() const override { return "levels"; }
    std::size_t count(const WorkspaceData& data) const override { return data.levels.size(); }
    void writeJson(JsonWriter& out, const WorkspaceData& data) const override;
    void readRecord(const nlohmann::json& value, std::size_t index, WorkspaceData& file,
                    ProblemList& problems) const override;
    void validate(const ImportScope& scope, ProblemList& problems) const override;
    ChangeCounts plan(const ImportScope& scope) const override;
    void write(const ImportScope& scope, sqlite3* db) const override;
};

}  // namespace pmm::interchange
