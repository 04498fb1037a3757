// The New Launch wizard driven offscreen from its first page to Finish, by its buttons: the
// launch is persisted with its tier, explanation, override reason and ticked deliverables.
#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QTest>
#include <QUndoStack>

#include "app/workspace_session.h"
#include "launch_test_support.h"
#include "launches/criterion_score_editor.h"
#include "launches/launch_basics_page.h"
#include "launches/launch_checklist_page.h"
#include "launches/launch_criteria_page.h"
#include "launches/launch_frame_page.h"
#include "launches/launch_result_page.h"
#include "launches/launch_wizard.h"
#include "launches/problem_label.h"
#include "storage/launch_checklist.h"
#include "storage/launch_store.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

class LaunchWizardTest : public ::testing::Test {
protected:
    void SetUp() override {
        session.setErrorReporter([this](const QString& message) { errors.append(message); });
        session.open(folder.emptyWorkspace());
        ids = uitest::addLaunchCatalog(session.workspace());
    }

    // Clicks Next (or Finish) as a user would: a disabled button does nothing.
    static void click(LaunchWizard& wizard, QWizard::WizardButton which) {
        QAbstractButton* button = wizard.button(which);
        ASSERT_TRUE(button->isEnabled()) << "button " << which << " on page " << wizard.currentId();
        button->click();
    }

    template <class Page>
    static Page* page(LaunchWizard& wizard, LaunchWizard::PageId id) {
        return qobject_cast<Page*>(wizard.page(id));
    }

    // Fills page 1 with a valid launch.
    void fillBasics(LaunchWizard& wizard, const QString& name) {
        auto* basics = page<LaunchBasicsPage>(wizard, LaunchWizard::BasicsPage);
        basics->nameEdit()->setText(name);
        basics->productBox()->setCurrentIndex(
            basics->productBox()->findData(QVariant::fromValue<qint64>(ids.billing)));
        basics->ownerBox()->setCurrentIndex(
            basics->ownerBox()->findData(QVariant::fromValue<qint64>(ids.sam)));
        basics->quarterEdit()->setText(QStringLiteral("2026-Q3"));
        basics->targetDateEdit()->setText(QStringLiteral("2026-09-15"));
    }

    uitest::TempFolder folder;
    WorkspaceSession session;
    QStringList errors;
    uitest::LaunchCatalog ids;
};

TEST_F(LaunchWizardTest, FirstToLastPagePersistsTierExplanationAndOverride) {
    LaunchWizard wizard(session);
    wizard.show();  // next() before the first show() is undone when the wizard restarts
    ASSERT_EQ(wizard.currentId(), LaunchWizard::BasicsPage);
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled()) << "nothing filled in yet";

    auto* basics = page<LaunchBasicsPage>(wizard, LaunchWizard::BasicsPage);
    fillBasics(wizard, QStringLiteral("Usage-based pricing"));
    basics->quarterEdit()->setText(QStringLiteral("2026-Q5"));
    EXPECT_EQ(basics->quarterProblemLabel()->problem(),
              QStringLiteral("Quarter: \"2026-Q5\" is not a quarter (use YYYY-Qn)."))
        << basics->quarterProblemLabel()->problem().toStdString();
    basics->quarterEdit()->setText(QStringLiteral("2026-Q3"));
    EXPECT_TRUE(basics->quarterProblemLabel()->problem().isEmpty());
    basics->targetDateEdit()->setText(QStringLiteral("2026-02-30"));
    click(wizard, QWizard::NextButton);
    EXPECT_EQ(wizard.currentId(), LaunchWizard::BasicsPage) << "core refused the date";
    EXPECT_TRUE(basics->problemLabel()->problem().startsWith(QStringLiteral("Target date")))
        << basics->problemLabel()->problem().toStdString();
    basics->targetDateEdit()->setText(QStringLiteral("2026-09-15"));
    click(wizard, QWizard::NextButton);
    ASSERT_EQ(wizard.currentId(), LaunchWizard::FramePage);

    auto* frame = page<LaunchFramePage>(wizard, LaunchWizard::FramePage);
    frame->outcomeEdit()->setText(QStringLiteral("Finance teams forecast usage with us"));
    frame->metricEdit()->setText(QStringLiteral("Trial-to-paid conversion"));
    frame->baselineEdit()->setText(QStringLiteral("8 %"));
    frame->targetEdit()->setText(QStringLiteral("12 %"));
    frame->reviewDateEdit()->setText(QStringLiteral("2026-12-15"));
    click(wizard, QWizard::NextButton);
    ASSERT_EQ(wizard.currentId(), LaunchWizard::CriteriaPage);

    auto* criteria = page<LaunchCriteriaPage>(wizard, LaunchWizard::CriteriaPage);
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled()) << "no criterion scored";
    const std::array<int, 3> scores = {4, 3, 3};
    for (int i = 0; i < 3; ++i) {
        CriterionScoreEditor* editor = criteria->editor(i);
        editor->levelButton(scores[static_cast<std::size_t>(i)])->click();
        editor->evidenceEdit()->setText(QStringLiteral("Evidence %1").arg(i + 1));
        EXPECT_TRUE(editor->descriptionLabel()->text().contains(
            QString::fromUtf8(launches::criterionLevelDescription(
                                  editor->criterion(), scores[static_cast<std::size_t>(i)])
                                  .data())));
    }
    click(wizard, QWizard::NextButton);
    ASSERT_EQ(wizard.currentId(), LaunchWizard::ResultPage);

    auto* result = page<LaunchResultPage>(wizard, LaunchWizard::ResultPage);
    EXPECT_EQ(result->tierLabel()->text(), QStringLiteral("Tier 2"));
    EXPECT_EQ(result->explanationLabel()->text(),
              QString::fromUtf8("Tier 2 \u2014 score 3.40 = 0.40\u00d74 + 0.30\u00d73 + "
                                "0.30\u00d73; 3.40 \u2265 2.50"));
    EXPECT_EQ(result->hintLabel()->text(),
              QString::fromUtf8("Raise competitive urgency from 3 to 5 to reach Tier 1 (score "
                                "4.00 \u2265 4.00)."));
    result->overrideBox()->setChecked(true);
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled()) << "an override needs a reason";
    result->overrideTierBox()->setCurrentIndex(result->overrideTierBox()->findData(1));
    result->reasonEdit()->setText(QStringLiteral("Board commitment for the pricing change"));
    click(wizard, QWizard::NextButton);
    ASSERT_EQ(wizard.currentId(), LaunchWizard::ChecklistPage);

    auto* checklist = page<LaunchChecklistPage>(wizard, LaunchWizard::ChecklistPage);
    ASSERT_EQ(checklist->checklist()->count(), 8) << "the Tier 1 checklist: the override's tier";
    checklist->checklist()->item(0)->setCheckState(Qt::Checked);
    EXPECT_TRUE(checklist->summaryLabel()->text().contains(QStringLiteral("Tier 1 by override")));
    click(wizard, QWizard::FinishButton);
    ASSERT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
    EXPECT_EQ(wizard.result(), QDialog::Accepted);

    const std::int64_t id = wizard.createdLaunchId();
    ASSERT_NE(id, 0);
    auto check = [&] {
        auto readBack = uitest::readBack(session.path());
        launches::LaunchStore store(*readBack);
        const auto launch = store.find(id);
        ASSERT_TRUE(launch.has_value());
        EXPECT_EQ(launch->name, "Usage-based pricing");
        EXPECT_EQ(launch->productId, ids.billing);
        EXPECT_EQ(launch->ownerId, ids.sam);
        EXPECT_EQ(launch->quarter, "2026-Q3");
        EXPECT_EQ(launch->targetDate, "2026-09-15");
        EXPECT_EQ(launch->metric.reviewDate, "2026-12-15");
        EXPECT_EQ(launch->competitiveUrgency.evidence, "Evidence 2");
        EXPECT_EQ(launch->computedTier, 2);
        EXPECT_EQ(launch->score, 340);
        EXPECT_EQ(launch->ruleVersion, 1);
        EXPECT_EQ(launch->overrideTier, 1);
        EXPECT_EQ(launch->overrideReason, "Board commitment for the pricing change");
        const auto explained = store.tierResult(*launch);
        ASSERT_TRUE(explained.has_value());
        EXPECT_EQ(explained->explanation,
                  "Tier 2 \u2014 score 3.40 = 0.40\u00d74 + 0.30\u00d73 + 0.30\u00d73; "
                  "3.40 \u2265 2.50");
        const auto history = store.overrideHistory(id);
        ASSERT_EQ(history.size(), 1U);
        EXPECT_EQ(history[0].toTier, 1);
        EXPECT_EQ(history[0].reason, "Board commitment for the pricing change");
        const auto entries = launches::LaunchChecklist(*readBack).entries(id);
        ASSERT_EQ(entries.size(), 8U);
        EXPECT_TRUE(entries[0].done);
        EXPECT_FALSE(entries[1].done);
    };
    check();

    // One undoable command: undo removes it all, redo brings back the same launch.
    ASSERT_EQ(session.undoStack()->count(), 1);
    session.undoStack()->undo();
    EXPECT_FALSE(launches::LaunchStore(session.workspace()).find(id).has_value());
    session.undoStack()->redo();
    check();
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
}

TEST_F(LaunchWizardTest, StatusIsChosenOnTheFramePageAndTheGateIsExplainedThere) {
    LaunchWizard wizard(session);
    wizard.show();
    fillBasics(wizard, QStringLiteral("Planned from the start"));
    click(wizard, QWizard::NextButton);
    ASSERT_EQ(wizard.currentId(), LaunchWizard::FramePage);
    auto* frame = page<LaunchFramePage>(wizard, LaunchWizard::FramePage);
    EXPECT_EQ(frame->statusBox()->currentText(), QStringLiteral("Idea")) << "the default";
    EXPECT_EQ(frame->statusBox()->count(), 4) << "idea, candidate, planned, in progress";

    frame->statusBox()->setCurrentIndex(static_cast<int>(launches::LaunchStatus::Planned));
    EXPECT_EQ(frame->problemLabel()->problem(),
              QStringLiteral("Status: a launch needs its customer outcome and success metric "
                             "before it can be planned. Missing: customer outcome, success "
                             "metric, success metric baseline, success metric target and "
                             "success metric review date."))
        << frame->problemLabel()->problem().toStdString();
    click(wizard, QWizard::NextButton);
    EXPECT_EQ(wizard.currentId(), LaunchWizard::FramePage) << "the gate holds the page";

    frame->outcomeEdit()->setText(QStringLiteral("Finance teams forecast usage with us"));
    frame->metricEdit()->setText(QStringLiteral("Trial-to-paid conversion"));
    frame->baselineEdit()->setText(QStringLiteral("8 %"));
    frame->targetEdit()->setText(QStringLiteral("12 %"));
    EXPECT_TRUE(frame->problemLabel()->problem().endsWith(
        QStringLiteral("Missing: success metric review date.")))
        << frame->problemLabel()->problem().toStdString();
    frame->reviewDateEdit()->setText(QStringLiteral("2026-12-15"));
    EXPECT_TRUE(frame->problemLabel()->problem().isEmpty()) << "answered as it is typed";
    click(wizard, QWizard::NextButton);
    ASSERT_EQ(wizard.currentId(), LaunchWizard::CriteriaPage);
    auto* criteria = page<LaunchCriteriaPage>(wizard, LaunchWizard::CriteriaPage);
    for (int i = 0; i < 3; ++i) {
        criteria->editor(i)->levelButton(3)->click();
    }
    click(wizard, QWizard::NextButton);
    click(wizard, QWizard::NextButton);
    click(wizard, QWizard::FinishButton);
    ASSERT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
    auto readBack = uitest::readBack(session.path());
    const auto stored = launches::LaunchStore(*readBack).find(wizard.createdLaunchId());
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->status, launches::LaunchStatus::Planned);
}

TEST_F(LaunchWizardTest, KeyboardChoosesLevelsAndWithoutCatalogExplainsWhy) {
    LaunchWizard wizard(session);
    wizard.show();
    fillBasics(wizard, QStringLiteral("Keyboard launch"));
    click(wizard, QWizard::NextButton);
    click(wizard, QWizard::NextButton);  // the frame may wait for later
    ASSERT_EQ(wizard.currentId(), LaunchWizard::CriteriaPage);
    CriterionScoreEditor* revenue =
        page<LaunchCriteriaPage>(wizard, LaunchWizard::CriteriaPage)->editor(0);
    QApplication::setActiveWindow(&wizard);  // arrow keys move the application's focus
    ASSERT_TRUE(QTest::qWaitForWindowActive(&wizard));
    revenue->levelButton(1)->setFocus();
    QTest::keyClick(revenue->levelButton(1), Qt::Key_Space);
    EXPECT_EQ(revenue->score(), 1);
    QTest::keyClick(revenue->levelButton(1), Qt::Key_Right);
    QTest::keyClick(revenue->levelButton(2), Qt::Key_Right);
    EXPECT_EQ(revenue->score(), 3);
    EXPECT_TRUE(revenue->descriptionLabel()->text().startsWith(QStringLiteral("3 \u2014")));
    wizard.reject();

    // A workspace without products or people says what to add first.
    WorkspaceSession bare;
    bare.open(folder.emptyWorkspace(QStringLiteral("bare.pmmw")));
    LaunchWizard empty(bare);
    empty.show();
    auto* basics = page<LaunchBasicsPage>(empty, LaunchWizard::BasicsPage);
    EXPECT_TRUE(basics->problemLabel()->problem().contains(QStringLiteral("Team & catalog")));
    basics->nameEdit()->setText(QStringLiteral("Anything"));
    EXPECT_FALSE(empty.button(QWizard::NextButton)->isEnabled());
}

}  // namespace
}  // namespace pmm::ui
