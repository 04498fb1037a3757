// The Quarter section shows core's QuarterOverview, and the main window plugs in both launch
// sections: activating a launch in the Quarter view shows it in Launches.
#include <gtest/gtest.h>

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QTableWidget>
#include <QTreeWidget>

#include "app/main_window.h"
#include "app/workspace_session.h"
#include "common/empty_state.h"
#include "launch_test_support.h"
#include "launches/launch_detail_pane.h"
#include "launches/launch_wizard.h"
#include "launches/launches_section.h"
#include "launches/problem_label.h"
#include "launches/quarter_section.h"
#include "launches/tier_rule_dialog.h"
#include "storage/launch_store.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

class QuarterSectionTest : public ::testing::Test {
protected:
    void SetUp() override {
        session.setErrorReporter([this](const QString& message) { errors.append(message); });
        session.open(folder.emptyWorkspace());
        ids = uitest::addLaunchCatalog(session.workspace());
        auto add = [this](const std::string& name, std::array<int, 3> scores, bool framed,
                          const char* target) {
            auto launch =
                uitest::launchDraft(name, ids.billing, ids.alex, "2026-Q3", scores, framed);
            launch.targetDate = target;
            return uitest::addLaunch(session.workspace(), launch);
        };
        soon = add("Usage pricing", {5, 5, 5}, true, "2026-09-10");
        add("Spend alerts", {5, 4, 4}, true, "2026-12-01");
        add("Forecasts", {4, 5, 5}, true, "2026-12-01");
        add("Budgets", {5, 5, 4}, true, "2026-12-01");
        unframed = add("Audit log", {2, 2, 2}, false, "2026-12-01");
    }

    uitest::TempFolder folder;
    WorkspaceSession session;
    uitest::RecordingFeedback feedback;
    QStringList errors;
    uitest::LaunchCatalog ids;
    std::int64_t soon = 0;
    std::int64_t unframed = 0;
};

TEST_F(QuarterSectionTest, ShowsCountsCapacityRiskAndMissingFrame) {
    QuarterSection section(session);
    section.show();
    section.setAsOf(Date{2026, 9, 5});
    section.setQuarter(launches::Quarter{2026, 3});
    EXPECT_EQ(section.quarterBox()->currentData().toString(), QStringLiteral("2026-Q3"));
    EXPECT_TRUE(
        section.headline()->text().startsWith(QString::fromUtf8("2026-Q3 \u2014 5 launches")))
        << section.headline()->text().toStdString();
    EXPECT_EQ(section.capacityLabel()->text(), QStringLiteral("Tier 1 capacity: 4 of 3 used"));
    EXPECT_EQ(section.capacityWarning()->problem(),
              QString::fromStdString(section.overview().capacity.warning));
    EXPECT_FALSE(section.capacityWarning()->problem().isEmpty());

    // Rows: Tier 1, 2, 3 and All; columns: the statuses, Total, Readiness.
    QTableWidget* summary = section.summaryTable();
    ASSERT_EQ(summary->rowCount(), 4);
    EXPECT_EQ(summary->verticalHeaderItem(0)->text(), QStringLiteral("Tier 1"));
    const int total = summary->columnCount() - 2;
    EXPECT_EQ(summary->item(0, total)->text(), QStringLiteral("4"));
    EXPECT_EQ(summary->item(2, total)->text(), QStringLiteral("1"));
    EXPECT_EQ(summary->item(3, total)->text(), QStringLiteral("5"));
    EXPECT_EQ(summary->item(0, 0)->text(), QStringLiteral("4")) << "all four are ideas";

    ASSERT_EQ(section.atRiskList()->topLevelItemCount(), 1);
    EXPECT_EQ(section.atRiskList()->topLevelItem(0)->text(0), QStringLiteral("Usage pricing"));
    EXPECT_EQ(section.atRiskList()->topLevelItem(0)->text(4), QStringLiteral("in 5 days"));
    ASSERT_EQ(section.missingFrameList()->topLevelItemCount(), 1);
    EXPECT_EQ(section.missingFrameList()->topLevelItem(0)->text(0), QStringLiteral("Audit log"));

    std::int64_t activated = 0;
    QObject::connect(&section, &QuarterSection::launchActivated, &section,
                     [&activated](qint64 id) { activated = id; });
    QTreeWidgetItem* risk = section.atRiskList()->topLevelItem(0);
    Q_EMIT section.atRiskList()->itemActivated(risk, 0);
    EXPECT_EQ(activated, soon);

    // A later change refreshes the view; another quarter may be empty.
    launches::LaunchStore(session.workspace()).remove(unframed);
    section.refresh();
    EXPECT_EQ(section.missingFrameList()->topLevelItem(0)->data(0, Qt::UserRole + 1).isValid(),
              false);
    // The "none" row reads across the whole list instead of being cut to the first column.
    QTreeWidgetItem* none = section.missingFrameList()->topLevelItem(0);
    EXPECT_EQ(none->text(0), QStringLiteral("Every launch has its outcome and metric."));
    EXPECT_TRUE(none->isFirstColumnSpanned());
    section.showNextQuarter();
    EXPECT_EQ(section.quarter(), (launches::Quarter{2026, 4}));
    EXPECT_TRUE(section.emptyState()->isVisible());
    EXPECT_EQ(section.emptyState()->headline(), QStringLiteral("No launches in 2026-Q4."));
    section.showPreviousQuarter();
    EXPECT_FALSE(section.emptyState()->isVisible());
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
}

TEST_F(QuarterSectionTest, MainWindowPlugsInBothSectionsAndTheirMenus) {
    MainWindow window(session, feedback);
    window.show();
    ASSERT_NE(window.quarterSection(), nullptr);
    ASSERT_NE(window.launchesSection(), nullptr);
    EXPECT_TRUE(window.sections().contains(window.quarterSection()));
    EXPECT_TRUE(window.sections().contains(window.launchesSection()));

    QuarterSection& quarter = *window.quarterSection();
    window.showSection(static_cast<int>(window.sections().indexOf(&quarter)));
    quarter.setAsOf(Date{2026, 9, 5});
    quarter.setQuarter(launches::Quarter{2026, 3});
    ASSERT_EQ(quarter.missingFrameList()->topLevelItemCount(), 1);
    Q_EMIT quarter.missingFrameList()->itemActivated(quarter.missingFrameList()->topLevelItem(0),
                                                     0);
    EXPECT_EQ(window.currentSection(), window.launchesSection());
    EXPECT_EQ(window.launchesSection()->detailPane()->launchId(), unframed);

    // File ▸ New launch… (Ctrl+Shift+N) and Settings ▸ Launch tiering….
    QAction* newLaunch = window.launchesSection()->newLaunchAction();
    EXPECT_EQ(newLaunch->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    newLaunch->trigger();
    auto* wizard = window.findChild<LaunchWizard*>();
    ASSERT_NE(wizard, nullptr);
    wizard->close();
    auto* tiering = window.findChild<QAction*>(QStringLiteral("launchTieringAction"));
    ASSERT_NE(tiering, nullptr);
    tiering->trigger();
    auto* dialog = window.findChild<TierRuleDialog*>();
    ASSERT_NE(dialog, nullptr);
    dialog->close();
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
}

}  // namespace
}  // namespace pmm::ui
