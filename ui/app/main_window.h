#pragma once

#include <QList>
#include <QMainWindow>

#include <optional>

class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QMessageBox;
class QSplitter;
class QStackedWidget;

namespace pmm::ui {

class BattlecardsSection;
class CatalogSection;
class EmptyState;
class InfoBar;
class LaunchesSection;
class PositioningSection;
class QuarterSection;
class SkillsFrameworkDialog;
class SkillsMatrixPage;
class Section;
class UserFeedback;
class WorkspaceSession;

// The window: a sidebar of sections beside the current section, menus, an info bar for
// non-blocking offers, and the workspace path in the status bar. It does not own the
// workspace: the session does, and may outlive the window.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(WorkspaceSession& session, UserFeedback& feedback, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Open or create a workspace, with every problem explained (see WorkspaceOpener).
    // On success: remembered in Open Recent, backed up daily (read-write only), and an
    // empty workspace offers demo data. Return whether a workspace from `path` is open.
    bool openWorkspace(const QString& path);
    bool createWorkspace(const QString& path);
    // Start-up: `requested` when given (and not empty), else the last workspace used, else
    // the default workspace, created on first start.
    void openAtStartup(const std::optional<QString>& requested);

    // Plugs a section into the sidebar, the section stack and the View menu.
    void addSection(Section* section);
    const QList<Section*>& sections() const { return m_sections; }
    Section* currentSection() const;
    void showSection(int index);
    CatalogSection* catalogSection() const { return m_catalog; }
    LaunchesSection* launchesSection() const { return m_launches; }
    QuarterSection* quarterSection() const { return m_quarter; }
    // The Team section's skills matrix tab, and Settings ▸ Skills framework… (not modal).
    SkillsMatrixPage* skillsPage() const { return m_skills; }
    SkillsFrameworkDialog* openSkillsFramework();
    BattlecardsSection* battlecardsSection() const { return m_battlecards; }
    PositioningSection* positioningSection() const { return m_positioning; }

    InfoBar* infoBar() const { return m_infoBar; }
    EmptyState* welcome() const { return m_welcome; }
    QLabel* workspaceLabel() const { return m_pathLabel; }
    // Fills the open, empty workspace with the small demo (not undoable: one bulk change).
    bool loadDemoData();
    // Help ▸ About, shown without blocking; returned so callers can inspect or close it.
    QMessageBox* showAbout();

    void restoreWindowSettings();
    void saveWindowSettings() const;

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createMenus();
    void newWorkspaceDialog();
    void openWorkspaceDialog();
    void rebuildRecentMenu();
    void afterOpen();
    void backUpDaily();
    void onWorkspaceChanged();
    void offerHelp();
    void refreshIcons();
    // Edit ▸ Remove names the current section's remove action, or is disabled.
    void updateRemoveAction();
    // Launch tiering: the Quarter and Launches sections, File ▸ New launch… and
    // Settings ▸ Launch tiering….
    void createLaunchTiering();
    // Skills: the Skills matrix tab of Team & catalog and Settings ▸ Skills framework….
    void createSkills();
    // The Battlecards section, File ▸ New battlecard… and Competitor launch….
    void createBattlecards();
    // The Positioning section (triggers, statements, reviews, win/loss).
    void createPositioning();

    WorkspaceSession& m_session;
    UserFeedback& m_feedback;
    QList<Section*> m_sections;
    CatalogSection* m_catalog = nullptr;
    QuarterSection* m_quarter = nullptr;
    LaunchesSection* m_launches = nullptr;
    SkillsMatrixPage* m_skills = nullptr;
    BattlecardsSection* m_battlecards = nullptr;
    PositioningSection* m_positioning = nullptr;

    InfoBar* m_infoBar;
    QStackedWidget* m_pages;
    EmptyState* m_welcome;
    QSplitter* m_splitter;
    QListWidget* m_sidebar;
    QStackedWidget* m_sectionStack;
    QLabel* m_pathLabel;
    QAction* m_removeAction = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QActionGroup* m_sectionActions;
    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

}  // namespace pmm::ui
