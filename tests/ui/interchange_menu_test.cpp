// File ▸ Import workspace, Export workspace and Export table as CSV in the window: what
// they write, what they ask, and that a refused or declined import changes nothing.
#include <gtest/gtest.h>

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

#include "app/main_window.h"
#include "app/workspace_session.h"
#include "common/record_table_model.h"
#include "common/record_table_page.h"
#include "interchange/exporter.h"
#include "interchange/interchange_menu.h"
#include "storage/catalog.h"
#include "storage/interchange_reader.h"
#include "storage/workspace.h"
#include "team/catalog_section.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

using uitest::exportOf;
using uitest::RecordingFeedback;
using uitest::TempFolder;

class InterchangeMenuTest : public ::testing::Test {
protected:
    void TearDown() override { window.close(); }
    InterchangeMenu& menu() { return *window.findChild<InterchangeMenu*>(); }
    // `workspace` exported to `name` in the test folder; returns the file's path.
    QString exportFile(const QString& workspace, const QString& name) {
        const QString json = folder.path(name);
        interchange::exportWorkspace(*storage::Workspace::open(workspace.toStdString()),
                                     json.toStdString());
        return json;
    }
    void showPeople() {
        CatalogSection* catalog = window.catalogSection();
        window.showSection(static_cast<int>(window.sections().indexOf(catalog)));
        catalog->tabs()->setCurrentWidget(catalog->peoplePage());
    }

    TempFolder folder;
    WorkspaceSession session;
    RecordingFeedback feedback;
    MainWindow window{session, feedback};
};

TEST_F(InterchangeMenuTest, TheActionsFollowTheWorkspace) {
    EXPECT_FALSE(menu().importAction()->isEnabled());
    EXPECT_FALSE(menu().exportAction()->isEnabled());
    ASSERT_TRUE(window.openWorkspace(folder.demoWorkspace()));
    EXPECT_TRUE(menu().importAction()->isEnabled());
    EXPECT_TRUE(menu().exportTableAction()->isEnabled());
    session.open(session.path(), storage::OpenMode::ReadOnly);
    EXPECT_FALSE(menu().importAction()->isEnabled());
    EXPECT_TRUE(menu().exportAction()->isEnabled());
}

TEST_F(InterchangeMenuTest, ExportsTheTableAsShownSortedAndFiltered) {
    ASSERT_TRUE(window.openWorkspace(folder.demoWorkspace()));
    window.show();
    showPeople();
    RecordTablePage* people = window.catalogSection()->peoplePage();
    people->filterEdit()->setText(QStringLiteral("Mei"));
    people->table()->sortByColumn(0, Qt::DescendingOrder);
    const int shown = people->proxy()->rowCount();
    ASSERT_GE(shown, 1);
    ASSERT_LT(shown, people->model()->rowCount());

    const QString path = folder.path(QStringLiteral("people.csv"));
    ASSERT_TRUE(menu().exportTableTo(path, true));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> records = bytes.mid(3).split('\n');
    ASSERT_EQ(records.size(), shown + 2);  // header, rows, and the empty rest after the last CRLF
    EXPECT_TRUE(records[0].startsWith("Name,")) << records[0].toStdString();
    for (int row = 0; row < shown; ++row) {
        const QString name = people->proxy()->index(row, 0).data().toString();
        EXPECT_TRUE(QString::fromUtf8(records[row + 1]).startsWith(name)) << row;
        EXPECT_TRUE(records[row + 1].endsWith('\r'));
    }
    ASSERT_TRUE(menu().exportTableTo(path, false));
    QFile plain(path);
    ASSERT_TRUE(plain.open(QIODevice::ReadOnly));
    EXPECT_TRUE(plain.readAll().startsWith("Name,"));
    EXPECT_TRUE(menu().lastSummary().contains(QStringLiteral("people.csv")));
}

TEST_F(InterchangeMenuTest, ExportsTheWholeWorkspaceAsTheCommandDoes) {
    const QString workspace = folder.demoWorkspace();
    ASSERT_TRUE(window.openWorkspace(workspace));
    const QString path = folder.path(QStringLiteral("team.json"));
    ASSERT_TRUE(menu().exportWorkspaceTo(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll().toStdString(), exportOf(workspace));
    EXPECT_TRUE(menu().lastSummary().startsWith(QStringLiteral("Exported ")));
    // The file holds everything, win/loss records and positioning too: one line, no box.
    EXPECT_FALSE(menu().lastSummary().contains(QLatin1Char('\n')))
        << menu().lastSummary().toStdString();
    EXPECT_EQ(window.findChild<QMessageBox*>(QStringLiteral("exportSummary")), nullptr);
}

TEST_F(InterchangeMenuTest, ImportsAfterShowingWhatWouldChange) {
    const QString source = folder.demoWorkspace();
    const QString json = exportFile(source, QStringLiteral("team.json"));
    const QString target = folder.emptyWorkspace();
    ASSERT_TRUE(window.openWorkspace(target));

    feedback.answer = false;
    EXPECT_FALSE(menu().importFile(json));
    ASSERT_EQ(feedback.questions.size(), 1);
    // The counts form a column padded to the longest section name.
    const QRegularExpression peopleAdded(QStringLiteral("\\bpeople +12 added"));
    EXPECT_TRUE(feedback.questions[0].contains(peopleAdded)) << feedback.questions[0].toStdString();
    EXPECT_TRUE(session.catalog().isEmpty());

    feedback.answer = true;
    ASSERT_TRUE(menu().importFile(json));
    EXPECT_EQ(session.catalog().people.list().size(), 12u);
    EXPECT_TRUE(menu().lastSummary().startsWith(QStringLiteral("Imported team.json")));
    auto* summary = window.findChild<QMessageBox*>(QStringLiteral("importSummary"));
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().contains(peopleAdded)) << summary->text().toStdString();
    EXPECT_EQ(session.undoStack()->count(), 0);
    EXPECT_EQ(feedback.errors, QStringList{});
    window.close();
    session.close();
    EXPECT_EQ(exportOf(target), exportOf(source));
}

TEST_F(InterchangeMenuTest, ImportsWhatItCheckedAndShowedWithoutReadingTheFileAgain) {
    const QString source = folder.demoWorkspace();
    const QString json = exportFile(source, QStringLiteral("team.json"));
    const QString target = folder.emptyWorkspace();
    ASSERT_TRUE(window.openWorkspace(target));
    // The file is replaced while the question is open: what was checked and shown is what
    // goes in (the file is read and checked once).
    feedback.answer = true;
    feedback.whileAsking = [&json] {
        QFile file(json);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{ not json");
    };
    ASSERT_TRUE(menu().importFile(json));
    EXPECT_EQ(session.catalog().people.list().size(), 12u);
    EXPECT_EQ(feedback.errors, QStringList{});
    window.close();
    session.close();
    EXPECT_EQ(exportOf(target), exportOf(source));
}

TEST_F(InterchangeMenuTest, AnEditWhileAskingMakesTheImportCheckTheFileAgain) {
    const QString source = folder.demoWorkspace();
    const QString json = exportFile(source, QStringLiteral("team.json"));
    ASSERT_TRUE(window.openWorkspace(folder.emptyWorkspace()));
    // A change announced while the question is open: the checked plan may be stale, so the
    // import reads and checks the file again (here the replaced file is refused).
    feedback.answer = true;
    feedback.whileAsking = [&] {
        session.workspace().notify({storage::EntityKind::Person, storage::ChangeType::Added, 0});
        QFile file(json);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{ not json");
    };
    EXPECT_FALSE(menu().importFile(json));
    EXPECT_TRUE(session.catalog().people.list().empty());
    ASSERT_EQ(feedback.errors.size(), 1);
}

TEST_F(InterchangeMenuTest, AFileWithProblemsIsExplainedAndChangesNothing) {
    const QString target = folder.emptyWorkspace();
    ASSERT_TRUE(window.openWorkspace(target));
    const QString json = folder.path(QStringLiteral("bad.json"));
    QFile file(json);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "pmm-workbench", "version": 1, "people": [{"name": "No uid"}]})");
    file.close();
    feedback.answer = true;
    EXPECT_FALSE(menu().importFile(json));
    ASSERT_EQ(feedback.errors.size(), 1);
    EXPECT_TRUE(feedback.errors[0].contains(QStringLiteral("bad.json cannot be imported")));
    EXPECT_TRUE(
        feedback.errors[0].contains(QStringLiteral("/people/0/uid: required field missing")))
        << feedback.errors[0].toStdString();
    EXPECT_TRUE(feedback.questions.isEmpty());
    EXPECT_TRUE(session.catalog().isEmpty());
}

}  // namespace
}  // namespace pmm::ui
