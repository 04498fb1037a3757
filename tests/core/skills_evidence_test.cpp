// Evidence from the work: reading a launch's metric against its target, which launches fall
// in a period, the sentences of a suggestion, and the finder on a real workspace with
// launches and battlecard refreshes.
#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "storage/battlecard_store.h"
#include "storage/catalog.h"
#include "storage/database.h"
#include "storage/launch_store.h"
#include "storage/positioning_review_store.h"
#include "storage/skills_evidence_finder.h"
#include "storage/workspace.h"
#include "team/evidence_link.h"
#include "team/evidence_suggestion.h"
#include "team/metric_target.h"
#include "test_support.h"
#include "util/uuid.h"

namespace pmm::test {
namespace {

using launches::Launch;
using launches::LaunchStatus;
using launches::SuccessMetric;
using storage::Workspace;
using team::EvidencePeriod;
using team::EvidenceSuggestion;

template <class Case>
std::string caseName(const ::testing::TestParamInfo<Case>& param) {
    return param.param.name;
}

// --- The metric against its target -----------------------------------------------------------

struct TargetCase {
    const char* name;
    const char* baseline;
    const char* target;
    std::optional<std::string> actual;
    std::optional<bool> met;
};

const TargetCase kTargetCases[] = {
    {"HigherIsBetterMet", "31 %", "40 %", "43 %", true},
    {"HigherIsBetterMissed", "31 %", "40 %", "38 %", false},
    {"ExactlyOnTarget", "31 %", "40 %", "40 %", true},
    {"LowerIsBetterMet", "3.8 days", "1.5 days", "1.4 days", true},
    {"LowerIsBetterMissed", "3.8 days", "1.5 days", "2 days", false},
    {"NoBaselineMeansHigherIsBetter", "", "40", "41", true},
    {"ThousandsSeparators", "$1,200", "$2,400", "$2,500", true},
    {"NotMeasuredYet", "31 %", "40 %", std::nullopt, std::nullopt},
    {"TargetInWords", "31 %", "a lot more", "50 %", std::nullopt},
    {"ActualInWords", "31 %", "40 %", "about the same", std::nullopt},
};

class TargetTable : public ::testing::TestWithParam<TargetCase> {};

TEST_P(TargetTable, ReadsTheDirectionFromBaselineToTarget) {
    const TargetCase& c = GetParam();
    EXPECT_EQ(team::metricTargetMet(SuccessMetric{"Win rate", c.baseline, c.target, {}, c.actual}),
              c.met);
}

INSTANTIATE_TEST_SUITE_P(Cases, TargetTable, ::testing::ValuesIn(kTargetCases),
                         caseName<TargetCase>);

TEST(LeadingNumber, FindsTheFirstNumber) {
    EXPECT_EQ(team::leadingNumber("31 %"), 31.0);
    EXPECT_EQ(team::leadingNumber("0.4 M USD"), 0.4);
    EXPECT_EQ(team::leadingNumber("about .5x"), 0.5);
    EXPECT_EQ(team::leadingNumber("-3 points"), -3.0);
    EXPECT_EQ(team::leadingNumber("$2,400,000"), 2400000.0);
    EXPECT_EQ(team::leadingNumber("12,5"), 125.0);  // a separator, not a decimal comma
    EXPECT_EQ(team::leadingNumber("none"), std::nullopt);
    EXPECT_EQ(team::leadingNumber(""), std::nullopt);
}

TEST(EvidenceKinds, AreLowerCaseWordsWithLabelsForTheKnownOnes) {
    for (const char* kind : {"launch", "battlecard", "review", "decision", "win_loss"}) {
        EXPECT_TRUE(team::isEvidenceKind(kind)) << kind;
    }
    for (const char* kind : {"", "Launch", "1launch", "_launch", "launch card", "launch-card"}) {
        EXPECT_FALSE(team::isEvidenceKind(kind)) << kind;
    }
    EXPECT_FALSE(team::isEvidenceKind(std::string(33, 'a')));
    EXPECT_EQ(team::evidenceKindLabel("review"), "Positioning review");
    EXPECT_EQ(team::evidenceKindLabel("decision"), "Decision memo");
    EXPECT_EQ(team::evidenceKindLabel("win_loss"), "win_loss");
}

// --- Launches in a period, and their sentences --------------------------------------------

Launch launchOf(const char* quarter, std::optional<std::string> target) {
    Launch launch;
    launch.uid = "77777777-7777-4777-8777-777777777777";
    launch.name = "Atlas SSO";
    launch.quarter = quarter;
    launch.targetDate = std::move(target);
    return launch;
}

struct PeriodCase {
    const char* name;
    const char* quarter;
    std::optional<std::string> target;
    bool inside;
};

const PeriodCase kPeriodCases[] = {
    {"TargetDateInside", "2026-Q2", "2026-05-10", true},
    {"TargetDateOnTheFirstDay", "2026-Q2", "2026-04-01", true},
    {"TargetDateOnTheLastDay", "2026-Q2", "2026-06-30", true},
    {"TargetDateAfterEvenInTheQuarter", "2026-Q2", "2026-07-02", false},
    {"TargetDateDecidesOverTheQuarter", "2026-Q3", "2026-06-01", true},
    {"NoTargetDateQuarterOverlaps", "2026-Q2", std::nullopt, true},
    {"NoTargetDateQuarterBefore", "2026-Q1", std::nullopt, false},
    {"NoTargetDateQuarterAfter", "2026-Q3", std::nullopt, false},
};

class PeriodTable : public ::testing::TestWithParam<PeriodCase> {};

TEST_P(PeriodTable, ByTargetDateElseByQuarter) {
    const PeriodCase& c = GetParam();
    const EvidencePeriod period{{2026, 4, 1}, {2026, 6, 30}};
    EXPECT_EQ(team::launchInPeriod(launchOf(c.quarter, c.target), period), c.inside);
}

INSTANTIATE_TEST_SUITE_P(Cases, PeriodTable, ::testing::ValuesIn(kPeriodCases),
                         caseName<PeriodCase>);

TEST(LaunchSuggestion, SaysTierStatusAndTheMetricAgainstItsTarget) {
    Launch launch = launchOf("2026-Q2", "2026-05-10");
    launch.status = LaunchStatus::Reviewed;
    launch.metric = {"Enterprise win rate", "31 %", "40 %", "2026-06-10", "43 %"};
    launch.computedTier = 1;
    auto suggestion = team::launchSuggestion(launch);
    EXPECT_EQ(suggestion.link,
              (team::EvidenceLink{"launch", launch.uid, "Atlas SSO (2026-Q2, Tier 1)"}));
    EXPECT_EQ(suggestion.date, "2026-05-10");
    EXPECT_EQ(suggestion.tier, 1);
    EXPECT_EQ(suggestion.targetMet, true);
    EXPECT_EQ(suggestion.sentence,
              "Owned Atlas SSO (Tier 1, 2026-Q2) — reviewed: Enterprise win rate 43 % against a "
              "target of 40 %, target met.");

    launch.status = LaunchStatus::Launched;
    launch.metric.actual.reset();
    launch.targetDate.reset();
    suggestion = team::launchSuggestion(launch);
    EXPECT_EQ(suggestion.date, "2026-06-30");
    EXPECT_EQ(suggestion.targetMet, std::nullopt);
    EXPECT_EQ(suggestion.sentence,
              "Owned Atlas SSO (Tier 1, 2026-Q2) — launched; the 30-day review is due "
              "2026-06-10.");

    launch.status = LaunchStatus::InProgress;
    launch.computedTier.reset();
    EXPECT_EQ(team::launchSuggestion(launch).sentence,
              "Owned Atlas SSO (not tiered, 2026-Q2) — in progress.");
}

TEST(BattlecardSuggestion, SaysWhetherEveryRefreshWasOnTime) {
    team::CardRefreshRecord record{
        "88888888-8888-4888-8888-888888888888", "Globex", "Enterprise", 91, 2, 2, "2026-06-25"};
    auto suggestion = team::battlecardSuggestion(record);
    EXPECT_EQ(suggestion.link.label, "Globex — Enterprise battlecard");
    EXPECT_EQ(suggestion.onTime, true);
    EXPECT_EQ(suggestion.sentence,
              "Kept the Globex — Enterprise battlecard current: refreshed 2 times, all on time "
              "(due every 91 days), last on 2026-06-25.");
    record.onTime = 1;
    EXPECT_EQ(team::battlecardSuggestion(record).sentence,
              "Refreshed the Globex — Enterprise battlecard 2 times, 1 late (due every 91 days), "
              "last on 2026-06-25.");
    record.refreshes = 1;
    record.onTime = 0;
    EXPECT_EQ(team::battlecardSuggestion(record).sentence,
              "Refreshed the Globex — Enterprise battlecard once, late (due every 91 days), last "
              "on 2026-06-25.");
}

// --- The finder on a workspace --------------------------------------------------------------

class EvidenceFinderTest : public WorkspaceTest {
protected:
    void SetUp() override {
        m_workspace = Workspace::create(file("evidence.pmmw"));
        catalog::Catalog catalog(*m_workspace);
        m_dana = catalog.people.add({0, "", "Dana Reyes", "", 2, {}}).id;
        m_grace = catalog.people.add({0, "", "Grace Lindqvist", "", 4, {}}).id;
        m_product = catalog.products.add({0, "", "Atlas", ""}).id;
        m_competitor = catalog.competitors.add({0, "", "Globex", "", {}, ""}).id;
        m_enterprise = catalog.segments.add({0, "", "Enterprise", "", m_dana}).id;
        m_midMarket = catalog.segments.add({0, "", "Mid-market", "", m_dana}).id;
    }

    void addLaunch(const char* name, LaunchStatus status, const char* quarter,
                   std::optional<std::string> target, int scores = 3,
                   std::optional<std::string> actual = {}, std::int64_t owner = 0) {
        Launch launch;
        launch.name = name;
        launch.productId = m_product;
        launch.ownerId = owner == 0 ? m_dana : owner;
        launch.quarter = quarter;
        launch.targetDate = std::move(target);
        launch.status = status;
        launch.outcome = "Security reviewers approve us without a questionnaire.";
        launch.metric = {"Enterprise win rate", "31 %", "40 %", "2026-07-20", std::move(actual)};
        launch.revenueImpact = {scores, "Open deals wait on it"};
        launch.competitiveUrgency = {scores, "A rival shipped it"};
        launch.customerDemand = {scores, "Top request"};
        launches::LaunchStore(*m_workspace).add(launch);
    }

    // A card created on `created`, then refreshed on each of `refreshes` by who is given.
    std::string addCard(std::int64_t segment, const char* created,
                        const std::vector<std::pair<const char*, std::int64_t>>& refreshes) {
        const auto card = storage::BattlecardStore(*m_workspace)
                              .create({m_competitor, segment, m_dana, ""}, {m_dana, ""});
        storage::Statement backdate(m_workspace->handle(),
                                    "UPDATE battlecard_revisions SET changed_at = ?2 "
                                    "WHERE card_id = ?1");
        backdate.bind(1, card.id).bind(2, std::string(created) + "T08:00:00Z");
        backdate.run();
        for (const auto& [day, by] : refreshes) {
            storage::Statement refresh(
                m_workspace->handle(),
                "INSERT INTO battlecard_revisions (uid, card_id, number, kind, changed_by, "
                "changed_by_id, changed_at, snapshot) SELECT ?1, card_id, (SELECT max(number) + 1 "
                "FROM battlecard_revisions WHERE card_id = ?2), 'refresh', 'someone', ?3, ?4, "
                "snapshot FROM battlecard_revisions WHERE card_id = ?2 AND number = 1");
            refresh.bind(1, newUuid()).bind(2, card.id).bind(3, by);
            refresh.bind(4, std::string(day) + "T11:00:00Z");
            refresh.run();
        }
        return card.uid;
    }

    std::unique_ptr<Workspace> m_workspace;
    std::int64_t m_dana = 0;
    std::int64_t m_grace = 0;
    std::int64_t m_product = 0;
    std::int64_t m_competitor = 0;
    std::int64_t m_enterprise = 0;
    std::int64_t m_midMarket = 0;
};

TEST_F(EvidenceFinderTest, SuggestsTheLaunchesAndCardRefreshesOfThePeriodNewestFirst) {
    addLaunch("Atlas SSO", LaunchStatus::Reviewed, "2026-Q2", "2026-05-10", 5, "43 %");
    addLaunch("Atlas mobile approvals", LaunchStatus::Launched, "2026-Q2", "2026-06-20");
    addLaunch("Atlas audit export", LaunchStatus::Reviewed, "2026-Q2", "2026-04-15", 3, "35 %");
    addLaunch("Atlas sandbox", LaunchStatus::InProgress, "2026-Q2", std::nullopt);
    addLaunch("Atlas idea", LaunchStatus::Idea, "2026-Q2", "2026-05-01");
    addLaunch("Atlas cancelled", LaunchStatus::Cancelled, "2026-Q2", "2026-05-01");
    addLaunch("Atlas next quarter", LaunchStatus::Planned, "2026-Q3", "2026-08-01");
    addLaunch("Atlas slipped", LaunchStatus::Planned, "2026-Q2", "2026-07-02");
    addLaunch("Grace's launch", LaunchStatus::Launched, "2026-Q2", "2026-05-05", 3, {}, m_grace);
    const std::string current =
        addCard(m_enterprise, "2026-01-05", {{"2026-04-01", m_dana}, {"2026-06-25", m_dana}});
    const std::string late =
        addCard(m_midMarket, "2025-10-01", {{"2025-12-01", m_grace}, {"2026-05-20", m_dana}});

    const auto found = storage::SkillsEvidenceFinder(*m_workspace)
                           .suggest(m_dana, EvidencePeriod{{2026, 4, 1}, {2026, 6, 30}});
    std::vector<std::string> lines;
    for (const EvidenceSuggestion& suggestion : found) {
        lines.push_back(suggestion.date + " " + suggestion.sentence);
    }
    EXPECT_EQ(
        lines,
        (std::vector<std::string>{
            "2026-06-30 Owned Atlas sandbox (Tier 2, 2026-Q2) — in progress.",
            "2026-06-25 Kept the Globex — Enterprise battlecard current: refreshed 2 times, all "
            "on time (due every 91 days), last on 2026-06-25.",
            "2026-06-20 Owned Atlas mobile approvals (Tier 2, 2026-Q2) — launched; the 30-day "
            "review is due 2026-07-20.",
            "2026-05-20 Refreshed the Globex — Mid-market battlecard once, late (due every 91 "
            "days), last on 2026-05-20.",
            "2026-05-10 Owned Atlas SSO (Tier 1, 2026-Q2) — reviewed: Enterprise win rate 43 % "
            "against a target of 40 %, target met.",
            "2026-04-15 Owned Atlas audit export (Tier 2, 2026-Q2) — reviewed: Enterprise win "
            "rate 35 % against a target of 40 %, target missed."}));
    ASSERT_EQ(found.size(), 6u);
    EXPECT_EQ(found[1].link.uid, current);
    EXPECT_EQ(found[1].link.kind, "battlecard");
    EXPECT_EQ(found[3].link.uid, late);
    EXPECT_EQ(found[3].onTime, false);
    EXPECT_EQ(found[4].tier, 1);
    EXPECT_EQ(found[4].targetMet, true);
    EXPECT_EQ(found[5].targetMet, false);

    // Grace refreshed nothing in the period but owns one launch in it.
    const auto graces = storage::SkillsEvidenceFinder(*m_workspace)
                            .suggest(m_grace, EvidencePeriod{{2026, 4, 1}, {2026, 6, 30}});
    ASSERT_EQ(graces.size(), 1u);
    EXPECT_EQ(graces[0].link.label, "Grace's launch (2026-Q2, Tier 2)");
    // Nothing before the work began.
    EXPECT_TRUE(storage::SkillsEvidenceFinder(*m_workspace)
                    .suggest(m_dana, EvidencePeriod{{2024, 1, 1}, {2024, 12, 31}})
                    .empty());
}

TEST_F(EvidenceFinderTest, SuggestsThePositioningReviewsThePersonTookPartIn) {
    positioning::PositioningReview review;
    review.reviewedOn = {2026, 5, 12};
    review.trigger = positioning::TriggerKind::FailedDeals;
    review.productId = m_product;
    review.segmentId = m_enterprise;
    review.competitorId = m_competitor;
    review.decision = positioning::ReviewDecision::Keep;
    review.participantIds = {m_dana, m_grace};
    const std::string uid = storage::PositioningReviewStore(*m_workspace).add(review).uid;
    positioning::PositioningReview before = review;
    before.reviewedOn = {2026, 3, 2};
    before.participantIds = {m_dana};
    storage::PositioningReviewStore(*m_workspace).add(before);

    const auto found = storage::SkillsEvidenceFinder(*m_workspace)
                           .suggest(m_grace, EvidencePeriod{{2026, 4, 1}, {2026, 6, 30}});
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].link.kind, "review");
    EXPECT_EQ(found[0].link.uid, uid);
    EXPECT_EQ(found[0].date, "2026-05-12");
    EXPECT_EQ(found[0].sentence,
              "Took part in the positioning review of Atlas · Enterprise · against Globex "
              "(failed-deal pattern) with 1 other: the positioning was kept.");
    // Dana took part in both, but only one was held in the period.
    EXPECT_EQ(storage::SkillsEvidenceFinder(*m_workspace)
                  .suggest(m_dana, EvidencePeriod{{2026, 1, 1}, {2026, 3, 31}})
                  .size(),
              1u);
}

TEST(ReviewSuggestion, SaysTheScopeTriggerCompanyAndDecision) {
    team::ReviewRecord record{"r-1", "2026-02-03", "new competitor entry", "", "reposition", 3};
    EXPECT_EQ(team::reviewSuggestion(record).sentence,
              "Took part in the positioning review of every product (new competitor entry) with "
              "2 others: the product was repositioned.");
    record.participants = 1;
    record.decision = "refine";
    record.scope = "Atlas";
    EXPECT_EQ(team::reviewSuggestion(record).sentence,
              "Took part in the positioning review of Atlas (new competitor entry): the "
              "positioning was refined.");
    EXPECT_EQ(team::reviewSuggestion(record).link.label,
              "Positioning review of Atlas (2026-02-03)");
}

}  // namespace
}  // namespace pmm::test
