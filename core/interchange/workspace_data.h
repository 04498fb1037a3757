#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "launches/launch.h"
#include "launches/tier_rule.h"

namespace pmm::interchange {

// Where a record of an imported file came from, for messages and for rules that need a
// sound record. Records read from the workspace keep the defaults.
struct Origin {
    std::size_t index = 0;  // position in the section's array
    bool intact = true;     // false when one of its fields had a problem
};

// A whole workspace as the interchange format sees it: every reference is a uid, never a
// local integer key. Read from a workspace (storage/interchange_reader.h) or from a file.
struct LevelRecord {
    int rank = 0;
    std::string name;
    Origin origin;
};

struct SettingRecord {
    std::string key;
    std::string value;
    Origin origin;
};

struct PersonRecord {
    std::string uid;
    std::string name;
    std::string email;
    int levelRank = 2;
    std::optional<std::string> managerUid;
    Origin origin;
};

struct ProductRecord {
    std::string uid;
    std::string name;
    std::string description;
    Origin origin;
};

struct SegmentRecord {
    std::string uid;
    std::string name;
    std::string description;
    std::optional<std::string> ownerUid;
    Origin origin;
};

struct CompetitorRecord {
    std::string uid;
    std::string name;
    std::string website;
    std::optional<std::string> firstSeen;
    std::string notes;
    Origin origin;
};

// One tier rule version with its checklists; itemUids runs parallel to rule.checklist.
struct TierRuleRecord {
    launches::TierRule rule;
    std::array<std::vector<std::string>, launches::kTierCount> itemUids;
    Origin origin;
};

struct ChecklistMark {
    std::string itemUid;
    bool done = true;
};

struct OverrideEntry {
    std::string uid;
    std::optional<int> fromTier;
    std::optional<int> toTier;  // empty: the override was removed
    std::string reason;
    std::string changedBy;
    std::string changedAt;
};

// A launch: `launch` holds its fields (its integer keys and ruleVersion are not used here).
struct LaunchRecord {
    launches::Launch launch;
    std::string productUid;
    std::string ownerUid;
    std::optional<std::string> ruleUid;  // with computedTier and score: the stated tier
    std::vector<ChecklistMark> checklist;
    std::vector<OverrideEntry> overrides;
    Origin origin;
};

struct WorkspaceData {
    std::vector<LevelRecord> levels;
    std::vector<SettingRecord> settings;
    std::vector<PersonRecord> people;
    std::vector<ProductRecord> products;
    std::vector<SegmentRecord> segments;
    std::vector<CompetitorRecord> competitors;
    std::vector<TierRuleRecord> tierRules;
    std::vector<LaunchRecord> launches;
};

}  // namespace pmm::interchange
