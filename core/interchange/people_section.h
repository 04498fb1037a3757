#pragma once

#include "interchange/entity_section.h"

namespace pmm::interchange {

// "people": [{uid, name, email, level, manager}]: the team; level is a rank, manager the
// uid of another person. No reporting loops once the file is merged in.
class PeopleSection final : public EntitySection {
public:
    std::string_view key() const override { return "people"; }
    std::size_t count(const WorkspaceData& data) const override { return data.people.size(); }
    void writeJson(JsonWriter& out, const WorkspaceData& data) const override;
    void readRecord(const nlohmann::json& value, std::size_t index, WorkspaceData& file,
                    ProblemList& problems) const override;
    void validate(const ImportScope& scope, ProblemList& problems) const override;
    ChangeCounts plan(const ImportScope& scope) const override;
    void write(const ImportScope& scope, sqlite3* db) const override;

private:
    void reportLoops(const ImportScope& scope, ProblemList& problems) const;
};

}  // namespace pmm::interchange
