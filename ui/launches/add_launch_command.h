#pragma once

#include <QString>
#include <QStringList>

#include <optional>

#include "launches/launch.h"
#include "storage/launch_store.h"
#include "undo/workspace_command.h"

namespace pmm::ui {

// Creates a launch as the New Launch wizard describes it: the launch (tiered by core with
// the current rule), its override with the reason (recorded in the override history) and
// the deliverables already done. Undo removes it all; redo puts it back as undo found it:
// same id, uid and rule version, with its ticks and override history.
class AddLaunchCommand final : public WorkspaceCommand {
public:
    struct Override {
        int tier = 0;
        QString reason;
    };

    AddLaunchCommand(WorkspaceSession& session, launches::Launch launch,
                     std::optional<Override> override, QStringList doneItems);

    void apply() override;
    void revert() override;
    int id() const override;

    // The launch as stored (its id is known once apply() has run).
    const launches::Launch& launch() const { return m_launch; }

private:
    launches::Launch m_launch;
    std::optional<Override> m_override;
    QStringList m_doneItems;
    std::optional<launches::RemovedLaunch> m_removed;  // what undo took, for redo
};

}  // namespace pmm::ui
