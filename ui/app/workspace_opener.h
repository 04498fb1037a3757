#pragma once

#include <QString>

class QWidget;

namespace pmm::ui {

class UserFeedback;
class WorkspaceSession;

// Where the GUI keeps its workspace when the user never chose one:
// <AppDataLocation>/workspace.pmmw.
QString defaultWorkspacePath();

// Opens and creates workspaces for the window, turning every WorkspaceError into a message
// or an offer: a workspace in use elsewhere, or on a read-only disk, can be opened
// read-only; a newer, foreign or damaged file is explained and left untouched.
class WorkspaceOpener {
public:
    enum class Result { Opened, OpenedReadOnly, Failed, NotFound };

    WorkspaceOpener(WorkspaceSession& session, UserFeedback& feedback, QWidget* parent);

    Result open(const QString& path);
    // Creates a new workspace (never over an existing file), making its folder if needed.
    Result create(const QString& path);

private:
    Result openReadOnly(const QString& path);

    WorkspaceSession& m_session;
    UserFeedback& m_feedback;
    QWidget* m_parent;
};

}  // namespace pmm::ui
