// Positioning reviews that ask for battlecard refreshes: the cards become refresh required
// with the review as their reason, a refresh clears it, and taking the review back undoes
// everything it did, also after the workspace was closed and opened again.

#include <gtest/gtest.h>

#include <memory>

#include "battlecards/refresh_status.h"
#include "positioning_test_support.h"
#include "storage/battlecard_store.h"
#include "storage/catalog.h"
#include "storage/competitor_launch_store.h"
#include "storage/deal_store.h"
#include "storage/positioning_review_store.h"
#include "storage/positioning_statement_store.h"
#include "storage/refresh_request_store.h"
#include "storage/review_evidence_reader.h"
#include "storage/workspace.h"
#include "test_support.h"

namespace pmm::test {
namespace {

using namespace positioning;
using storage::Workspace;

const Date kToday{2026, 11, 24};

class ReviewRefreshRequestTest : public WorkspaceTest {
protected:
    void SetUp() override {
        m_workspace = Workspace::create(file("w.pmmw"));
        const auto basics = addPositioningBasics(*m_workspace);
        m_product = basics.product;
        m_segment = basics.segment;
        m_person = basics.person;
        catalog::Catalog catalog(*m_workspace);
        m_globex = catalog.competitors.add({0, "", "Globex", "", std::nullopt, ""}).id;
        m_initech = catalog.competitors.add({0, "", "Initech", "", std::nullopt, ""}).id;
        storage::BattlecardStore cards(*m_workspace);
        m_card =
            cards.create({m_globex, m_segment, std::nullopt, ""}, {{}, "Ada"}, day("2026-10-01"))
                .id;
        m_other =
            cards.create({m_initech, m_segment, std::nullopt, ""}, {{}, "Ada"}, day("2026-10-01"))
                .id;
        storage::PositioningStatementStore(*m_workspace).addVersion(statement("teams"));
    }

    PositioningStatement statement(const char* forCustomer) const {
        PositioningStatement s;
        s.productId = m_product;
        s.segmentId = m_segment;
        s.forCustomer = forCustomer;
        s.whoNeed = "need a plan";
        s.isA = "workspace";
        s.thatBenefit = "decides";
        s.createdOn = day("2026-01-05");
        return s;
    }

    PositioningReview review(ReviewDecision decision) const {
        PositioningReview r;
        r.reviewedOn = kToday;
        r.trigger = TriggerKind::FailedDeals;
        r.productId = m_product;
        r.segmentId = m_segment;
        r.competitorId = m_globex;
        r.decision = decision;
        r.participantIds = {m_person};
        r.evidence = "4 deals lost on pricing";
        return r;
    }

    // Globex launched something: its cards become refresh required.
    battlecards::CompetitorLaunch globexLaunch() const {
        battlecards::CompetitorLaunch launch;
        launch.competitorId = m_globex;
        launch.launchedOn = day("2026-11-20");
        launch.what = "Globex AI";
        return launch;
    }

    battlecards::BattlecardRow row(std::int64_t id) const {
        for (const auto& r : storage::BattlecardStore(*m_workspace).rows(kToday)) {
            if (r.id == id) {
                return r;
            }
        }
        ADD_FAILURE() << "no card " << id;
        return {};
    }

    std::string statusSentence(std::int64_t id) const {
        const auto card = row(id);
        return battlecards::assessRefresh(card.refresh, kToday, card.refreshRequest).sentence;
    }

    std::unique_ptr<Workspace> m_workspace;
    std::int64_t m_product = 0, m_segment = 0, m_person = 0, m_globex = 0, m_initech = 0;
    std::int64_t m_card = 0, m_other = 0;
};

TEST_F(ReviewRefreshRequestTest, ARequestFlagsTheCardWithTheReviewAsReason) {
    storage::PositioningReviewStore reviews(*m_workspace);
    const auto stored = reviews.add(review(ReviewDecision::Refine), statement("ops leads"),
                                    {{m_card}, "pricing objection changed"});
    EXPECT_EQ(row(m_card).status, battlecards::RefreshStatus::RefreshRequired);
    EXPECT_EQ(row(m_other).status, battlecards::RefreshStatus::Current);
    EXPECT_EQ(statusSentence(m_card),
              "Refresh requested by the positioning review of 2026-11-24 (refine): pricing "
              "objection changed; last refreshed 2026-10-01 (54 days ago)");
    EXPECT_EQ(storage::pendingRefreshReason(m_workspace->handle(), m_card),
              "Refresh requested by the positioning review of 2026-11-24 (refine): pricing "
              "objection changed");
    EXPECT_EQ(reviews.refreshRequestCards(stored.id), std::vector<std::int64_t>{m_card});

    // Mark refreshed clears it as it clears a competitor launch's flag; the reason goes.
    storage::BattlecardStore(*m_workspace).markRefreshed(m_card, {{}, "Ada"}, kToday);
    EXPECT_EQ(row(m_card).status, battlecards::RefreshStatus::Current);
    EXPECT_FALSE(storage::pendingRefreshReason(m_workspace->handle(), m_card));
}

TEST_F(ReviewRefreshRequestTest, TakingBackUndoesEverythingAlsoAfterReopening) {
    storage::PositioningReviewStore(*m_workspace)
        .add(review(ReviewDecision::Reposition), statement("ops leads"), {{m_card, m_other}, ""});
    const auto reviewId = storage::PositioningReviewStore(*m_workspace).list().at(0).id;
    m_workspace.reset();
    m_workspace = Workspace::open(file("w.pmmw"));
    EXPECT_EQ(row(m_other).status, battlecards::RefreshStatus::RefreshRequired);
    EXPECT_EQ(statusSentence(m_other),
              "Refresh requested by the positioning review of 2026-11-24 (reposition); last "
              "refreshed 2026-10-01 (54 days ago)");
    storage::PositioningStatementStore statements(*m_workspace);
    EXPECT_EQ(statements.current(m_product, m_segment)->version, 2);

    storage::PositioningReviewStore(*m_workspace).takeBack(reviewId);
    m_workspace.reset();
    m_workspace = Workspace::open(file("w.pmmw"));
    EXPECT_TRUE(storage::PositioningReviewStore(*m_workspace).list().empty());
    EXPECT_EQ(
        storage::PositioningStatementStore(*m_workspace).current(m_product, m_segment)->version, 1);
    EXPECT_EQ(row(m_card).status, battlecards::RefreshStatus::Current);
    EXPECT_EQ(row(m_other).status, battlecards::RefreshStatus::Current);
    EXPECT_TRUE(storage::pendingRefreshReasons(m_workspace->handle()).empty());
    EXPECT_TRUE(m_workspace->integrityProblems().empty());
}

TEST_F(ReviewRefreshRequestTest, TakingBackKeepsWhatOthersFlaggedOrRefreshed) {
    // The card was already flagged by a competitor launch: it stays so, with its launch.
    storage::CompetitorLaunchStore(*m_workspace).log(globexLaunch(), {{}, "Ada"});
    storage::PositioningReviewStore reviews(*m_workspace);
    const auto first =
        reviews.add(review(ReviewDecision::Keep), std::nullopt, {{m_card, m_other}, ""});
    const auto second =
        reviews.add(review(ReviewDecision::Keep), std::nullopt, {{m_other}, "again"});
    reviews.takeBack(first.id);
    EXPECT_EQ(row(m_card).status, battlecards::RefreshStatus::RefreshRequired);
    EXPECT_NE(statusSentence(m_card).find("Globex launched"), std::string::npos);
    // Another review still asks for the other card.
    EXPECT_NE(statusSentence(m_other).find("(keep): again"), std::string::npos);
    reviews.takeBack(second.id);
    EXPECT_EQ(row(m_other).status, battlecards::RefreshStatus::Current);
}

TEST_F(ReviewRefreshRequestTest, UndoingALaunchKeepsTheRefreshAReviewAskedForSince) {
    // A launch flags the card, a review asks for a refresh too, then the launch's log entry
    // is undone: the review's request still holds the card, with the review as its reason.
    storage::CompetitorLaunchStore launches(*m_workspace);
    const auto logged = launches.log(globexLaunch(), {{}, "Ada"});
    storage::PositioningReviewStore reviews(*m_workspace);
    const auto stored =
        reviews.add(review(ReviewDecision::Keep), std::nullopt, {{m_card}, "pricing"});
    launches.undo(logged);
    EXPECT_EQ(row(m_card).status, battlecards::RefreshStatus::RefreshRequired);
    EXPECT_EQ(storage::pendingRefreshReason(m_workspace->handle(), m_card),
              "Refresh requested by the positioning review of 2026-11-24 (keep): pricing");
    // Taking the review back now ends where the card started, before the launch.
    reviews.takeBack(stored.id);
    EXPECT_EQ(row(m_card).status, battlecards::RefreshStatus::Current);
    EXPECT_TRUE(m_workspace->integrityProblems().empty());
}

TEST_F(ReviewRefreshRequestTest, UndoingALaunchWithNoRequestSinceClearsItsFlag) {
    storage::CompetitorLaunchStore launches(*m_workspace);
    const auto logged = launches.log(globexLaunch(), {{}, "Ada"});
    EXPECT_EQ(row(m_card).status, battlecards::RefreshStatus::RefreshRequired);
    launches.undo(logged);
    EXPECT_EQ(row(m_card).status, battlecards::RefreshStatus::Current);
    EXPECT_FALSE(storage::pendingRefreshReason(m_workspace->handle(), m_card));
}

TEST_F(ReviewRefreshRequestTest, AStatementBuiltOnSinceStaysAndAnUnknownCardIsRefused) {
    storage::PositioningReviewStore reviews(*m_workspace);
    const auto stored = reviews.add(review(ReviewDecision::Refine), statement("ops leads"));
    storage::PositioningStatementStore statements(*m_workspace);
    statements.addVersion(statement("ops leads and analysts"));
    reviews.takeBack(stored.id);
    EXPECT_EQ(statements.history(m_product, m_segment).size(), 3u);
    EXPECT_EQ(refusal([&] { reviews.takeBack(stored.id); }),
              "That positioning review no longer exists in the workspace.");
    EXPECT_EQ(refusal([&] {
                  reviews.add(review(ReviewDecision::Keep), std::nullopt, {{9999}, ""});
              }),
              "Cards to refresh: choose battlecards of the workspace.");
    EXPECT_TRUE(reviews.list().empty());
}

TEST_F(ReviewRefreshRequestTest, TheEvidenceReaderSummarisesTheScopeAndTheAlertDeals) {
    Deal lost;
    lost.dealRef = "OPP-1";
    lost.name = "Initech renewal";
    lost.closedOn = day("2026-11-02");
    lost.competitorId = m_globex;
    lost.productId = m_product;
    lost.segmentId = m_segment;
    lost.reason = "Pricing";
    const auto stored = storage::DealStore(*m_workspace).add(lost);
    lost.dealRef = "OPP-2";
    lost.competitorId = m_initech;
    storage::DealStore(*m_workspace).add(lost);
    PositioningAlert alert;
    alert.sentence = "failed-deal pattern: 1 deal lost to Globex on Pricing in 90 days";
    alert.dealIds = {stored.id};
    const auto evidence = storage::readReviewEvidence(
        *m_workspace, {std::nullopt, std::nullopt, m_globex}, kToday, alert);
    EXPECT_EQ(evidence.current.winRate.lost, 1);
    ASSERT_TRUE(evidence.alert);
    ASSERT_EQ(evidence.alert->deals.size(), 1u);
    EXPECT_EQ(evidence.alert->deals[0].name, "Initech renewal");
    EXPECT_EQ(evidence.alert->deals[0].reason, "Pricing");
}

}  // namespace
}  // namespace pmm::test
