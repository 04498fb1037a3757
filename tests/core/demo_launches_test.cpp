// The demo's launches: the same seed gives the same launches, checklists and overrides; every
// launch keeps the rules the app enforces (status gate, tier from its rule, override with a
// reason and its history, readiness that fits its status); sizes and quarters as promised.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <vector>

#include "demo/demo_data.h"
#include "demo/demo_launches.h"
#include "launches/quarter.h"
#include "storage/launch_checklist.h"
#include "storage/launch_quarters.h"
#include "storage/launch_row.h"
#include "storage/launch_store.h"
#include "storage/tier_rule_store.h"
#include "storage/workspace.h"
#include "test_support.h"

namespace {

using namespace pmm::launches;
using pmm::demo::DemoSize;
using pmm::storage::Workspace;
using pmm::test::SqliteFile;
using pmm::test::WorkspaceTest;

class DemoLaunches : public WorkspaceTest {
protected:
    std::unique_ptr<Workspace> demo(const std::string& name, DemoSize size, std::uint64_t seed) {
        auto workspace = Workspace::create(file(name));
        pmm::demo::fillDemoData(*workspace, size, seed);
        return workspace;
    }

    // Everything the demo decides about launches, without the rule tables' random uids.
    std::vector<std::string> launchDump(const std::string& name) {
        const SqliteFile db(file(name), true);
        std::vector<std::string> dump;
        for (const char* query :
             {"SELECT * FROM launches ORDER BY id", "SELECT * FROM launch_checklist ORDER BY 1, 2",
              "SELECT * FROM tier_overrides ORDER BY id"}) {
            for (std::string& row : db.rows(query)) {
                dump.push_back(std::move(row));
            }
        }
        return dump;
    }
};

TEST_F(DemoLaunches, TheSameSeedGivesTheSameLaunchesAndAnotherSeedOthers) {
    demo("a.pmmw", DemoSize::Small, 7).reset();
    demo("b.pmmw", DemoSize::Small, 7).reset();
    demo("c.pmmw", DemoSize::Small, 8).reset();
    const auto first = launchDump("a.pmmw");
    ASSERT_GT(first.size(), 40u);
    EXPECT_EQ(launchDump("b.pmmw"), first);
    EXPECT_NE(launchDump("c.pmmw"), first);
}

TEST_F(DemoLaunches, SizesAndTheEightFixedQuarters) {
    EXPECT_EQ(pmm::demo::demoCounts(DemoSize::Small).launches, 40);
    EXPECT_EQ(pmm::demo::demoCounts(DemoSize::Medium).launches, 600);
    EXPECT_GE(pmm::demo::demoCounts(DemoSize::Large).launches, 100000);
    const std::vector<int> large =
        pmm::demo::demoLaunchesPerQuarter(pmm::demo::demoCounts(DemoSize::Large).launches);
    EXPECT_EQ(std::accumulate(large.begin(), large.end(), 0),
              pmm::demo::demoCounts(DemoSize::Large).launches);
    EXPECT_GE(*std::max_element(large.begin(), large.end()), 10000);

    std::vector<std::string> expected;
    for (const Quarter& quarter : pmm::demo::demoLaunchQuarters()) {
        expected.push_back(toText(quarter));
    }
    EXPECT_EQ(expected, (std::vector<std::string>{"2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2",
                                                  "2026-Q3", "2026-Q4", "2027-Q1", "2027-Q2"}));
    for (const auto& [size, name] :
         {std::pair{DemoSize::Small, "small.pmmw"}, std::pair{DemoSize::Medium, "medium.pmmw"}}) {
        auto workspace = demo(name, size, 1);
        std::vector<std::string> quarters;
        int launches = 0;
        for (const QuarterLaunchCount& count : launchQuarters(*workspace)) {
            quarters.push_back(toText(count.quarter));
            launches += count.launches;
        }
        EXPECT_EQ(quarters, expected) << name;
        EXPECT_EQ(launches, pmm::demo::demoCounts(size).launches) << name;
    }
}

TEST_F(DemoLaunches, EveryLaunchKeepsTheRulesTheAppEnforces) {
    auto workspace = demo("medium.pmmw", DemoSize::Medium, 3);
    const LaunchStore store(*workspace);
    const LaunchChecklist checklist(*workspace);
    const TierRuleStore rules(*workspace);
    std::map<std::int64_t, LaunchRow> rows;
    for (const LaunchRow& row : readAllLaunchRows(*workspace)) {
        rows.emplace(row.id, row);
    }
    std::set<LaunchStatus> statuses;
    std::set<int> tiers;
    int overrides = 0;
    int unscored = 0;
    for (const Launch& launch : store.list()) {
        SCOPED_TRACE(launch.name + " (" + launch.quarter + ", " +
                     std::string(statusWord(launch.status)) + ")");
        statuses.insert(launch.status);
        EXPECT_EQ(statusGateProblem(launch), "");
        EXPECT_FALSE(launch.name.empty());
        EXPECT_EQ(launch.name.find('{'), std::string::npos);
        EXPECT_EQ(launch.outcome.find('{'), std::string::npos);
        if (requiresFrame(launch.status)) {
            EXPECT_TRUE(missingFrame(launch).empty());
        }
        const auto criteria = launch.criteria();
        if (!criteria) {
            ++unscored;
            EXPECT_FALSE(launch.computedTier);
            EXPECT_FALSE(launch.overrideTier);
            continue;
        }
        for (Criterion which : kCriteria) {
            EXPECT_FALSE(launch.criterion(which).evidence.empty());
            EXPECT_EQ(launch.criterion(which).evidence.find('{'), std::string::npos);
        }
        ASSERT_TRUE(launch.ruleVersion);
        const TierResult result = evaluateTier(*rules.find(*launch.ruleVersion), *criteria);
        EXPECT_EQ(launch.computedTier, result.tier);
        EXPECT_EQ(launch.score, result.score);
        tiers.insert(*launch.tier());
        if (launch.overrideTier) {
            ++overrides;
            EXPECT_NE(*launch.overrideTier, result.tier);
            EXPECT_FALSE(launch.overrideReason.empty());
            const auto history = store.overrideHistory(launch.id);
            ASSERT_EQ(history.size(), 1u);
            EXPECT_EQ(history.front().toTier, launch.overrideTier);
            EXPECT_EQ(history.front().reason, launch.overrideReason);
            EXPECT_FALSE(history.front().changedBy.empty());
        }
        const Readiness readiness = checklist.readiness(launch.id);
        EXPECT_EQ(rows.at(launch.id).readiness, readiness);
        EXPECT_EQ(
            readiness.required,
            static_cast<int>(rules.find(*launch.ruleVersion)->checklistOf(*launch.tier()).size()));
        if (launch.status == LaunchStatus::Reviewed) {
            EXPECT_TRUE(readiness.complete());
            EXPECT_TRUE(launch.metric.actual);
        }
        if (launch.status == LaunchStatus::Idea) {
            EXPECT_EQ(readiness.done, 0);
        }
    }
    EXPECT_EQ(statuses.size(), kLaunchStatuses.size()) << "every status appears";
    EXPECT_EQ(tiers, (std::set<int>{1, 2, 3}));
    EXPECT_GE(overrides, 10);
    EXPECT_GT(unscored, 0);
}

TEST_F(DemoLaunches, TheSmallDemoHasTierOneLaunchesAndAnOverrideToShow) {
    auto workspace = demo("small.pmmw", DemoSize::Small, 1);
    int tierOne = 0;
    int overridden = 0;
    for (const Launch& launch : LaunchStore(*workspace).list()) {
        tierOne += launch.tier() == 1 ? 1 : 0;
        overridden += launch.overrideTier ? 1 : 0;
    }
    EXPECT_GE(tierOne, 3);
    EXPECT_GE(overridden, 1);
}

}  // namespace
