#pragma once

#include <cstdint>
#include <optional>

#include "storage/launch_store.h"
#include "undo/workspace_command.h"

namespace pmm::ui {

// Removes a launch. Undo puts back exactly what the removal took: the launch with its id,
// uid, tier and override, its ticked deliverables and its override history.
class RemoveLaunchCommand final : public WorkspaceCommand {
public:
    RemoveLaunchCommand(WorkspaceSession& session, std::int64_t launchId, const QString& name);

    void apply() override;
    void revert() override;
    int id() const override;

private:
    std::int64_t m_launchId;
    std::optional<launches::RemovedLaunch> m_removed;
};

}  // namespace pmm::ui
