// Removing a launch from the Launches section (Delete in the table) and undoing it: the row
// comes back with its readiness, the pane with its ticks and override history, also after
// the workspace is opened again.
#include <gtest/gtest.h>

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QTableView>
#include <QUndoStack>

#include "app/workspace_session.h"
#include "launch_test_support.h"
#include "launches/launch_checklist_box.h"
#include "launches/launch_detail_pane.h"
#include "launches/launch_table_model.h"
#include "launches/launch_tier_box.h"
#include "launches/launches_section.h"
#include "storage/launch_checklist.h"
#include "storage/launch_store.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

class LaunchRemovalTest : public ::testing::Test {
protected:
    void SetUp() override {
        session.setErrorReporter([this](const QString& message) { errors.append(message); });
        session.open(folder.emptyWorkspace());
        ids = uitest::addLaunchCatalog(session.workspace());
        uitest::addLaunch(session.workspace(), uitest::launchDraft("Another", ids.billing, ids.sam,
                                                                   "2026-Q3", {2, 2, 2}, false));
        id = uitest::addLaunch(session.workspace(),
                               uitest::launchDraft("Usage pricing", ids.billing, ids.alex,
                                                   "2026-Q3", {4, 3, 3}, true));
        launches::LaunchChecklist checklist(session.workspace());
        const auto entries = checklist.entries(id);
        checklist.setDone(id, entries[0].itemId, true);  // Messaging doc
        checklist.setDone(id, entries[3].itemId, true);  // Customer email
        launches::LaunchStore(session.workspace())
            .overrideTier(id, 1, "Analyst day falls in this quarter", "Dana");
    }

    // What the pane shows for the launch: ticked items, then the history text.
    static QStringList paneText(LaunchDetailPane& pane) {
        QStringList lines;
        QListWidget* list = pane.checklistBox()->list();
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->checkState() == Qt::Checked) {
                lines.append(list->item(row)->text());
            }
        }
        lines.append(pane.tierBox()->historyLabel()->text());
        return lines;
    }

    uitest::TempFolder folder;
    WorkspaceSession session;
    uitest::RecordingFeedback feedback;
    QStringList errors;
    uitest::LaunchCatalog ids;
    std::int64_t id = 0;
};

TEST_F(LaunchRemovalTest, UndoBringsBackTicksAndOverrideHistory) {
    auto section = std::make_unique<LaunchesSection>(session, feedback);
    section->show();
    ASSERT_TRUE(section->showLaunch(id));
    const QStringList before = paneText(*section->detailPane());
    ASSERT_EQ(before.size(), 2) << before.join(u'|').toStdString();  // one tick carried over
    ASSERT_TRUE(before.last().contains(QStringLiteral("Analyst day")));
    const QString readiness = section->model()
                                  ->index(section->model()->rowOf(id), LaunchTableModel::Readiness)
                                  .data()
                                  .toString();
    EXPECT_EQ(readiness, QStringLiteral("1/8 (12 %)"));

    ASSERT_TRUE(section->removeLaunchAction()->isEnabled());
    section->table()->setFocus();
    section->removeLaunchAction()->trigger();
    EXPECT_EQ(section->model()->rowOf(id), -1);
    EXPECT_EQ(section->model()->rowCount(), 1);
    EXPECT_FALSE(launches::LaunchStore(session.workspace()).find(id).has_value());
    EXPECT_EQ(session.undoStack()->undoText(),
              QStringLiteral("Remove launch \u201cUsage pricing\u201d"));

    session.undoStack()->undo();
    ASSERT_GE(section->model()->rowOf(id), 0);
    EXPECT_EQ(section->model()
                  ->index(section->model()->rowOf(id), LaunchTableModel::Readiness)
                  .data()
                  .toString(),
              readiness);
    ASSERT_TRUE(section->showLaunch(id));
    EXPECT_EQ(paneText(*section->detailPane()), before);

    // Opened again: the same ticks and history from the file.
    section.reset();
    const QString path = session.path();
    session.close();
    session.open(path);
    section = std::make_unique<LaunchesSection>(session, feedback);
    ASSERT_TRUE(section->showLaunch(id));
    EXPECT_EQ(paneText(*section->detailPane()), before);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
}

TEST_F(LaunchRemovalTest, NothingToRemoveInAReadOnlyWorkspace) {
    const QString path = session.path();
    session.close();
    session.open(path, storage::OpenMode::ReadOnly);
    LaunchesSection section(session, feedback);
    ASSERT_TRUE(section.showLaunch(id));
    EXPECT_FALSE(section.removeLaunchAction()->isEnabled());
    EXPECT_FALSE(section.removeCurrentLaunch());
    EXPECT_TRUE(launches::LaunchStore(session.workspace()).find(id).has_value());
}

}  // namespace
}  // namespace pmm::ui
