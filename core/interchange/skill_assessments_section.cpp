#include "interchange/skill_assessments_section.h"

#include <set>
#include <utility>

#include "interchange/import_scope.h"
#include "interchange/section_support.h"
#include "storage/interchange_skills_writer.h"
#include "team/assessment.h"

namespace pmm::interchange {

namespace {

constexpr int kMaxRank = 20;
constexpr std::size_t kMaxLinks = 100;
constexpr std::size_t kMaxLabelCharacters = 300;
constexpr std::size_t kMaxAssessorCharacters = 200;

std::string uidOf(const AssessmentRecord& record) {
    return record.uid;
}

bool same(const AssessmentRecord& a, const AssessmentRecord& b) {
    return a.uid == b.uid && a.personUid == b.personUid && a.competencyUid == b.competencyUid &&
           a.assessedOn == b.assessedOn && a.levelRank == b.levelRank &&
           a.selfLevelRank == b.selfLevelRank && a.managerLevelRank == b.managerLevelRank &&
           a.evidence == b.evidence && a.assessorUid == b.assessorUid &&
           a.assessorName == b.assessorName && a.links == b.links && a.createdAt == b.createdAt &&
           a.updatedAt == b.updatedAt;
}

void readLinks(ObjectReader& reader, AssessmentRecord& record, bool& intact) {
    const nlohmann::json* links = reader.array("links", Need::Optional);
    if (links == nullptr) {
        return;
    }
    if (links->size() > kMaxLinks) {
        reader.report("links", "an assessment takes at most " + std::to_string(kMaxLinks) +
                                   " links, got " + std::to_string(links->size()));
        return;
    }
    std::set<std::pair<std::string, std::string>> seen;
    for (std::size_t i = 0; i < links->size(); ++i) {
        ObjectReader entry((*links)[i], reader, "links", i);
        team::EvidenceLink link;
        link.kind = entry.text("kind", Need::Required);
        if (entry.intact() && !team::isEvidenceKind(link.kind)) {
            entry.report("kind", "expected a lower-case word such as launch or battlecard, got \"" +
                                     shownText(link.kind, 40) + "\"");
        }
        link.uid = entry.uid("uid");
        link.label = entry.boundedText("label", Need::Optional, kMaxLabelCharacters);
        if (!link.uid.empty() && !seen.emplace(link.kind, link.uid).second) {
            entry.report("uid", "this assessment links the same " + link.kind + " twice");
        }
        entry.finish();
        intact = intact && entry.intact();
        record.links.push_back(std::move(link));
    }
}

}  // namespace

void SkillAssessmentsSection::writeJson(JsonWriter& out, const WorkspaceData& data) const {
    out.beginArray();
    for (const AssessmentRecord& a : data.assessments) {
        out.beginObject();
        out.key("uid");
        out.value(a.uid);
        out.key("person");
        out.value(a.personUid);
        out.key("competency");
        out.value(a.competencyUid);
        out.key("assessed_on");
        out.value(a.assessedOn);
        out.key("level");
        out.value(a.levelRank);
        out.key("self_level");
        out.value(a.selfLevelRank);
        out.key("manager_level");
        out.value(a.managerLevelRank);
        out.key("evidence");
        out.value(a.evidence);
        out.key("assessor");
        out.value(a.assessorUid);
        out.key("assessor_name");
        out.value(a.assessorName);
        out.key("links");
        out.beginArray();
        for (const team::EvidenceLink& link : a.links) {
            out.beginObject();
            out.key("kind");
            out.value(link.kind);
            out.key("uid");
            out.value(link.uid);
            out.key("label");
            out.value(link.label);
            out.endObject();
        }
        out.endArray();
        out.key("created_at");
        out.value(a.createdAt);
        out.key("updated_at");
        out.value(a.updatedAt);
        out.endObject();
    }
    out.endArray();
}

void SkillAssessmentsSection::readRecord(const nlohmann::json& value, std::size_t index,
                                         WorkspaceData& file, ProblemList& problems) const {
    ObjectReader reader(value, key(), index, problems);
    AssessmentRecord record;
    bool intact = true;
    record.uid = reader.uid("uid");
    record.personUid = reader.uid("person");
    record.competencyUid = reader.uid("competency");
    record.assessedOn = reader.requiredDate("assessed_on");
    record.levelRank = reader.integer("level", Need::Required, 1, kMaxRank).value_or(0);
    record.selfLevelRank = reader.nullableInteger("self_level", 1, kMaxRank);
    record.managerLevelRank = reader.nullableInteger("manager_level", 1, kMaxRank);
    record.evidence = reader.boundedText("evidence", Need::Optional, team::kMaxEvidenceCharacters);
    record.assessorUid = reader.reference("assessor");
    record.assessorName = reader.boundedText("assessor_name", Need::Optional,
                                             kMaxAssessorCharacters, TextRule::OneLine);
    readLinks(reader, record, intact);
    record.createdAt = reader.timestamp("created_at", Need::Optional);
    record.updatedAt = reader.timestamp("updated_at", Need::Optional);
    reader.finish();
    record.origin = Origin{index, intact && reader.intact()};
    file.assessments.push_back(std::move(record));
}

void SkillAssessmentsSection::complete(WorkspaceData& file, const ImportScope& scope) const {
    const std::string now = nowTimestamp();
    for (AssessmentRecord& record : file.assessments) {
        if (record.createdAt.empty()) {
            record.createdAt = now;
        }
        if (record.updatedAt.empty()) {
            record.updatedAt = now;
        }
        // The assessor's name is kept with the assessment, as the app does.
        if (record.assessorName.empty() && record.assessorUid) {
            const PersonRecord* assessor = scope.filePeople.find(*record.assessorUid);
            assessor = assessor ? assessor : scope.workspacePeople.find(*record.assessorUid);
            if (assessor != nullptr) {
                record.assessorName = assessor->name;
            }
        }
    }
}

void SkillAssessmentsSection::validate(const ImportScope& scope, ProblemList& problems) const {
    const auto& records = scope.file().assessments;
    reportDuplicateKeys(key(), records, uidOf, "uid", problems);
    for (const AssessmentRecord& record : records) {
        const std::size_t index = record.origin.index;
        const auto missing = [&](const char* field, const char* what, const std::string& uid) {
            problems.add(fieldPath(key(), index, field), std::string("no ") + what + " with uid " +
                                                             uid + " in the file or the workspace");
        };
        if (!record.personUid.empty() && !scope.personExists(record.personUid)) {
            missing("person", "person", record.personUid);
        }
        if (!record.competencyUid.empty() && !scope.competencyExists(record.competencyUid)) {
            missing("competency", "competency", record.competencyUid);
        }
        if (record.assessorUid && !scope.personExists(*record.assessorUid)) {
            missing("assessor", "person", *record.assessorUid);
        }
        const std::pair<const char*, std::optional<int>> levels[] = {
            {"level", record.levelRank > 0 ? std::optional<int>(record.levelRank) : std::nullopt},
            {"self_level", record.selfLevelRank},
            {"manager_level", record.managerLevelRank}};
        for (const auto& [field, rank] : levels) {
            if (rank && !scope.levelExists(*rank)) {
                problems.add(
                    fieldPath(key(), index, field),
                    "there is no level " + std::to_string(*rank) + " in the file or the workspace");
            }
        }
    }
}

ChangeCounts SkillAssessmentsSection::plan(const ImportScope& scope) const {
    return planByKey(key(), scope.file().assessments, scope.workspaceAssessments, uidOf, same);
}

void SkillAssessmentsSection::write(const ImportScope& scope, sqlite3* db) const {
    RecordChanges<AssessmentRecord> changes;
    planByKey(key(), scope.file().assessments, scope.workspaceAssessments, uidOf, same, &changes);
    storage::writeAssessments(db, changes);
}

}  // namespace pmm::interchange
