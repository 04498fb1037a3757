// Removing a launch and putting it back (the undo of a removal): the launch returns with its
// keys, tier and override, its ticked deliverables and its override history, and stays so
// after the workspace is closed and opened again.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "storage/catalog.h"
#include "storage/launch_checklist.h"
#include "storage/launch_store.h"
#include "storage/workspace.h"

#include "test_support.h"

namespace {

using namespace pmm::launches;
using pmm::storage::Change;
using pmm::storage::ChangeType;
using pmm::storage::Workspace;

class LaunchRemovalTest : public pmm::test::WorkspaceTest {
protected:
    void SetUp() override {
        m_workspace = Workspace::create(file("removal.pmmw"));
        pmm::catalog::Catalog catalog(*m_workspace);
        Launch launch;
        launch.name = "Usage forecasting";
        launch.productId = catalog.products.add({0, "", "Atlas", ""}).id;
        launch.ownerId = catalog.people.add({0, "", "Dana Reyes", "", 2, std::nullopt}).id;
        launch.quarter = "2026-Q3";
        launch.revenueImpact = {4, "Three deals wait"};
        launch.competitiveUrgency = {3, ""};
        launch.customerDemand = {3, ""};
        m_launch = LaunchStore(*m_workspace).add(launch);  // Tier 2
        m_workspace->subscribe([this](const Change& change) { m_changes.push_back(change); });
    }

    void tick(std::size_t entry, bool done = true) {
        LaunchChecklist checklist(*m_workspace);
        checklist.setDone(m_launch.id, checklist.entries(m_launch.id).at(entry).itemId, done);
    }

    // The ticks as the launch's pane lists them, e.g. "Customer email".
    std::vector<std::string> ticked() const {
        std::vector<std::string> titles;
        for (const auto& entry : LaunchChecklist(*m_workspace).entries(m_launch.id)) {
            if (entry.done) {
                titles.push_back(entry.title);
            }
        }
        return titles;
    }

    // Everything but the record ids, which may be new after a restore.
    std::vector<std::string> history() const {
        std::vector<std::string> lines;
        for (const OverrideRecord& record :
             LaunchStore(*m_workspace).overrideHistory(m_launch.id)) {
            lines.push_back(record.uid + " " + std::to_string(record.fromTier.value_or(0)) + ">" +
                            std::to_string(record.toTier.value_or(0)) + " " + record.reason +
                            " by " + record.changedBy + " at " + record.changedAt);
        }
        return lines;
    }

    std::unique_ptr<Workspace> m_workspace;
    Launch m_launch;
    std::vector<Change> m_changes;
};

TEST_F(LaunchRemovalTest, UndoOfARemovalBringsBackTicksAndOverrideHistory) {
    LaunchStore store(*m_workspace);
    tick(0);         // Messaging doc (Tier 2)
    tick(3);         // Customer email
    tick(4);         // 30-day success review
    tick(4, false);  // unticked again
    store.overrideTier(m_launch.id, 1, "Flagship for the board", "Dana");
    store.clearOverride(m_launch.id, "Board moved it", "Sam");
    store.overrideTier(m_launch.id, 1, "Back on the board", "Dana");
    const Launch before = *store.find(m_launch.id);
    const std::vector<std::string> ticksBefore = ticked();
    const std::vector<std::string> historyBefore = history();
    ASSERT_EQ(ticksBefore, (std::vector<std::string>{"Customer email"}));
    ASSERT_EQ(historyBefore.size(), 3u);
    m_changes.clear();

    const auto removed = store.removeKeepingHistory(m_launch.id);
    ASSERT_TRUE(removed);
    EXPECT_FALSE(store.find(m_launch.id));
    EXPECT_TRUE(history().empty());
    ASSERT_EQ(m_changes.size(), 1u);
    EXPECT_EQ(m_changes[0].type, ChangeType::Removed);

    const Launch restored = store.restore(*removed);
    EXPECT_EQ(m_changes.back().type, ChangeType::Added);
    EXPECT_EQ(m_changes.back().id, m_launch.id);
    EXPECT_EQ(restored.id, before.id);
    EXPECT_EQ(restored.uid, before.uid);
    EXPECT_EQ(restored.tier(), 1);
    EXPECT_EQ(restored.overrideReason, "Back on the board");
    EXPECT_EQ(ticked(), ticksBefore);
    EXPECT_EQ(history(), historyBefore);
    EXPECT_EQ(LaunchChecklist(*m_workspace).readiness(m_launch.id), (Readiness{1, 8}));

    // Back to Tier 2: the messaging doc ticked before the override is still there.
    store.clearOverride(m_launch.id, "Not this quarter", "Dana");
    EXPECT_EQ(ticked(), (std::vector<std::string>{"Messaging doc", "Customer email"}));
    store.overrideTier(m_launch.id, 1, "Back on the board", "Dana");

    const std::vector<std::string> historyAfter = history();
    const auto path = m_workspace->path();
    m_workspace.reset();
    m_workspace = Workspace::open(path);
    EXPECT_EQ(ticked(), ticksBefore);
    EXPECT_EQ(history(), historyAfter);
    EXPECT_EQ(std::vector<std::string>(historyAfter.begin(), historyAfter.begin() + 3),
              historyBefore);
}

TEST_F(LaunchRemovalTest, RemovingWhatIsGoneReturnsNothing) {
    LaunchStore store(*m_workspace);
    ASSERT_TRUE(store.removeKeepingHistory(m_launch.id));
    m_changes.clear();
    EXPECT_FALSE(store.removeKeepingHistory(m_launch.id));
    EXPECT_TRUE(m_changes.empty());
}

}  // namespace
