#pragma once

#include <QVariant>

#include <cstdint>

#include "launches/launch_field.h"
#include "undo/workspace_command.h"

namespace pmm::ui {

// Changes one field of one launch; undo sets it back. The rest of the launch is read fresh
// from the workspace each time, so commands on other fields never undo each other. Core
// re-tiers the launch when a score changes and refuses what breaks a rule (the status gate).
class SetLaunchFieldCommand final : public WorkspaceCommand {
public:
    SetLaunchFieldCommand(WorkspaceSession& session, std::int64_t launchId,
                          const QString& launchName, LaunchField field, QVariant oldValue,
                          QVariant newValue);

    void apply() override;
    void revert() override;
    int id() const override;

private:
    void write(const QVariant& value);

    std::int64_t m_launchId;
    LaunchField m_field;
    QVariant m_oldValue;
    QVariant m_newValue;
};

}  // namespace pmm::ui
