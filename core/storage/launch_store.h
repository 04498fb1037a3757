#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "launches/launch.h"
#include "launches/quarter.h"
#include "launches/rule_preview.h"
#include "launches/tier_capacity.h"

namespace pmm::storage {
class Workspace;
}

namespace pmm::launches {

// One entry of a launch's override history; toTier is empty when the override was removed.
struct OverrideRecord {
    std::int64_t id = 0;
    std::string uid;
    std::int64_t launchId = 0;
    std::optional<int> fromTier;
    std::optional<int> toTier;
    std::string reason;
    std::string changedBy;
    std::string changedAt;
};

// A launch's checklist row as stored: ticked (or unticked again) items of any tier or rule
// version it had, so a change of tier that comes back finds the work done.
struct ChecklistTick {
    std::int64_t itemId = 0;
    bool done = false;

    friend bool operator==(const ChecklistTick&, const ChecklistTick&) = default;
};

// Everything the removal of a launch takes with it, so that an undo puts back exactly what
// was there: the launch, its checklist rows and its override history.
struct RemovedLaunch {
    Launch launch;
    std::vector<ChecklistTick> checklist;
    std::vector<OverrideRecord> overrides;
};

// Launches and their tiering. Every write runs in its own transaction (a savepoint inside a
// BulkChange), validates first (including the status gate) and notifies {Launch, ..., id}
// after the commit. Rule violations throw WorkspaceError(Invalid) with a sentence that names
// the field, and leave the workspace unchanged.
class LaunchStore {
public:
    explicit LaunchStore(storage::Workspace& workspace) : m_workspace(workspace) {}

    // All launches by quarter, name; or one quarter's by name.
    std::vector<Launch> list() const;
    std::vector<Launch> listQuarter(const Quarter& quarter) const;
    std::optional<Launch> find(std::int64_t id) const;

    // Inserts `launch` and tiers it when its three criteria are scored: with the current rule,
    // or with launch.ruleVersion when that version exists (undo of a removal, import). Keeps
    // id, uid, createdAt and an override (which needs its reason) when set. Returns it stored.
    Launch add(Launch launch);
    // Saves the editable fields. When the criteria changed the launch is re-tiered with the
    // rule version it was tiered with (the current one if it had none). The tier fields of
    // `launch` are ignored: see retierWithCurrentRule and overrideTier. Returns it stored.
    Launch update(const Launch& launch);
    // Removes a launch with its checklist state and override history; idempotent.
    void remove(std::int64_t id);
    // The same, returning what was removed (nothing when the launch does not exist).
    std::optional<RemovedLaunch> removeKeepingHistory(std::int64_t id);
    // Stores a removed launch again: same id, uid, tier and override, its checklist rows and
    // its override history (same uids, reasons, authors and times). Notifies {Launch, Added}.
    Launch restore(const RemovedLaunch& removed);

    // Moves the launch to the current rule version and re-tiers it.
    Launch retierWithCurrentRule(std::int64_t id);
    // The rule's result for `launch` under its own rule version, with the explanation.
    std::optional<TierResult> tierResult(const Launch& launch) const;

    // Puts `tier` in force over the rule's result; needs a reason; recorded in the history.
    Launch overrideTier(std::int64_t id, int tier, std::string_view reason, std::string_view by);
    // Returns the launch to the rule's result; recorded in the history. No-op without override.
    Launch clearOverride(std::int64_t id, std::string_view reason, std::string_view by);
    // Oldest first.
    std::vector<OverrideRecord> overrideHistory(std::int64_t id) const;

    // Tier 1 launches of the quarter against the current rule's capacity.
    TierCapacityUse tierOneCapacity(const Quarter& quarter) const;

    // Which open launches (idea to in progress) would change computed tier under `proposed`.
    // Throws WorkspaceError(Invalid) when `proposed` is not a valid rule.
    std::vector<TierChange> previewRule(const TierRule& proposed) const;

private:
    // add() without its transaction and notification.
    Launch insert(Launch launch);

    storage::Workspace& m_workspace;
};

}  // namespace pmm::launches
