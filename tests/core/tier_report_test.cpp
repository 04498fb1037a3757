// The tier report and the Quarter view's overview, compared by value on a small hand-made
// workspace, and timed on a quarter of 25,000 launches.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "launches/quarter_overview.h"
#include "storage/catalog.h"
#include "storage/database.h"
#include "storage/launch_checklist.h"
#include "storage/launch_store.h"
#include "storage/tier_report.h"
#include "storage/tier_rule_store.h"
#include "storage/workspace.h"

namespace {

namespace fs = std::filesystem;
using namespace pmm::launches;
using pmm::Date;
using pmm::storage::Workspace;

class TierReportTest : public ::testing::Test {
protected:
    void SetUp() override {
        std::string pattern = (fs::temp_directory_path() / "pmm-report-test-XXXXXX").string();
        ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
        m_dir = pattern;
        m_workspace = Workspace::create(m_dir / "report.pmmw");
    }

    void TearDown() override {
        m_workspace.reset();
        fs::remove_all(m_dir);
    }

    fs::path m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

// The hand-made quarter: products 1 Atlas, 2 Beacon; people 1 Dana Reyes, 2 Sam Okafor.
class SmallQuarter : public TierReportTest {
protected:
    void SetUp() override {
        TierReportTest::SetUp();
        pmm::catalog::Catalog catalog(*m_workspace);
        catalog.products.add({0, "", "Atlas", ""});
        catalog.products.add({0, "", "Beacon", ""});
        catalog.people.add({0, "", "Dana Reyes", "", 4, std::nullopt});
        catalog.people.add({0, "", "Sam Okafor", "", 2, std::nullopt});
        m_workspace->setSetting("team.name", "Product Marketing");

        LaunchStore store(*m_workspace);
        LaunchChecklist checklist(*m_workspace);
        const Launch a = store.add(
            launch("Atlas SSO", 1, 1, "2026-08-10", LaunchStatus::Planned, true, {5, 4, 3}));
        checklist.setDone(a.id, checklist.entries(a.id)[0].itemId, true);
        checklist.setDone(a.id, checklist.entries(a.id)[1].itemId, true);
        const Launch b = store.add(launch("Beacon reports", 2, 2, "2026-07-20",
                                          LaunchStatus::InProgress, true, {4, 3, 3}));
        checklist.setDone(b.id, checklist.entries(b.id)[3].itemId, true);  // Customer email
        store.overrideTier(b.id, 1, "Board commitment for EMEA", "Dana Reyes");
        store.add(launch("Atlas export", 1, 1, "2026-07-05", LaunchStatus::Idea, false, {2, 2, 3}));
        store.add(launch("Beacon <b>x</b>", 2, 2, "2026-09-30", LaunchStatus::Candidate, true,
                         {1, 5, 1}));
        store.add(launch("Untitled idea", 1, 1, "", LaunchStatus::Idea, false, {0, 0, 0}));
        store.add(launch("Cancelled flagship", 1, 2, "2026-09-01", LaunchStatus::Cancelled, true,
                         {5, 5, 5}));
        Launch next =
            launch("Q4 launch", 1, 1, "2026-10-20", LaunchStatus::Planned, true, {5, 5, 5});
        next.quarter = "2026-Q4";
        store.add(next);
    }

    static Launch launch(const std::string& name, std::int64_t product, std::int64_t owner,
                         const std::string& target, LaunchStatus status, bool framed,
                         TierCriteria scores) {
        Launch l;
        l.name = name;
        l.productId = product;
        l.ownerId = owner;
        l.quarter = "2026-Q3";
        if (!target.empty()) {
            l.targetDate = target;
        }
        l.status = status;
        if (framed) {
            l.outcome = "Admins choose us without a security exception";
            l.metric = SuccessMetric{"Win rate vs Rival", "31 %", "40 %", "2026-11-30", {}};
        }
        l.revenueImpact = {scores.revenueImpact, "Pipeline of 1.2M waits on it"};
        l.competitiveUrgency = {scores.competitiveUrgency, "Rival shipped it in May"};
        l.customerDemand = {scores.customerDemand, "12 accounts asked this quarter"};
        return l;
    }

    static LaunchRow row(std::int64_t id, const std::string& name, std::int64_t product,
                         std::int64_t owner, const std::string& target, LaunchStatus status,
                         std::optional<int> tier, std::optional<int> score, bool overridden,
                         Readiness readiness, bool framed) {
        LaunchRow r;
        r.id = id;
        r.name = name;
        r.productId = product;
        r.product = product == 1 ? "Atlas" : "Beacon";
        r.ownerId = owner;
        r.owner = owner == 1 ? "Dana Reyes" : "Sam Okafor";
        r.quarter = "2026-Q3";
        if (!target.empty()) {
            r.targetDate = target;
        }
        r.status = status;
        r.tier = tier;
        r.score = score;
        r.ruleVersion = score ? std::optional<int>(1) : std::nullopt;
        r.overridden = overridden;
        r.readiness = readiness;
        r.hasOutcome = r.hasMetric = framed;
        return r;
    }

    const LaunchRow kAtlasSso =
        row(1, "Atlas SSO", 1, 1, "2026-08-10", LaunchStatus::Planned, 1, 410, false, {2, 8}, true);
    const LaunchRow kBeaconReports = row(2, "Beacon reports", 2, 2, "2026-07-20",
                                         LaunchStatus::InProgress, 1, 340, true, {1, 8}, true);
    const LaunchRow kAtlasExport = row(3, "Atlas export", 1, 1, "2026-07-05", LaunchStatus::Idea, 3,
                                       230, false, {0, 2}, false);
    const LaunchRow kBeaconX = row(4, "Beacon <b>x</b>", 2, 2, "2026-09-30",
                                   LaunchStatus::Candidate, 2, 220, false, {0, 5}, true);
    const LaunchRow kUntitled = row(5, "Untitled idea", 1, 1, "", LaunchStatus::Idea, std::nullopt,
                                    std::nullopt, false, {0, 0}, false);
    const LaunchRow kCancelled = row(6, "Cancelled flagship", 1, 2, "2026-09-01",
                                     LaunchStatus::Cancelled, 1, 500, false, {0, 8}, true);
};

TierSummaryRow summaryRow(std::optional<int> tier, std::vector<std::pair<LaunchStatus, int>> counts,
                          Readiness readiness) {
    TierSummaryRow row;
    row.tier = tier;
    for (const auto& [status, n] : counts) {
        row.byStatus[static_cast<size_t>(status)] = n;
        row.total += n;
    }
    row.readiness = readiness;
    return row;
}

TEST_F(SmallQuarter, ReportCoverSummaryAndTables) {
    const TierReport report = computeTierReport(*m_workspace, Quarter{2026, 3}, Date{2026, 7, 10});
    EXPECT_FALSE(report.empty());
    const TierReportCover& cover = report.cover;
    EXPECT_EQ(cover.title, "Launch tier report 2026-Q3");
    EXPECT_EQ(cover.quarter, "2026-Q3");
    EXPECT_EQ(cover.period, "2026-07-01 to 2026-09-30");
    EXPECT_EQ(cover.teamName, "Product Marketing");
    EXPECT_EQ(cover.generatedOn, "2026-07-10");
    EXPECT_EQ(cover.launches, 6);
    EXPECT_EQ(cover.tierOne, 2);
    EXPECT_EQ(cover.overrides, 1);
    EXPECT_EQ(cover.ruleVersions, std::vector<int>{1});
    EXPECT_EQ(cover.currentRuleVersion, 1);
    EXPECT_EQ(cover.currentRule, describeRule(defaultTierRule()));

    using S = LaunchStatus;
    const std::vector<TierSummaryRow> expectedSummary = {
        summaryRow(1, {{S::Planned, 1}, {S::InProgress, 1}, {S::Cancelled, 1}}, {3, 16}),
        summaryRow(2, {{S::Candidate, 1}}, {0, 5}),
        summaryRow(3, {{S::Idea, 1}}, {0, 2}),
        summaryRow(std::nullopt, {{S::Idea, 1}}, {0, 0}),
    };
    EXPECT_EQ(report.summary.rows, expectedSummary);
    EXPECT_EQ(report.summary.totals, summaryRow(std::nullopt,
                                                {{S::Idea, 2},
                                                 {S::Candidate, 1},
                                                 {S::Planned, 1},
                                                 {S::InProgress, 1},
                                                 {S::Cancelled, 1}},
                                                {3, 23}));
    EXPECT_EQ(report.capacity.tierOne, 2);
    EXPECT_EQ(report.capacity.capacity, 3);
    EXPECT_EQ(report.capacity.warning, "");

    const std::vector<TierTable> expectedTables = {
        {1, "Tier 1", {kAtlasSso, kBeaconReports, kCancelled}},
        {2, "Tier 2", {kBeaconX}},
        {3, "Tier 3", {kAtlasExport}},
        {std::nullopt, "Not tiered", {kUntitled}},
    };
    EXPECT_EQ(report.tables, expectedTables);
}

TEST_F(SmallQuarter, ReportSectionPerTierOneLaunch) {
    const TierReport report = computeTierReport(*m_workspace, Quarter{2026, 3}, Date{2026, 7, 10});
    ASSERT_EQ(report.tierOne.size(), 3u);

    const TierOneSection& atlas = report.tierOne[0];
    EXPECT_EQ(atlas.launch, kAtlasSso);
    EXPECT_EQ(atlas.outcome, "Admins choose us without a security exception");
    EXPECT_EQ(atlas.metric,
              (SuccessMetric{"Win rate vs Rival", "31 %", "40 %", "2026-11-30", std::nullopt}));
    const std::vector<TierReportCriterion> criteria = {
        {Criterion::RevenueImpact, "Revenue impact", 5, 40,
         std::string(criterionLevelDescription(Criterion::RevenueImpact, 5)),
         "Pipeline of 1.2M waits on it"},
        {Criterion::CompetitiveUrgency, "Competitive urgency", 4, 30,
         std::string(criterionLevelDescription(Criterion::CompetitiveUrgency, 4)),
         "Rival shipped it in May"},
        {Criterion::CustomerDemand, "Customer demand", 3, 30,
         std::string(criterionLevelDescription(Criterion::CustomerDemand, 3)),
         "12 accounts asked this quarter"},
    };
    EXPECT_EQ(atlas.criteria, criteria);
    EXPECT_EQ(atlas.explanation, "Tier 1 — score 4.10 = 0.40×5 + 0.30×4 + 0.30×3; 4.10 ≥ 4.00");
    const std::vector<TierReportChecklistItem> atlasChecklist = {
        {"Messaging and positioning doc", true},
        {"Battlecard update", true},
        {"Sales enablement session", false},
        {"Analyst and press briefing", false},
        {"Launch blog post", false},
        {"Customer email", false},
        {"In-app announcement", false},
        {"30-day success review", false}};
    EXPECT_EQ(atlas.checklist, atlasChecklist);
    EXPECT_FALSE(atlas.override);

    const TierOneSection& beacon = report.tierOne[1];
    EXPECT_EQ(beacon.launch, kBeaconReports);
    EXPECT_EQ(beacon.explanation, "Tier 2 — score 3.40 = 0.40×4 + 0.30×3 + 0.30×3; 3.40 ≥ 2.50");
    ASSERT_TRUE(beacon.override);
    EXPECT_EQ(beacon.override->ruleTier, 2);
    EXPECT_EQ(beacon.override->tier, 1);
    EXPECT_EQ(beacon.override->reason, "Board commitment for EMEA");
    EXPECT_EQ(beacon.override->by, "Dana Reyes");
    EXPECT_EQ(beacon.override->at.size(), 20u);  // 2026-07-10T09:30:00Z
    ASSERT_EQ(beacon.checklist.size(), 8u);
    EXPECT_EQ(beacon.checklist[5], (TierReportChecklistItem{"Customer email", true}));

    EXPECT_EQ(report.tierOne[2].launch, kCancelled);
}

TEST_F(SmallQuarter, QuarterOverview) {
    const QuarterOverview overview =
        computeQuarterOverview(*m_workspace, Quarter{2026, 3}, Date{2026, 7, 10});
    EXPECT_EQ(overview.quarter, "2026-Q3");
    EXPECT_EQ(overview.asOf, "2026-07-10");
    EXPECT_EQ(overview.launches, 6);
    EXPECT_EQ(overview.summary.rows.size(), 4u);
    EXPECT_EQ(overview.readiness, (Readiness{3, 23}));
    EXPECT_EQ(overview.capacity.tierOne, 2);
    EXPECT_FALSE(overview.capacity.exceeded());

    ASSERT_EQ(overview.atRisk.size(), 2u);
    EXPECT_EQ(overview.atRisk[0].launch, kAtlasExport);
    EXPECT_EQ(overview.atRisk[0].daysToTarget, -5);
    EXPECT_EQ(overview.atRisk[1].launch, kBeaconReports);
    EXPECT_EQ(overview.atRisk[1].daysToTarget, 10);

    ASSERT_EQ(overview.missingFrame.size(), 2u);
    EXPECT_EQ(overview.missingFrame[0].launch, kAtlasExport);
    EXPECT_EQ(overview.missingFrame[0].missing,
              (std::vector<std::string>{"customer outcome", "success metric"}));
    EXPECT_EQ(overview.missingFrame[1].launch, kUntitled);
}

TEST_F(SmallQuarter, AtRiskNeedsAnIncompleteChecklist) {
    LaunchChecklist checklist(*m_workspace);
    for (const auto& entry : checklist.entries(2)) {
        checklist.setDone(2, entry.itemId, true);
    }
    const QuarterOverview overview =
        computeQuarterOverview(*m_workspace, Quarter{2026, 3}, Date{2026, 7, 10});
    ASSERT_EQ(overview.atRisk.size(), 1u);
    EXPECT_EQ(overview.atRisk[0].launch.id, 3);
    // Seen from later in the quarter, Atlas SSO (target 2026-08-10, 2/8) enters the window.
    const QuarterOverview later =
        computeQuarterOverview(*m_workspace, Quarter{2026, 3}, Date{2026, 7, 27});
    ASSERT_EQ(later.atRisk.size(), 2u);
    EXPECT_EQ(later.atRisk[1].launch.id, 1);
    EXPECT_EQ(later.atRisk[1].daysToTarget, 14);
}

TEST_F(SmallQuarter, AnEmptyQuarterGivesAnEmptyReport) {
    const TierReport report = computeTierReport(*m_workspace, Quarter{2027, 1}, Date{2026, 7, 10});
    EXPECT_TRUE(report.empty());
    EXPECT_TRUE(report.tierOne.empty());
    EXPECT_EQ(report.tables.size(), 3u);
}

// A busy quarter in one transaction, as raw rows (tiered the way the store tiers them).
TEST_F(TierReportTest, QuarterOf25000LaunchesIsReportedWithoutAQueryPerLaunch) {
    constexpr int kLaunches = 25000;
    pmm::catalog::Catalog catalog(*m_workspace);
    const auto product = catalog.products.add({0, "", "Atlas", ""}).id;
    const auto owner = catalog.people.add({0, "", "Dana Reyes", "", 2, std::nullopt}).id;
    const TierRule rule = TierRuleStore(*m_workspace).current();
    std::vector<std::int64_t> firstItem(4, 0);
    for (const ChecklistItem& item : TierRuleStore(*m_workspace).checklistItems(1)) {
        if (firstItem[static_cast<size_t>(item.tier)] == 0) {
            firstItem[static_cast<size_t>(item.tier)] = item.id;
        }
    }
    {
        Workspace::BulkChange bulk(*m_workspace);
        pmm::storage::Statement insert(
            m_workspace->handle(),
            "INSERT INTO launches (uid, name, product_id, quarter, target_date, owner_id, "
            "status, outcome, revenue_score, urgency_score, demand_score, computed_tier, "
            "tier_score, rule_version, tier) VALUES (lower(hex(randomblob(16))), ?1, ?2, "
            "'2026-Q3', '2026-08-01', ?3, 'candidate', 'x', ?4, ?5, ?6, ?7, ?8, 1, ?7)");
        pmm::storage::Statement tick(m_workspace->handle(),
                                     "INSERT INTO launch_checklist (launch_id, item_id) "
                                     "VALUES (last_insert_rowid(), ?1)");
        for (int i = 0; i < kLaunches; ++i) {
            const TierCriteria scores{1 + i % 5, 1 + (i / 5) % 5, 1 + (i / 25) % 5};
            const TierResult result = evaluateTier(rule, scores);
            insert.reset();
            insert.bind(1, "Launch " + std::to_string(i)).bind(2, product).bind(3, owner);
            insert.bind(4, scores.revenueImpact).bind(5, scores.competitiveUrgency);
            insert.bind(6, scores.customerDemand).bind(7, result.tier).bind(8, result.score);
            insert.run();
            tick.reset();
            tick.bind(1, firstItem[static_cast<size_t>(result.tier)]);
            tick.run();
        }
        bulk.commit();
    }
    const auto start = std::chrono::steady_clock::now();
    const TierReport report = computeTierReport(*m_workspace, Quarter{2026, 3}, Date{2026, 7, 1});
    const auto reported = std::chrono::steady_clock::now();
    const QuarterOverview overview =
        computeQuarterOverview(*m_workspace, Quarter{2026, 3}, Date{2026, 7, 1});
    const auto overviewed = std::chrono::steady_clock::now();
    using ms = std::chrono::milliseconds;
    const auto reportMs = std::chrono::duration_cast<ms>(reported - start).count();
    const auto overviewMs = std::chrono::duration_cast<ms>(overviewed - reported).count();
    std::cout << "[ timing ] tier report of " << kLaunches << " launches: " << reportMs
              << " ms; quarter overview: " << overviewMs << " ms\n";
    EXPECT_EQ(report.cover.launches, kLaunches);
    EXPECT_EQ(report.summary.totals.total, kLaunches);
    EXPECT_EQ(report.summary.totals.readiness.done, kLaunches);
    EXPECT_EQ(static_cast<int>(report.tierOne.size()), report.summary.rows[0].total);
    EXPECT_TRUE(report.capacity.exceeded());
    EXPECT_EQ(overview.launches, kLaunches);
    // Generous bounds for a loaded debug build: a query per launch would blow through them.
    EXPECT_LT(reportMs, 5000);
    EXPECT_LT(overviewMs, 5000);
}

}  // namespace
