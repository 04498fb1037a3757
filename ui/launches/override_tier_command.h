#pragma once

#include <QString>

#include <cstdint>
#include <optional>

#include "undo/workspace_command.h"

namespace pmm::ui {

// Puts a tier in force over the rule's result (with its reason), or removes the override
// (tier empty). Undo restores the override that was in force before, or removes it. Each
// step goes through core, so each is also recorded in the launch's override history.
class OverrideTierCommand final : public WorkspaceCommand {
public:
    struct Override {
        std::optional<int> tier;  // empty: no override
        QString reason;
    };

    OverrideTierCommand(WorkspaceSession& session, std::int64_t launchId, const QString& launchName,
                        Override before, Override after);

    void apply() override;
    void revert() override;
    int id() const override;

private:
    void put(const Override& state, const QString& removalReason);

    std::int64_t m_launchId;
    Override m_before;
    Override m_after;
};

}  // namespace pmm::ui
