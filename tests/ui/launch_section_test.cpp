// The Launches section: empty and no-match states, selection, and the detail pane's edits
// (undoable), the status gate shown inline, checklist ticks, overrides and re-tiering.
#include <gtest/gtest.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QUndoStack>

#include "app/workspace_session.h"
#include "common/empty_state.h"
#include "launch_test_support.h"
#include "launches/criterion_score_editor.h"
#include "launches/launch_checklist_box.h"
#include "launches/launch_detail_pane.h"
#include "launches/launch_filter_bar.h"
#include "launches/launch_filter_proxy.h"
#include "launches/launch_table_model.h"
#include "launches/launch_tier_box.h"
#include "launches/launches_section.h"
#include "launches/problem_label.h"
#include "storage/launch_checklist.h"
#include "storage/launch_store.h"
#include "storage/tier_rule_store.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

using launches::LaunchStatus;

class LaunchSectionTest : public ::testing::Test {
protected:
    void SetUp() override {
        session.setErrorReporter([this](const QString& message) { errors.append(message); });
        session.open(folder.emptyWorkspace());
        ids = uitest::addLaunchCatalog(session.workspace());
    }

    std::int64_t add(const std::string& name, std::array<int, 3> scores, bool framed) {
        return uitest::addLaunch(
            session.workspace(),
            uitest::launchDraft(name, ids.billing, ids.alex, "2026-Q3", scores, framed));
    }

    launches::Launch stored(std::int64_t id) {
        auto readBack = uitest::readBack(session.path());
        return *launches::LaunchStore(*readBack).find(id);
    }

    uitest::TempFolder folder;
    WorkspaceSession session;
    uitest::RecordingFeedback feedback;
    QStringList errors;
    uitest::LaunchCatalog ids;
};

TEST_F(LaunchSectionTest, EmptyStateThenTableThenNoMatch) {
    LaunchesSection section(session, feedback);
    section.resize(1000, 600);
    section.show();
    EXPECT_TRUE(section.emptyState()->isVisible());
    EXPECT_EQ(section.emptyState()->headline(), QStringLiteral("No launches yet."));
    EXPECT_TRUE(section.emptyState()->actionButton()->isEnabled());

    const auto id = add("Usage pricing", {5, 4, 4}, true);
    EXPECT_TRUE(section.table()->isVisible());
    EXPECT_EQ(section.countLabel()->text(), QStringLiteral("1 launch"));
    section.filterBar()->searchEdit()->setText(QStringLiteral("no such launch"));
    EXPECT_TRUE(section.noMatchState()->isVisible());
    EXPECT_EQ(section.countLabel()->text(), QStringLiteral("0 of 1 launch"));
    section.noMatchState()->actionButton()->click();
    EXPECT_TRUE(section.table()->isVisible());
    EXPECT_TRUE(section.filterBar()->searchEdit()->text().isEmpty());

    // Quarter choices follow the workspace; a filter that hides the launch is cleared to show it.
    const int quarter = section.filterBar()->quarterBox()->findData(QStringLiteral("2026-Q3"));
    ASSERT_GE(quarter, 0);
    section.filterBar()->tierBox()->setCurrentIndex(section.filterBar()->tierBox()->findData(3));
    EXPECT_EQ(section.proxy()->rowCount(), 0);
    ASSERT_TRUE(section.showLaunch(id));
    EXPECT_EQ(section.proxy()->rowCount(), 1);
    EXPECT_EQ(section.detailPane()->launchId(), id);
    EXPECT_EQ(section.detailPane()->nameEdit()->text(), QStringLiteral("Usage pricing"));

    // Selecting a row shows it in the pane.
    const auto other = add("Audit log", {2, 2, 2}, false);
    const int row = section.proxy()
                        ->mapFromSource(section.model()->index(section.model()->rowOf(other), 0))
                        .row();
    section.table()->selectRow(row);
    EXPECT_EQ(section.detailPane()->launchId(), other);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
}

TEST_F(LaunchSectionTest, StatusGateIsShownInlineAndNothingIsWritten) {
    const auto id = add("Audit log", {3, 3, 3}, false);
    LaunchesSection section(session, feedback);
    section.show();
    ASSERT_TRUE(section.showLaunch(id));
    LaunchDetailPane& pane = *section.detailPane();
    EXPECT_TRUE(pane.frameNote()->text().contains(QStringLiteral("customer outcome")));

    QComboBox* status = pane.statusBox();
    status->setCurrentIndex(status->findData(static_cast<int>(LaunchStatus::Planned)));
    const QString gate = QString::fromStdString(launches::statusGateProblem([&] {
        auto launch = stored(id);
        launch.status = LaunchStatus::Planned;
        return launch;
    }()));
    ASSERT_FALSE(gate.isEmpty());
    EXPECT_EQ(pane.statusProblem()->problem(), gate);
    EXPECT_TRUE(pane.statusProblem()->isVisible()) << "inline, next to the status";
    EXPECT_TRUE(pane.statusProblem()->problem().contains(QStringLiteral("success metric")));
    EXPECT_EQ(status->currentData().toInt(), static_cast<int>(LaunchStatus::Idea));
    EXPECT_EQ(stored(id).status, LaunchStatus::Idea);
    EXPECT_EQ(session.undoStack()->count(), 0);
    EXPECT_TRUE(errors.isEmpty()) << "no pop-up: " << errors.join(u'\n').toStdString();

    // Candidate needs no frame: allowed, and the message goes.
    status->setCurrentIndex(status->findData(static_cast<int>(LaunchStatus::Candidate)));
    EXPECT_EQ(stored(id).status, LaunchStatus::Candidate);
    EXPECT_TRUE(pane.statusProblem()->isHidden());
}

TEST_F(LaunchSectionTest, DetailEditsAreUndoable) {
    const auto id = add("Audit log", {1, 1, 1}, true);
    LaunchDetailPane pane(session, feedback);
    pane.show();
    pane.setLaunch(id);

    pane.nameEdit()->setText(QStringLiteral("Audit log for admins"));
    Q_EMIT pane.nameEdit()->editingFinished();
    EXPECT_EQ(stored(id).name, "Audit log for admins");
    ASSERT_EQ(session.undoStack()->count(), 1);
    EXPECT_EQ(session.undoStack()->undoText(),
              QString::fromUtf8("Change name of \u201cAudit log\u201d"));

    session.undoStack()->undo();
    EXPECT_EQ(stored(id).name, "Audit log");
    EXPECT_EQ(pane.nameEdit()->text(), QStringLiteral("Audit log"));
    session.undoStack()->redo();
    EXPECT_EQ(stored(id).name, "Audit log for admins");
    EXPECT_EQ(pane.nameEdit()->text(), QStringLiteral("Audit log for admins"));

    // A bad value is refused with core's sentence and nothing is pushed.
    pane.targetDateEdit()->setText(QStringLiteral("someday"));
    Q_EMIT pane.targetDateEdit()->editingFinished();
    EXPECT_TRUE(pane.basicsProblem()->problem().startsWith(QStringLiteral("Target date")));
    EXPECT_EQ(session.undoStack()->count(), 1);

    // A score re-tiers the launch (0.40 + 0.30 + 1.50 = 2.20, raised by the guardrail); the
    // tier box explains it.
    pane.criterionEditor(2)->levelButton(5)->click();
    EXPECT_EQ(stored(id).computedTier, 2);
    EXPECT_EQ(pane.tierBox()->tierLabel()->text(), QStringLiteral("Tier 2"));
    EXPECT_TRUE(pane.tierBox()->explanationLabel()->text().contains(QStringLiteral("guardrail")));
    session.undoStack()->undo();
    EXPECT_EQ(stored(id).computedTier, 3);
    EXPECT_EQ(pane.tierBox()->tierLabel()->text(), QStringLiteral("Tier 3"));
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
}

TEST_F(LaunchSectionTest, ChecklistOverrideAndRetier) {
    const auto id = add("Usage pricing", {3, 3, 3}, true);
    LaunchDetailPane pane(session, feedback);
    pane.show();
    pane.setLaunch(id);
    auto entries = [&] { return launches::LaunchChecklist(session.workspace()).entries(id); };

    // Tick, undo.
    ASSERT_EQ(pane.checklistBox()->list()->count(), 5);
    ASSERT_TRUE(pane.checklistBox()->setDone(1, true));
    EXPECT_TRUE(entries()[1].done);
    EXPECT_EQ(pane.checklistBox()->list()->item(1)->checkState(), Qt::Checked);
    EXPECT_TRUE(pane.checklistBox()->readinessLabel()->text().contains(QStringLiteral("1/5")));
    session.undoStack()->undo();
    EXPECT_FALSE(entries()[1].done);

    // Override with a reason; the button waits for the reason.
    LaunchTierBox& tier = *pane.tierBox();
    EXPECT_FALSE(tier.overrideButton()->isEnabled());
    tier.overrideTierBox()->setCurrentIndex(tier.overrideTierBox()->findData(1));
    tier.reasonEdit()->setText(QStringLiteral("Analyst day falls in this quarter"));
    ASSERT_TRUE(tier.overrideButton()->isEnabled());
    tier.overrideButton()->click();
    EXPECT_EQ(stored(id).overrideTier, 1);
    EXPECT_EQ(stored(id).overrideReason, "Analyst day falls in this quarter");
    EXPECT_TRUE(tier.tierLabel()->text().startsWith(QStringLiteral("Tier 1 by override")));
    EXPECT_TRUE(tier.historyLabel()->text().contains(QStringLiteral("Analyst day")));
    EXPECT_EQ(pane.checklistBox()->list()->count(), 8) << "the Tier 1 checklist now";
    ASSERT_TRUE(tier.removeOverrideButton()->isVisible());
    tier.removeOverrideButton()->click();
    EXPECT_FALSE(stored(id).overrideTier.has_value());
    session.undoStack()->undo();
    EXPECT_EQ(stored(id).overrideTier, 1);
    session.undoStack()->undo();
    EXPECT_FALSE(stored(id).overrideTier.has_value());

    // A newer rule version: the pane says so and re-tiers on request (after asking).
    EXPECT_TRUE(tier.retierButton()->isHidden());
    auto rule = launches::TierRuleStore(session.workspace()).current();
    rule.tier2Threshold = 310;
    launches::TierRuleStore(session.workspace()).saveNewVersion(rule, "test");
    EXPECT_EQ(tier.versionLabel()->text(),
              QStringLiteral("Tiered with rule v1; the current rule is v2."));
    ASSERT_TRUE(tier.retierButton()->isVisible());
    feedback.answer = false;
    tier.retierButton()->click();
    EXPECT_EQ(stored(id).ruleVersion, 1);
    ASSERT_EQ(feedback.questions.size(), 1);
    EXPECT_TRUE(feedback.questions[0].contains(QStringLiteral("Tier 3")));
    feedback.answer = true;
    tier.retierButton()->click();
    EXPECT_EQ(stored(id).ruleVersion, 2);
    EXPECT_EQ(stored(id).computedTier, 3);
    EXPECT_TRUE(tier.retierButton()->isHidden());
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
}

}  // namespace
}  // namespace pmm::ui
