// The product a review started from an alert opens on: the alert's own, else the one product
// of the competitor's deals in the trigger window, else "All products" (nullopt).
#include <gtest/gtest.h>

#include <vector>

#include "positioning/review_scope_suggestion.h"
#include "positioning_test_support.h"
#include "storage/catalog.h"
#include "storage/deal_store.h"
#include "storage/review_scope_reader.h"
#include "test_support.h"

namespace pmm::test {
namespace {

using positioning::Deal;
using positioning::PositioningAlert;

constexpr std::int64_t kGlobex = 7;
constexpr std::int64_t kInitech = 8;
constexpr std::int64_t kAtlas = 1;
constexpr std::int64_t kBeacon = 2;
constexpr int kWindow = 90;

Deal deal(const char* closedOn, std::optional<std::int64_t> product,
          std::int64_t competitor = kGlobex) {
    Deal made;
    made.closedOn = day(closedOn);
    made.productId = product;
    made.competitorId = competitor;
    return made;
}

PositioningAlert aboutGlobex() {
    PositioningAlert alert;
    alert.competitorId = kGlobex;
    return alert;
}

struct SuggestionCase {
    const char* name;
    std::vector<Deal> deals;
    std::optional<std::int64_t> expected;
};

class ReviewScopeSuggestion : public ::testing::TestWithParam<SuggestionCase> {};

TEST_P(ReviewScopeSuggestion, PicksTheOneProductOfTheWindow) {
    EXPECT_EQ(positioning::suggestedReviewProduct(aboutGlobex(), GetParam().deals,
                                                  day("2026-11-24"), kWindow),
              GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ReviewScopeSuggestion,
    ::testing::Values(
        SuggestionCase{
            "AllForOneProduct", {deal("2026-11-20", kAtlas), deal("2026-09-01", kAtlas)}, kAtlas},
        SuggestionCase{
            "TwoProducts", {deal("2026-11-20", kAtlas), deal("2026-10-01", kBeacon)}, std::nullopt},
        SuggestionCase{"OneWithoutProduct",
                       {deal("2026-11-20", kAtlas), deal("2026-10-01", std::nullopt)},
                       std::nullopt},
        SuggestionCase{"NoDeals", {}, std::nullopt},
        // 2026-08-27 is the window's first day (90 days ending 2026-11-24); the day before
        // and a deal after today are outside it.
        SuggestionCase{
            "OtherProductsOutsideTheWindow",
            {deal("2026-08-27", kAtlas), deal("2026-08-26", kBeacon), deal("2026-11-25", kBeacon)},
            kAtlas},
        SuggestionCase{"OtherCompetitorsDealsDoNotCount",
                       {deal("2026-11-20", kAtlas), deal("2026-11-20", kBeacon, kInitech)},
                       kAtlas}),
    [](const auto& test) { return std::string(test.param.name); });

TEST(ReviewScopeSuggestionRules, AlertsOwnProductWinsAndNoCompetitorMeansAllProducts) {
    PositioningAlert alert = aboutGlobex();
    alert.productId = kBeacon;
    const std::vector<Deal> deals{deal("2026-11-20", kAtlas)};
    EXPECT_EQ(positioning::suggestedReviewProduct(alert, deals, day("2026-11-24"), kWindow),
              kBeacon);
    PositioningAlert overdue;  // names no competitor
    EXPECT_EQ(positioning::suggestedReviewProduct(overdue, deals, day("2026-11-24"), kWindow),
              std::nullopt);
}

// The workspace's deals against the competitor in the window decide; a deal of another
// product outside the window does not.
TEST_F(WorkspaceTest, ReaderPreselectsTheProductOfTheCompetitorsRecentDeals) {
    auto workspace = storage::Workspace::create(file("w.pmmw"));
    const PositioningBasics basics = addPositioningBasics(*workspace);
    catalog::Catalog catalog(*workspace);
    catalog::Product beacon;
    beacon.name = "Beacon";
    const std::int64_t other = catalog.products.add(beacon).id;
    catalog::Competitor globex;
    globex.name = "Globex";
    globex.firstSeen = "2024-01-01";
    const std::int64_t competitor = catalog.competitors.add(globex).id;
    const auto add = [&](const char* name, const char* closedOn, std::int64_t product) {
        Deal made = deal(closedOn, product, competitor);
        made.name = name;
        storage::DealStore(*workspace).add(made);
    };
    add("Old", "2026-03-01", other);
    add("Recent", "2026-11-01", basics.product);
    add("Latest", "2026-11-20", basics.product);
    PositioningAlert alert;
    alert.competitorId = competitor;
    EXPECT_EQ(storage::readSuggestedReviewProduct(*workspace, alert, day("2026-11-24")),
              basics.product);
    add("Mixed", "2026-11-21", other);
    EXPECT_EQ(storage::readSuggestedReviewProduct(*workspace, alert, day("2026-11-24")),
              std::nullopt);
}

}  // namespace
}  // namespace pmm::test
