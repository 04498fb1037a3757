#include "interchange/competitors_section.h"

#include "interchange/import_scope.h"
#include "interchange/section_support.h"
#include "storage/interchange_catalog_writer.h"

namespace pmm::interchange {

namespace {

std::string uidOf(const CompetitorRecord& competitor) {
    return competitor.uid;
}

bool same(const CompetitorRecord& a, const CompetitorRecord& b) {
    return a.uid == b.uid && a.name == b.name && a.website == b.website &&
           a.firstSeen == b.firstSeen && a.notes == b.notes;
}

}  // namespace

void CompetitorsSection::writeJson(JsonWriter& out, const WorkspaceData& data) const {
    out.beginArray();
    for (const CompetitorRecord& competitor : data.competitors) {
        out.beginObject();
        out.key("uid");
        out.value(competitor.uid);
        out.key("name");
        out.value(competitor.name);
        out.key("website");
        out.value(competitor.website);
        out.key("first_seen");
        out.value(competitor.firstSeen);
        out.key("notes");
        out.value(competitor.notes);
        out.endObject();
    }
    out.endArray();
}

void CompetitorsSection::readRecord(const nlohmann::json& value, std::size_t index,
                                    WorkspaceData& file, ProblemList& problems) const {
    ObjectReader reader(value, key(), index, problems);
    CompetitorRecord competitor;
    competitor.uid = reader.uid("uid");
    competitor.name = reader.text("name", Need::Required, TextRule::NonBlank);
    competitor.website = reader.text("website", Need::Optional);
    competitor.firstSeen = reader.date("first_seen");
    competitor.notes = reader.text("notes", Need::Optional);
    reader.finish();
    competitor.origin = Origin{index, reader.intact()};
    file.competitors.push_back(std::move(competitor));
}

void CompetitorsSection::validate(const ImportScope& scope, ProblemList& problems) const {
    reportDuplicateKeys(key(), scope.file().competitors, uidOf, "uid", problems);
    reportNameClashes(key(), "competitor", scope.file().competitors, scope.workspace().competitors,
                      problems);
}

ChangeCounts CompetitorsSection::plan(const ImportScope& scope) const {
    return planByKey(key(), scope.file().competitors, scope.workspaceCompetitors, uidOf, same);
}

void CompetitorsSection::write(const ImportScope& scope, sqlite3* db) const {
    RecordChanges<CompetitorRecord> changes;
    planByKey(key(), scope.file().competitors, scope.workspaceCompetitors, uidOf, same, &changes);
    storage::writeCompetitors(db, changes);
}

}  // namespace pmm::interchange
