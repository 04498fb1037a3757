#pragma once

#include <QColor>
#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

#include "battlecards/battlecard.h"
#include "battlecards/refresh_status.h"
#include "util/dates.h"

namespace pmm::ui {

class WorkspaceSession;

// "Due soon"
QString refreshStatusText(battlecards::RefreshStatus status);
// "2026-05-02"
QString isoDateText(const Date& date);

// A search snippet as rich text: every part escaped, the matches (between kMatchStart and
// kMatchEnd) bold on a `mark` background. Nothing the user typed or wrote becomes markup.
QString highlightedSnippetHtml(std::string_view snippet, const QColor& mark);

// The workspace setting that remembers who uses the Battlecards section ("You are: …"): a
// person's uid. There is no sign-in; this only orders the table and names the editor.
inline constexpr const char* kSignedInSetting = "battlecards.you_are";
// The chosen person's id, if one is chosen and still in the workspace.
std::optional<std::int64_t> signedInPerson(const WorkspaceSession& session);
// Stores the choice (a view preference: not an undoable edit). Returns whether it was stored.
bool setSignedInPerson(WorkspaceSession& session, std::optional<std::int64_t> personId);

// Who a save, refresh or launch is recorded as: the chosen person, else the account's name.
battlecards::CardEditor currentEditor(const WorkspaceSession& session);

}  // namespace pmm::ui
