// The assessment dialog driven offscreen: both expectation texts while rating, Save disabled
// with a reason until complete, a suggestion attached with one click, save as one undoable
// command, and the growth path that follows.
#include <gtest/gtest.h>

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include "app/workspace_session.h"
#include "launches/problem_label.h"
#include "skills/assessment_dialog.h"
#include "skills/evidence_suggestion_box.h"
#include "skills/growth_path_pane.h"
#include "skills/skills_radar_chart.h"
#include "skills_test_support.h"
#include "storage/skills_assessment_store.h"
#include "storage/skills_framework_store.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

class AssessmentDialogTest : public ::testing::Test {
protected:
    void SetUp() override {
        path = folder.emptyWorkspace();
        session.open(path);
        team = uitest::addSkillsTeam(session.workspace());
        competency = team.competencies.at(1).id;
    }

    // Opens the dialog for Ana on a day whose period holds her launch.
    std::unique_ptr<AssessmentDialog> openForAna() {
        auto dialog = std::make_unique<AssessmentDialog>(session, team.ana, competency);
        dialog->dateEdit()->setDate(QDate(2026, 11, 20));
        return dialog;
    }

    int suggestionRow(const AssessmentDialog& dialog, std::string_view kind) const {
        const auto& list = dialog.suggestions()->suggestions();
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (list[i].link.kind == kind) {
                return static_cast<int>(i);
            }
        }
        return -1;
    }

    uitest::TempFolder folder;
    QString path;
    WorkspaceSession session;
    uitest::SkillsTeam team;
    std::int64_t competency = 0;
};

TEST_F(AssessmentDialogTest, ShowsTheExpectationsOfTheirLevelAndTheNext) {
    auto dialog = openForAna();
    ASSERT_TRUE(dialog->isValid());
    const storage::SkillsFrameworkStore framework(session.workspace());
    const QString current = QString::fromStdString(framework.expectation(competency, 2));
    const QString next = QString::fromStdString(framework.expectation(competency, 3));
    ASSERT_FALSE(current.isEmpty());
    ASSERT_FALSE(next.isEmpty());
    EXPECT_EQ(dialog->currentExpectation()->text(), current);
    EXPECT_EQ(dialog->nextExpectation()->text(), next);
    EXPECT_EQ(dialog->currentExpectation()->textFormat(), Qt::PlainText);
}

TEST_F(AssessmentDialogTest, SaveWaitsForALevelAndEvidenceAndSaysWhy) {
    auto dialog = openForAna();
    EXPECT_FALSE(dialog->saveButton()->isEnabled());
    EXPECT_TRUE(dialog->problemLabel()->problem().contains(QStringLiteral("level")));
    dialog->demonstratedBox()->setCurrentIndex(2);
    EXPECT_FALSE(dialog->saveButton()->isEnabled());
    EXPECT_TRUE(dialog->problemLabel()->problem().contains(QStringLiteral("evidence")));
    QTest::keyClicks(dialog->evidenceEdit(), QStringLiteral("Rewrote the pitch deck"));
    EXPECT_TRUE(dialog->saveButton()->isEnabled());
    EXPECT_TRUE(dialog->problemLabel()->problem().isEmpty());
}

TEST_F(AssessmentDialogTest, AttachesASuggestionSavesAndUndoes) {
    auto dialog = openForAna();
    const int row = suggestionRow(*dialog, team::kLaunchEvidence);
    ASSERT_GE(row, 0) << "her launch should be suggested";
    QListWidgetItem* item = dialog->suggestions()->list()->item(row);
    EXPECT_TRUE(item->text().contains(QStringLiteral("Spend forecasts")));
    dialog->demonstratedBox()->setCurrentIndex(
        dialog->demonstratedBox()->findText(QStringLiteral("Senior PMM")));
    dialog->managerBox()->setCurrentIndex(dialog->managerBox()->findText(QStringLiteral("PMM")));
    EXPECT_FALSE(dialog->saveButton()->isEnabled());
    // One click on the row's check box attaches it.
    QListWidget* list = dialog->suggestions()->list();
    dialog->show();
    const QRect rect = list->visualItemRect(item);
    QTest::mouseClick(
        list->viewport(), Qt::LeftButton, {},
        QPoint(rect.left() + list->style()->pixelMetric(QStyle::PM_IndicatorWidth) / 2 + 4,
               rect.center().y()));
    ASSERT_EQ(item->checkState(), Qt::Checked);
    EXPECT_TRUE(dialog->saveButton()->isEnabled());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    EXPECT_EQ(dialog->result(), QDialog::Accepted);

    storage::SkillsAssessmentStore store(session.workspace());
    auto saved = store.listForPerson(team.ana);
    ASSERT_EQ(saved.size(), 1u);
    EXPECT_EQ(saved[0].competencyId, competency);
    EXPECT_EQ(saved[0].demonstratedLevel, 3);
    EXPECT_EQ(saved[0].managerRating, std::optional<int>(2));
    EXPECT_EQ(saved[0].assessedOn, "2026-11-20");
    EXPECT_EQ(saved[0].assessorId, std::optional<std::int64_t>(team.ben));
    ASSERT_EQ(saved[0].links.size(), 1u);
    EXPECT_EQ(saved[0].links[0].kind, team::kLaunchEvidence);

    ASSERT_EQ(session.undoStack()->count(), 1);
    session.undoStack()->undo();
    EXPECT_TRUE(store.listForPerson(team.ana).empty());
    session.undoStack()->redo();
    auto again = store.listForPerson(team.ana);
    ASSERT_EQ(again.size(), 1u);
    EXPECT_EQ(again[0].id, saved[0].id);
    EXPECT_EQ(again[0].links, saved[0].links);
    // On disk, not only in this connection.
    auto back = uitest::readBack(path);
    EXPECT_EQ(storage::SkillsAssessmentStore(*back).listForPerson(team.ana).size(), 1u);
}

TEST_F(AssessmentDialogTest, PeriodDecidesWhatIsSuggested) {
    auto dialog = openForAna();
    EXPECT_GE(suggestionRow(*dialog, team::kLaunchEvidence), 0);
    dialog->suggestions()->fromEdit()->setDate(QDate(2026, 11, 1));
    EXPECT_LT(suggestionRow(*dialog, team::kLaunchEvidence), 0);
    EXPECT_EQ(dialog->suggestions()->list()->count(), 1);  // says there is nothing
    EXPECT_FALSE(dialog->suggestions()->list()->item(0)->flags() & Qt::ItemIsUserCheckable);
}

TEST_F(AssessmentDialogTest, GrowthPathShowsReadinessGapsTimelineAndRadar) {
    GrowthPathPane pane(session);
    pane.setPerson(team.ana);
    ASSERT_TRUE(pane.readiness().has_value());
    EXPECT_EQ(pane.headline()->text(), QStringLiteral("Ana Rivera"));
    EXPECT_TRUE(pane.verdictLabel()->text().startsWith(QStringLiteral("Not ready")));
    EXPECT_FALSE(pane.gapsLabel()->isHidden());
    EXPECT_EQ(pane.expectationTable()->topLevelItemCount(),
              static_cast<int>(team.competencies.size()));
    EXPECT_EQ(pane.timeline()->topLevelItemCount(), 0);

    // Every competency at the next level: ready, no gaps.
    for (const auto& c : team.competencies) {
        uitest::rate(session.workspace(), team.ana, c.id, "2026-09-10", 3, "Evidence");
    }
    EXPECT_EQ(pane.verdictLabel()->text(), QStringLiteral("Ready for promotion"));
    EXPECT_TRUE(pane.gapsLabel()->isHidden());
    EXPECT_EQ(pane.timeline()->topLevelItemCount(), static_cast<int>(team.competencies.size()));
    QTreeWidgetItem* first = pane.expectationTable()->topLevelItem(0);
    EXPECT_EQ(first->text(GrowthPathPane::VerdictColumn), QStringLiteral("Meets"));
    // A closed outline: one point per competency plus the first again.
    const auto spokes = static_cast<int>(team.competencies.size()) + 1;
    EXPECT_EQ(pane.radarChart()->demonstratedSeries()->count(), spokes);
    EXPECT_EQ(pane.radarChart()->targetSeries()->count(), spokes);
    EXPECT_EQ(pane.radarChart()->demonstratedSeries()->at(0).y(), 3.0);
    EXPECT_EQ(pane.radarChart()->targetSeries()->at(0).y(), 3.0);
}

}  // namespace
}  // namespace pmm::ui
