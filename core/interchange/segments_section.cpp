#include "interchange/segments_section.h"

#include "interchange/import_scope.h"
#include "interchange/section_support.h"
#include "storage/interchange_catalog_writer.h"

namespace pmm::interchange {

namespace {

std::string uidOf(const SegmentRecord& segment) {
    return segment.uid;
}

bool same(const SegmentRecord& a, const SegmentRecord& b) {
    return a.uid == b.uid && a.name == b.name && a.description == b.description &&
           a.ownerUid == b.ownerUid;
}

}  // namespace

void SegmentsSection::writeJson(JsonWriter& out, const WorkspaceData& data) const {
    out.beginArray();
    for (const SegmentRecord& segment : data.segments) {
        out.beginObject();
        out.key("uid");
        out.value(segment.uid);
        out.key("name");
        out.value(segment.name);
        out.key("description");
        out.value(segment.description);
        out.key("owner");
        out.value(segment.ownerUid);
        out.endObject();
    }
    out.endArray();
}

void SegmentsSection::readRecord(const nlohmann::json& value, std::size_t index,
                                 WorkspaceData& file, ProblemList& problems) const {
    ObjectReader reader(value, key(), index, problems);
    SegmentRecord segment;
    segment.uid = reader.uid("uid");
    segment.name = reader.text("name", Need::Required, TextRule::NonBlank);
    segment.description = reader.text("description", Need::Optional);
    segment.ownerUid = reader.reference("owner");
    reader.finish();
    segment.origin = Origin{index, reader.intact()};
    file.segments.push_back(std::move(segment));
}

void SegmentsSection::validate(const ImportScope& scope, ProblemList& problems) const {
    const auto& segments = scope.file().segments;
    reportDuplicateKeys(key(), segments, uidOf, "uid", problems);
    reportNameClashes(key(), "segment", segments, scope.workspace().segments, problems);
    for (const SegmentRecord& segment : segments) {
        if (segment.ownerUid && !scope.personExists(*segment.ownerUid)) {
            problems.add(
                fieldPath(key(), segment.origin.index, "owner"),
                "no person with uid " + *segment.ownerUid + " in the file or the workspace");
        }
    }
}

ChangeCounts SegmentsSection::plan(const ImportScope& scope) const {
    return planByKey(key(), scope.file().segments, scope.workspaceSegments, uidOf, same);
}

void SegmentsSection::write(const ImportScope& scope, sqlite3* db) const {
    RecordChanges<SegmentRecord> changes;
    planByKey(key(), scope.file().segments, scope.workspaceSegments, uidOf, same, &changes);
    storage::writeSegments(db, changes);
}

}  // namespace pmm::interchange
