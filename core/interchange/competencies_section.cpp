#include "interchange/competencies_section.h"

#include <unordered_set>

#include "interchange/import_scope.h"
#include "interchange/section_support.h"
#include "storage/interchange_skills_writer.h"

namespace pmm::interchange {

namespace {

constexpr int kMaxRank = 20;
constexpr int kMaxPosition = 10'000;

bool same(const CompetencyRecord& a, const CompetencyRecord& b) {
    return a.uid == b.uid && a.name == b.name && a.description == b.description &&
           a.position == b.position && a.requiredForPromotion == b.requiredForPromotion &&
           a.expectations == b.expectations;
}

// The file's competencies sorted into added and updated (with the uid the workspace knows
// them by); unchanged ones are only counted.
ChangeCounts planCompetencies(const ImportScope& scope, std::string_view section,
                              storage::CompetencyChanges* changes) {
    return planByMatch(
        section, scope.file().competencies,
        [&](const CompetencyRecord& record) { return scope.storedCompetency(record); }, same,
        changes);
}

}  // namespace

void CompetenciesSection::writeJson(JsonWriter& out, const WorkspaceData& data) const {
    out.beginArray();
    for (const CompetencyRecord& competency : data.competencies) {
        out.beginObject();
        out.key("uid");
        out.value(competency.uid);
        out.key("name");
        out.value(competency.name);
        out.key("description");
        out.value(competency.description);
        out.key("position");
        out.value(competency.position);
        out.key("required_for_promotion");
        out.value(competency.requiredForPromotion);
        out.key("expectations");
        out.beginArray();
        for (const ExpectationEntry& expectation : competency.expectations) {
            out.beginObject();
            out.key("level");
            out.value(expectation.levelRank);
            out.key("text");
            out.value(expectation.text);
            out.endObject();
        }
        out.endArray();
        out.endObject();
    }
    out.endArray();
}

void CompetenciesSection::readRecord(const nlohmann::json& value, std::size_t index,
                                     WorkspaceData& file, ProblemList& problems) const {
    ObjectReader reader(value, key(), index, problems);
    CompetencyRecord competency;
    competency.uid = reader.uid("uid");
    competency.name = reader.text("name", Need::Required, TextRule::NonBlank);
    competency.description = reader.text("description", Need::Optional);
    competency.position = reader.integer("position", Need::Required, 1, kMaxPosition).value_or(1);
    competency.requiredForPromotion = reader.boolean("required_for_promotion", true);
    bool intact = true;
    if (const nlohmann::json* expectations = reader.array("expectations", Need::Optional)) {
        std::unordered_set<int> levels;
        for (std::size_t i = 0; i < expectations->size(); ++i) {
            ObjectReader entry((*expectations)[i], reader, "expectations", i);
            ExpectationEntry expectation;
            expectation.levelRank = entry.integer("level", Need::Required, 1, kMaxRank).value_or(0);
            expectation.text = entry.text("text", Need::Optional);
            if (expectation.levelRank > 0 && !levels.insert(expectation.levelRank).second) {
                entry.report("level", "this competency states level " +
                                          std::to_string(expectation.levelRank) + " twice");
            }
            entry.finish();
            intact = intact && entry.intact();
            competency.expectations.push_back(std::move(expectation));
        }
    }
    reader.finish();
    competency.origin = Origin{index, intact && reader.intact()};
    file.competencies.push_back(std::move(competency));
}

void CompetenciesSection::validate(const ImportScope& scope, ProblemList& problems) const {
    const auto& records = scope.file().competencies;
    reportDuplicateKeys(
        key(), records, [](const CompetencyRecord& c) { return c.uid; }, "uid", problems);
    // Names stay unique once merged: against the workspace's competencies the file neither
    // names by uid nor takes over.
    std::unordered_set<std::string> mergedInto;
    for (const CompetencyRecord& record : records) {
        if (const CompetencyRecord* stored = scope.storedCompetency(record)) {
            mergedInto.insert(stored->uid);
        }
    }
    std::vector<CompetencyRecord> kept;
    for (const CompetencyRecord& stored : scope.workspace().competencies) {
        if (mergedInto.count(stored.uid) == 0) {
            kept.push_back(stored);
        }
    }
    reportNameClashes(key(), "competency", records, kept, problems);
    for (const CompetencyRecord& record : records) {
        for (std::size_t i = 0; i < record.expectations.size(); ++i) {
            const int rank = record.expectations[i].levelRank;
            if (rank > 0 && !scope.levelExists(rank)) {
                problems.add(
                    childPath(childPath(fieldPath(key(), record.origin.index, "expectations"), i),
                              "level"),
                    "there is no level " + std::to_string(rank) + " in the file or the workspace");
            }
        }
    }
}

ChangeCounts CompetenciesSection::plan(const ImportScope& scope) const {
    return planCompetencies(scope, key(), nullptr);
}

void CompetenciesSection::write(const ImportScope& scope, sqlite3* db) const {
    storage::CompetencyChanges changes;
    planCompetencies(scope, key(), &changes);
    storage::writeCompetencies(db, changes);
}

}  // namespace pmm::interchange
