// The evidence a positioning review starts from and the follow-ups its scope suggests: pure
// functions over deals, cards and launches, by table.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "positioning/review_evidence.h"
#include "positioning/review_followups.h"
#include "test_support.h"

namespace pmm::test {
namespace {

using namespace positioning;

constexpr std::int64_t kAtlas = 1;
constexpr std::int64_t kNova = 2;
constexpr std::int64_t kMid = 10;
constexpr std::int64_t kEnt = 11;
constexpr std::int64_t kGlobex = 20;
constexpr std::int64_t kInitech = 21;

Deal deal(const char* on, Outcome outcome, std::int64_t competitor, const char* reason = "",
          std::int64_t product = kAtlas, std::int64_t segment = kMid) {
    Deal d;
    d.closedOn = day(on);
    d.outcome = outcome;
    d.competitorId = competitor;
    d.reason = reason;
    d.productId = product;
    d.segmentId = segment;
    d.name = std::string("Deal ") + on;
    return d;
}

const Date kToday{2026, 11, 24};

struct WindowCase {
    const char* name;
    ReviewScope scope;
    int won, lost, noDecision;      // last 90 days
    int previousWon, previousLost;  // the 90 days before
};

TEST(ReviewEvidence, CountsTheDealsOfTheScopeInEachWindow) {
    const std::vector<Deal> deals = {
        deal("2026-11-24", Outcome::Lost, kGlobex, "Pricing"),         // today: in
        deal("2026-08-27", Outcome::Won, kGlobex),                     // today - 89: in
        deal("2026-08-26", Outcome::Lost, kGlobex, "pricing"),         // today - 90: previous
        deal("2026-05-29", Outcome::Won, kGlobex),                     // today - 179: previous
        deal("2026-05-28", Outcome::Won, kGlobex),                     // today - 180: out
        deal("2026-11-01", Outcome::NoDecision, kInitech, "", kNova),  // other product
        deal("2026-11-02", Outcome::Lost, kGlobex, "Security", kAtlas, kEnt),
        deal("2026-11-25", Outcome::Won, kGlobex),  // after today: out
    };
    const WindowCase cases[] = {
        {"everything", {}, 1, 2, 1, 1, 1},
        {"competitor", {std::nullopt, std::nullopt, kGlobex}, 1, 2, 0, 1, 1},
        {"product and segment", {kAtlas, kMid, std::nullopt}, 1, 1, 0, 1, 1},
        {"other product", {kNova, std::nullopt, std::nullopt}, 0, 0, 1, 0, 0},
        {"segment", {std::nullopt, kEnt, std::nullopt}, 0, 1, 0, 0, 0},
    };
    for (const auto& c : cases) {
        const auto evidence = summarizeEvidence(deals, c.scope, kToday, 90, 5);
        const WinRate& now = evidence.current.winRate;
        const WinRate& before = evidence.previous.winRate;
        EXPECT_EQ(now.won, c.won) << c.name;
        EXPECT_EQ(now.lost, c.lost) << c.name;
        EXPECT_EQ(now.noDecision, c.noDecision) << c.name;
        EXPECT_EQ(before.won, c.previousWon) << c.name;
        EXPECT_EQ(before.lost, c.previousLost) << c.name;
        EXPECT_EQ(evidence.current.from, day("2026-08-27")) << c.name;
        EXPECT_EQ(evidence.previous.to, day("2026-08-26")) << c.name;
        EXPECT_EQ(evidence.previous.from, day("2026-05-29")) << c.name;
    }
}

TEST(ReviewEvidence, TopLossReasonsIgnoreCaseAndKeepTheFirstSpelling) {
    std::vector<Deal> deals;
    for (const char* reason :
         {"Pricing", "pricing", "PRICING", "Security", "security", "Fit", "Timing", ""}) {
        deals.push_back(deal("2026-11-01", Outcome::Lost, kGlobex, reason));
    }
    const auto evidence = summarizeEvidence(deals, {}, kToday, 90, 5);
    const auto& reasons = evidence.current.topLossReasons;
    ASSERT_EQ(reasons.size(), 3u);
    EXPECT_EQ(reasons[0].reason, "Pricing");
    EXPECT_EQ(reasons[0].count, 3);
    EXPECT_EQ(reasons[1].reason, "Security");
    EXPECT_EQ(reasons[1].count, 2);
    EXPECT_EQ(reasons[2].count, 1);
}

TEST(ReviewEvidence, TheTextSaysScopeTriggerWindowsAndChange) {
    std::vector<Deal> deals;
    for (int i = 0; i < 6; ++i) {
        deals.push_back(deal("2026-10-01", Outcome::Lost, kGlobex, "Pricing"));
        deals.push_back(deal("2026-07-01", Outcome::Won, kGlobex));
    }
    deals.push_back(deal("2026-10-02", Outcome::Won, kGlobex));
    deals.push_back(deal("2026-07-02", Outcome::Lost, kGlobex, "Fit"));
    auto evidence = summarizeEvidence(deals, {std::nullopt, std::nullopt, kGlobex}, kToday, 90, 5);
    evidence.alert =
        AlertEvidence{"failed-deal pattern: 6 deals lost to Globex on Pricing in 90 days",
                      {{day("2026-10-01"), "Initech renewal", Outcome::Lost, "Pricing"}}};
    const std::string text = evidenceText(evidence, {"", "", "Globex"});
    EXPECT_EQ(text,
              "Scope: every product in every segment against Globex.\n"
              "Trigger: failed-deal pattern: 6 deals lost to Globex on Pricing in 90 days.\n"
              "- 2026-10-01 Initech renewal: lost (Pricing)\n"
              "Last 90 days (2026-08-27 to 2026-11-24): 7 deals: 1 won, 6 lost, 0 no decision; "
              "win rate 14 % (1 of 7 decided, 95 % 3-51 %). Loss reasons: Pricing 6.\n"
              "Previous 90 days (2026-05-29 to 2026-08-26): 7 deals: 6 won, 1 lost, 0 no "
              "decision; win rate 86 % (6 of 7 decided, 95 % 49-97 %). Loss reasons: Fit 1.\n"
              "Change: win rate down 72 points against the previous window.");
}

TEST(ReviewEvidence, AWindowWithoutDealsSaysSoAndTheChangeIsNotCompared) {
    const auto evidence = summarizeEvidence({}, {kAtlas, kMid, std::nullopt}, kToday, 90, 5);
    const std::string text = evidenceText(evidence, {"Atlas", "Mid-market", ""});
    EXPECT_NE(text.find("Scope: Atlas in Mid-market.\n"), std::string::npos) << text;
    EXPECT_NE(text.find("(2026-08-27 to 2026-11-24): no deals."), std::string::npos) << text;
    EXPECT_NE(text.find("Change: not comparable"), std::string::npos) << text;
}

TEST(ReviewEvidence, AnAlertWithManyDealsListsTenAndCountsTheRest) {
    AlertEvidence alert{"failed-deal pattern: win rate against Globex down 20 points", {}};
    for (int i = 0; i < 13; ++i) {
        alert.deals.push_back({day("2026-11-01"), "D" + std::to_string(i), Outcome::Lost, ""});
    }
    ReviewEvidence evidence = summarizeEvidence({}, {}, kToday, 90, 5);
    evidence.alert = alert;
    const std::string text = evidenceText(evidence, {});
    EXPECT_NE(text.find("- 2026-11-01 D9: lost\n- and 3 more deals\n"), std::string::npos) << text;
    EXPECT_EQ(text.find("D10"), std::string::npos);
}

battlecards::BattlecardRow card(std::int64_t id, std::int64_t competitor, std::int64_t segment) {
    battlecards::BattlecardRow row;
    row.id = id;
    row.competitorId = competitor;
    row.segmentId = segment;
    return row;
}

TEST(ReviewFollowUps, SuggestedCardsFollowTheScope) {
    const std::vector<battlecards::BattlecardRow> cards = {
        card(1, kGlobex, kMid), card(2, kGlobex, kEnt), card(3, kInitech, kMid)};
    struct Case {
        const char* name;
        ReviewScope scope;
        std::vector<std::int64_t> expected;
    };
    const Case cases[] = {
        {"competitor", {std::nullopt, std::nullopt, kGlobex}, {1, 2}},
        {"competitor in a segment", {std::nullopt, kEnt, kGlobex}, {2}},
        {"competitor without a card in the segment", {std::nullopt, kEnt, kInitech}, {3}},
        {"segment", {kAtlas, kMid, std::nullopt}, {1, 3}},
        {"product only", {kAtlas, std::nullopt, std::nullopt}, {}},
        {"everything", {}, {}},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(suggestedCards(cards, c.scope), c.expected) << c.name;
    }
}

launches::LaunchRow launch(std::int64_t id, std::int64_t product, launches::LaunchStatus status) {
    launches::LaunchRow row;
    row.id = id;
    row.productId = product;
    row.status = status;
    return row;
}

TEST(ReviewFollowUps, AffectedLaunchesAreTheScopeProductsNotYetShipped) {
    using launches::LaunchStatus;
    const std::vector<launches::LaunchRow> rows = {
        launch(1, kAtlas, LaunchStatus::Idea),      launch(2, kAtlas, LaunchStatus::Candidate),
        launch(3, kAtlas, LaunchStatus::Planned),   launch(4, kAtlas, LaunchStatus::InProgress),
        launch(5, kAtlas, LaunchStatus::Launched),  launch(6, kAtlas, LaunchStatus::Reviewed),
        launch(7, kAtlas, LaunchStatus::Cancelled), launch(8, kNova, LaunchStatus::Planned)};
    EXPECT_EQ(affectedLaunches(rows, {kAtlas, std::nullopt, std::nullopt}),
              (std::vector<std::int64_t>{1, 2, 3, 4}));
    EXPECT_EQ(affectedLaunches(rows, {}), (std::vector<std::int64_t>{1, 2, 3, 4, 8}));
}

TEST(ReviewFollowUps, FollowUpLinesAndTheRefreshReasonReadAsSentences) {
    battlecards::BattlecardRow row = card(1, kGlobex, kMid);
    row.competitor = "Globex";
    row.segment = "Mid-market";
    EXPECT_EQ(cardFollowUp(row), "Refresh battlecard: Globex / Mid-market");
    launches::LaunchRow l = launch(1, kAtlas, launches::LaunchStatus::InProgress);
    l.name = "Atlas 2.0";
    l.quarter = "2026-Q4";
    EXPECT_EQ(launchFollowUp(l), "Launch affected: Atlas 2.0 (2026-Q4, in progress)");
    EXPECT_EQ(refreshRequestReason(kToday, ReviewDecision::Refine, "pricing objection changed"),
              "Refresh requested by the positioning review of 2026-11-24 (refine): pricing "
              "objection changed");
    EXPECT_EQ(refreshRequestReason(kToday, ReviewDecision::Keep, ""),
              "Refresh requested by the positioning review of 2026-11-24 (keep)");
}

}  // namespace
}  // namespace pmm::test
