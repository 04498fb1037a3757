#pragma once

#include "interchange/entity_section.h"

namespace pmm::interchange {

// "settings": {"team.name": "Growth", ...}: workspace-wide settings, text values by key.
// A file sets the keys it names and leaves the others alone.
class SettingsSection final : public EntitySection {
public:
    std::string_view key() const override { return "settings"; }
    std::size_t count(const WorkspaceData& data) const override { return data.settings.size(); }
    void writeJson(JsonWriter& out, const WorkspaceData& data) const override;
    bool isArray() const override { return false; }
    void readRecord(const nlohmann::json& value, std::size_t index, WorkspaceData& file,
                    ProblemList& problems) const override;
    void validate(const ImportScope& scope, ProblemList& problems) const override;
    ChangeCounts plan(const ImportScope& scope) const override;
    void write(const ImportScope& scope, sqlite3* db) const override;
};

}  // namespace pmm::interchange
