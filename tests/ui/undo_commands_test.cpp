// Edits through the models: every one a command, undoable, persisted, and refused cleanly.
#include <gtest/gtest.h>

#include <QUndoStack>

#include "app/main_window.h"
#include "app/workspace_session.h"
#include "common/record_table_model.h"
#include "common/record_table_page.h"
#include "storage/catalog.h"
#include "storage/workspace.h"
#include "team/catalog_adapters.h"
#include "team/catalog_section.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

using uitest::readBack;
using uitest::RecordingFeedback;
using uitest::TempFolder;

class UndoCommandsTest : public ::testing::Test {
protected:
    void openDemo() {
        path = folder.demoWorkspace();
        ASSERT_TRUE(window.openWorkspace(path));
    }
    RecordTableModel& people() { return *window.catalogSection()->peoplePage()->model(); }
    RecordTableModel& products() { return *window.catalogSection()->productsPage()->model(); }
    QUndoStack& undo() { return *session.undoStack(); }

    TempFolder folder;
    QString path;
    WorkspaceSession session;
    RecordingFeedback feedback;
    MainWindow window{session, feedback};
};

TEST_F(UndoCommandsTest, EditNameUndoRedoAndPersist) {
    openDemo();
    RecordTableModel& model = people();
    const QModelIndex name = model.index(2, 0);
    const std::int64_t id = model.record(2).id;
    const QString before = name.data().toString();

    ASSERT_TRUE(model.setData(name, QStringLiteral("Ada Renamed")));
    EXPECT_EQ(model.index(model.rowOf(id), 0).data().toString(), QStringLiteral("Ada Renamed"));
    EXPECT_EQ(readBack(path)->handle() != nullptr, true);
    {
        auto db = readBack(path);
        EXPECT_EQ(catalog::Catalog(*db).people.find(id)->name, "Ada Renamed");
    }
    EXPECT_EQ(undo().count(), 1);
    EXPECT_TRUE(undo().undoText().contains(before));

    undo().undo();
    EXPECT_EQ(model.index(model.rowOf(id), 0).data().toString(), before);
    {
        auto db = readBack(path);
        EXPECT_EQ(QString::fromStdString(catalog::Catalog(*db).people.find(id)->name), before);
    }

    undo().redo();
    EXPECT_EQ(model.index(model.rowOf(id), 0).data().toString(), QStringLiteral("Ada Renamed"));

    session.close();
    EXPECT_EQ(model.rowCount(), 0);
    ASSERT_TRUE(window.openWorkspace(path));
    EXPECT_EQ(model.index(model.rowOf(id), 0).data().toString(), QStringLiteral("Ada Renamed"));
    EXPECT_EQ(undo().count(), 0);  // history belongs to the session that made it
    EXPECT_TRUE(feedback.errors.isEmpty()) << feedback.errors.join(u'\n').toStdString();
}

TEST_F(UndoCommandsTest, ComboFieldsStoreIdsAndNone) {
    openDemo();
    RecordTableModel& model = people();
    const int row = 0;
    const std::int64_t id = model.record(row).id;
    // Level: a rank; Manager: a person's id or nothing.
    ASSERT_TRUE(model.setData(model.index(row, 2), 5));
    EXPECT_EQ(model.index(row, 2).data().toString(), QStringLiteral("Principal PMM"));
    model.setData(model.index(row, 3), QVariant());
    EXPECT_TRUE(model.index(model.rowOf(id), 3).data().toString().isEmpty());
    EXPECT_FALSE(catalog::Catalog(*readBack(path)).people.find(id)->managerId.has_value());
}

TEST_F(UndoCommandsTest, AddRemoveUndoRestoresSameUid) {
    openDemo();
    RecordTableModel& model = products();
    const int rowsBefore = model.rowCount();
    const std::int64_t id = model.addRecord(QStringLiteral("Launch Radar"));
    ASSERT_NE(id, 0);
    const std::string uid = model.record(model.rowOf(id)).uid;
    EXPECT_FALSE(uid.empty());
    EXPECT_EQ(model.rowCount(), rowsBefore + 1);

    ASSERT_TRUE(model.removeRecord(model.rowOf(id)));
    EXPECT_EQ(model.rowOf(id), -1);
    EXPECT_FALSE(catalog::Catalog(*readBack(path)).products.find(id).has_value());

    undo().undo();  // the removal
    ASSERT_GE(model.rowOf(id), 0);
    EXPECT_EQ(model.record(model.rowOf(id)).uid, uid);
    const auto restored = catalog::Catalog(*readBack(path)).products.find(id);
    ASSERT_TRUE(restored.has_value());
    EXPECT_EQ(restored->uid, uid);
    EXPECT_EQ(restored->name, "Launch Radar");

    undo().undo();  // the addition
    EXPECT_EQ(model.rowCount(), rowsBefore);
    undo().redo();
    ASSERT_GE(model.rowOf(id), 0);
    EXPECT_EQ(model.record(model.rowOf(id)).uid, uid);
    EXPECT_TRUE(feedback.errors.isEmpty()) << feedback.errors.join(u'\n').toStdString();
}

TEST_F(UndoCommandsTest, DuplicateProductNameShowsMessageAndChangesNothing) {
    openDemo();
    RecordTableModel& model = products();
    ASSERT_GE(model.rowCount(), 2);
    const QString taken = model.index(0, 0).data().toString();
    const QString mine = model.index(1, 0).data().toString();
    const std::int64_t id = model.record(1).id;

    EXPECT_FALSE(model.setData(model.index(1, 0), taken));
    ASSERT_EQ(feedback.errors.size(), 1);
    EXPECT_TRUE(feedback.errors.first().contains(QStringLiteral("already exists")))
        << feedback.errors.first().toStdString();
    EXPECT_TRUE(feedback.errors.first().startsWith(QStringLiteral("Name:")));
    EXPECT_EQ(model.index(1, 0).data().toString(), mine);
    EXPECT_EQ(QString::fromStdString(catalog::Catalog(*readBack(path)).products.find(id)->name),
              mine);
    EXPECT_EQ(undo().count(), 0);
    EXPECT_FALSE(undo().canUndo());
}

TEST_F(UndoCommandsTest, InvalidDateIsRefusedWithCoresMessage) {
    openDemo();
    RecordTableModel& model = *window.catalogSection()->competitorsPage()->model();
    EXPECT_FALSE(model.setData(model.index(0, 2), QStringLiteral("31/12/2024")));
    ASSERT_EQ(feedback.errors.size(), 1);
    EXPECT_TRUE(feedback.errors.first().startsWith(QStringLiteral("First seen:")));
    EXPECT_TRUE(model.setData(model.index(0, 2), QStringLiteral("2024-12-31")));
    EXPECT_EQ(model.index(0, 2).data().toString(), QStringLiteral("2024-12-31"));
    EXPECT_TRUE(model.setData(model.index(0, 2), QString()));  // unknown again
    EXPECT_TRUE(model.index(0, 2).data().toString().isEmpty());
}

TEST_F(UndoCommandsTest, ReadOnlyWorkspaceRefusesEditsWithMessage) {
    path = folder.demoWorkspace();
    session.open(path, storage::OpenMode::ReadOnly);
    RecordTableModel& model = products();
    const QString before = model.index(0, 0).data().toString();
    EXPECT_FALSE(model.flags(model.index(0, 0)) & Qt::ItemIsEditable);

    EXPECT_FALSE(model.setData(model.index(0, 0), QStringLiteral("Changed")));
    ASSERT_EQ(feedback.errors.size(), 1);
    EXPECT_TRUE(feedback.errors.first().contains(QStringLiteral("read-only")));
    EXPECT_EQ(model.addRecord(QStringLiteral("Another")), 0);
    EXPECT_FALSE(model.removeRecord(0));
    EXPECT_EQ(feedback.errors.size(), 3);
    EXPECT_EQ(model.index(0, 0).data().toString(), before);
    EXPECT_EQ(undo().count(), 0);
    EXPECT_FALSE(window.catalogSection()
                     ->productsPage()
                     ->findChild<QWidget*>(QStringLiteral("add"))
                     ->isEnabled());
}

// An undo that core refuses is reported and dropped, never half-applied or left to retry.
TEST_F(UndoCommandsTest, FailingUndoIsReportedAndDropped) {
    openDemo();
    RecordTableModel& model = people();
    const std::int64_t manager = model.addRecord(QStringLiteral("New Manager"));
    ASSERT_NE(manager, 0);
    // Someone now reports to the new person, outside the undo history.
    auto report = session.catalog().people.list().front();
    report.managerId = manager;
    session.catalog().people.update(report);

    ASSERT_EQ(undo().count(), 1);
    undo().undo();  // would remove a manager: core refuses
    ASSERT_EQ(feedback.errors.size(), 1);
    EXPECT_TRUE(feedback.errors.first().contains(QStringLiteral("New Manager")));
    EXPECT_EQ(undo().count(), 0);
    EXPECT_GE(model.rowOf(manager), 0);
    EXPECT_TRUE(session.catalog().people.find(manager).has_value());
}

TEST_F(UndoCommandsTest, RemovingAManagerIsRefused) {
    openDemo();
    RecordTableModel& model = people();
    int managerRow = -1;
    for (int row = 0; row < model.rowCount() && managerRow < 0; ++row) {
        const auto managerId = model.record(row).values.at(3);
        if (managerId.isValid()) {
            managerRow = model.rowOf(managerId.toLongLong());
        }
    }
    ASSERT_GE(managerRow, 0);
    const int rows = model.rowCount();
    EXPECT_FALSE(model.removeRecord(managerRow));
    ASSERT_EQ(feedback.errors.size(), 1);
    EXPECT_TRUE(feedback.errors.first().startsWith(QStringLiteral("Cannot remove")));
    EXPECT_EQ(model.rowCount(), rows);
    EXPECT_EQ(undo().count(), 0);
}

TEST_F(UndoCommandsTest, DemoDataIsOneBulkChangeThatClearsHistory) {
    path = folder.emptyWorkspace();
    ASSERT_TRUE(window.openWorkspace(path));
    products().addRecord(QStringLiteral("Mine"));
    ASSERT_EQ(undo().count(), 1);
    ASSERT_TRUE(window.loadDemoData());
    EXPECT_EQ(undo().count(), 0);
    EXPECT_GT(people().rowCount(), 0);
    EXPECT_GT(products().rowCount(), 1);
}

}  // namespace
}  // namespace pmm::ui
