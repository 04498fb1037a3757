// Every model, checked by QAbstractItemModelTester while it loads, changes and resets.
#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QUndoStack>

#include "app/workspace_session.h"
#include "common/record_adapter.h"
#include "common/record_table_model.h"
#include "storage/catalog.h"
#include "team/catalog_adapters.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

using uitest::RecordingFeedback;
using uitest::TempFolder;
using uitest::WarningCollector;

struct AdapterCase {
    const char* name;
    const RecordAdapter& (*adapter)();
};

class RecordModelTest : public ::testing::TestWithParam<AdapterCase> {
protected:
    void SetUp() override {
        session.setErrorReporter([this](const QString& message) { errors.append(message); });
    }

    // Runs `work` with a tester on the model and on a sorting, filtering proxy over it.
    void underTesters(RecordTableModel& model, const std::function<void()>& work) {
        WarningCollector warnings;
        {
            QSortFilterProxyModel proxy;
            proxy.setSourceModel(&model);
            proxy.setSortRole(RecordTableModel::SortRole);
            proxy.sort(0);
            QAbstractItemModelTester modelTester(
                &model, QAbstractItemModelTester::FailureReportingMode::Warning);
            QAbstractItemModelTester proxyTester(
                &proxy, QAbstractItemModelTester::FailureReportingMode::Warning);
            work();
            proxy.setFilterFixedString(QStringLiteral("a"));
            proxy.sort(model.columnCount() - 1, Qt::DescendingOrder);
            proxy.setFilterFixedString(QString());
        }
        EXPECT_TRUE(warnings.messages().isEmpty()) << warnings.messages().join(u'\n').toStdString();
    }

    const RecordAdapter& adapter() const { return GetParam().adapter(); }

    TempFolder folder;
    WorkspaceSession session;
    QStringList errors;
};

TEST_P(RecordModelTest, EmptyWorkspace) {
    session.open(folder.emptyWorkspace());
    RecordTableModel model(session, adapter());
    underTesters(model, [&] {
        EXPECT_EQ(model.rowCount(), 0);
        EXPECT_EQ(model.columnCount(), static_cast<int>(adapter().fields().size()));
        const auto id = model.addRecord(model.unusedNewName());
        EXPECT_NE(id, 0);
        EXPECT_EQ(model.rowCount(), 1);
        session.undoStack()->undo();
        EXPECT_EQ(model.rowCount(), 0);
        session.undoStack()->redo();
        EXPECT_EQ(model.rowCount(), 1);
    });
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
}

TEST_P(RecordModelTest, DemoWorkspaceEditsAndReloads) {
    session.open(folder.demoWorkspace());
    RecordTableModel model(session, adapter());
    underTesters(model, [&] {
        ASSERT_GT(model.rowCount(), 2);
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                const QModelIndex index = model.index(row, column);
                EXPECT_TRUE(index.data(Qt::DisplayRole).isValid() ||
                            index.data(Qt::EditRole).isNull() ||
                            index.data(Qt::DisplayRole).toString().isEmpty());
            }
            EXPECT_FALSE(model.index(row, 0).data().toString().isEmpty());
        }
        const int rows = model.rowCount();
        EXPECT_TRUE(model.setData(model.index(1, 0), QStringLiteral("Zeta renamed")));
        EXPECT_EQ(model.index(1, 0).data().toString(), QStringLiteral("Zeta renamed"));
        EXPECT_TRUE(model.removeRecord(0) || !errors.isEmpty());
        session.undoStack()->undo();
        EXPECT_EQ(model.rowCount(), rows);
        // A bulk change elsewhere resets the model.
        session.runBulkChange([](storage::Workspace& workspace) {
            storage::Workspace::BulkChange bulk(workspace);
            bulk.commit();
        });
        EXPECT_EQ(model.rowCount(), rows);
        // Closing empties it; reopening fills it again.
        const QString path = session.path();
        session.close();
        EXPECT_EQ(model.rowCount(), 0);
        session.open(path);
        EXPECT_EQ(model.rowCount(), rows);
    });
}

TEST_P(RecordModelTest, HeadersAndFlags) {
    session.open(folder.demoWorkspace());
    RecordTableModel model(session, adapter());
    for (int column = 0; column < model.columnCount(); ++column) {
        EXPECT_FALSE(model.headerData(column, Qt::Horizontal).toString().isEmpty());
    }
    EXPECT_TRUE(model.flags(model.index(0, 0)) & Qt::ItemIsEditable);
}

INSTANTIATE_TEST_SUITE_P(Catalog, RecordModelTest,
                         ::testing::Values(AdapterCase{"People", &peopleAdapter},
                                           AdapterCase{"Products", &productsAdapter},
                                           AdapterCase{"Segments", &segmentsAdapter},
                                           AdapterCase{"Competitors", &competitorsAdapter}),
                         [](const auto& testCase) { return std::string(testCase.param.name); });

// Views follow edits made by anyone: here core itself, outside any command.
TEST(RecordModelNotifications, FollowsChangesMadeOutsideTheModel) {
    TempFolder folder;
    WorkspaceSession session;
    session.open(folder.demoWorkspace());
    RecordTableModel people(session, peopleAdapter());
    RecordTableModel segments(session, segmentsAdapter());

    auto person = session.catalog().people.list().front();
    const int row = people.rowOf(person.id);
    ASSERT_GE(row, 0);
    person.name = "Renamed Elsewhere";
    session.catalog().people.update(person);
    EXPECT_EQ(people.index(row, 0).data().toString(), QStringLiteral("Renamed Elsewhere"));

    // A segment owned by that person shows the new name in its Owner column.
    auto segment = session.catalog().segments.list().front();
    segment.ownerId = person.id;
    session.catalog().segments.update(segment);
    const int segmentRow = segments.rowOf(segment.id);
    EXPECT_EQ(segments.index(segmentRow, 2).data().toString(), QStringLiteral("Renamed Elsewhere"));
    person.name = "Renamed Again";
    session.catalog().people.update(person);
    EXPECT_EQ(segments.index(segmentRow, 2).data().toString(), QStringLiteral("Renamed Again"));

    RecordTableModel products(session, productsAdapter());
    const auto added = session.catalog().products.add({0, {}, "Out of band", ""});
    EXPECT_GE(products.rowOf(added.id), 0);
    session.catalog().products.remove(added.id);
    EXPECT_EQ(products.rowOf(added.id), -1);
}

}  // namespace
}  // namespace pmm::ui
