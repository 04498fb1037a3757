#pragma once

#include <QString>

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "launches/launch.h"
#include "launches/readiness.h"

namespace pmm::ui {

// Core speaks UTF-8 std::string; the widgets speak QString.
QString toQString(std::string_view text);
std::string toStdString(const QString& text);

// "Tier 2" (core's name), or an em dash for a launch that is not tiered yet.
QString tierText(const std::optional<int>& tier);
// "3.40" from hundredths, or an em dash.
QString scoreText(const std::optional<int>& hundredths);
// "In progress"
QString statusText(launches::LaunchStatus status);
// "3/5 (60 %)", or an em dash while the launch has no tier (nothing is required yet).
QString readinessText(const launches::Readiness& readiness, bool tiered);

// A tooltip that shows `text` as written: Qt guesses rich text from tags, so user text is
// escaped inside an explicit rich-text tooltip ("<b>x</b>" stays those characters).
QString textToolTip(const QString& text);

// Who is recorded as making an override or saving a rule version: the account's name.
QString currentUserName();

// Runs `work` and returns core's sentence when it refuses (storage::WorkspaceError), else
// an empty string. For checks shown inline, next to the field, instead of in a dialog.
QString coreProblem(const std::function<void()>& work);

}  // namespace pmm::ui
