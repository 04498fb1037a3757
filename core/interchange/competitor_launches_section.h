#pragma once

#include "interchange/entity_section.h"

namespace pmm::interchange {

// "competitor_launches": [{uid, competitor, launched_on, what, impact, logged_by,
// logged_at}]: the log of what competitors shipped. Importing a launch does not flag cards
// again: each card in the file states its own refresh state.
class CompetitorLaunchesSection final : public EntitySection {
public:
    std::string_view key() const override { return "competitor_launches"; }
    std::size_t count(const WorkspaceData& data) const override {
        return data.competitorLaunches.size();
    }
    void writeJson(JsonWriter& out, const WorkspaceData& data) const override;
    void readRecord(const nlohmann::json& value, std::size_t index, WorkspaceData& file,
                    ProblemList& problems) const override;
    void complete(WorkspaceData& file, const ImportScope& scope) const override;
    void validate(const ImportScope& scope, ProblemList& problems) const override;
    ChangeCounts plan(const ImportScope& scope) const override;
    void write(const ImportScope& scope, sqlite3* db) const override;
};

}  // namespace pmm::interchange
