#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "storage/deal_store.h"
#include "undo/workspace_command.h"

namespace pmm::ui {

// Removes one or several win/loss records in one step. Undo puts back the identical rows:
// same ids, uids and dedupe keys, every field, so a later CRM import still matches them.
class RemoveDealCommand final : public WorkspaceCommand {
public:
    // `name`: the record's name when there is one record (for the Edit menu's text).
    RemoveDealCommand(WorkspaceSession& session, std::vector<std::int64_t> dealIds,
                      const QString& name);

    void apply() override;
    void revert() override;
    int id() const override;

private:
    std::vector<std::int64_t> m_dealIds;
    std::optional<storage::RemovedDeals> m_removed;
};

}  // namespace pmm::ui
