#include "app/workspace_opener.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include "app/workspace_session.h"
#include "common/user_feedback.h"
#include "storage/workspace_error.h"

namespace pmm::ui {

namespace {

using storage::WorkspaceError;
using storage::WorkspaceErrorKind;

QString tr(const char* text) {
    return QCoreApplication::translate("pmm::ui::WorkspaceOpener", text);
}

QString messageOf(const std::exception& error) {
    return QString::fromStdString(error.what());
}

}  // namespace

QString defaultWorkspacePath() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("workspace.pmmw"));
}

WorkspaceOpener::WorkspaceOpener(WorkspaceSession& session, UserFeedback& feedback, QWidget* parent)
    : m_session(session), m_feedback(feedback), m_parent(parent) {}

WorkspaceOpener::Result WorkspaceOpener::open(const QString& path) {
    try {
        m_session.open(path, storage::OpenMode::ReadWrite);
        return Result::Opened;
    } catch (const WorkspaceError& error) {
        switch (error.kind()) {
            case WorkspaceErrorKind::InUse:
                if (m_feedback.ask(m_parent, tr("Workspace in use"),
                                   messageOf(error) + QStringLiteral("\n\n") +
                                       tr("Read-only, you can look at everything but change "
                                          "nothing."),
                                   tr("Open &read-only"))) {
                    return openReadOnly(path);
                }
                return Result::Failed;
            case WorkspaceErrorKind::ReadOnly:
                if (m_feedback.ask(m_parent, tr("Workspace is read-only"), messageOf(error),
                                   tr("Open &read-only"))) {
                    return openReadOnly(path);
                }
                return Result::Failed;
            case WorkspaceErrorKind::NotFound:
                m_feedback.showError(m_parent, tr("Workspace not found"), messageOf(error));
                return Result::NotFound;
            default:
                m_feedback.showError(m_parent, tr("Cannot open the workspace"), messageOf(error));
                return Result::Failed;
        }
    } catch (const std::exception& error) {
        m_feedback.showError(m_parent, tr("Cannot open the workspace"), messageOf(error));
        return Result::Failed;
    }
}

WorkspaceOpener::Result WorkspaceOpener::create(const QString& path) {
    try {
        QDir().mkpath(QFileInfo(path).absolutePath());
        m_session.create(path);
        return Result::Opened;
    } catch (const std::exception& error) {
        m_feedback.showError(m_parent, tr("Cannot create the workspace"), messageOf(error));
        return Result::Failed;
    }
}

WorkspaceOpener::Result WorkspaceOpener::openReadOnly(const QString& path) {
    try {
        m_session.open(path, storage::OpenMode::ReadOnly);
        return Result::OpenedReadOnly;
    } catch (const std::exception& error) {
        m_feedback.showError(m_parent, tr("Cannot open the workspace"), messageOf(error));
        return Result::Failed;
    }
}

}  // namespace pmm::ui
