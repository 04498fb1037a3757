#include "launches/override_tier_command.h"

#include <QCoreApplication>

#include "app/workspace_session.h"
#include "launches/launch_texts.h"
#include "storage/launch_store.h"
#include "undo/command_ids.h"

namespace pmm::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("pmm::ui::OverrideTierCommand", text);
}

}  // namespace

OverrideTierCommand::OverrideTierCommand(WorkspaceSession& session, std::int64_t launchId,
                                         const QString& launchName, Override before, Override after)
    : WorkspaceCommand(session),
      m_launchId(launchId),
      m_before(std::move(before)),
      m_after(std::move(after)) {
    setText(m_after.tier
                ? tr("Override tier of %1 to %2").arg(quoted(launchName), tierText(m_after.tier))
                : tr("Remove tier override of %1").arg(quoted(launchName)));
}

void OverrideTierCommand::apply() {
    put(m_after, m_after.reason);
}

void OverrideTierCommand::revert() {
    put(m_before, tr("Undo: the override was taken back."));
}

int OverrideTierCommand::id() const {
    return kOverrideTierCommand;
}

void OverrideTierCommand::put(const Override& state, const QString& removalReason) {
    launches::LaunchStore store(session().workspace());
    const std::string by = toStdString(currentUserName());
    if (state.tier) {
        store.overrideTier(m_launchId, *state.tier, toStdString(state.reason), by);
    } else {
        store.clearOverride(m_launchId, toStdString(removalReason), by);
    }
}

}  // namespace pmm::ui
