// The window: empty states, the demo offer, opening errors, recent workspaces, shortcuts.
#include <gtest/gtest.h>

#include <unistd.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <sqlite3.h>

#include <algorithm>
#include <memory>

#include "app/main_window.h"
#include "app/recent_workspaces.h"
#include "app/workspace_opener.h"
#include "app/workspace_session.h"
#include "common/empty_state.h"
#include "common/info_bar.h"
#include "common/record_table_model.h"
#include "common/record_table_page.h"
#include "demo/demo_positioning.h"
#include "launches/launch_table_model.h"
#include "launches/launches_section.h"
#include "launches/quarter_section.h"
#include "positioning/positioning_section.h"
#include "storage/workspace.h"
#include "team/catalog_section.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

using uitest::fileBytes;
using uitest::RecordingFeedback;
using uitest::TempFolder;

class MainWindowTest : public ::testing::Test {
protected:
    void SetUp() override {
        RecentWorkspaces().clear();
        QFile::remove(defaultWorkspacePath());
        // These tests are about the Team & catalog section, which the sidebar lists last.
        window.showSection(static_cast<int>(window.sections().indexOf(window.catalogSection())));
    }
    void TearDown() override { window.close(); }

    CatalogSection& catalog() { return *window.catalogSection(); }

    TempFolder folder;
    WorkspaceSession session;
    RecordingFeedback feedback;
    MainWindow window{session, feedback};
};

TEST_F(MainWindowTest, EmptyWorkspaceShowsEmptyStatesAndDemoOffer) {
    ASSERT_TRUE(window.openWorkspace(folder.emptyWorkspace()));
    window.show();
    for (RecordTablePage* page : {catalog().peoplePage(), catalog().productsPage(),
                                  catalog().segmentsPage(), catalog().competitorsPage()}) {
        catalog().tabs()->setCurrentWidget(page);
        EXPECT_TRUE(page->emptyState()->isVisible()) << page->objectName().toStdString();
        EXPECT_FALSE(page->table()->isVisible());
        EXPECT_TRUE(page->emptyState()->actionButton()->isVisible());
    }
    EXPECT_EQ(catalog().competitorsPage()->emptyState()->headline(),
              QStringLiteral("No competitors yet."));
    EXPECT_TRUE(catalog().competitorsPage()->emptyState()->explanation().contains(
        QStringLiteral("battlecards and win/loss build on them")));

    ASSERT_TRUE(window.infoBar()->isVisible());
    EXPECT_TRUE(window.infoBar()->message().contains(QStringLiteral("empty")));
    QPushButton* load = window.infoBar()->button(QStringLiteral("Load demo data"));
    ASSERT_NE(load, nullptr);
    load->click();
    EXPECT_FALSE(window.infoBar()->isVisible());
    EXPECT_GT(catalog().competitorsPage()->model()->rowCount(), 0);
    EXPECT_TRUE(catalog().competitorsPage()->table()->isVisible());
    EXPECT_FALSE(catalog().competitorsPage()->emptyState()->isVisible());
    EXPECT_EQ(session.undoStack()->count(), 0);
    EXPECT_TRUE(feedback.errors.isEmpty());
}

TEST_F(MainWindowTest, EmptyStateAddButtonAddsARow) {
    ASSERT_TRUE(window.openWorkspace(folder.emptyWorkspace()));
    window.show();
    RecordTablePage* page = catalog().competitorsPage();
    catalog().tabs()->setCurrentWidget(page);
    page->emptyState()->actionButton()->click();
    EXPECT_EQ(page->model()->rowCount(), 1);
    EXPECT_EQ(page->model()->index(0, 0).data().toString(), QStringLiteral("New competitor"));
    EXPECT_TRUE(page->table()->isVisible());
    EXPECT_FALSE(window.infoBar()->isVisible());  // the demo offer is gone once data exists
    page->addRow();
    EXPECT_EQ(page->model()->rowCount(), 2);
    EXPECT_EQ(page->model()->index(1, 0).data().toString(), QStringLiteral("New competitor 2"));
}

TEST_F(MainWindowTest, FilterMatchingNothingSaysSo) {
    ASSERT_TRUE(window.openWorkspace(folder.demoWorkspace()));
    window.show();
    RecordTablePage* page = catalog().productsPage();
    catalog().tabs()->setCurrentWidget(page);
    EXPECT_FALSE(window.infoBar()->isVisible());
    page->filterEdit()->setText(QStringLiteral("no such thing"));
    EXPECT_TRUE(page->noMatchState()->isVisible());
    EXPECT_TRUE(page->noMatchState()->headline().contains(QStringLiteral("no such thing")));
    EXPECT_FALSE(page->emptyState()->isVisible());
    page->noMatchState()->actionButton()->click();
    EXPECT_TRUE(page->filterEdit()->text().isEmpty());
    EXPECT_TRUE(page->table()->isVisible());
    page->filterEdit()->setText(page->model()->index(0, 0).data().toString());
    EXPECT_EQ(page->proxy()->rowCount(), 1);
}

TEST_F(MainWindowTest, KeyboardAddRemoveAndFind) {
    ASSERT_TRUE(window.openWorkspace(folder.demoWorkspace()));
    window.show();
    QApplication::setActiveWindow(&window);
    RecordTablePage* page = catalog().productsPage();
    catalog().tabs()->setCurrentWidget(page);
    const int rows = page->model()->rowCount();
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_N, Qt::ControlModifier);
    EXPECT_EQ(page->model()->rowCount(), rows + 1);
    // The new row's name is being edited: Escape keeps the proposed name.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_Insert);
    EXPECT_EQ(page->model()->rowCount(), rows + 2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_Delete);
    EXPECT_EQ(page->model()->rowCount(), rows + 1);
    EXPECT_EQ(session.undoStack()->count(), 3);
    EXPECT_TRUE(session.workspace().path().string().size() > 0);

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(page->filterEdit()->hasFocus());
    QTest::keyClicks(page->filterEdit(), QStringLiteral("x"));
    QTest::keyClick(page->filterEdit(), Qt::Key_Z, Qt::ControlModifier);  // the edit's own undo
    EXPECT_TRUE(page->filterEdit()->text().isEmpty());
    EXPECT_EQ(session.undoStack()->index(), 3);
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(session.undoStack()->index(), 2);
    EXPECT_EQ(page->model()->rowCount(), rows + 2);
    QTest::keyClick(page->table(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(page->model()->rowCount(), rows + 1);
}

TEST_F(MainWindowTest, DelegateEditsLevelsAndManagersWithCombos) {
    ASSERT_TRUE(window.openWorkspace(folder.demoWorkspace()));
    window.show();
    RecordTablePage* page = catalog().peoplePage();
    QTableView* table = page->table();
    QAbstractItemModel* model = table->model();
    QAbstractItemDelegate* delegate = table->itemDelegate();

    const QModelIndex level = model->index(0, 2);
    std::unique_ptr<QWidget> editor(delegate->createEditor(table->viewport(), {}, level));
    auto* levels = qobject_cast<QComboBox*>(editor.get());
    ASSERT_NE(levels, nullptr);
    ASSERT_EQ(levels->count(), 5);
    delegate->setEditorData(levels, level);
    EXPECT_EQ(levels->currentText(), level.data().toString());
    levels->setCurrentIndex(levels->findText(QStringLiteral("Staff PMM")));
    delegate->setModelData(levels, model, level);
    EXPECT_EQ(model->index(0, 2).data().toString(), QStringLiteral("Staff PMM"));

    const QModelIndex manager = model->index(0, 3);
    editor.reset(delegate->createEditor(table->viewport(), {}, manager));
    auto* people = qobject_cast<QComboBox*>(editor.get());
    ASSERT_NE(people, nullptr);
    EXPECT_EQ(people->itemText(0), QStringLiteral("(none)"));
    EXPECT_EQ(people->count(), page->model()->rowCount() + 1);
    people->setCurrentIndex(0);
    delegate->setModelData(people, model, manager);
    EXPECT_TRUE(model->index(0, 3).data().toString().isEmpty());
    EXPECT_EQ(session.undoStack()->count(), 2);
    session.undoStack()->undo();
    EXPECT_FALSE(model->index(0, 3).data().toString().isEmpty());
}

TEST_F(MainWindowTest, StatusBarShowsPathAndReadOnly) {
    const QString path = folder.demoWorkspace();
    ASSERT_TRUE(window.openWorkspace(path));
    EXPECT_TRUE(window.workspaceLabel()->text().contains(path));
    EXPECT_FALSE(window.workspaceLabel()->text().contains(QStringLiteral("read-only")));
    session.close();
    EXPECT_TRUE(window.welcome()->isVisibleTo(&window));
    session.open(path, storage::OpenMode::ReadOnly);
    EXPECT_TRUE(window.workspaceLabel()->text().contains(QStringLiteral("read-only")));
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("read-only")));
}

TEST_F(MainWindowTest, StatusBarCountsOpenPositioningTriggersAndShowsThemOnClick) {
    window.show();
    ASSERT_TRUE(window.openWorkspace(folder.demoWorkspace()));
    PositioningSection& positioning = *window.positioningSection();
    positioning.setToday(demo::kDemoDealsEnd);  // the demo's seeded triggers are open then
    const int open = positioning.openTriggerCount();
    ASSERT_GT(open, 1);
    auto* button = window.findChild<QToolButton*>(QStringLiteral("openTriggersButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_TRUE(button->isVisible());
    EXPECT_EQ(button->text(), QStringLiteral("%1 positioning triggers open").arg(open));
    positioning.tabs()->setCurrentIndex(PositioningSection::Reviews);
    button->click();
    EXPECT_EQ(window.currentSection(), &positioning);
    EXPECT_EQ(positioning.tabs()->currentIndex(), PositioningSection::Triggers);

    ASSERT_TRUE(window.openWorkspace(folder.emptyWorkspace()));
    EXPECT_FALSE(button->isVisible());
}

TEST_F(MainWindowTest, EditRemoveNamesTheSectionsRemoveActionAndUsesIt) {
    window.show();
    ASSERT_TRUE(window.openWorkspace(folder.demoWorkspace()));
    auto* remove = window.findChild<QAction*>(QStringLiteral("editRemoveAction"));
    ASSERT_NE(remove, nullptr);
    // Team & catalog (shown by SetUp) removes with its pages' own buttons.
    EXPECT_FALSE(remove->isEnabled());
    EXPECT_EQ(remove->text(), QStringLiteral("&Remove"));

    LaunchesSection& launches = *window.launchesSection();
    window.showSection(static_cast<int>(window.sections().indexOf(&launches)));
    const int rows = launches.model()->rowCount();
    ASSERT_GT(rows, 1);
    ASSERT_TRUE(launches.showLaunch(launches.model()->launchRow(0).id));
    EXPECT_TRUE(remove->isEnabled());
    EXPECT_EQ(remove->text(), QStringLiteral("&Remove launch\tDel"));
    remove->trigger();
    EXPECT_EQ(launches.model()->rowCount(), rows - 1);
    session.undoStack()->undo();
    EXPECT_EQ(launches.model()->rowCount(), rows);

    // Read-only: the section's action is disabled, and so is the menu's.
    const QString path = session.path();
    session.close();
    session.open(path, storage::OpenMode::ReadOnly);
    EXPECT_FALSE(remove->isEnabled());
}

TEST_F(MainWindowTest, MissingFileIsExplainedAndDroppedFromRecent) {
    const QString path = folder.demoWorkspace();
    ASSERT_TRUE(window.openWorkspace(path));
    session.close();
    QFile::remove(path);
    EXPECT_FALSE(window.openWorkspace(path));
    ASSERT_EQ(feedback.errors.size(), 1);
    EXPECT_TRUE(feedback.errors.first().contains(QStringLiteral("no workspace")));
    EXPECT_FALSE(session.isOpen());
    EXPECT_FALSE(RecentWorkspaces().paths().contains(path));
}

TEST_F(MainWindowTest, ForeignFileIsRefusedAndLeftUntouched) {
    const QString path = folder.path(QStringLiteral("notes.pmmw"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("These are my notes, not a database.\n");
    }
    const QByteArray before = fileBytes(path);
    EXPECT_FALSE(window.openWorkspace(path));
    ASSERT_EQ(feedback.errors.size(), 1);
    EXPECT_TRUE(feedback.errors.first().contains(QStringLiteral("not a PMM Workbench workspace")));
    EXPECT_EQ(fileBytes(path), before);
    EXPECT_FALSE(session.isOpen());
}

TEST_F(MainWindowTest, NewerWorkspaceIsRefusedAndLeftUntouched) {
    const QString path = folder.demoWorkspace();
    {
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(db, "PRAGMA user_version = 999", nullptr, nullptr, nullptr),
                  SQLITE_OK);
        sqlite3_close(db);
    }
    const QByteArray before = fileBytes(path);
    EXPECT_FALSE(window.openWorkspace(path));
    ASSERT_EQ(feedback.errors.size(), 1);
    EXPECT_TRUE(feedback.errors.first().contains(QStringLiteral("newer")));
    EXPECT_EQ(fileBytes(path), before);
}

TEST_F(MainWindowTest, TruncatedWorkspaceIsRefusedAsCorrupt) {
    const QString path = folder.demoWorkspace();
    QByteArray bytes = fileBytes(path);
    ASSERT_GT(bytes.size(), 8192);
    bytes.truncate(4096);
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
    EXPECT_FALSE(window.openWorkspace(path));
    ASSERT_EQ(feedback.errors.size(), 1);
    EXPECT_TRUE(feedback.errors.first().contains(QStringLiteral("truncated")));
    EXPECT_EQ(fileBytes(path), bytes);
}

TEST_F(MainWindowTest, WorkspaceInUseOffersReadOnly) {
    const QString path = folder.demoWorkspace();
    auto other = storage::Workspace::open(path.toStdString());  // another writer holds it

    feedback.answer = false;
    EXPECT_FALSE(window.openWorkspace(path));
    ASSERT_EQ(feedback.questions.size(), 1);
    EXPECT_TRUE(feedback.questions.first().contains(QStringLiteral("in use")));
    EXPECT_FALSE(session.isOpen());

    feedback.answer = true;
    ASSERT_TRUE(window.openWorkspace(path));
    EXPECT_TRUE(session.isReadOnly());
    EXPECT_TRUE(window.infoBar()->isVisibleTo(&window));
    EXPECT_TRUE(window.infoBar()->message().contains(QStringLiteral("read-only")));
    EXPECT_GT(catalog().peoplePage()->model()->rowCount(), 0);
    EXPECT_TRUE(feedback.errors.isEmpty());
}

QByteArray fileContents(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

TEST_F(MainWindowTest, ReadOnlyFileOffersReadOnly) {
    const QString path = folder.demoWorkspace();
    const QByteArray before = fileContents(path);
    // Readable by anyone, writable by no one but root: root drops to "nobody" for the open
    // (a saved set-user-ID lets it come back), so permission bits apply in CI too.
    QFile::setPermissions(path,
                          QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    QFile::setPermissions(QFileInfo(path).absolutePath(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                              QFileDevice::ReadOther | QFileDevice::ExeOther |
                              QFileDevice::ReadGroup | QFileDevice::ExeGroup);
    const bool root = ::geteuid() == 0;
    if (root) {
        ASSERT_EQ(::seteuid(65534), 0);
    }
    feedback.answer = true;
    const bool opened = window.openWorkspace(path);
    const bool readOnly = session.isReadOnly();
    const auto questions = feedback.questions;
    session.close();
    if (root) {
        ASSERT_EQ(::seteuid(0), 0);
    }
    ASSERT_TRUE(opened);
    ASSERT_EQ(questions.size(), 1);
    EXPECT_TRUE(questions.first().contains(QStringLiteral("read-only")))
        << questions.first().toStdString();
    EXPECT_TRUE(readOnly);
    EXPECT_EQ(fileContents(path), before);
}

TEST_F(MainWindowTest, OpenRecentKeepsEightAndPrunesMissing) {
    RecentWorkspaces recent;
    QStringList made;
    for (int i = 0; i < 10; ++i) {
        made.append(folder.emptyWorkspace(QStringLiteral("w%1.pmmw").arg(i)));
        ASSERT_TRUE(window.openWorkspace(made.last()));
    }
    QStringList paths = recent.paths();
    ASSERT_EQ(paths.size(), RecentWorkspaces::kMaximum);
    EXPECT_EQ(paths.first(), made.last());
    ASSERT_TRUE(window.openWorkspace(made.at(5)));  // again: moves to the front, no duplicate
    paths = recent.paths();
    EXPECT_EQ(paths.first(), made.at(5));
    EXPECT_EQ(paths.count(made.at(5)), 1);

    session.close();
    QFile::remove(made.at(9));
    EXPECT_EQ(recent.pruneMissing(), QStringList{made.at(9)});
    EXPECT_FALSE(recent.paths().contains(made.at(9)));
    EXPECT_EQ(recent.paths().size(), RecentWorkspaces::kMaximum - 1);
}

TEST_F(MainWindowTest, FirstStartCreatesTheDefaultWorkspace) {
    ASSERT_FALSE(QFile::exists(defaultWorkspacePath()));
    window.openAtStartup(QString());  // an empty --workspace value counts as none
    ASSERT_TRUE(session.isOpen());
    EXPECT_EQ(session.path(), defaultWorkspacePath());
    EXPECT_TRUE(QFile::exists(defaultWorkspacePath()));
    EXPECT_TRUE(window.infoBar()->isVisibleTo(&window));
    EXPECT_NE(window.infoBar()->button(QStringLiteral("Load demo data")), nullptr);
    // A daily backup was made beside it.
    EXPECT_TRUE(QFileInfo::exists(defaultWorkspacePath() + QStringLiteral(".backups")));
    session.close();

    // Next start: the last workspace used.
    const QString other = folder.demoWorkspace();
    ASSERT_TRUE(window.openWorkspace(other));
    session.close();
    window.openAtStartup(std::nullopt);
    EXPECT_EQ(session.path(), other);
    session.close();
    // An explicit path wins.
    window.openAtStartup(defaultWorkspacePath());
    EXPECT_EQ(session.path(), defaultWorkspacePath());
    EXPECT_TRUE(feedback.errors.isEmpty()) << feedback.errors.join(u'\n').toStdString();
}

TEST_F(MainWindowTest, FailedDailyBackupIsNotedInTheStatusBar) {
    const QString path = folder.demoWorkspace();
    QFile blocker(path + QStringLiteral(".backups"));  // a file where the folder should be
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ASSERT_TRUE(window.openWorkspace(path));
    EXPECT_TRUE(
        window.statusBar()->currentMessage().startsWith(QStringLiteral("Daily backup failed")))
        << window.statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(feedback.errors.isEmpty());
    EXPECT_TRUE(session.isOpen());
}

TEST_F(MainWindowTest, AboutNamesVersionPathAndSchema) {
    const QString path = folder.path(QStringLiteral("<b>odd</b> name.pmmw"));
    ASSERT_TRUE(window.createWorkspace(path));
    QMessageBox* box = window.showAbout();
    ASSERT_NE(box, nullptr);
    const QString text = box->text();
    EXPECT_TRUE(text.contains(QStringLiteral(PMM_VERSION)));
    EXPECT_TRUE(text.contains(path.toHtmlEscaped())) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("<b>odd</b>")));
    EXPECT_TRUE(text.contains(QStringLiteral("schema version")));
    box->close();
}

TEST_F(MainWindowTest, ViewMenuListsOnlyRealSections) {
    // The order of PRODUCT.md §8: the work first, the team and catalog last.
    WorkspaceSession otherSession;
    MainWindow fresh(otherSession, feedback);
    QStringList titles;
    for (const Section* section : fresh.sections()) {
        titles.append(section->title());
    }
    EXPECT_EQ(titles, (QStringList{QStringLiteral("Quarter"), QStringLiteral("Launches"),
                                   QStringLiteral("Battlecards"), QStringLiteral("Positioning"),
                                   QStringLiteral("Team & catalog")}));
    EXPECT_EQ(fresh.currentSection(), fresh.quarterSection());
    // Ctrl+1 … Ctrl+5 in that order.
    const QList<QAction*> actions = fresh.findChildren<QAction*>();
    const auto positioning = std::find_if(actions.begin(), actions.end(), [](QAction* action) {
        return action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_4);
    });
    ASSERT_NE(positioning, actions.end());
    EXPECT_EQ((*positioning)->text().remove(u'&'), QStringLiteral("Positioning"));
}

TEST_F(MainWindowTest, GeometryIsRemembered) {
    window.resize(900, 640);
    window.saveWindowSettings();
    WorkspaceSession otherSession;
    MainWindow other(otherSession, feedback);
    other.restoreWindowSettings();
    EXPECT_EQ(other.size(), QSize(900, 640));
}

}  // namespace
}  // namespace pmm::ui
