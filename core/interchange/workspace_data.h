#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "battlecards/battlecard.h"
#include "battlecards/revision.h"
#include "launches/launch.h"
#include "launches/tier_rule.h"
#include "positioning/deal.h"
#include "positioning/positioning_review.h"
#include "team/evidence_link.h"

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

// A competency of the skills matrix with its expectation per level (by rank, as stored).
struct ExpectationEntry {
    int levelRank = 0;
    std::string text;
    friend bool operator==(const ExpectationEntry&, const ExpectationEntry&) = default;
};

struct CompetencyRecord {
    std::string uid;
    std::string name;
    std::string description;
    int position = 1;
    bool requiredForPromotion = true;
    std::vector<ExpectationEntry> expectations;  // sorted by level rank
    Origin origin;
};

struct CompetitorLaunchRecord {
    std::string uid;
    std::string competitorUid;
    std::string launchedOn;
    std::string what;
    std::string impact;
    std::string loggedBy;
    std::string loggedAt;
    Origin origin;
};

// A revision of a card. Its text is kept only when it differs from the card's current text:
// most revisions (a card's latest) hold exactly that, and leaving it out halves the file.
struct CardRevisionRecord {
    std::string uid;
    int number = 1;
    battlecards::RevisionKind kind = battlecards::RevisionKind::Save;
    std::string changedBy;
    std::optional<std::string> changedByUid;
    std::string changedAt;
    std::string note;
    std::string summary;
    std::optional<battlecards::BattlecardContent> content;  // empty: the card's current text
};

struct BattlecardRecord {
    std::string uid;
    std::string competitorUid;
    std::string segmentUid;
    std::optional<std::string> ownerUid;
    std::string lastRefreshed;
    int refreshIntervalDays = battlecards::kDefaultRefreshIntervalDays;
    bool refreshRequired = false;
    std::optional<std::string> refreshLaunchUid;
    std::string createdAt;
    std::string updatedAt;
    battlecards::BattlecardContent content;
    std::vector<CardRevisionRecord> revisions;  // by number
    Origin origin;
};

// The text a revision holds: its own, or the card's current text.
inline const battlecards::BattlecardContent& revisionContent(const BattlecardRecord& card,
                                                             const CardRevisionRecord& revision) {
    return revision.content ? *revision.content : card.content;
}

struct AssessmentRecord {
    std::string uid;
    std::string personUid;
    std::string competencyUid;
    std::string assessedOn;
    int levelRank = 1;
    std::optional<int> selfLevelRank;
    std::optional<int> managerLevelRank;
    std::string evidence;
    std::optional<std::string> assessorUid;
    std::string assessorName;
    std::vector<team::EvidenceLink> links;  // in order
    std::string createdAt;
    std::string updatedAt;
    Origin origin;
};

// A win/loss record. The dedupe key is what a later CRM import matches the deal by (see
// migration 0006); it is kept as stored, so re-importing the same CRM export stays harmless.
struct DealRecord {
    std::string uid;
    std::string dealRef;  // the CRM's id of the deal, "" when none
    std::string name;
    std::string closedOn;
    positioning::Outcome outcome = positioning::Outcome::Lost;
    std::optional<std::string> segmentUid;
    std::optional<std::string> productUid;
    std::optional<std::string> competitorUid;
    std::optional<std::int64_t> arrCents;
    std::string reason;
    std::string angle;
    std::string notes;
    std::string dedupeKey;
    Origin origin;
};

// One version of a positioning statement. The version number is the workspace's: an import
// may number a new version after the versions the target already holds.
struct StatementRecord {
    std::string uid;
    std::string productUid;
    std::string segmentUid;
    int version = 0;
    std::string forCustomer;
    std::string whoNeed;
    std::string isA;
    std::string thatBenefit;
    std::string unlike;
    std::string weDiffer;
    std::string note;
    std::string createdBy;
    std::string createdOn;
    Origin origin;
};

// A card a review asked to refresh, with the review's words to the card's owner. A request
// is known by its review and card: its own uid stays inside the workspace.
struct RefreshRequestEntry {
    std::string cardUid;
    std::string requestedOn;
    std::string note;
    int cardRevision = 0;
    friend bool operator==(const RefreshRequestEntry&, const RefreshRequestEntry&) = default;
};

struct ReviewRecord {
    std::string uid;
    std::string reviewedOn;
    positioning::TriggerKind trigger = positioning::TriggerKind::Scheduled;
    std::optional<std::string> productUid;
    std::optional<std::string> segmentUid;
    std::optional<std::string> competitorUid;
    std::string evidence;
    positioning::ReviewDecision decision = positioning::ReviewDecision::Keep;
    std::optional<std::string> statementUid;
    std::string followUps;
    std::vector<std::string> participantUids;          // sorted
    std::vector<RefreshRequestEntry> refreshRequests;  // by card uid (a file's as written)
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
    std::vector<CompetencyRecord> competencies;
    std::vector<CompetitorLaunchRecord> competitorLaunches;
    std::vector<BattlecardRecord> battlecards;
    std::vector<AssessmentRecord> assessments;
    std::vector<DealRecord> deals;
    std::vector<StatementRecord> statements;
    std::vector<ReviewRecord> reviews;
};

}  // namespace pmm::interchange
