// The part-by-part diff of two positioning statement versions, and taking back the newest
// version (the undo of writing one outside a review).

#include <gtest/gtest.h>

#include <memory>

#include "positioning/positioning_review.h"
#include "positioning/statement_diff.h"
#include "storage/catalog.h"
#include "storage/positioning_review_store.h"
#include "storage/positioning_statement_store.h"
#include "storage/workspace.h"
#include "test_support.h"

namespace pmm::test {
namespace {

using namespace positioning;

PositioningStatement base() {
    PositioningStatement statement;
    statement.forCustomer = "marketing teams";
    statement.whoNeed = "need a weekly plan";
    statement.isA = "revenue analytics workspace";
    statement.thatBenefit = "turns campaign data into decisions";
    statement.unlike = "spreadsheets";
    statement.weDiffer = "connect every source in a day";
    statement.note = "";
    return statement;
}

struct DiffCase {
    const char* name;
    void (*edit)(PositioningStatement&);
    std::vector<std::string> changedParts;
};

class StatementDiffTest : public ::testing::TestWithParam<DiffCase> {};

TEST_P(StatementDiffTest, NamesExactlyThePartsThatChanged) {
    const PositioningStatement older = base();
    PositioningStatement newer = base();
    GetParam().edit(newer);
    const auto changes = diffStatements(older, newer);
    ASSERT_EQ(changes.size(), 7u);
    std::vector<std::string> changed;
    for (const StatementPartChange& change : changes) {
        if (change.changed) {
            changed.push_back(change.part);
        }
    }
    EXPECT_EQ(changed, GetParam().changedParts);
    EXPECT_EQ(changedPartCount(changes), static_cast<int>(GetParam().changedParts.size()));
}

INSTANTIATE_TEST_SUITE_P(
    Parts, StatementDiffTest,
    ::testing::Values(
        DiffCase{"Nothing", [](PositioningStatement&) {}, {}},
        DiffCase{"SpacesOnly", [](PositioningStatement& s) { s.isA = "  " + s.isA + " "; }, {}},
        DiffCase{"For", [](PositioningStatement& s) { s.forCustomer = "ops leads"; }, {"For"}},
        DiffCase{"Who", [](PositioningStatement& s) { s.whoNeed = "plan daily"; }, {"Who"}},
        DiffCase{"IsA", [](PositioningStatement& s) { s.isA = "planner"; }, {"Is a"}},
        DiffCase{"That", [](PositioningStatement& s) { s.thatBenefit = "saves time"; }, {"That"}},
        DiffCase{"UnlikeCleared", [](PositioningStatement& s) { s.unlike.clear(); }, {"Unlike"}},
        DiffCase{"We", [](PositioningStatement& s) { s.weDiffer = "ship weekly"; }, {"We"}},
        DiffCase{"NoteAdded", [](PositioningStatement& s) { s.note = "After Q3"; }, {"Note"}},
        DiffCase{"CaseMatters",
                 [](PositioningStatement& s) { s.forCustomer = "Marketing teams"; },
                 {"For"}},
        DiffCase{"Several",
                 [](PositioningStatement& s) {
                     s.forCustomer = "ops leads";
                     s.weDiffer = "ship weekly";
                     s.note = "Reposition";
                 },
                 {"For", "We", "Note"}}),
    [](const ::testing::TestParamInfo<DiffCase>& param) { return std::string(param.param.name); });

TEST(StatementDiff, KeepsBothTextsInSentenceOrder) {
    PositioningStatement newer = base();
    newer.thatBenefit = "shows pipeline every week";
    const auto changes = diffStatements(base(), newer);
    const std::vector<std::string> order = {"For", "Who", "Is a", "That", "Unlike", "We", "Note"};
    for (std::size_t i = 0; i < order.size(); ++i) {
        EXPECT_EQ(changes[i].part, order[i]);
    }
    EXPECT_EQ(changes[3].before, "turns campaign data into decisions");
    EXPECT_EQ(changes[3].after, "shows pipeline every week");
    EXPECT_EQ(changes[0].before, changes[0].after);
}

class StatementTakeBackTest : public WorkspaceTest {
protected:
    void SetUp() override {
        m_workspace = storage::Workspace::create(file("w.pmmw"));
        catalog::Catalog catalog(*m_workspace);
        catalog::Product product;
        product.name = "Atlas";
        m_product = catalog.products.add(product).id;
        catalog::Segment segment;
        segment.name = "Mid-market";
        m_segment = catalog.segments.add(segment).id;
    }

    PositioningStatement draft(const char* forCustomer) const {
        PositioningStatement statement = base();
        statement.productId = m_product;
        statement.segmentId = m_segment;
        statement.forCustomer = forCustomer;
        statement.createdOn = Date{2026, 3, 1};
        return statement;
    }

    std::unique_ptr<storage::Workspace> m_workspace;
    std::int64_t m_product = 0;
    std::int64_t m_segment = 0;
};

TEST_F(StatementTakeBackTest, TheNewestVersionGoesAndTheOneBeforeIsCurrentAgain) {
    storage::PositioningStatementStore store(*m_workspace);
    const auto first = store.addVersion(draft("teams"));
    const auto second = store.addVersion(draft("ops leads"));
    EXPECT_EQ(store.find(second.id)->forCustomer, "ops leads");
    store.takeBack(second.id);
    EXPECT_FALSE(store.find(second.id));
    EXPECT_EQ(store.current(m_product, m_segment)->id, first.id);
    EXPECT_EQ(store.history(m_product, m_segment).size(), 1u);
    // Written again (redo) under the same uid, it is version 2 again.
    auto again = draft("ops leads");
    again.uid = second.uid;
    const auto redone = store.addVersion(again);
    EXPECT_EQ(redone.version, 2);
    EXPECT_EQ(redone.uid, second.uid);
}

TEST_F(StatementTakeBackTest, RefusesAnOlderVersionAVersionFromAReviewAndAMissingOne) {
    storage::PositioningStatementStore store(*m_workspace);
    const auto first = store.addVersion(draft("teams"));
    EXPECT_EQ(refusal([&] { store.takeBack(first.id + 100); }),
              "That statement version is no longer in the workspace.");
    PositioningReview review;
    review.reviewedOn = Date{2026, 4, 1};
    review.productId = m_product;
    review.segmentId = m_segment;
    review.decision = ReviewDecision::Refine;
    const auto stored = storage::PositioningReviewStore(*m_workspace).add(review, draft("leads"));
    ASSERT_TRUE(stored.statementId);
    EXPECT_EQ(refusal([&] { store.takeBack(first.id); }),
              "Only the newest version of a statement can be taken back.");
    EXPECT_EQ(refusal([&] { store.takeBack(*stored.statementId); }),
              "A positioning review produced this version: it stays with the review.");
    EXPECT_EQ(store.history(m_product, m_segment).size(), 2u);
}

}  // namespace
}  // namespace pmm::test
