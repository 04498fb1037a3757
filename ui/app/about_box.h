#pragma once

class QMessageBox;
class QWidget;

namespace pmm::ui {

class WorkspaceSession;

// Help ▸ About: the app's name and version, and the open workspace's path and schema.
// The box deletes itself when closed; the caller shows it (open() or exec()).
QMessageBox* createAboutBox(const WorkspaceSession& session, QWidget* parent);

}  // namespace pmm::ui
