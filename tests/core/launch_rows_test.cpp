// The rows the Launches table and the tier report read: every launch at once (the fast scan
// behind the table's first paint), one quarter, and one launch. All three must agree on every
// field, readiness included, and on the workspace's order (quarter, then name as SQLite's
// NOCASE sorts it, then id).
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "storage/catalog.h"
#include "storage/launch_checklist.h"
#include "storage/launch_quarters.h"
#include "storage/launch_row.h"
#include "storage/launch_store.h"
#include "storage/tier_rule_store.h"
#include "storage/workspace.h"

#include "test_support.h"

namespace {

using namespace pmm::launches;
using pmm::storage::Workspace;

class LaunchRowsTest : public pmm::test::WorkspaceTest {
protected:
    void SetUp() override {
        m_workspace = Workspace::create(file("rows.pmmw"));
        pmm::catalog::Catalog catalog(*m_workspace);
        m_product = catalog.products.add({0, "", "Atlas", ""}).id;
        m_owner = catalog.people.add({0, "", "Dana Reyes", "", 2, std::nullopt}).id;
    }

    // Scored {revenue, urgency, demand}; 0 leaves a criterion unscored. Framed when `framed`.
    std::int64_t add(const std::string& name, const std::string& quarter, TierCriteria scores,
                     bool framed = true) {
        Launch launch;
        launch.name = name;
        launch.productId = m_product;
        launch.ownerId = m_owner;
        launch.quarter = quarter;
        if (framed) {
            launch.outcome = "Buyers choose us";
            launch.metric = SuccessMetric{"Win rate", "30 %", "40 %", "2026-12-01", {}};
        }
        launch.revenueImpact = {scores.revenueImpact, ""};
        launch.competitiveUrgency = {scores.competitiveUrgency, ""};
        launch.customerDemand = {scores.customerDemand, ""};
        return LaunchStore(*m_workspace).add(launch).id;
    }

    void tick(std::int64_t launch, std::size_t entry, bool done = true) {
        LaunchChecklist checklist(*m_workspace);
        checklist.setDone(launch, checklist.entries(launch).at(entry).itemId, done);
    }

    // What the per-quarter query (one statement with a subquery per row) reads, quarter by
    // quarter in order.
    std::vector<LaunchRow> quarterByQuarter() const {
        std::vector<LaunchRow> rows;
        for (const auto& count : launchQuarters(*m_workspace)) {
            for (LaunchRow& row : readLaunchRows(*m_workspace, count.quarter)) {
                rows.push_back(std::move(row));
            }
        }
        return rows;
    }

    std::unique_ptr<Workspace> m_workspace;
    std::int64_t m_product = 0;
    std::int64_t m_owner = 0;
};

std::vector<std::string> namesOf(const std::vector<LaunchRow>& rows) {
    std::vector<std::string> names;
    for (const LaunchRow& row : rows) {
        names.push_back(row.quarter + " " + row.name);
    }
    return names;
}

TEST_F(LaunchRowsTest, EveryLaunchAtOnceMatchesTheQuarterQueryFieldByField) {
    const std::int64_t tierTwo = add("beta", "2026-Q3", {4, 3, 3});
    add("Alpha", "2026-Q3", {5, 5, 5});
    add("alpha", "2026-Q3", {0, 3, 3});                // not tiered: no readiness
    add("\xc3\x89mile", "2026-Q3", {2, 2, 2}, false);  // "Émile": after every ASCII letter
    add("emile", "2026-Q3", {2, 2, 2});
    add("Zed", "2026-Q2", {3, 3, 3});
    const std::int64_t overridden = add("_first", "2026-Q4", {4, 3, 3});
    tick(tierTwo, 0);
    tick(tierTwo, 3);
    tick(tierTwo, 4);
    tick(tierTwo, 4, false);  // unticked again: a row with done = 0
    tick(overridden, 3);      // Customer email, Tier 2
    tick(overridden, 0);      // Messaging doc, Tier 2 only: stays behind after the override
    LaunchStore(*m_workspace).overrideTier(overridden, 1, "Flagship", "Dana");

    const std::vector<LaunchRow> all = readAllLaunchRows(*m_workspace);
    EXPECT_EQ(all, quarterByQuarter());
    EXPECT_EQ(namesOf(all), (std::vector<std::string>{
                                "2026-Q2 Zed", "2026-Q3 Alpha", "2026-Q3 alpha", "2026-Q3 beta",
                                "2026-Q3 emile", "2026-Q3 \xc3\x89mile", "2026-Q4 _first"}));
    const LaunchRow& two = all[3];
    EXPECT_EQ(two.readiness, (Readiness{2, 5}));
    EXPECT_EQ(two.product, "Atlas");
    EXPECT_EQ(two.owner, "Dana Reyes");
    EXPECT_TRUE(two.hasOutcome && two.hasMetric);
    EXPECT_FALSE(all[5].hasOutcome || all[5].hasMetric);
    EXPECT_EQ(all[2].readiness, (Readiness{0, 0}));
    EXPECT_EQ(all[6].tier, 1);
    EXPECT_TRUE(all[6].overridden);
    EXPECT_EQ(all[6].readiness, (Readiness{1, 8}));  // the email carried over; the doc did not
}

TEST_F(LaunchRowsTest, ReadinessCountsOnlyTheChecklistOfTheLaunchsOwnRuleVersion) {
    const std::int64_t old = add("Old rule", "2026-Q3", {4, 3, 3});
    tick(old, 1);
    TierRule rule = TierRuleStore(*m_workspace).current();
    rule.checklist[1].push_back("Partner brief");
    TierRuleStore(*m_workspace).saveNewVersion(rule, "Dana");
    const std::int64_t fresh = add("New rule", "2026-Q3", {4, 3, 3});
    tick(fresh, 5);

    const std::vector<LaunchRow> all = readAllLaunchRows(*m_workspace);
    EXPECT_EQ(all, quarterByQuarter());
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].id, fresh);
    EXPECT_EQ(all[0].readiness, (Readiness{1, 6}));
    EXPECT_EQ(all[1].readiness, (Readiness{1, 5}));
}

TEST_F(LaunchRowsTest, OneLaunchReadsAsInTheList) {
    add("First", "2026-Q3", {4, 3, 3});
    const std::int64_t id = add("Second", "2026-Q3", {5, 4, 4});
    tick(id, 2);
    const auto one = readLaunchRow(*m_workspace, id);
    ASSERT_TRUE(one);
    EXPECT_EQ(*one, readAllLaunchRows(*m_workspace).at(1));
    EXPECT_EQ(one->readiness, (Readiness{1, 8}));
    EXPECT_FALSE(readLaunchRow(*m_workspace, id + 100));
}

TEST_F(LaunchRowsTest, NamesCompareAsSqliteNocase) {
    EXPECT_EQ(compareIgnoringAsciiCase("Alpha", "alpha"), 0);
    EXPECT_LT(compareIgnoringAsciiCase("alpha", "Alphabet"), 0);
    EXPECT_LT(compareIgnoringAsciiCase("Zed", "\xc3\x89mile"), 0);
    EXPECT_LT(compareIgnoringAsciiCase("_x", "a"), 0);  // '_' sorts before the folded 'a'
    EXPECT_GT(compareIgnoringAsciiCase("b", "A"), 0);
}

}  // namespace
