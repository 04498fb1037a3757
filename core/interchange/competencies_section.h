#pragma once

#include "interchange/entity_section.h"

namespace pmm::interchange {

// "competencies": [{uid, name, description, position, required_for_promotion,
// expectations [{level, text}]}]: the columns of the skills matrix with what each level is
// expected to show. Names are unique. Every workspace seeds the same nine competencies with
// uids of its own, so a competency is merged by uid or else by name: the workspace's one
// takes the file's uid and fields (its assessments stay with it).
class CompetenciesSection final : public EntitySection {
public:
    std::string_view key() const override { return "competencies"; }
    std::size_t count(const WorkspaceData& data) const override { return data.competencies.size(); }
    void writeJson(JsonWriter& out, const WorkspaceData& data) const override;
    void readRecord(const nlohmann::json& value, std::size_t index, WorkspaceData& file,
                    ProblemList& problems) const override;
    void validate(const ImportScope& scope, ProblemList& problems) const override;
    ChangeCounts plan(const ImportScope& scope) const override;
    void write(const ImportScope& scope, sqlite3* db) const override;
};

}  // namespace pmm::interchange
