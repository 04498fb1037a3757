// The skills framework editor: level names, competencies and expectations edited in place,
// each edit undoable and on disk; removal refused while a competency is assessed. And the
// main window's way in: the Team section's Skills matrix tab and Settings ▸ Skills framework….
#include <gtest/gtest.h>

#include <QApplication>
#include <QCoreApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>

#include "app/main_window.h"
#include "app/workspace_session.h"
#include "skills/skills_framework_dialog.h"
#include "skills/skills_matrix_page.h"
#include "skills_test_support.h"
#include "storage/skills_framework_store.h"
#include "team/catalog_section.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

class SkillsFrameworkTest : public ::testing::Test {
protected:
    void SetUp() override {
        path = folder.emptyWorkspace();
        session.open(path);
        team = uitest::addSkillsTeam(session.workspace());
    }

    // Edits a cell as the user would (the item's text), then lets the dialog reload.
    static void edit(QTableWidget* table, int row, int column, const QString& text) {
        table->item(row, column)->setText(text);
        QCoreApplication::processEvents();
    }

    storage::SkillsFrameworkStore stored() const {
        return storage::SkillsFrameworkStore(session.workspace());
    }
    // What a second connection reads from the file.
    std::string expectationOnDisk(std::int64_t competency, int rank) const {
        auto back = uitest::readBack(path);
        return storage::SkillsFrameworkStore(*back).expectation(competency, rank);
    }

    uitest::TempFolder folder;
    QString path;
    WorkspaceSession session;
    uitest::SkillsTeam team;
};

TEST_F(SkillsFrameworkTest, RenamesALevelUndoably) {
    SkillsFrameworkDialog dialog(session);
    ASSERT_EQ(dialog.levelTable()->rowCount(), 5);
    edit(dialog.levelTable(), 2, 0, QStringLiteral("Senior Product Marketer"));
    EXPECT_EQ(stored().levels().at(2).name, "Senior Product Marketer");
    EXPECT_EQ(dialog.levelTable()->item(2, 0)->text(), QStringLiteral("Senior Product Marketer"));
    session.undoStack()->undo();
    QCoreApplication::processEvents();
    EXPECT_EQ(stored().levels().at(2).name, "Senior PMM");
    EXPECT_EQ(dialog.levelTable()->item(2, 0)->text(), QStringLiteral("Senior PMM"));
}

TEST_F(SkillsFrameworkTest, ARefusedEditIsExplainedAndTheCellShowsTheStoredValue) {
    QStringList errors;
    session.setErrorReporter([&](const QString& message) { errors << message; });
    SkillsFrameworkDialog dialog(session);
    edit(dialog.levelTable(), 0, 0, QStringLiteral("pmm"));  // names are unique, any case
    EXPECT_EQ(errors.size(), 1);
    EXPECT_EQ(dialog.levelTable()->item(0, 0)->text(), QStringLiteral("Junior PMM"));
    EXPECT_EQ(session.undoStack()->count(), 0);
}

TEST_F(SkillsFrameworkTest, ExpectationEditPersistsAndUndoes) {
    SkillsFrameworkDialog dialog(session);
    dialog.selectCompetency(1);
    const std::int64_t id = team.competencies.at(1).id;
    ASSERT_EQ(dialog.selectedCompetency(), std::optional<std::int64_t>(id));
    const std::string before = stored().expectation(id, 3);
    QTableWidget* table = dialog.expectationTable();
    ASSERT_EQ(table->rowCount(), 5);
    EXPECT_EQ(table->item(2, SkillsFrameworkDialog::TextColumn)->text().toStdString(), before);
    edit(table, 2, SkillsFrameworkDialog::TextColumn,
         QStringLiteral("Runs a Tier 1 launch with <no> help"));
    EXPECT_EQ(expectationOnDisk(id, 3), "Runs a Tier 1 launch with <no> help");
    session.undoStack()->undo();
    EXPECT_EQ(expectationOnDisk(id, 3), before);
}

TEST_F(SkillsFrameworkTest, RequiredFlagAndDescriptionAreEditable) {
    SkillsFrameworkDialog dialog(session);
    const std::int64_t id = team.competencies.at(0).id;
    QTableWidget* table = dialog.competencyTable();
    ASSERT_TRUE(stored().findCompetency(id)->requiredForPromotion);
    table->item(0, SkillsFrameworkDialog::RequiredColumn)->setCheckState(Qt::Unchecked);
    QCoreApplication::processEvents();
    EXPECT_FALSE(stored().findCompetency(id)->requiredForPromotion);
    edit(table, 0, SkillsFrameworkDialog::DescriptionColumn, QStringLiteral("Says it plainly."));
    EXPECT_EQ(stored().findCompetency(id)->description, "Says it plainly.");
    EXPECT_EQ(session.undoStack()->count(), 2);
    session.undoStack()->undo();
    session.undoStack()->undo();
    EXPECT_TRUE(stored().findCompetency(id)->requiredForPromotion);
    EXPECT_NE(stored().findCompetency(id)->description, "Says it plainly.");
}

TEST_F(SkillsFrameworkTest, AddsAndRemovesCompetenciesButKeepsAssessedOnes) {
    SkillsFrameworkDialog dialog(session);
    const int count = dialog.competencyTable()->rowCount();
    ASSERT_TRUE(dialog.addCompetency(QStringLiteral("Pricing")));
    EXPECT_EQ(dialog.competencyTable()->rowCount(), count + 1);
    EXPECT_EQ(stored().competencies().back().name, "Pricing");
    EXPECT_TRUE(dialog.removeButton()->isEnabled());
    dialog.removeSelectedCompetency();
    EXPECT_EQ(stored().competencies().size(), static_cast<std::size_t>(count));
    session.undoStack()->undo();  // the removal
    EXPECT_EQ(stored().competencies().back().name, "Pricing");

    uitest::rate(session.workspace(), team.ana, team.competencies.at(0).id, "2026-09-10", 2, "x");
    QCoreApplication::processEvents();
    dialog.selectCompetency(0);
    EXPECT_FALSE(dialog.removeButton()->isEnabled());
    EXPECT_TRUE(dialog.removeButton()->toolTip().contains(QStringLiteral("assessment")))
        << dialog.removeButton()->toolTip().toStdString();
}

TEST(SkillsInMainWindow, TeamSectionHasTheMatrixAndSettingsTheFramework) {
    uitest::TempFolder folder;
    uitest::RecordingFeedback feedback;
    WorkspaceSession session;
    MainWindow window(session, feedback);
    ASSERT_TRUE(window.openWorkspace(folder.emptyWorkspace()));
    QTabWidget* tabs = window.catalogSection()->tabs();
    EXPECT_EQ(tabs->indexOf(window.skillsPage()), 1);
    EXPECT_EQ(tabs->tabText(1), QStringLiteral("S&kills matrix"));
    auto* action = window.findChild<QAction*>(QStringLiteral("skillsFrameworkAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(action->isEnabled());
    // Ctrl+F (Edit ▸ Find) on the skills tab puts the keyboard in its name filter.
    window.show();
    QApplication::setActiveWindow(&window);
    window.showSection(static_cast<int>(window.sections().indexOf(window.catalogSection())));
    tabs->setCurrentWidget(window.skillsPage());
    for (QAction* each : window.findChildren<QAction*>()) {
        if (each->shortcut() == QKeySequence(QKeySequence::Find)) {
            each->trigger();
        }
    }
    EXPECT_EQ(QApplication::focusWidget(), window.skillsPage()->nameFilter());
    SkillsFrameworkDialog* dialog = window.openSkillsFramework();
    ASSERT_NE(dialog, nullptr);
    EXPECT_GT(dialog->competencyTable()->rowCount(), 0);
    dialog->close();
    EXPECT_TRUE(feedback.errors.isEmpty()) << feedback.errors.join(u'\n').toStdString();
}

}  // namespace
}  // namespace pmm::ui
