#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "launches/launch.h"
#include "launches/tier_rule.h"

namespace pmm::storage {
class Statement;
class Workspace;
}  // namespace pmm::storage

namespace pmm::launches {

// A launch for LaunchBulkWriter, with what LaunchStore would otherwise add step by step.
struct BulkLaunch {
    // uid, createdAt and updatedAt set by the caller (demo data stays reproducible); the
    // tier fields are computed here. overrideTier with overrideReason is written as is.
    Launch launch;
    // The first doneItems items of the launch's tier checklist are ticked.
    int doneItems = 0;
    // The history record of launch.overrideTier.
    std::string overrideUid;
    std::string overrideBy;
    std::string overrideAt;  // ISO-8601 UTC
};

// Writes many launches fast (demo data, 100,000 launches in seconds): the current rule and
// its checklists are read once and every statement is prepared once. It checks what the
// data itself must satisfy (the status gate, scores 1-5, an override's reason) but not that
// product and owner exist beyond the foreign keys. The caller holds the transaction (a
// Workspace::BulkChange) and nothing is notified per launch.
class LaunchBulkWriter {
public:
    explicit LaunchBulkWriter(storage::Workspace& workspace);
    ~LaunchBulkWriter();
    LaunchBulkWriter(const LaunchBulkWriter&) = delete;
    LaunchBulkWriter& operator=(const LaunchBulkWriter&) = delete;

    const TierRule& rule() const { return m_rule; }
    // Returns the stored id. Throws WorkspaceError(Invalid) when the launch breaks a rule.
    std::int64_t add(BulkLaunch bulk);

private:
    storage::Workspace& m_workspace;
    TierRule m_rule;
    std::array<std::vector<std::int64_t>, kTierCount> m_items;  // checklist item ids by tier
    std::unique_ptr<storage::Statement> m_insertLaunch;
    std::unique_ptr<storage::Statement> m_insertTick;
    std::unique_ptr<storage::Statement> m_insertOverride;
};

}  // namespace pmm::launches
