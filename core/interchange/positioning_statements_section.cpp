#include "interchange/positioning_statements_section.h"

#include <algorithm>
#include <map>

#include "interchange/import_scope.h"
#include "interchange/section_support.h"
#include "storage/interchange_positioning_writer.h"

namespace pmm::interchange {

namespace {

constexpr int kMaxVersion = 1'000'000;

std::string uidOf(const StatementRecord& record) {
    return record.uid;
}

std::string pairOf(const StatementRecord& record) {
    return record.productUid + " " + record.segmentUid;
}

// What differs between two versions with the same uid, in words; empty when equal. The
// version number may differ: each workspace numbers the versions it holds.
std::string differences(const StatementRecord& a, const StatementRecord& b) {
    const std::pair<const char*, bool> fields[] = {{"product", a.productUid != b.productUid},
                                                   {"segment", a.segmentUid != b.segmentUid},
                                                   {"for_customer", a.forCustomer != b.forCustomer},
                                                   {"who_need", a.whoNeed != b.whoNeed},
                                                   {"is_a", a.isA != b.isA},
                                                   {"that_benefit", a.thatBenefit != b.thatBenefit},
                                                   {"unlike", a.unlike != b.unlike},
                                                   {"we_differ", a.weDiffer != b.weDiffer},
                                                   {"note", a.note != b.note},
                                                   {"created_by", a.createdBy != b.createdBy},
                                                   {"created_on", a.createdOn != b.createdOn}};
    std::string differ;
    for (const auto& [name, differs] : fields) {
        if (differs) {
            differ += (differ.empty() ? "" : ", ") + std::string(name);
        }
    }
    return differ;
}

RecordChanges<StatementRecord> changesOf(const ImportScope& scope) {
    RecordChanges<StatementRecord> changes;
    planByKey(
        "", scope.file().statements, scope.workspaceStatements, uidOf,
        [](const StatementRecord&, const StatementRecord&) { return true; }, &changes);
    return changes;
}

// The number each new version is stored with (see the class comment).
std::vector<std::pair<int, const StatementRecord*>> numbered(
    const ImportScope& scope, const std::vector<const StatementRecord*>& added) {
    std::map<std::string, int> highest;
    for (const StatementRecord& stored : scope.workspace().statements) {
        int& top = highest[pairOf(stored)];
        top = std::max(top, stored.version);
    }
    std::map<std::string, std::vector<const StatementRecord*>> byPair;
    for (const StatementRecord* record : added) {
        byPair[pairOf(*record)].push_back(record);
    }
    std::vector<std::pair<int, const StatementRecord*>> inserts;
    for (auto& [pair, records] : byPair) {
        std::sort(records.begin(), records.end(),
                  [](auto* a, auto* b) { return a->version < b->version; });
        const int top = highest[pair];
        const bool fits = records.front()->version > top;
        int next = top;
        for (const StatementRecord* record : records) {
            inserts.emplace_back(fits ? record->version : ++next, record);
        }
    }
    return inserts;
}

}  // namespace

void PositioningStatementsSection::writeJson(JsonWriter& out, const WorkspaceData& data) const {
    out.beginArray();
    for (const StatementRecord& s : data.statements) {
        out.beginObject();
        out.key("uid");
        out.value(s.uid);
        out.key("product");
        out.value(s.productUid);
        out.key("segment");
        out.value(s.segmentUid);
        out.key("version");
        out.value(s.version);
        out.key("for_customer");
        out.value(s.forCustomer);
        out.key("who_need");
        out.value(s.whoNeed);
        out.key("is_a");
        out.value(s.isA);
        out.key("that_benefit");
        out.value(s.thatBenefit);
        out.key("unlike");
        out.value(s.unlike);
        out.key("we_differ");
        out.value(s.weDiffer);
        out.key("note");
        out.value(s.note);
        out.key("created_by");
        out.value(s.createdBy);
        out.key("created_on");
        out.value(s.createdOn);
        out.endObject();
    }
    out.endArray();
}

void PositioningStatementsSection::readRecord(const nlohmann::json& value, std::size_t index,
                                              WorkspaceData& file, ProblemList& problems) const {
    ObjectReader reader(value, key(), index, problems);
    StatementRecord s;
    s.uid = reader.uid("uid");
    s.productUid = reader.uid("product");
    s.segmentUid = reader.uid("segment");
    s.version = reader.integer("version", Need::Required, 1, kMaxVersion).value_or(0);
    // The parts every statement says (positioning::firstMissingPart).
    s.forCustomer = reader.text("for_customer", Need::Required, TextRule::NonBlank);
    s.whoNeed = reader.text("who_need", Need::Required, TextRule::NonBlank);
    s.isA = reader.text("is_a", Need::Required, TextRule::NonBlank);
    s.thatBenefit = reader.text("that_benefit", Need::Required, TextRule::NonBlank);
    s.unlike = reader.text("unlike", Need::Optional);
    s.weDiffer = reader.text("we_differ", Need::Optional);
    s.note = reader.text("note", Need::Optional);
    s.createdBy = reader.text("created_by", Need::Optional, TextRule::OneLine);
    s.createdOn = reader.requiredDate("created_on");
    reader.finish();
    s.origin = Origin{index, reader.intact()};
    file.statements.push_back(std::move(s));
}

void PositioningStatementsSection::validate(const ImportScope& scope, ProblemList& problems) const {
    const auto& records = scope.file().statements;
    reportDuplicateKeys(key(), records, uidOf, "uid", problems);
    reportDuplicateKeys(
        key(), records,
        [](const StatementRecord& s) {
            return s.version > 0 ? pairOf(s) + " " + std::to_string(s.version) : "";
        },
        "version", problems);
    for (const StatementRecord& s : records) {
        const std::size_t index = s.origin.index;
        if (!s.productUid.empty() && !scope.productExists(s.productUid)) {
            problems.add(fieldPath(key(), index, "product"),
                         "no product with uid " + s.productUid + " in the file or the workspace");
        }
        if (!s.segmentUid.empty() && !scope.segmentExists(s.segmentUid)) {
            problems.add(fieldPath(key(), index, "segment"),
                         "no segment with uid " + s.segmentUid + " in the file or the workspace");
        }
        const StatementRecord* stored = scope.workspaceStatements.find(s.uid);
        if (stored == nullptr || !s.origin.intact) {
            continue;
        }
        if (const std::string differ = differences(*stored, s); !differ.empty()) {
            problems.add(recordPath(key(), index),
                         "the workspace's statement version " + std::to_string(stored->version) +
                             " has this uid but other " + differ +
                             "; a saved version never changes (give an edited statement a new "
                             "uid: it becomes a new version)");
        }
    }
}

ChangeCounts PositioningStatementsSection::plan(const ImportScope& scope) const {
    return planByKey(key(), scope.file().statements, scope.workspaceStatements, uidOf,
                     [](const StatementRecord&, const StatementRecord&) { return true; });
}

void PositioningStatementsSection::write(const ImportScope& scope, sqlite3* db) const {
    const RecordChanges<StatementRecord> changes = changesOf(scope);
    if (!changes.added.empty()) {
        storage::insertStatements(db, numbered(scope, changes.added));
    }
}

}  // namespace pmm::interchange
