#pragma once

class QMenu;
class QMenuBar;
class QWidget;

namespace pmm::ui {

class UserFeedback;
class WorkspaceSession;

// Adds the Reports menu (Tier report…, Ctrl+P; Battlecards…; Skills matrix…; Promotion
// packet…) to `menuBar`, enabled while a workspace is open; each choice opens its dialog
// over `window`.
QMenu* addReportsMenu(QMenuBar* menuBar, WorkspaceSession& session, UserFeedback& feedback,
                      QWidget* window);

}  // namespace pmm::ui
