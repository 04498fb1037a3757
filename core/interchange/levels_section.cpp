#include "interchange/levels_section.h"

#include <unordered_map>

#include "interchange/import_scope.h"
#include "interchange/section_support.h"
#include "storage/interchange_catalog_writer.h"

namespace pmm::interchange {

namespace {

constexpr int kMaxRank = 20;

std::string rankKey(const LevelRecord& level) {
    return std::to_string(level.rank);
}

bool same(const LevelRecord& a, const LevelRecord& b) {
    return a.rank == b.rank && a.name == b.name;
}

}  // namespace

void LevelsSection::writeJson(JsonWriter& out, const WorkspaceData& data) const {
    out.beginArray();
    for (const LevelRecord& level : data.levels) {
        out.beginObject();
        out.key("rank");
        out.value(level.rank);
        out.key("name");
        out.value(level.name);
        out.endObject();
    }
    out.endArray();
}

void LevelsSection::readRecord(const nlohmann::json& value, std::size_t index, WorkspaceData& file,
                               ProblemList& problems) const {
    ObjectReader reader(value, key(), index, problems);
    LevelRecord level;
    level.rank = reader.integer("rank", Need::Required, 1, kMaxRank).value_or(0);
    level.name = reader.text("name", Need::Required, TextRule::NonBlank);
    reader.finish();
    level.origin = Origin{index, reader.intact()};
    file.levels.push_back(std::move(level));
}

void LevelsSection::validate(const ImportScope& scope, ProblemList& problems) const {
    const auto& levels = scope.file().levels;
    reportDuplicateKeys(
        key(), levels, [](const LevelRecord& l) { return l.rank > 0 ? rankKey(l) : ""; }, "rank",
        problems);
    // Names are unique: among the file's levels and the workspace's ranks it keeps.
    std::unordered_map<std::string, std::string> rankByName;
    for (const LevelRecord& level : scope.workspace().levels) {
        if (!scope.fileLevels.contains(rankKey(level))) {
            rankByName.emplace(level.name, "rank " + rankKey(level) + " in the workspace");
        }
    }
    for (const LevelRecord& level : levels) {
        const auto [found, inserted] =
            rankByName.emplace(level.name, recordPath(key(), level.origin.index));
        if (!inserted && level.origin.intact) {
            problems.add(fieldPath(key(), level.origin.index, "name"),
                         "another level is named \"" + shownText(level.name, 40) + "\" (" +
                             found->second + "); level names must be unique");
        }
    }
}

ChangeCounts LevelsSection::plan(const ImportScope& scope) const {
    return planByKey(key(), scope.file().levels, scope.workspaceLevels, rankKey, same);
}

void LevelsSection::write(const ImportScope& scope, sqlite3* db) const {
    RecordChanges<LevelRecord> changes;
    planByKey(key(), scope.file().levels, scope.workspaceLevels, rankKey, same, &changes);
    storage::writeLevels(db, changes);
}

}  // namespace pmm::interchange
