// The skills grid: its model under QAbstractItemModelTester, what each cell shows and how it
// is coloured, the tooltip's evidence, filters, sorting and the empty states of the page.
#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include "app/workspace_session.h"
#include "common/empty_state.h"
#include "screenshot_support.h"
#include "skills/assessment_dialog.h"
#include "skills/skill_colors.h"
#include "skills/skill_grid_filter_proxy.h"
#include "skills/skill_grid_model.h"
#include "skills/skills_matrix_page.h"
#include "skills_test_support.h"
#include "storage/skills_framework_store.h"
#include "team/skill_grid.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

using team::SkillCellClass;

class SkillGridTest : public ::testing::Test {
protected:
    void SetUp() override {
        session.open(folder.emptyWorkspace());
        team = uitest::addSkillsTeam(session.workspace());
        storage::Workspace& w = session.workspace();
        // Ana (PMM): above her level in the first, below in the second, at it in the third.
        uitest::rate(w, team.ana, competency(0), "2026-03-10", 2, "Early work");
        uitest::rate(w, team.ana, competency(0), "2026-09-10", 3,
                     "Ran the <b>Atlas</b> launch end to end");
        uitest::rate(w, team.ana, competency(1), "2026-09-10", 1, "Needs help with decks");
        uitest::rate(w, team.ana, competency(2), "2026-09-10", 2, "Solid");
        uitest::rate(w, team.ben, competency(0), "2026-09-10", 4, "Leads the rhythm");
    }

    std::int64_t competency(int i) const {
        return team.competencies.at(static_cast<std::size_t>(i)).id;
    }
    static int column(int i) { return SkillGridModel::FirstCompetencyColumn + i; }

    uitest::TempFolder folder;
    WorkspaceSession session;
    uitest::SkillsTeam team;
};

TEST_F(SkillGridTest, ModelAndProxyPassTheTesterThroughReloads) {
    uitest::WarningCollector warnings;
    SkillGridModel model(session);
    SkillGridFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.columnCount(), 2 + static_cast<int>(team.competencies.size()));
    uitest::rate(session.workspace(), team.cy, competency(3), "2026-09-11", 1, "New");
    proxy.setNameFilter(QStringLiteral("ana"));
    proxy.sort(column(0), Qt::DescendingOrder);
    proxy.setLevelFilter(2);
    proxy.setNameFilter(QString());
    session.close();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(warnings.messages().isEmpty()) << warnings.messages().join(u'\n').toStdString();
}

TEST_F(SkillGridTest, CellsShowTheNewestLevelAndItsClass) {
    SkillGridModel model(session);
    const int ana = model.rowOfPerson(team.ana);
    ASSERT_GE(ana, 0);
    auto cell = [&](int row, int i, int role) { return model.index(row, column(i)).data(role); };
    EXPECT_EQ(model.index(ana, SkillGridModel::PersonColumn).data().toString(),
              QStringLiteral("Ana Rivera"));
    EXPECT_EQ(model.index(ana, SkillGridModel::LevelColumn).data().toString(),
              QStringLiteral("PMM"));
    // The newest of two assessments counts.
    EXPECT_EQ(cell(ana, 0, Qt::DisplayRole).toString(), QStringLiteral("Senior PMM"));
    EXPECT_EQ(cell(ana, 0, SkillGridModel::CellClassRole).toInt(),
              static_cast<int>(SkillCellClass::AtNextLevelOrAbove));
    EXPECT_EQ(cell(ana, 1, Qt::DisplayRole).toString(), QStringLiteral("Junior PMM"));
    EXPECT_EQ(cell(ana, 1, SkillGridModel::CellClassRole).toInt(),
              static_cast<int>(SkillCellClass::BelowLevel));
    EXPECT_EQ(cell(ana, 2, SkillGridModel::CellClassRole).toInt(),
              static_cast<int>(SkillCellClass::AtLevel));
    EXPECT_EQ(cell(ana, 3, Qt::DisplayRole).toString(), QStringLiteral("\u2014"));
    EXPECT_EQ(cell(ana, 3, SkillGridModel::CellClassRole).toInt(),
              static_cast<int>(SkillCellClass::NotAssessed));
    EXPECT_EQ(cell(ana, 0, SkillGridModel::CompetencyIdRole).toLongLong(), competency(0));
    EXPECT_EQ(cell(ana, 0, SkillGridModel::PersonIdRole).toLongLong(), team.ana);
}

TEST_F(SkillGridTest, ColoursSeparateTheClassesInLightAndDarkPalettes) {
    SkillGridModel model(session);
    const int ana = model.rowOfPerson(team.ana);
    for (const QPalette& palette : {QPalette(Qt::white), uitest::darkPalette()}) {
        model.setPalette(palette);
        auto colour = [&](int i) {
            return model.index(ana, column(i)).data(Qt::BackgroundRole).value<QBrush>().color();
        };
        EXPECT_EQ(colour(0), skillCellColor(SkillCellClass::AtNextLevelOrAbove, palette));
        EXPECT_EQ(colour(1), skillCellColor(SkillCellClass::BelowLevel, palette));
        EXPECT_EQ(colour(2), skillCellColor(SkillCellClass::AtLevel, palette));
        EXPECT_NE(colour(0), colour(1));
        EXPECT_NE(colour(1), colour(2));
        EXPECT_NE(colour(0), colour(2));
        // Not assessed: no fill, the palette's base shows.
        EXPECT_FALSE(model.index(ana, column(3)).data(Qt::BackgroundRole).isValid());
        // The text stays readable: the fill keeps the base's side of mid-grey.
        EXPECT_EQ(colour(1).lightness() < 128, isDarkPalette(palette));
    }
}

TEST_F(SkillGridTest, TooltipShowsTheLatestEvidenceAsText) {
    SkillGridModel model(session);
    const QString tip =
        model.index(model.rowOfPerson(team.ana), column(0)).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("&lt;b&gt;Atlas&lt;/b&gt;"))) << tip.toStdString();
    EXPECT_FALSE(tip.contains(QStringLiteral("<b>Atlas")));
    EXPECT_TRUE(tip.contains(QStringLiteral("2026-09-10")));
    EXPECT_TRUE(tip.contains(QStringLiteral("Dana")));
    EXPECT_FALSE(tip.contains(QStringLiteral("Early work")));
    const QString cy = model.index(model.rowOfPerson(team.cy), SkillGridModel::PersonColumn)
                           .data(Qt::ToolTipRole)
                           .toString();
    EXPECT_TRUE(cy.contains(QStringLiteral("&lt;b&gt;Park"))) << cy.toStdString();
}

TEST_F(SkillGridTest, FiltersByNameAndLevelAndSortsByLevel) {
    SkillGridModel model(session);
    SkillGridFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setNameFilter(QStringLiteral("  RIVERA "));
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.index(0, 0).data().toString(), QStringLiteral("Ana Rivera"));
    proxy.setNameFilter(QString());
    proxy.setLevelFilter(3);
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.index(0, 0).data().toString(), QStringLiteral("Ben Okafor"));
    proxy.setLevelFilter(std::nullopt);
    EXPECT_EQ(proxy.rowCount(), 3);
    // By the first competency, highest first: Ben (Staff), Ana (Senior), Cy (not assessed).
    proxy.sort(column(0), Qt::DescendingOrder);
    EXPECT_EQ(proxy.index(0, 0).data().toString(), QStringLiteral("Ben Okafor"));
    EXPECT_EQ(proxy.index(1, 0).data().toString(), QStringLiteral("Ana Rivera"));
    EXPECT_EQ(proxy.index(2, 0).data().toString(), QStringLiteral("Cy <b>Park</b>"));
    proxy.sort(SkillGridModel::LevelColumn, Qt::AscendingOrder);
    EXPECT_EQ(proxy.index(0, 0).data().toString(), QStringLiteral("Cy <b>Park</b>"));
}

TEST_F(SkillGridTest, FollowsNewAssessments) {
    SkillGridModel model(session);
    const int cy = model.rowOfPerson(team.cy);
    EXPECT_EQ(model.index(cy, column(0)).data().toString(), QStringLiteral("\u2014"));
    uitest::rate(session.workspace(), team.cy, competency(0), "2026-09-12", 2, "Grew fast");
    EXPECT_EQ(model.index(model.rowOfPerson(team.cy), column(0)).data().toString(),
              QStringLiteral("PMM"));
}

TEST(SkillsMatrixPageEmpty, SaysWhatIsMissing) {
    uitest::TempFolder folder;
    WorkspaceSession session;
    session.open(folder.emptyWorkspace());
    SkillsMatrixPage page(session);
    EXPECT_FALSE(page.showsGrid());
    EXPECT_EQ(page.emptyState()->headline(), QStringLiteral("No people to assess yet."));
    const auto team = uitest::addSkillsTeam(session.workspace());
    EXPECT_TRUE(page.showsGrid());
    storage::SkillsFrameworkStore framework(session.workspace());
    for (const auto& competency : team.competencies) {
        framework.removeCompetency(competency.id);
    }
    EXPECT_FALSE(page.showsGrid());
    EXPECT_EQ(page.emptyState()->headline(), QStringLiteral("No competencies yet."));
}

TEST_F(SkillGridTest, PageFiltersAndKeepsTheSelectionAcrossReloads) {
    SkillsMatrixPage page(session);
    ASSERT_TRUE(page.showsGrid());
    page.nameFilter()->setText(QStringLiteral("ben"));
    EXPECT_EQ(page.grid()->model()->rowCount(), 1);
    page.nameFilter()->clear();
    page.levelFilter()->setCurrentIndex(page.levelFilter()->findText(QStringLiteral("PMM")));
    EXPECT_EQ(page.grid()->model()->rowCount(), 1);
    page.levelFilter()->setCurrentIndex(0);
    ASSERT_TRUE(page.showPerson(team.ana));
    uitest::rate(session.workspace(), team.ben, competency(1), "2026-09-12", 3, "Coaches well");
    EXPECT_EQ(page.grid()->currentIndex().data(SkillGridModel::PersonIdRole).toLongLong(),
              team.ana);
}

TEST_F(SkillGridTest, EnterOnACellAssessesThatPersonInThatCompetency) {
    SkillsMatrixPage page(session);
    page.show();
    ASSERT_TRUE(page.showPerson(team.cy));
    const QModelIndex cell = page.grid()->currentIndex().siblingAtColumn(column(2));
    page.grid()->setCurrentIndex(cell);
    page.grid()->setFocus();
    QTest::keyClick(page.grid(), Qt::Key_Return);
    auto* dialog = page.findChild<AssessmentDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->windowTitle().contains(QStringLiteral("Cy <b>Park</b>")));
    EXPECT_TRUE(
        dialog->windowTitle().contains(QString::fromStdString(team.competencies.at(2).name)));
    dialog->reject();
}

TEST_F(SkillGridTest, ReadOnlyWorkspaceOffersNoAssessment) {
    session.open(session.path(), storage::OpenMode::ReadOnly);
    SkillsMatrixPage page(session);
    page.show();
    ASSERT_TRUE(page.showPerson(team.ana));
    EXPECT_FALSE(page.assessButton()->isEnabled());
    EXPECT_TRUE(page.assessButton()->toolTip().contains(QStringLiteral("read-only")));
    page.grid()->setFocus();
    QTest::keyClick(page.grid(), Qt::Key_Return);
    EXPECT_EQ(page.findChild<AssessmentDialog*>(), nullptr);
}

}  // namespace
}  // namespace pmm::ui
