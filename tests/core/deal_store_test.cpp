// Win/loss records in a real workspace: a CSV import in one transaction, re-imports that
// never duplicate, a malformed file or a failure half-way that leaves the file unchanged,
// a 100,000-row export, and the fast reader the triggers run on.

#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <string>

#include "positioning/positioning_trigger.h"
#include "storage/catalog.h"
#include "storage/deal_csv_import.h"
#include "storage/deal_store.h"
#include "storage/positioning_reader.h"
#include "storage/workspace.h"
#include "test_support.h"

namespace pmm::test {
namespace {

using positioning::DealImportOptions;
using positioning::Outcome;
using storage::DealStore;
using storage::Workspace;

class DealStoreTest : public WorkspaceTest {
protected:
    void SetUp() override {
        m_workspace = Workspace::create(file("w.pmmw"));
        catalog::Catalog catalog(*m_workspace);
        catalog::Competitor acme;
        acme.name = "Acme";
        acme.firstSeen = "2024-01-01";
        m_acme = catalog.competitors.add(acme).id;
        catalog::Segment segment;
        segment.name = "Mid-market";
        catalog.segments.add(segment);
    }

    storage::DealImportCounts import(const std::string& csv, DealImportOptions options = {},
                                     const std::vector<std::string>& choices = {}) {
        const auto plan = storage::planDealCsvImport(*m_workspace, csv, choices, options);
        EXPECT_TRUE(plan.valid());
        return DealStore(*m_workspace).import(plan);
    }

    std::unique_ptr<Workspace> m_workspace;
    std::int64_t m_acme = 0;
};

const char* const kExport =
    "Opportunity ID,Opportunity Name,Close Date,Stage,Amount,Competitor,Loss Reason,Segment\n"
    "006A,Initech renewal,2026-10-01,Closed Lost,\"12,000\",Acme,Pricing,Mid-market\n"
    "006B,Globex new,2026-10-02,Closed Won,8000,,,\n"
    "006C,Umbrella pilot,2026-10-03,Closed Lost,500,acme,pricing,\n";

TEST_F(DealStoreTest, ImportAddsThenReimportChangesNothing) {
    const auto first = import(kExport);
    EXPECT_EQ(first.added, 3);
    DealStore store(*m_workspace);
    EXPECT_EQ(store.count(), 3);
    const auto newest = store.newest(1);
    ASSERT_EQ(newest.size(), 1u);
    EXPECT_EQ(newest[0].name, "Umbrella pilot");
    EXPECT_EQ(newest[0].competitorId, m_acme);
    EXPECT_EQ(newest[0].arrCents, 50000);

    const auto again = import(kExport);
    EXPECT_EQ(again.added, 0);
    EXPECT_EQ(again.unchanged, 3);
    EXPECT_EQ(store.count(), 3);

    // The next weekly export: one deal changed stage, one is new.
    const auto next = import(
        std::string(kExport).replace(std::string(kExport).find("Closed Won"), 10, "Closed Lost") +
        "006D,Hooli,2026-10-09,Won,1,,,\n");
    EXPECT_EQ(next.added, 1);
    EXPECT_EQ(next.updated, 1);
    EXPECT_EQ(next.unchanged, 2);
    EXPECT_EQ(store.count(), 4);
}

TEST_F(DealStoreTest, WithoutDealIdsTheDateNameAndCompetitorKeepDealsApart) {
    const std::string csv =
        "Deal Name,Close Date,Outcome,Competitor\n"
        "Initech,2026-10-01,lost,Acme\nInitech,2026-10-01,lost,\nInitech,2026-10-02,lost,Acme\n";
    EXPECT_EQ(import(csv).added, 3);
    EXPECT_EQ(import(csv).unchanged, 3);
    EXPECT_EQ(DealStore(*m_workspace).count(), 3);
}

TEST_F(DealStoreTest, CreatedCompetitorsAreFirstSeenOnTheirEarliestDeal) {
    DealImportOptions options;
    options.createCompetitors = true;
    const auto counts = import(
        "Deal ID,Close Date,Outcome,Competitor\nZ1,2026-10-20,lost,Zenith\nZ2,2026-10-12,won,"
        "ZENITH\n",
        options);
    EXPECT_EQ(counts.competitorsCreated, 1);
    const auto competitors = catalog::Catalog(*m_workspace).competitors.list();
    ASSERT_EQ(competitors.size(), 2u);
    const auto& zenith = competitors[0].name == "Zenith" ? competitors[0] : competitors[1];
    EXPECT_EQ(zenith.name, "Zenith");
    EXPECT_EQ(zenith.firstSeen, "2026-10-12");
}

TEST_F(DealStoreTest, AMalformedFileLeavesTheWorkspaceUnchanged) {
    import(kExport);
    checkpoint(*m_workspace);
    const auto before = snapshotOf(file("w.pmmw"));
    const auto plan = storage::planDealCsvImport(
        *m_workspace, std::string(kExport) + "006E,Bad,2026-13-01,Won,,,,\n", {}, {});
    EXPECT_FALSE(plan.valid());
    ASSERT_EQ(plan.rowProblems.size(), 1u);
    EXPECT_EQ(plan.rowProblems[0].line, 5);
    EXPECT_TRUE(caught([&] { DealStore(*m_workspace).import(plan); }));
    EXPECT_EQ(snapshotOf(file("w.pmmw")), before);
}

TEST_F(DealStoreTest, AFailureHalfWayRollsEverythingBack) {
    DealImportOptions options;
    options.createCompetitors = true;
    auto plan = storage::planDealCsvImport(
        *m_workspace,
        "Deal ID,Close Date,Outcome,Competitor\nA,2026-10-01,won,Zenith\nB,2026-10-01,won,\n"
        "C,2026-10-01,won,\n",
        {}, options);
    ASSERT_TRUE(plan.valid());
    plan.deals[2].deal.competitorId = 9999;  // breaks the foreign key on the last row
    EXPECT_TRUE(caught([&] { DealStore(*m_workspace).import(plan); }));
    EXPECT_EQ(DealStore(*m_workspace).count(), 0);
    EXPECT_EQ(catalog::Catalog(*m_workspace).competitors.list().size(), 1u)
        << "the competitor created first is rolled back too";
}

TEST_F(DealStoreTest, AHundredThousandRowExport) {
    std::string csv = "\xEF\xBB\xBFId;Name;Close Date;Stage;Amount;Competitor;Notes\r\n";
    for (int n = 0; n < 100000; ++n) {
        csv += "OPP-" + std::to_string(n) + ";\"Deal " + std::to_string(n) + "\";2026-" +
               (n % 12 < 9 ? "0" : "") + std::to_string(n % 12 + 1) + "-15;" +
               (n % 3 == 0 ? "Closed Won" : "Closed Lost") +
               ";\"1.234,50\";Acme;\"a \"\"note\"\"\r\nmore\"\r\n";
    }
    const auto started = std::chrono::steady_clock::now();
    const auto counts = import(csv, {}, {"deal_id=Id"});
    const auto elapsed = std::chrono::steady_clock::now() - started;
    EXPECT_EQ(counts.added, 100000);
    EXPECT_EQ(DealStore(*m_workspace).count(), 100000);
    const auto deal = DealStore(*m_workspace).newest(1).at(0);
    EXPECT_EQ(deal.arrCents, 123450);
    EXPECT_EQ(deal.notes, "a \"note\"\r\nmore");
    // Generous for a Debug build on a busy machine; the benchmark holds the real target.
    EXPECT_LT(std::chrono::duration_cast<std::chrono::seconds>(elapsed).count(), 30);
}

TEST_F(DealStoreTest, TheReaderFoldsReasonsAndFindsFirstSeenFromDeals) {
    catalog::Competitor unseen;
    unseen.name = "Vandelay";
    const auto vandelay = catalog::Catalog(*m_workspace).competitors.add(unseen).id;
    import(
        "Deal ID,Close Date,Outcome,Competitor,Reason,Angle\n"
        "1,2026-11-01,lost,Acme,Pricing,Total cost\n2,2026-11-02,lost,Acme,pricing ,\n"
        "3,2026-11-03,lost,Acme,PRICING,Total cost\n4,2026-11-04,won,Vandelay,,\n");
    const auto facts = storage::readPositioningFacts(*m_workspace);
    ASSERT_EQ(facts.deals.size(), 4u);
    EXPECT_EQ(facts.reasons, std::vector<std::string>{"Pricing"});
    EXPECT_EQ(facts.angles, std::vector<std::string>{"Total cost"});
    EXPECT_EQ(facts.deals[1].angle, -1);
    const auto& found = facts.competitors[1];
    EXPECT_EQ(found.id, vandelay);
    EXPECT_EQ(found.firstSeen, (Date{2026, 11, 4}));

    const auto thresholds = storage::readPositioningThresholds(*m_workspace);
    const auto alerts = positioning::openTriggers(facts, thresholds, Date{2026, 11, 20});
    ASSERT_EQ(alerts.size(), 2u);
    EXPECT_EQ(alerts[0].sentence,
              "failed-deal pattern: 3 deals lost to Acme on Pricing in 90 days");
    EXPECT_EQ(alerts[1].kind, positioning::TriggerKind::NewCompetitor);

    m_workspace->setSetting("positioning.loss_pattern_count", "4");
    EXPECT_EQ(positioning::failedDealAlerts(facts, storage::readPositioningThresholds(*m_workspace),
                                            Date{2026, 11, 20})
                  .size(),
              0u);
}

TEST_F(DealStoreTest, ATypedInDealIsRefusedTwice) {
    positioning::Deal deal;
    deal.name = "Initech";
    deal.closedOn = Date{2026, 10, 1};
    deal.outcome = Outcome::Won;
    deal.competitorId = m_acme;
    const auto stored = DealStore(*m_workspace).add(deal);
    EXPECT_GT(stored.id, 0);
    EXPECT_FALSE(stored.uid.empty());
    EXPECT_EQ(refusal([&] { DealStore(*m_workspace).add(deal); }),
              "Deal: this deal is already recorded (same id, or same date, name and competitor).");
    deal.name.clear();
    EXPECT_EQ(refusal([&] { DealStore(*m_workspace).add(deal); }),
              "Deal: give the deal an id or a name.");
}

}  // namespace
}  // namespace pmm::test
