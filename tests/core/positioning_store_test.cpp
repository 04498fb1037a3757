// Positioning statements with history, reviews, the upgrade of an older workspace to the
// positioning schema, and the demo data's seeded triggers.

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

#include "demo/demo_data.h"
#include "demo/demo_positioning.h"
#include "positioning/positioning_trigger.h"
#include "positioning_test_support.h"
#include "storage/catalog.h"
#include "storage/deal_store.h"
#include "storage/positioning_reader.h"
#include "storage/positioning_review_store.h"
#include "storage/positioning_statement_store.h"
#include "storage/workspace.h"
#include "test_support.h"

namespace pmm::test {
namespace {

using namespace positioning;
using storage::Workspace;

class PositioningStoreTest : public WorkspaceTest {
protected:
    void SetUp() override {
        m_workspace = Workspace::create(file("w.pmmw"));
        const auto basics = addPositioningBasics(*m_workspace);
        m_product = basics.product;
        m_segment = basics.segment;
        m_person = basics.person;
    }

    PositioningStatement draft(const char* forCustomer, const Date& on) const {
        PositioningStatement statement;
        statement.productId = m_product;
        statement.segmentId = m_segment;
        statement.forCustomer = forCustomer;
        statement.whoNeed = "need a weekly plan";
        statement.isA = "revenue analytics workspace";
        statement.thatBenefit = "turns campaign data into decisions";
        statement.unlike = "spreadsheets";
        statement.weDiffer = "connect every source in a day";
        statement.createdOn = on;
        return statement;
    }

    std::unique_ptr<Workspace> m_workspace;
    std::int64_t m_product = 0;
    std::int64_t m_segment = 0;
    std::int64_t m_person = 0;
};

TEST_F(PositioningStoreTest, EachSaveIsANewVersionAndHistoryIsNewestFirst) {
    storage::PositioningStatementStore store(*m_workspace);
    EXPECT_EQ(store.addVersion(draft("marketing teams", Date{2026, 1, 5})).version, 1);
    EXPECT_EQ(store.addVersion(draft("marketing ops leads", Date{2026, 4, 5})).version, 2);
    const auto current = store.current(m_product, m_segment);
    ASSERT_TRUE(current);
    EXPECT_EQ(current->forCustomer, "marketing ops leads");
    EXPECT_EQ(statementSentence(*current, "Atlas"),
              "For marketing ops leads who need a weekly plan, Atlas is a revenue analytics "
              "workspace that turns campaign data into decisions. Unlike spreadsheets, we "
              "connect every source in a day.");
    const auto history = store.history(m_product, m_segment);
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[1].forCustomer, "marketing teams");

    auto incomplete = draft("", Date{2026, 5, 1});
    EXPECT_EQ(refusal([&] { store.addVersion(incomplete); }),
              "For: every statement says this part.");
}

TEST_F(PositioningStoreTest, CurrentOfEachIsTheNewestVersionOfEveryProductAndSegment) {
    storage::PositioningStatementStore store(*m_workspace);
    EXPECT_TRUE(store.currentOfEach().empty());
    catalog::Catalog catalog(*m_workspace);
    catalog::Segment enterprise;
    enterprise.name = "Enterprise";
    const auto enterpriseId = catalog.segments.add(enterprise).id;
    store.addVersion(draft("marketing teams", Date{2026, 1, 5}));
    store.addVersion(draft("marketing ops leads", Date{2026, 4, 5}));
    auto other = draft("CFOs", Date{2026, 2, 1});
    other.segmentId = enterpriseId;
    store.addVersion(other);

    auto current = store.currentOfEach();
    ASSERT_EQ(current.size(), 2u);
    std::ranges::sort(current, {}, &PositioningStatement::segmentId);
    EXPECT_EQ(current[0].forCustomer, "marketing ops leads");
    EXPECT_EQ(current[0].version, 2);
    EXPECT_EQ(current[1].forCustomer, "CFOs");
    EXPECT_EQ(current[1].segmentId, enterpriseId);
}

TEST_F(PositioningStoreTest, ARefiningReviewSavesTheNewStatementAndEndsOverdue) {
    storage::PositioningStatementStore(*m_workspace).addVersion(draft("teams", Date{2025, 6, 2}));
    const Date today{2026, 11, 20};
    auto facts = storage::readPositioningFacts(*m_workspace);
    ASSERT_EQ(overdueAlerts(facts, {}, today).size(), 1u);

    PositioningReview review;
    review.reviewedOn = Date{2026, 11, 1};
    review.trigger = TriggerKind::Overdue;
    review.productId = m_product;
    review.segmentId = m_segment;
    review.decision = ReviewDecision::Refine;
    review.participantIds = {m_person};
    storage::PositioningReviewStore reviews(*m_workspace);
    EXPECT_EQ(refusal([&] { reviews.add(review); }),
              "New statement: a refine or reposition writes the new statement.");
    const auto stored = reviews.add(review, draft("ops leads", Date{2026, 11, 1}));
    ASSERT_TRUE(stored.statementId);
    EXPECT_EQ(storage::PositioningStatementStore(*m_workspace).current(m_product, m_segment)->id,
              *stored.statementId);
    const auto listed = reviews.list();
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0].trigger, TriggerKind::Overdue);
    EXPECT_EQ(listed[0].participantIds, std::vector<std::int64_t>{m_person});

    facts = storage::readPositioningFacts(*m_workspace);
    EXPECT_TRUE(overdueAlerts(facts, {}, today).empty());
}

TEST_F(WorkspaceTest, AnOlderWorkspaceIsUpgradedWithItsDataKept) {
    createAtVersion(file("old.pmmw"), 5);
    {
        SqliteFile db(file("old.pmmw"));
        db.exec(
            "INSERT INTO competitors (id, uid, name) VALUES "
            "(5, '55555555-5555-4555-8555-555555555555', 'Globex')");
    }
    auto workspace = Workspace::open(file("old.pmmw"));
    EXPECT_EQ(workspace->schemaVersion(), storage::latestSchemaVersion());
    positioning::Deal deal;
    deal.dealRef = "X-1";
    deal.closedOn = Date{2026, 10, 1};
    deal.competitorId = 5;
    storage::DealStore(*workspace).add(deal);
    EXPECT_EQ(storage::DealStore(*workspace).count(), 1);
    EXPECT_TRUE(workspace->integrityProblems().empty());
}

TEST_F(WorkspaceTest, TheSmallDemoFiresItsSeededTriggers) {
    auto workspace = Workspace::create(file("demo.pmmw"));
    demo::fillDemoData(*workspace, demo::DemoSize::Small, 1);
    EXPECT_GE(storage::DealStore(*workspace).count(),
              demo::demoCounts(demo::DemoSize::Small).deals);
    const auto facts = storage::readPositioningFacts(*workspace);
    const auto alerts =
        openTriggers(facts, storage::readPositioningThresholds(*workspace), demo::kDemoDealsEnd);
    const auto firstCompetitor =
        facts.competitors.empty()
            ? 0
            : std::ranges::min_element(facts.competitors, {}, &CompetitorFact::id)->id;
    const auto has = [&](TriggerKind kind, auto predicate) {
        return std::ranges::any_of(alerts, [&](const PositioningAlert& alert) {
            return alert.kind == kind && predicate(alert);
        });
    };
    EXPECT_TRUE(has(TriggerKind::FailedDeals, [&](const PositioningAlert& alert) {
        return alert.competitorId == firstCompetitor && alert.reason == "Pricing" &&
               alert.dealIds.size() >= 4;
    }));
    EXPECT_TRUE(has(TriggerKind::NewCompetitor, [](const PositioningAlert&) { return true; }));
    EXPECT_TRUE(has(TriggerKind::Overdue, [](const PositioningAlert&) { return true; }));
    // The rhythm keeps the rest quiet: the seeded stories stand out.
    EXPECT_LE(alerts.size(), 6u);
    // Every competitor has a year of records.
    for (const CompetitorFact& competitor : facts.competitors) {
        EXPECT_TRUE(std::ranges::any_of(facts.deals, [&](const DealFact& deal) {
            return deal.competitorId == competitor.id;
        })) << competitor.name;
    }
}

}  // namespace
}  // namespace pmm::test
