#include "interchange/launches_section.h"

#include <unordered_map>
#include <unordered_set>

#include "interchange/import_scope.h"
#include "interchange/launch_json.h"
#include "interchange/section_support.h"
#include "storage/interchange_launch_writer.h"

namespace pmm::interchange {

namespace {

std::string uidOf(const LaunchRecord& record) {
    return record.launch.uid;
}

bool sameCriterion(const launches::CriterionScore& a, const launches::CriterionScore& b) {
    return a.score == b.score && a.evidence == b.evidence;
}

bool sameFields(const LaunchRecord& x, const LaunchRecord& y) {
    const launches::Launch& a = x.launch;
    const launches::Launch& b = y.launch;
    return a.uid == b.uid && a.name == b.name && x.productUid == y.productUid &&
           a.quarter == b.quarter && a.targetDate == b.targetDate && x.ownerUid == y.ownerUid &&
           a.status == b.status && a.outcome == b.outcome && a.metric == b.metric &&
           a.isPivot == b.isPivot && sameCriterion(a.revenueImpact, b.revenueImpact) &&
           sameCriterion(a.competitiveUrgency, b.competitiveUrgency) &&
           sameCriterion(a.customerDemand, b.customerDemand) && x.ruleUid == y.ruleUid &&
           a.computedTier == b.computedTier && a.score == b.score &&
           a.overrideTier == b.overrideTier && a.overrideReason == b.overrideReason &&
           a.createdAt == b.createdAt && a.updatedAt == b.updatedAt;
}

bool sameEntry(const OverrideEntry& a, const OverrideEntry& b) {
    return a.uid == b.uid && a.fromTier == b.fromTier && a.toTier == b.toTier &&
           a.reason == b.reason && a.changedBy == b.changedBy && a.changedAt == b.changedAt;
}

// Unchanged: the same fields and checklist, and every override of the file already
// recorded (history only grows, so the workspace may hold more).
bool same(const LaunchRecord& stored, const LaunchRecord& record) {
    if (!sameFields(stored, record) || stored.checklist.size() != record.checklist.size()) {
        return false;
    }
    for (std::size_t i = 0; i < stored.checklist.size(); ++i) {
        if (stored.checklist[i].itemUid != record.checklist[i].itemUid ||
            stored.checklist[i].done != record.checklist[i].done) {
            return false;
        }
    }
    for (const OverrideEntry& entry : record.overrides) {
        bool found = false;
        for (const OverrideEntry& known : stored.overrides) {
            found = found || sameEntry(known, entry);
        }
        if (!found) {
            return false;
        }
    }
    return true;
}

std::string withoutLabel(std::string text) {
    if (const auto colon = text.find(": "); colon != std::string::npos && colon < 20) {
        text.erase(0, colon + 2);
    }
    if (!text.empty() && text.back() == '.') {
        text.pop_back();
    }
    return text;
}

}  // namespace

void LaunchesSection::writeJson(JsonWriter& out, const WorkspaceData& data) const {
    out.beginArray();
    for (const LaunchRecord& record : data.launches) {
        writeLaunch(out, record);
    }
    out.endArray();
}

void LaunchesSection::readRecord(const nlohmann::json& value, std::size_t index,
                                 WorkspaceData& file, ProblemList& problems) const {
    file.launches.push_back(launchFromJson(value, index, problems));
}

void LaunchesSection::complete(WorkspaceData& file, const ImportScope& scope) const {
    const std::string now = nowTimestamp();
    const TierRuleRecord* current = scope.currentRuleAfterImport();
    for (LaunchRecord& record : file.launches) {
        launches::Launch& launch = record.launch;
        if (launch.createdAt.empty()) {
            launch.createdAt = now;
        }
        if (launch.updatedAt.empty()) {
            launch.updatedAt = now;
        }
        for (OverrideEntry& entry : record.overrides) {
            if (entry.changedAt.empty()) {
                entry.changedAt = now;
            }
        }
        // A launch stated without its tier is tiered as the app would on adding it.
        const auto criteria = launch.criteria();
        if (!record.ruleUid && criteria && current != nullptr && record.origin.intact) {
            const launches::TierResult result = launches::evaluateTier(current->rule, *criteria);
            record.ruleUid = current->rule.uid;
            launch.computedTier = result.tier;
            launch.score = result.score;
        }
    }
}

void LaunchesSection::validate(const ImportScope& scope, ProblemList& problems) const {
    const auto& records = scope.file().launches;
    reportDuplicateKeys(key(), records, uidOf, "uid", problems);
    std::unordered_map<std::string, std::string> storedOverrideLaunch;
    for (const LaunchRecord& stored : scope.workspace().launches) {
        for (const OverrideEntry& entry : stored.overrides) {
            storedOverrideLaunch.emplace(entry.uid, stored.launch.uid);
        }
    }
    std::unordered_map<std::string, std::string> overridePaths;
    // A rule with problems of its own is reported once, not again by every launch it tiers.
    std::unordered_map<const TierRuleRecord*, bool> soundRules;
    for (const TierRuleRecord& rule : scope.file().tierRules) {
        soundRules.emplace(&rule,
                           rule.origin.intact && launches::tierRuleProblems(rule.rule).empty());
    }
    for (const LaunchRecord& record : records) {
        const std::size_t index = record.origin.index;
        if (!record.productUid.empty() && !scope.productExists(record.productUid)) {
            problems.add(
                fieldPath(key(), index, "product"),
                "no product with uid " + record.productUid + " in the file or the workspace");
        }
        if (!record.ownerUid.empty() && !scope.personExists(record.ownerUid)) {
            problems.add(fieldPath(key(), index, "owner"),
                         "no person with uid " + record.ownerUid + " in the file or the workspace");
        }
        if (record.origin.intact) {
            if (const std::string gate = launches::statusGateProblem(record.launch);
                !gate.empty()) {
                problems.add(fieldPath(key(), index, "status"), withoutLabel(gate));
            }
        }
        validateTier(scope, record, soundRules, problems);
        std::unordered_set<std::string> marked;
        for (std::size_t i = 0; i < record.checklist.size(); ++i) {
            const std::string& item = record.checklist[i].itemUid;
            const auto path = [&] {
                return childPath(childPath(fieldPath(key(), index, "checklist"), i), "item");
            };
            if (item.empty()) {
                continue;
            }
            if (!marked.insert(item).second) {
                problems.add(path(), "this launch lists the item twice");
            } else if (scope.checklistItem(item) == nullptr) {
                problems.add(path(), "no checklist item with uid " + item +
                                         " in the file's or the workspace's tier rules");
            }
        }
        for (std::size_t i = 0; i < record.overrides.size(); ++i) {
            const OverrideEntry& entry = record.overrides[i];
            const std::string path =
                childPath(childPath(fieldPath(key(), index, "overrides"), i), "uid");
            if (entry.uid.empty()) {
                continue;
            }
            const auto [found, inserted] = overridePaths.emplace(entry.uid, path);
            if (!inserted) {
                problems.add(path, "duplicate: " + found->second + " has it too");
            }
            const auto stored = storedOverrideLaunch.find(entry.uid);
            if (stored != storedOverrideLaunch.end() && stored->second != record.launch.uid) {
                problems.add(path, "the workspace records this override for another launch (uid " +
                                       stored->second + ")");
            }
        }
    }
}

void LaunchesSection::validateTier(const ImportScope& scope, const LaunchRecord& record,
                                   const std::unordered_map<const TierRuleRecord*, bool>& sound,
                                   ProblemList& problems) const {
    if (!record.ruleUid || record.ruleUid->empty()) {
        return;
    }
    const std::size_t index = record.origin.index;
    const TierRuleRecord* rule = scope.rule(*record.ruleUid);
    if (rule == nullptr) {
        problems.add(
            childPath(fieldPath(key(), index, "tier"), "rule"),
            "no tier rule version with uid " + *record.ruleUid + " in the file or the workspace");
        return;
    }
    if (!record.origin.intact) {
        return;  // its scores or tier fields had problems of their own
    }
    const auto criteria = record.launch.criteria();
    if (!criteria) {
        problems.add(fieldPath(key(), index, "tier"),
                     "a launch has a tier only once its three criteria are scored");
        return;
    }
    if (const auto known = sound.find(rule); known != sound.end() && !known->second) {
        return;
    }
    const launches::TierResult result = launches::evaluateTier(rule->rule, *criteria);
    const launches::Launch& launch = record.launch;
    if (launch.computedTier != result.tier || launch.score != result.score) {
        problems.add(childPath(fieldPath(key(), index, "tier"), "computed"),
                     "tier rule version " + std::to_string(rule->rule.version) + " makes this " +
                         launches::tierName(result.tier) + " with score " +
                         launches::formatHundredths(result.score) + ", not " +
                         launches::tierName(launch.computedTier.value_or(0)) + " with score " +
                         launches::formatHundredths(launch.score.value_or(0)));
    }
}

ChangeCounts LaunchesSection::plan(const ImportScope& scope) const {
    return planByKey(key(), scope.file().launches, scope.workspaceLaunches, uidOf, same);
}

void LaunchesSection::write(const ImportScope& scope, sqlite3* db) const {
    RecordChanges<LaunchRecord> changes;
    planByKey(key(), scope.file().launches, scope.workspaceLaunches, uidOf, same, &changes);
    storage::writeLaunches(db, changes);
}

}  // namespace pmm::interchange
