#include "interchange/settings_section.h"

#include "interchange/import_scope.h"
#include "interchange/section_support.h"
#include "storage/interchange_catalog_writer.h"

namespace pmm::interchange {

namespace {

std::string keyOf(const SettingRecord& setting) {
    return setting.key;
}

bool same(const SettingRecord& a, const SettingRecord& b) {
    return a.value == b.value;
}

}  // namespace

void SettingsSection::writeJson(JsonWriter& out, const WorkspaceData& data) const {
    out.beginObject();
    for (const SettingRecord& setting : data.settings) {
        out.key(setting.key);
        out.value(setting.value);
    }
    out.endObject();
}

void SettingsSection::readRecord(const nlohmann::json& value, std::size_t, WorkspaceData& file,
                                 ProblemList& problems) const {
    const std::string path = "/" + std::string(key());
    if (!value.is_object()) {
        problems.add(path, "expected an object of text values by key, got " + describeValue(value));
        return;
    }
    std::size_t index = 0;
    for (const auto& [name, setting] : value.items()) {
        const std::string settingPath = childPath(path, name);
        bool intact = true;
        if (name.empty()) {
            problems.add(settingPath, "a setting needs a key");
            intact = false;
        }
        if (!setting.is_string()) {
            problems.add(settingPath, "expected a string, got " + describeValue(setting));
            intact = false;
        }
        file.settings.push_back(
            SettingRecord{name, setting.is_string() ? setting.get<std::string>() : std::string(),
                          Origin{index++, intact}});
    }
}

void SettingsSection::validate(const ImportScope&, ProblemList&) const {
    // Keys are unique by construction: the parser reports a key stated twice.
}

ChangeCounts SettingsSection::plan(const ImportScope& scope) const {
    return planByKey(key(), scope.file().settings, scope.workspaceSettings, keyOf, same);
}

void SettingsSection::write(const ImportScope& scope, sqlite3* db) const {
    RecordChanges<SettingRecord> changes;
    planByKey(key(), scope.file().settings, scope.workspaceSettings, keyOf, same, &changes);
    storage::writeSettings(db, changes);
}

}  // namespace pmm::interchange
