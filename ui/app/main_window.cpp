#include "app/main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <chrono>

#include "app/about_box.h"
#include "app/recent_workspaces.h"
#include "app/workspace_opener.h"
#include "app/workspace_session.h"
#include "common/empty_state.h"
#include "common/info_bar.h"
#include "common/record_table_page.h"
#include "common/section.h"
#include "common/themed_icon.h"
#include "common/user_feedback.h"
#include "demo/demo_data.h"
#include "interchange/interchange_menu.h"
#include "positioning/deal_import_actions.h"
#include "reports/reports_menu.h"
#include "storage/backups.h"
#include "storage/catalog.h"
#include "team/catalog_section.h"

namespace pmm::ui {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kSectionKey = QStringLiteral("mainWindow/section");

// A name shown in a menu: "&" must not turn into a mnemonic.
QString menuText(QString text) {
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

// The platform's bindings for `key`, plus the one the product documents, so every
// platform theme (even a minimal one without a Quit binding) offers it.
QList<QKeySequence> shortcutsFor(QKeySequence::StandardKey key, const QKeySequence& documented) {
    QList<QKeySequence> shortcuts = QKeySequence::keyBindings(key);
    if (!shortcuts.contains(documented)) {
        shortcuts.append(documented);
    }
    return shortcuts;
}

}  // namespace

MainWindow::MainWindow(WorkspaceSession& session, UserFeedback& feedback, QWidget* parent)
    : QMainWindow(parent),
      m_session(session),
      m_feedback(feedback),
      m_infoBar(new InfoBar(this)),
      m_pages(new QStackedWidget(this)),
      m_welcome(new EmptyState(this)),
      m_splitter(new QSplitter(this)),
      m_sidebar(new QListWidget(this)),
      m_sectionStack(new QStackedWidget(this)),
      m_pathLabel(new QLabel(this)),
      m_sectionActions(new QActionGroup(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(applicationIcon());
    m_session.setErrorReporter([this](const QString& message) {
        m_feedback.showError(this, tr("PMM Workbench"), message);
    });

    m_welcome->setObjectName(QStringLiteral("welcome"));
    m_welcome->setHeadline(tr("No workspace is open."));
    m_welcome->setExplanation(
        tr("A workspace is one file that holds your team, launches, battlecards and "
           "decisions. Open one, or start a new one."));
    m_welcome->setActionText(tr("&Open workspace\u2026"));
    connect(m_welcome, &EmptyState::actionTriggered, this, &MainWindow::openWorkspaceDialog);
    connect(m_welcome->addButton(tr("&New workspace\u2026")), &QPushButton::clicked, this,
            &MainWindow::newWorkspaceDialog);

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Sections"));
    m_sidebar->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sidebar->setUniformItemSizes(true);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::showSection);
    m_sectionStack->setObjectName(QStringLiteral("sections"));
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_sectionStack);
    m_splitter->setCollapsible(1, false);
    m_splitter->setStretchFactor(1, 1);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_splitter);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_infoBar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_pathLabel->setObjectName(QStringLiteral("workspacePath"));
    m_pathLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_pathLabel);

    createActions();
    createMenus();

    m_catalog = new CatalogSection(session, this);
    // The sidebar in the order of PRODUCT.md §8: the team and catalog last.
    createLaunchTiering();
    createBattlecards();
    createPositioning();
    addSection(m_catalog);
    createSkills();

    connect(&session, &WorkspaceSession::workspaceChanged, this, &MainWindow::onWorkspaceChanged);
    connect(&session, &WorkspaceSession::changed, this, [this](const storage::Change& change) {
        // The demo offer goes once the workspace has content, however it got there.
        if (change.type == storage::ChangeType::Added ||
            change.kind == storage::EntityKind::Everything) {
            if (m_infoBar->button(tr("Load demo data"))) {
                m_infoBar->dismiss();
            }
        }
    });
    onWorkspaceChanged();

    // A sensible first size on any screen and scale; saved geometry replaces it.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(available.size() * 0.8);
}

MainWindow::~MainWindow() {
    // The session outlives the window: stop it from reporting into a dead window.
    m_session.setErrorReporter({});
}

bool MainWindow::openWorkspace(const QString& path) {
    WorkspaceOpener opener(m_session, m_feedback, this);
    const auto result = opener.open(path);
    if (result == WorkspaceOpener::Result::NotFound) {
        RecentWorkspaces().remove(path);
    }
    if (result != WorkspaceOpener::Result::Opened &&
        result != WorkspaceOpener::Result::OpenedReadOnly) {
        return false;
    }
    afterOpen();
    return true;
}

bool MainWindow::createWorkspace(const QString& path) {
    WorkspaceOpener opener(m_session, m_feedback, this);
    if (opener.create(path) != WorkspaceOpener::Result::Opened) {
        return false;
    }
    afterOpen();
    return true;
}

void MainWindow::openAtStartup(const std::optional<QString>& requested) {
    if (requested && !requested->isEmpty()) {
        openWorkspace(*requested);
        return;
    }
    const QStringList recent = RecentWorkspaces().paths();
    if (!recent.isEmpty() && QFileInfo::exists(recent.first())) {
        openWorkspace(recent.first());
        return;
    }
    const QString path = defaultWorkspacePath();
    if (QFileInfo::exists(path)) {
        openWorkspace(path);
    } else {
        createWorkspace(path);
    }
}

void MainWindow::addSection(Section* section) {
    const int index = m_sectionStack->addWidget(section);
    auto* item = new QListWidgetItem(section->title(), m_sidebar);
    item->setToolTip(section->title());

    auto* action = new QAction(menuText(section->title()), m_sectionActions);
    action->setCheckable(true);
    if (index < 9) {
        action->setShortcut(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + index)));
    }
    connect(action, &QAction::triggered, this, [this, index] { showSection(index); });
    m_viewMenu->addAction(action);
    m_sections.append(section);
    refreshIcons();
    if (QAction* remove = section->removeAction()) {
        connect(remove, &QAction::changed, this, &MainWindow::updateRemoveAction);
    }

    // The sidebar is as wide as its longest title, never wider.
    int width = 0;
    for (const Section* each : m_sections) {
        width = std::max(width, m_sidebar->fontMetrics().horizontalAdvance(each->title()));
    }
    const int icon = m_sidebar->style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_sidebar->setMinimumWidth(width + icon + 6 * m_sidebar->fontMetrics().averageCharWidth());
    m_sidebar->setMaximumWidth(m_sidebar->minimumWidth() * 2);
    m_splitter->setSizes({m_sidebar->minimumWidth(), width * 100});
    if (m_sidebar->currentRow() < 0) {
        m_sidebar->setCurrentRow(0);
    }
}

Section* MainWindow::currentSection() const {
    return qobject_cast<Section*>(m_sectionStack->currentWidget());
}

void MainWindow::showSection(int index) {
    if (index < 0 || index >= m_sections.size()) {
        return;
    }
    m_sectionStack->setCurrentIndex(index);
    if (m_sidebar->currentRow() != index) {
        m_sidebar->setCurrentRow(index);
    }
    m_sectionActions->actions().at(index)->setChecked(true);
    updateRemoveAction();
}

void MainWindow::updateRemoveAction() {
    const Section* section = currentSection();
    const QAction* remove = section != nullptr ? section->removeAction() : nullptr;
    if (remove == nullptr) {
        m_removeAction->setText(tr("&Remove"));
        m_removeAction->setStatusTip(tr("This section has nothing to remove here"));
        m_removeAction->setEnabled(false);
        return;
    }
    // The text carries the shortcut's name only: the key itself stays with the table, so
    // Delete never removes a row while typing elsewhere.
    m_removeAction->setText(remove->text() + QLatin1Char('\t') +
                            remove->shortcut().toString(QKeySequence::NativeText));
    m_removeAction->setStatusTip(remove->statusTip());
    m_removeAction->setEnabled(remove->isEnabled());
}

bool MainWindow::loadDemoData() {
    const bool loaded = m_session.runBulkChange([](storage::Workspace& workspace) {
        demo::fillDemoData(workspace, demo::DemoSize::Small, 1);
    });
    if (loaded) {
        m_infoBar->dismiss();
        statusBar()->showMessage(tr("Demo data loaded: a small team with products, segments "
                                    "and competitors."),
                                 8000);
    }
    return loaded;
}

QMessageBox* MainWindow::showAbout() {
    QMessageBox* box = createAboutBox(m_session, this);
    box->open();
    return box;
}

void MainWindow::restoreWindowSettings() {
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    showSection(settings.value(kSectionKey, 0).toInt());
}

void MainWindow::saveWindowSettings() const {
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kSectionKey, m_sectionStack->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveWindowSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event) {
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        refreshIcons();
    }
}

void MainWindow::createActions() {
    m_newAction = new QAction(tr("&New workspace\u2026"), this);
    m_newAction->setShortcuts(shortcutsFor(QKeySequence::New, QKeySequence(tr("Ctrl+N"))));
    m_newAction->setStatusTip(tr("Create a new, empty workspace file"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newWorkspaceDialog);

    m_openAction = new QAction(tr("&Open\u2026"), this);
    m_openAction->setShortcuts(shortcutsFor(QKeySequence::Open, QKeySequence(tr("Ctrl+O"))));
    m_openAction->setStatusTip(tr("Open a workspace file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWorkspaceDialog);

    m_closeAction = new QAction(tr("&Close workspace"), this);
    m_closeAction->setShortcuts(shortcutsFor(QKeySequence::Close, QKeySequence(tr("Ctrl+W"))));
    connect(m_closeAction, &QAction::triggered, &m_session, &WorkspaceSession::close);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcuts(shortcutsFor(QKeySequence::Quit, QKeySequence(tr("Ctrl+Q"))));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_session.undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcuts(shortcutsFor(QKeySequence::Undo, QKeySequence(tr("Ctrl+Z"))));
    m_redoAction = m_session.undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts(shortcutsFor(QKeySequence::Redo, QKeySequence(tr("Ctrl+Shift+Z"))));

    m_findAction = new QAction(tr("&Find\u2026"), this);
    m_findAction->setShortcuts(shortcutsFor(QKeySequence::Find, QKeySequence(tr("Ctrl+F"))));
    m_findAction->setStatusTip(tr("Filter the current table"));
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (Section* section = currentSection()) {
            section->focusFilter();
        }
    });

    // The current section's remove action: Del works in its table, the menu names it.
    m_removeAction = new QAction(tr("&Remove"), this);
    m_removeAction->setObjectName(QStringLiteral("editRemoveAction"));
    m_removeAction->setEnabled(false);
    connect(m_removeAction, &QAction::triggered, this, [this] {
        if (QAction* remove = currentSection() ? currentSection()->removeAction() : nullptr) {
            remove->trigger();
        }
    });

    m_aboutAction = new QAction(tr("&About PMM Workbench"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    // Import workspace, Export workspace, Export table as CSV (ui/interchange owns them).
    (new InterchangeMenu(m_session, m_feedback, this, [this] {
        return currentSection();
    }))->addActionsTo(file);
    // Import win/loss CSV, Add win/loss record (ui/positioning owns them).
    (new DealImportActions(m_session, this))->addActionsTo(file);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_removeAction);
    edit->addSeparator();
    edit->addAction(m_findAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_sectionActions->setExclusive(true);

    addReportsMenu(menuBar(), m_session, m_feedback, this);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

void MainWindow::newWorkspaceDialog() {
    const QString start = m_session.isOpen()
                              ? QFileInfo(m_session.path()).absolutePath()
                              : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        this, tr("New workspace"), QDir(start).filePath(tr("workspace.pmmw")),
        tr("PMM Workbench workspaces (*.pmmw)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QString::fromLatin1(storage::kWorkspaceExtension);
    }
    createWorkspace(path);
}

void MainWindow::openWorkspaceDialog() {
    const QString start = m_session.isOpen()
                              ? QFileInfo(m_session.path()).absolutePath()
                              : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open workspace"), start, tr("PMM Workbench workspaces (*.pmmw);;All files (*)"));
    if (!path.isEmpty()) {
        openWorkspace(path);
    }
}

void MainWindow::rebuildRecentMenu() {
    RecentWorkspaces recent;
    const QStringList dropped = recent.pruneMissing();
    if (!dropped.isEmpty()) {
        statusBar()->showMessage(
            tr("Removed from Open Recent because the file no longer exists: %1")
                .arg(dropped.join(QStringLiteral(", "))),
            10000);
    }
    m_recentMenu->clear();
    const QStringList paths = recent.paths();
    for (int i = 0; i < paths.size(); ++i) {
        const QString& path = paths.at(i);
        auto* action = m_recentMenu->addAction(
            QStringLiteral("&%1  %2").arg(i + 1).arg(menuText(QFileInfo(path).fileName())));
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openWorkspace(path); });
    }
    if (paths.isEmpty()) {
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("&Clear list")), &QAction::triggered, this,
            [] { RecentWorkspaces().clear(); });
}

void MainWindow::afterOpen() {
    RecentWorkspaces().add(m_session.path());
    if (const auto& backup = m_session.workspace().migrationBackup()) {
        statusBar()->showMessage(tr("The workspace was upgraded; a copy of the old file is at %1")
                                     .arg(QString::fromStdString(backup->string())),
                                 15000);
    }
    if (!m_session.isReadOnly()) {
        backUpDaily();
    }
}

void MainWindow::backUpDaily() {
    // Never in the way: a failure is noted in the status bar and work goes on.
    try {
        storage::rotateDailyBackup(m_session.workspace(), std::chrono::system_clock::now());
    } catch (const std::exception& error) {
        statusBar()->showMessage(
            tr("Daily backup failed: %1").arg(QString::fromStdString(error.what())));
    }
}

void MainWindow::onWorkspaceChanged() {
    const bool open = m_session.isOpen();
    m_pages->setCurrentWidget(open ? static_cast<QWidget*>(m_splitter) : m_welcome);
    m_closeAction->setEnabled(open);
    m_findAction->setEnabled(open);
    for (QAction* action : m_sectionActions->actions()) {
        action->setEnabled(open);
    }
    m_infoBar->dismiss();
    statusBar()->clearMessage();
    if (!open) {
        setWindowTitle(tr("PMM Workbench"));
        m_pathLabel->setText(tr("No workspace open"));
        return;
    }
    const QString name = QFileInfo(m_session.path()).fileName();
    const QString path = QDir::toNativeSeparators(m_session.path());
    if (m_session.isReadOnly()) {
        setWindowTitle(tr("%1 (read-only) \u2014 PMM Workbench").arg(name));
        m_pathLabel->setText(tr("%1 \u2014 read-only").arg(path));
    } else {
        setWindowTitle(tr("%1 \u2014 PMM Workbench").arg(name));
        m_pathLabel->setText(path);
    }
    m_pathLabel->setToolTip(m_pathLabel->text());
    offerHelp();
}

// The info bar says what the user may not expect: read-only, or an empty workspace.
void MainWindow::offerHelp() {
    if (m_session.isReadOnly()) {
        m_infoBar->showMessage(
            tr("This workspace is open read-only: you can look at everything, but changes "
               "cannot be saved."));
        return;
    }
    bool empty = false;
    reportingErrors(m_session, [&] { empty = m_session.catalog().isEmpty(); });
    if (empty) {
        m_infoBar->showMessage(
            tr("This workspace is empty. Load a small demo team to explore, or start adding "
               "your own."),
            {{tr("Load demo data"), [this] { loadDemoData(); }}});
    }
}

void MainWindow::refreshIcons() {
    for (int i = 0; i < m_sections.size(); ++i) {
        const QIcon icon = themedIcon(m_sections.at(i)->iconResource(), palette());
        if (QListWidgetItem* item = m_sidebar->item(i)) {
            item->setIcon(icon);
        }
        m_sectionActions->actions().at(i)->setIcon(icon);
    }
}

}  // namespace pmm::ui
