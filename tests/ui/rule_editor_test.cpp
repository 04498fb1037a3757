// Settings ▸ Launch tiering…: core's problems inline with Save disabled, the impact preview
// before saving, and Save adding a confirmed new rule version.
#include <gtest/gtest.h>

#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>

#include "app/workspace_session.h"
#include "launch_test_support.h"
#include "launches/checklist_editor.h"
#include "launches/problem_label.h"
#include "launches/tier_rule_dialog.h"
#include "storage/launch_store.h"
#include "storage/tier_rule_store.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

class RuleEditorTest : public ::testing::Test {
protected:
    void SetUp() override {
        session.setErrorReporter([this](const QString& message) { errors.append(message); });
        session.open(folder.emptyWorkspace());
        ids = uitest::addLaunchCatalog(session.workspace());
        // 0.40×4 + 0.30×3 + 0.30×3 = 3.40: Tier 2 now, Tier 1 if revenue weighs 1.00.
        changing = uitest::addLaunch(session.workspace(),
                                     uitest::launchDraft("Usage pricing", ids.billing, ids.alex,
                                                         "2026-Q3", {4, 3, 3}, true));
        uitest::addLaunch(
            session.workspace(),
            uitest::launchDraft("Audit log", ids.billing, ids.alex, "2026-Q3", {1, 1, 1}, true));
    }

    uitest::TempFolder folder;
    WorkspaceSession session;
    uitest::RecordingFeedback feedback;
    QStringList errors;
    uitest::LaunchCatalog ids;
    std::int64_t changing = 0;
};

TEST_F(RuleEditorTest, RefusesWeightsThatDoNotAddUpToOne) {
    TierRuleDialog dialog(session, feedback);
    dialog.show();
    EXPECT_FALSE(dialog.saveButton()->isEnabled()) << "nothing changed yet";
    EXPECT_TRUE(dialog.problemLabel()->isHidden());

    dialog.weightBox(2)->setValue(0.20);  // 0.40 + 0.30 + 0.20 = 0.90
    EXPECT_TRUE(dialog.problemLabel()->isVisible());
    EXPECT_EQ(dialog.problemLabel()->problem(),
              QStringLiteral("Weights: the weights must add up to 1.00 (they add up to 0.90)."));
    EXPECT_FALSE(dialog.saveButton()->isEnabled());
    EXPECT_EQ(dialog.previewTree()->topLevelItemCount(), 0);
    EXPECT_FALSE(dialog.save());
    EXPECT_EQ(launches::TierRuleStore(session.workspace()).currentVersion(), 1);

    dialog.weightBox(2)->setValue(0.30);
    EXPECT_TRUE(dialog.problemLabel()->isHidden());
    EXPECT_FALSE(dialog.saveButton()->isEnabled()) << "back to the current rule";

    // A threshold problem is core's sentence too.
    dialog.tier2ThresholdBox()->setValue(4.5);
    EXPECT_TRUE(dialog.problemLabel()->problem().contains(QStringLiteral("below the Tier 1")));
    EXPECT_FALSE(dialog.saveButton()->isEnabled());
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
}

TEST_F(RuleEditorTest, PreviewsTheImpactThenSavesAConfirmedVersion) {
    TierRuleDialog dialog(session, feedback);
    dialog.show();
    dialog.weightBox(0)->setValue(1.00);
    dialog.weightBox(1)->setValue(0.00);
    dialog.weightBox(2)->setValue(0.00);
    dialog.refreshPreview();
    ASSERT_TRUE(dialog.saveButton()->isEnabled());
    ASSERT_EQ(dialog.previewTree()->topLevelItemCount(), 1)
        << dialog.previewSummary()->text().toStdString();
    const QTreeWidgetItem* item = dialog.previewTree()->topLevelItem(0);
    EXPECT_EQ(item->text(0), QStringLiteral("Usage pricing"));
    EXPECT_EQ(item->text(2), QString::fromUtf8("Tier 2 \u2192 Tier 1"));
    EXPECT_EQ(item->text(3), QString::fromUtf8("3.40 \u2192 4.00"));
    EXPECT_TRUE(dialog.previewSummary()->text().startsWith(QStringLiteral("1 open launch")));
    EXPECT_TRUE(dialog.ruleLabel()->text().contains(QString::fromUtf8("1.00\u00d7revenue")));

    // The checklist edits go into the new version.
    ChecklistEditor* tier3 = dialog.checklistEditor(3);
    tier3->addItem(QStringLiteral("Support article"));
    tier3->moveCurrent(-1);
    EXPECT_EQ(tier3->items(),
              (std::vector<std::string>{"Release notes", "Support article", "In-app note"}));

    feedback.answer = false;
    EXPECT_FALSE(dialog.save());
    EXPECT_EQ(launches::TierRuleStore(session.workspace()).currentVersion(), 1);
    ASSERT_EQ(feedback.questions.size(), 1);
    EXPECT_TRUE(feedback.questions[0].contains(QStringLiteral("version 2")));

    feedback.answer = true;
    ASSERT_TRUE(dialog.save());
    EXPECT_EQ(dialog.savedVersion(), 2);
    const auto saved = launches::TierRuleStore(session.workspace()).current();
    EXPECT_EQ(saved.version, 2);
    EXPECT_EQ(saved.weights.revenueImpact, 100);
    EXPECT_EQ(saved.checklistOf(3),
              (std::vector<std::string>{"Release notes", "Support article", "In-app note"}));
    // Launches keep the version they were tiered with.
    EXPECT_EQ(launches::LaunchStore(session.workspace()).find(changing)->ruleVersion, 1);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
}

}  // namespace
}  // namespace pmm::ui
