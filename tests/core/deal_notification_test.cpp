// What the positioning stores announce, so open views refresh only what changed: a deal
// typed in or imported announces Deal (never Everything, which reloads 100,000 launches),
// an import also each competitor it created, a failed import nothing; statements announce
// PositioningStatement. And what the faster import writer keeps: ids, uids, counts.

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "positioning/positioning_statement.h"
#include "storage/catalog.h"
#include "storage/deal_csv_import.h"
#include "storage/deal_store.h"
#include "storage/positioning_statement_store.h"
#include "storage/uuid_sequence.h"
#include "storage/workspace.h"
#include "test_support.h"
#include "util/uuid.h"

namespace pmm::test {
namespace {

using positioning::DealImportOptions;
using storage::Change;
using storage::ChangeType;
using storage::DealStore;
using storage::EntityKind;
using storage::Workspace;

class DealNotificationTest : public WorkspaceTest {
protected:
    void SetUp() override {
        m_workspace = Workspace::create(file("w.pmmw"));
        catalog::Competitor acme;
        acme.name = "Acme";
        m_acme = catalog::Catalog(*m_workspace).competitors.add(acme).id;
        m_workspace->subscribe([this](const Change& change) {
            m_changes.push_back(change);
            m_dealsWhenAnnounced.push_back(DealStore(*m_workspace).count());
        });
    }

    storage::DealImportCounts import(const std::string& csv, bool createCompetitors = false) {
        DealImportOptions options;
        options.createCompetitors = createCompetitors;
        return DealStore(*m_workspace)
            .import(storage::planDealCsvImport(*m_workspace, csv, {}, options));
    }

    std::unique_ptr<Workspace> m_workspace;
    std::int64_t m_acme = 0;
    std::vector<Change> m_changes;
    std::vector<std::int64_t> m_dealsWhenAnnounced;
};

void expectChange(const Change& change, EntityKind kind, ChangeType type, std::int64_t id) {
    EXPECT_EQ(change.kind, kind);
    EXPECT_EQ(change.type, type);
    EXPECT_EQ(change.id, id);
}

TEST_F(DealNotificationTest, ATypedInDealAnnouncesThatDealNotEverything) {
    positioning::Deal deal;
    deal.name = "Initech";
    deal.closedOn = Date{2026, 10, 1};
    deal.competitorId = m_acme;
    const auto stored = DealStore(*m_workspace).add(deal);
    ASSERT_EQ(m_changes.size(), 1u);
    expectChange(m_changes[0], EntityKind::Deal, ChangeType::Added, stored.id);
}

TEST_F(DealNotificationTest, AnImportAnnouncesItsNewCompetitorsThenTheDealsAfterTheCommit) {
    const auto counts = import(
        "Deal ID,Close Date,Outcome,Competitor\nZ1,2026-10-20,lost,Zenith\nZ2,2026-10-12,won,"
        "Acme\nZ3,2026-10-13,won,\n",
        true);
    EXPECT_EQ(counts.added, 3);
    const auto competitors = catalog::Catalog(*m_workspace).competitors.list();
    const auto zenith =
        std::ranges::find(competitors, std::string("Zenith"), &catalog::Competitor::name);
    ASSERT_NE(zenith, competitors.end());
    ASSERT_EQ(m_changes.size(), 2u) << "one per new competitor, one for the deals";
    expectChange(m_changes[0], EntityKind::Competitor, ChangeType::Added, zenith->id);
    expectChange(m_changes[1], EntityKind::Deal, ChangeType::Added, 0);
    EXPECT_EQ(m_dealsWhenAnnounced, (std::vector<std::int64_t>{3, 3})) << "after the commit";

    m_changes.clear();
    import("Deal ID,Close Date,Outcome,Competitor\nZ3,2026-10-13,lost,\n");
    ASSERT_EQ(m_changes.size(), 1u);
    expectChange(m_changes[0], EntityKind::Deal, ChangeType::Added, 0);
}

TEST_F(DealNotificationTest, AFailedImportAnnouncesNothing) {
    auto plan = storage::planDealCsvImport(
        *m_workspace, "Deal ID,Close Date,Outcome,Competitor\nA,2026-10-01,won,Zenith\n", {},
        DealImportOptions{true});
    ASSERT_TRUE(plan.valid());
    plan.deals[0].deal.productId = 9999;  // breaks a foreign key
    EXPECT_TRUE(caught([&] { DealStore(*m_workspace).import(plan); }));
    EXPECT_TRUE(m_changes.empty());
    EXPECT_EQ(catalog::Catalog(*m_workspace).competitors.list().size(), 1u);
}

TEST_F(DealNotificationTest, ANewStatementVersionAnnouncesPositioningStatement) {
    catalog::Catalog catalog(*m_workspace);
    catalog::Product product;
    product.name = "Atlas";
    catalog::Segment segment;
    segment.name = "Mid-market";
    positioning::PositioningStatement statement;
    statement.productId = catalog.products.add(product).id;
    statement.segmentId = catalog.segments.add(segment).id;
    statement.forCustomer = "marketing teams";
    statement.whoNeed = "need a weekly plan";
    statement.isA = "revenue analytics workspace";
    statement.thatBenefit = "turns campaign data into decisions";
    statement.unlike = "spreadsheets";
    statement.weDiffer = "connect every source in a day";
    statement.createdOn = Date{2026, 1, 5};
    m_changes.clear();
    const auto stored = storage::PositioningStatementStore(*m_workspace).addVersion(statement);
    ASSERT_EQ(m_changes.size(), 1u);
    expectChange(m_changes[0], EntityKind::PositioningStatement, ChangeType::Added, stored.id);
}

TEST_F(DealNotificationTest, AReimportKeepsEachDealsIdAndUid) {
    const char* const first =
        "Deal ID,Close Date,Outcome,Competitor\nA,2026-10-01,lost,Acme\n"
        "B,2026-10-02,won,Acme\n";
    import(first);
    const auto before = DealStore(*m_workspace).newest(2);
    ASSERT_EQ(before.size(), 2u);
    const auto counts = import(
        "Deal ID,Close Date,Outcome,Competitor\nA,2026-10-01,lost,Acme\nB,2026-10-02,lost,Acme\n"
        "C,2026-10-03,won,\n");
    EXPECT_EQ(counts.added, 1);
    EXPECT_EQ(counts.updated, 1);
    EXPECT_EQ(counts.unchanged, 1);
    const auto b = DealStore(*m_workspace).find(before[0].id);
    ASSERT_TRUE(b.has_value());
    EXPECT_EQ(b->dealRef, "B");
    EXPECT_EQ(b->uid, before[0].uid);
    EXPECT_EQ(b->outcome, positioning::Outcome::Lost);
    const auto c = DealStore(*m_workspace).newest(1).at(0);
    EXPECT_TRUE(isUuid(c.uid));
    EXPECT_NE(c.uid, b->uid);
}

TEST(UuidSequenceTest, TimeOrderedVersion7UuidsThatNeverRepeat) {
    storage::UuidSequence sequence;
    std::string previous;
    for (int n = 0; n < 10000; ++n) {
        const std::string uid = sequence.next();
        ASSERT_TRUE(isUuid(uid)) << uid;
        ASSERT_EQ(uid[14], '7') << uid;
        ASSERT_NE(std::string("89ab").find(uid[19]), std::string::npos) << uid;
        ASSERT_GT(uid, previous);
        previous = uid;
    }
    storage::UuidSequence other;
    std::set<std::string> both;
    for (int n = 0; n < 1000; ++n) {
        both.insert(sequence.next());
        both.insert(other.next());
    }
    EXPECT_EQ(both.size(), 2000u);
}

}  // namespace
}  // namespace pmm::test
