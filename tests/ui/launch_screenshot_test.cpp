// Pictures of the launch tiering UI to look at: set PMM_UI_SCREENSHOT_DIR to a folder and run
//   pmm_ui_tests --gtest_filter='LaunchScreenshots.*'
// Without the variable they go to a temporary folder; either way each grab must succeed.
#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>

#include "app/main_window.h"
#include "app/workspace_session.h"
#include "launch_test_support.h"
#include "launches/criterion_score_editor.h"
#include "launches/launch_basics_page.h"
#include "launches/launch_checklist_page.h"
#include "launches/launch_criteria_page.h"
#include "launches/launch_detail_pane.h"
#include "launches/launch_filter_bar.h"
#include "launches/launch_frame_page.h"
#include "launches/launch_result_page.h"
#include "launches/launch_wizard.h"
#include "launches/launches_section.h"
#include "launches/quarter_section.h"
#include "launches/tier_rule_dialog.h"
#include "screenshot_support.h"
#include "storage/catalog.h"
#include "storage/launch_store.h"
#include "storage/tier_rule_store.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

using uitest::darkPalette;
using uitest::save;
using uitest::shotFolder;

class LaunchScreenshots : public ::testing::Test {
protected:
    void SetUp() override { QDir().mkpath(shotFolder()); }

    // The demo workspace plus launches of our own: one without its frame (the status gate),
    // one whose name holds markup (shown as text), one tiered with an older rule.
    void addOwnLaunches() {
        storage::Workspace& workspace = session.workspace();
        const auto people = session.catalog().people.list();
        const auto products = session.catalog().products.list();
        ASSERT_FALSE(people.empty());
        ASSERT_FALSE(products.empty());
        auto gate = uitest::launchDraft("Audit log <b>export</b>", products[0].id, people[0].id,
                                        "2026-Q4", {3, 4, 2}, false);
        gate.targetDate = "2026-12-01";
        unframed = uitest::addLaunch(workspace, gate);
        auto older = uitest::launchDraft("Usage-based pricing for teams", products[1].id,
                                         people[1].id, "2026-Q4", {4, 3, 3}, true);
        older.targetDate = "2026-11-30";
        olderRule = uitest::addLaunch(workspace, older);
        launches::LaunchStore(workspace).overrideTier(
            olderRule, 1, "Board commitment: pricing is this year's headline", "Dana");
        auto rule = launches::TierRuleStore(workspace).current();
        rule.tier1Threshold = 380;
        launches::TierRuleStore(workspace).saveNewVersion(rule, "Dana");
    }

    void shootWizard(MainWindow& window, const QString& prefix) {
        LaunchWizard* wizard = window.launchesSection()->newLaunch();
        ASSERT_NE(wizard, nullptr);
        QApplication::processEvents();
        auto* basics = qobject_cast<LaunchBasicsPage*>(wizard->page(LaunchWizard::BasicsPage));
        basics->nameEdit()->setText(QStringLiteral("Spend forecasts for finance teams"));
        basics->productBox()->setCurrentIndex(0);
        basics->ownerBox()->setCurrentIndex(1);
        basics->quarterEdit()->setText(QStringLiteral("2027-Q5"));
        basics->targetDateEdit()->setText(QStringLiteral("2027-03-15"));
        save(*wizard, prefix + QStringLiteral("wizard-1-what-and-when.png"));
        basics->quarterEdit()->setText(QStringLiteral("2027-Q1"));
        wizard->next();
        auto* frame = qobject_cast<LaunchFramePage*>(wizard->page(LaunchWizard::FramePage));
        frame->outcomeEdit()->setText(QStringLiteral("Finance teams plan spend with us"));
        frame->metricEdit()->setText(QStringLiteral("Forecast accounts active weekly"));
        frame->baselineEdit()->setText(QStringLiteral("120"));
        frame->targetEdit()->setText(QStringLiteral("400"));
        frame->reviewDateEdit()->setText(QStringLiteral("2027-06-30"));
        save(*wizard, prefix + QStringLiteral("wizard-2-outcome-and-metric.png"));
        wizard->next();
        auto* criteria =
            qobject_cast<LaunchCriteriaPage*>(wizard->page(LaunchWizard::CriteriaPage));
        const std::array<int, 3> scores = {4, 3, 3};
        for (int i = 0; i < 3; ++i) {
            criteria->editor(i)->setScore(scores[static_cast<std::size_t>(i)]);
            criteria->editor(i)->setEvidence(QStringLiteral("Three named deals wait for it"));
        }
        save(*wizard, prefix + QStringLiteral("wizard-3-criteria.png"));
        wizard->next();
        save(*wizard, prefix + QStringLiteral("wizard-4-tier.png"));
        auto* result = qobject_cast<LaunchResultPage*>(wizard->page(LaunchWizard::ResultPage));
        result->overrideBox()->setChecked(true);
        result->reasonEdit()->setText(QStringLiteral("Analyst day falls in this quarter"));
        save(*wizard, prefix + QStringLiteral("wizard-4-tier-override.png"));
        wizard->next();
        auto* checklist =
            qobject_cast<LaunchChecklistPage*>(wizard->page(LaunchWizard::ChecklistPage));
        checklist->checklist()->item(0)->setCheckState(Qt::Checked);
        save(*wizard, prefix + QStringLiteral("wizard-5-checklist.png"));
        wizard->reject();
    }

    void shootSections(MainWindow& window, const QString& prefix) {
        LaunchesSection& launches = *window.launchesSection();
        window.showSection(static_cast<int>(window.sections().indexOf(&launches)));
        ASSERT_TRUE(launches.showLaunch(olderRule));
        save(window, prefix + QStringLiteral("launches.png"));
        ASSERT_TRUE(launches.showLaunch(unframed));
        QComboBox* status = launches.detailPane()->statusBox();
        status->setCurrentIndex(
            status->findData(static_cast<int>(launches::LaunchStatus::Planned)));
        save(window, prefix + QStringLiteral("launch-gate.png"));
        launches.filterBar()->searchEdit()->setText(QStringLiteral("nothing like this"));
        save(window, prefix + QStringLiteral("launches-no-match.png"));
        launches.filterBar()->clearFilters();
        // Wide enough for the pane beside the table.
        const QSize size = window.size();
        window.resize(1680, 1000);
        ASSERT_TRUE(launches.showLaunch(olderRule));
        save(window, prefix + QStringLiteral("launches-wide.png"));
        window.resize(size);

        QuarterSection& quarter = *window.quarterSection();
        window.showSection(static_cast<int>(window.sections().indexOf(&quarter)));
        quarter.setAsOf(Date{2026, 11, 23});
        quarter.setQuarter(launches::Quarter{2026, 4});
        save(window, prefix + QStringLiteral("quarter.png"));

        TierRuleDialog* rules = launches.openRuleEditor();
        ASSERT_NE(rules, nullptr);
        rules->weightBox(2)->setValue(0.20);
        save(*rules, prefix + QStringLiteral("rule-editor-problem.png"));
        rules->weightBox(0)->setValue(0.50);
        rules->refreshPreview();
        save(*rules, prefix + QStringLiteral("rule-editor-preview.png"));
        rules->reject();
    }

    uitest::TempFolder folder;
    uitest::RecordingFeedback feedback;
    WorkspaceSession session;
    std::int64_t unframed = 0;
    std::int64_t olderRule = 0;
};

TEST_F(LaunchScreenshots, Light) {
    MainWindow window(session, feedback);
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(window.openWorkspace(folder.emptyWorkspace()));
    window.showSection(static_cast<int>(window.sections().indexOf(window.launchesSection())));
    save(window, QStringLiteral("launches-empty.png"));
    ASSERT_TRUE(window.openWorkspace(folder.demoWorkspace()));
    addOwnLaunches();
    shootSections(window, QString());
    shootWizard(window, QString());
    EXPECT_TRUE(feedback.errors.isEmpty()) << feedback.errors.join(u'\n').toStdString();
}

TEST_F(LaunchScreenshots, DarkFusion) {
    const QString styleName = QApplication::style()->name();
    const QPalette previous = QApplication::palette();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkPalette());
    {
        MainWindow window(session, feedback);
        window.resize(1280, 800);
        window.show();
        ASSERT_TRUE(window.openWorkspace(folder.demoWorkspace()));
        addOwnLaunches();
        shootSections(window, QStringLiteral("dark-"));
        shootWizard(window, QStringLiteral("dark-"));
    }
    QApplication::setStyle(QStyleFactory::create(styleName));
    QApplication::setPalette(previous);
    EXPECT_TRUE(feedback.errors.isEmpty()) << feedback.errors.join(u'\n').toStdString();
}

}  // namespace
}  // namespace pmm::ui
