#include "interchange/tier_rules_section.h"

#include <algorithm>
#include <unordered_map>

#include "interchange/import_scope.h"
#include "interchange/section_support.h"
#include "storage/interchange_launch_writer.h"

namespace pmm::interchange {

using launches::kTierCount;

namespace {

constexpr int kMaxVersion = 1'000'000;

std::string uidOf(const TierRuleRecord& record) {
    return record.rule.uid;
}

// Literals: ObjectReader remembers the keys it was asked for until finish().
const char* tierKey(int tier) {
    static constexpr const char* kKeys[] = {"tier_1", "tier_2", "tier_3"};
    return kKeys[tier - 1];
}

// What differs between two versions with the same uid, in words; empty when equal. The
// version number may differ: the same version is numbered by each workspace that holds it.
std::string differences(const TierRuleRecord& a, const TierRuleRecord& b) {
    const launches::TierRule& x = a.rule;
    const launches::TierRule& y = b.rule;
    std::vector<std::string> fields;
    if (x.weights.revenueImpact != y.weights.revenueImpact ||
        x.weights.competitiveUrgency != y.weights.competitiveUrgency ||
        x.weights.customerDemand != y.weights.customerDemand) {
        fields.emplace_back("weights");
    }
    if (x.tier1Threshold != y.tier1Threshold || x.tier2Threshold != y.tier2Threshold) {
        fields.emplace_back("thresholds");
    }
    if (x.guardrail != y.guardrail) {
        fields.emplace_back("guardrail");
    }
    if (x.tier1Capacity != y.tier1Capacity) {
        fields.emplace_back("Tier 1 capacity");
    }
    if (x.checklist != y.checklist || a.itemUids != b.itemUids) {
        fields.emplace_back("checklists");
    }
    if (x.createdAt != y.createdAt || x.createdBy != y.createdBy) {
        fields.emplace_back("created_at/created_by");
    }
    return launches::joinWords(fields);
}

// Where a problem found by launches::tierRuleProblems belongs, and its text without the
// field label that starts it.
std::pair<std::string, std::string> placeProblem(const std::string& problem) {
    const auto colon = problem.find(": ");
    const std::string label = problem.substr(0, colon);
    std::string text = colon == std::string::npos ? problem : problem.substr(colon + 2);
    if (!text.empty() && text.back() == '.') {
        text.pop_back();
    }
    if (label == "Weights") {
        return {"weights", text};
    }
    if (label == "Tier 1 capacity") {
        return {"tier1_capacity", text};
    }
    if (label == "Thresholds") {
        const bool first = text.starts_with("the Tier 1");
        return {first ? "tier1_threshold" : "tier2_threshold", text};
    }
    return {"checklists", text};
}

std::vector<const TierRuleRecord*> byVersion(const std::vector<const TierRuleRecord*>& rules) {
    auto sorted = rules;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) {
        return a->rule.version < b->rule.version;
    });
    return sorted;
}

}  // namespace

void TierRulesSection::writeJson(JsonWriter& out, const WorkspaceData& data) const {
    out.beginArray();
    for (const TierRuleRecord& record : data.tierRules) {
        const launches::TierRule& rule = record.rule;
        out.beginObject();
        out.key("uid");
        out.value(rule.uid);
        out.key("version");
        out.value(rule.version);
        out.key("weights");
        out.beginObject();
        out.key("revenue");
        out.decimal(rule.weights.revenueImpact);
        out.key("urgency");
        out.decimal(rule.weights.competitiveUrgency);
        out.key("demand");
        out.decimal(rule.weights.customerDemand);
        out.endObject();
        out.key("tier1_threshold");
        out.decimal(rule.tier1Threshold);
        out.key("tier2_threshold");
        out.decimal(rule.tier2Threshold);
        out.key("guardrail");
        out.value(rule.guardrail);
        out.key("tier1_capacity");
        out.value(rule.tier1Capacity);
        out.key("created_at");
        out.value(rule.createdAt);
        out.key("created_by");
        out.value(rule.createdBy);
        out.key("checklists");
        out.beginObject();
        for (int tier = 1; tier <= kTierCount; ++tier) {
            const auto slot = static_cast<std::size_t>(tier - 1);
            out.key(tierKey(tier));
            out.beginArray();
            for (std::size_t i = 0; i < rule.checklist[slot].size(); ++i) {
                out.beginObject();
                out.key("uid");
                out.value(record.itemUids[slot][i]);
                out.key("title");
                out.value(rule.checklist[slot][i]);
                out.endObject();
            }
            out.endArray();
        }
        out.endObject();
        out.endObject();
    }
    out.endArray();
}

void TierRulesSection::readRecord(const nlohmann::json& value, std::size_t index,
                                  WorkspaceData& file, ProblemList& problems) const {
    ObjectReader reader(value, key(), index, problems);
    TierRuleRecord record;
    launches::TierRule& rule = record.rule;
    rule.uid = reader.uid("uid");
    rule.version = reader.integer("version", Need::Required, 1, kMaxVersion).value_or(0);
    if (const nlohmann::json* weights = reader.object("weights", Need::Required)) {
        ObjectReader weight(*weights, reader, "weights");
        rule.weights.revenueImpact =
            weight.hundredths("revenue", Need::Required, 0, 100).value_or(0);
        rule.weights.competitiveUrgency =
            weight.hundredths("urgency", Need::Required, 0, 100).value_or(0);
        rule.weights.customerDemand =
            weight.hundredths("demand", Need::Required, 0, 100).value_or(0);
        weight.finish();
        if (!weight.intact()) {
            record.origin.intact = false;
        }
    }
    rule.tier1Threshold =
        reader.hundredths("tier1_threshold", Need::Required, 100, 500).value_or(0);
    rule.tier2Threshold =
        reader.hundredths("tier2_threshold", Need::Required, 100, 500).value_or(0);
    rule.guardrail = reader.boolean("guardrail", true);
    rule.tier1Capacity = reader.integer("tier1_capacity", Need::Optional, 0, 999).value_or(3);
    rule.createdAt = reader.timestamp("created_at", Need::Optional);
    rule.createdBy = reader.text("created_by", Need::Optional);
    readChecklists(reader.object("checklists", Need::Optional), reader, record);
    reader.finish();
    record.origin = Origin{index, reader.intact() && record.origin.intact};
    file.tierRules.push_back(std::move(record));
}

void TierRulesSection::readChecklists(const nlohmann::json* checklists, const ObjectReader& rule,
                                      TierRuleRecord& record) const {
    if (checklists == nullptr) {
        return;
    }
    ObjectReader reader(*checklists, rule, "checklists");
    for (int tier = 1; tier <= kTierCount; ++tier) {
        const char* name = tierKey(tier);
        const nlohmann::json* items = reader.array(name, Need::Optional);
        if (items == nullptr) {
            continue;
        }
        const auto slot = static_cast<std::size_t>(tier - 1);
        for (std::size_t i = 0; i < items->size(); ++i) {
            ObjectReader item((*items)[i], reader, name, i);
            record.itemUids[slot].push_back(item.uid("uid"));
            record.rule.checklist[slot].push_back(
                item.text("title", Need::Required, TextRule::NonBlank));
            item.finish();
            if (!item.intact()) {
                record.origin.intact = false;
            }
        }
    }
    reader.finish();
    if (!reader.intact()) {
        record.origin.intact = false;
    }
}

void TierRulesSection::complete(WorkspaceData& file, const ImportScope&) const {
    const std::string now = nowTimestamp();
    for (TierRuleRecord& record : file.tierRules) {
        if (record.rule.createdAt.empty()) {
            record.rule.createdAt = now;
        }
    }
}

void TierRulesSection::validate(const ImportScope& scope, ProblemList& problems) const {
    const auto& rules = scope.file().tierRules;
    reportDuplicateKeys(key(), rules, uidOf, "uid", problems);
    reportDuplicateKeys(
        key(), rules,
        [](const TierRuleRecord& r) {
            return r.rule.version > 0 ? std::to_string(r.rule.version) : "";
        },
        "version", problems);
    std::unordered_map<std::string, std::string> itemPaths;
    for (const TierRuleRecord& record : rules) {
        const std::size_t index = record.origin.index;
        for (int tier = 1; tier <= kTierCount; ++tier) {
            const auto& uids = record.itemUids[static_cast<std::size_t>(tier - 1)];
            for (std::size_t i = 0; i < uids.size(); ++i) {
                const std::string path =
                    childPath(childPath(fieldPath(key(), index, "checklists"), tierKey(tier)), i);
                const auto [found, inserted] = itemPaths.emplace(uids[i], path);
                if (!uids[i].empty() && !inserted) {
                    problems.add(childPath(path, "uid"),
                                 "duplicate: " + found->second + " has it too");
                }
            }
        }
        if (!record.origin.intact) {
            continue;
        }
        for (const std::string& problem : launches::tierRuleProblems(record.rule)) {
            const auto [field, text] = placeProblem(problem);
            problems.add(fieldPath(key(), index, field), text);
        }
        validateAgainstWorkspace(scope, record, problems);
    }
}

void TierRulesSection::validateAgainstWorkspace(const ImportScope& scope,
                                                const TierRuleRecord& record,
                                                ProblemList& problems) const {
    const std::size_t index = record.origin.index;
    if (const TierRuleRecord* stored = scope.workspaceRules.find(record.rule.uid)) {
        const std::string differ = differences(*stored, record);
        if (!differ.empty()) {
            problems.add(recordPath(key(), index),
                         "the workspace's tier rule version " +
                             std::to_string(stored->rule.version) + " has this uid but other " +
                             differ +
                             "; a saved version never changes (give an edited rule a new uid)");
        }
        return;
    }
    for (int tier = 1; tier <= kTierCount; ++tier) {
        const auto& uids = record.itemUids[static_cast<std::size_t>(tier - 1)];
        for (std::size_t i = 0; i < uids.size(); ++i) {
            if (const ChecklistItemRef* used = scope.workspaceChecklistItem(uids[i])) {
                problems.add(childPath(childPath(childPath(fieldPath(key(), index, "checklists"),
                                                           tierKey(tier)),
                                                 i),
                                       "uid"),
                             "a checklist item of the workspace's tier rule version " +
                                 std::to_string(used->rule->rule.version) + " has this uid");
            }
        }
    }
}

ChangeCounts TierRulesSection::plan(const ImportScope& scope) const {
    return planByKey(key(), scope.file().tierRules, scope.workspaceRules, uidOf,
                     [](const TierRuleRecord&, const TierRuleRecord&) { return true; });
}

void TierRulesSection::write(const ImportScope& scope, sqlite3* db) const {
    RecordChanges<TierRuleRecord> changes;
    planByKey(
        key(), scope.file().tierRules, scope.workspaceRules, uidOf,
        [](const TierRuleRecord&, const TierRuleRecord&) { return true; }, &changes);
    if (changes.added.empty()) {
        return;
    }
    std::vector<std::pair<int, const TierRuleRecord*>> inserts;
    const auto& stored = scope.workspace().tierRules;
    if (scope.replacesDefaultRule()) {
        storage::removeUnusedTierRule(db, stored.front().rule.version);
        for (const TierRuleRecord* record : byVersion(changes.added)) {
            inserts.emplace_back(record->rule.version, record);
        }
    } else {
        int next = stored.empty() ? 1 : stored.back().rule.version + 1;
        for (const TierRuleRecord* record : byVersion(changes.added)) {
            inserts.emplace_back(next++, record);
        }
    }
    storage::insertTierRules(db, inserts);
}

}  // namespace pmm::interchange
