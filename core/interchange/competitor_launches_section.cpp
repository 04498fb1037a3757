#include "interchange/competitor_launches_section.h"

#include "interchange/import_scope.h"
#include "interchange/section_support.h"
#include "storage/interchange_battlecard_writer.h"

namespace pmm::interchange {

namespace {

std::string uidOf(const CompetitorLaunchRecord& record) {
    return record.uid;
}

bool same(const CompetitorLaunchRecord& a, const CompetitorLaunchRecord& b) {
    return a.uid == b.uid && a.competitorUid == b.competitorUid && a.launchedOn == b.launchedOn &&
           a.what == b.what && a.impact == b.impact && a.loggedBy == b.loggedBy &&
           a.loggedAt == b.loggedAt;
}

}  // namespace

void CompetitorLaunchesSection::writeJson(JsonWriter& out, const WorkspaceData& data) const {
    out.beginArray();
    for (const CompetitorLaunchRecord& launch : data.competitorLaunches) {
        out.beginObject();
        out.key("uid");
        out.value(launch.uid);
        out.key("competitor");
        out.value(launch.competitorUid);
        out.key("launched_on");
        out.value(launch.launchedOn);
        out.key("what");
        out.value(launch.what);
        out.key("impact");
        out.value(launch.impact);
        out.key("logged_by");
        out.value(launch.loggedBy);
        out.key("logged_at");
        out.value(launch.loggedAt);
        out.endObject();
    }
    out.endArray();
}

void CompetitorLaunchesSection::readRecord(const nlohmann::json& value, std::size_t index,
                                           WorkspaceData& file, ProblemList& problems) const {
    ObjectReader reader(value, key(), index, problems);
    CompetitorLaunchRecord launch;
    launch.uid = reader.uid("uid");
    launch.competitorUid = reader.uid("competitor");
    launch.launchedOn = reader.requiredDate("launched_on");
    launch.what = reader.text("what", Need::Required, TextRule::NonBlank);
    launch.impact = reader.text("impact", Need::Optional);
    launch.loggedBy = reader.text("logged_by", Need::Optional, TextRule::OneLine);
    launch.loggedAt = reader.timestamp("logged_at", Need::Optional);
    reader.finish();
    launch.origin = Origin{index, reader.intact()};
    file.competitorLaunches.push_back(std::move(launch));
}

void CompetitorLaunchesSection::complete(WorkspaceData& file, const ImportScope&) const {
    const std::string now = nowTimestamp();
    for (CompetitorLaunchRecord& launch : file.competitorLaunches) {
        if (launch.loggedAt.empty()) {
            launch.loggedAt = now;
        }
    }
}

void CompetitorLaunchesSection::validate(const ImportScope& scope, ProblemList& problems) const {
    const auto& records = scope.file().competitorLaunches;
    reportDuplicateKeys(key(), records, uidOf, "uid", problems);
    for (const CompetitorLaunchRecord& launch : records) {
        if (!launch.competitorUid.empty() && !scope.competitorExists(launch.competitorUid)) {
            problems.add(
                fieldPath(key(), launch.origin.index, "competitor"),
                "no competitor with uid " + launch.competitorUid + " in the file or the workspace");
        }
    }
}

ChangeCounts CompetitorLaunchesSection::plan(const ImportScope& scope) const {
    return planByKey(key(), scope.file().competitorLaunches, scope.workspaceCompetitorLaunches,
                     uidOf, same);
}

void CompetitorLaunchesSection::write(const ImportScope& scope, sqlite3* db) const {
    RecordChanges<CompetitorLaunchRecord> changes;
    planByKey(key(), scope.file().competitorLaunches, scope.workspaceCompetitorLaunches, uidOf,
              same, &changes);
    storage::writeCompetitorLaunches(db, changes);
}

}  // namespace pmm::interchange
