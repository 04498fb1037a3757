// LaunchStore, TierRuleStore and LaunchChecklist on a real workspace file: validation and the
// status gate, tiering with rule versions, overrides and their history, checklists and
// readiness, Tier 1 capacity, and the catalog rule that owners of launches stay.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "storage/catalog.h"
#include "storage/database.h"
#include "storage/launch_checklist.h"
#include "storage/launch_store.h"
#include "storage/tier_rule_store.h"
#include "storage/workspace.h"
#include "storage/workspace_error.h"

#include "test_support.h"

namespace {

using pmm::test::refusal;

namespace fs = std::filesystem;
using namespace pmm::launches;
using pmm::storage::Change;
using pmm::storage::ChangeType;
using pmm::storage::EntityKind;
using pmm::storage::Workspace;
using pmm::storage::WorkspaceError;
using pmm::storage::WorkspaceErrorKind;

class LaunchStoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        std::string pattern = (fs::temp_directory_path() / "pmm-launch-test-XXXXXX").string();
        ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
        m_dir = pattern;
        m_workspace = Workspace::create(m_dir / "launches.pmmw");
        pmm::catalog::Catalog catalog(*m_workspace);
        m_product = catalog.products.add({0, "", "Atlas", ""}).id;
        m_owner = catalog.people.add({0, "", "Dana Reyes", "", 2, std::nullopt}).id;
        m_workspace->subscribe([this](const Change& change) { m_changes.push_back(change); });
    }

    void TearDown() override {
        m_workspace.reset();
        fs::remove_all(m_dir);
    }

    // A framed candidate for 2026-Q3, scored (revenue, urgency, demand).
    Launch draft(const std::string& name, TierCriteria scores = {4, 3, 3}) const {
        Launch launch;
        launch.name = name;
        launch.productId = m_product;
        launch.ownerId = m_owner;
        launch.quarter = "2026-Q3";
        launch.targetDate = "2026-08-15";
        launch.status = LaunchStatus::Candidate;
        launch.outcome = "Security reviewers approve us without a custom questionnaire.";
        launch.metric = SuccessMetric{"Enterprise win rate", "31 %", "40 %", "2026-11-15", {}};
        launch.revenueImpact = {scores.revenueImpact, "Three open deals over 200k ARR wait on it"};
        launch.competitiveUrgency = {scores.competitiveUrgency, "Rival shipped SSO audit logs"};
        launch.customerDemand = {scores.customerDemand, "Top request in the advisory board"};
        return launch;
    }

    int launchCount() const {
        pmm::storage::Statement query(m_workspace->handle(), "SELECT count(*) FROM launches");
        query.step();
        return query.integer(0);
    }

    fs::path m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::int64_t m_product = 0;
    std::int64_t m_owner = 0;
    std::vector<Change> m_changes;
};

TEST_F(LaunchStoreTest, AddTiersWithTheCurrentRuleAndNotifies) {
    LaunchStore store(*m_workspace);
    const Launch added = store.add(draft("SSO audit log"));
    EXPECT_GT(added.id, 0);
    EXPECT_EQ(added.uid.size(), 36u);
    EXPECT_EQ(added.computedTier, 2);
    EXPECT_EQ(added.score, 340);
    EXPECT_EQ(added.ruleVersion, 1);
    EXPECT_EQ(added.tier(), 2);
    EXPECT_FALSE(added.createdAt.empty());
    ASSERT_EQ(m_changes.size(), 1u);
    EXPECT_EQ(m_changes[0].kind, EntityKind::Launch);
    EXPECT_EQ(m_changes[0].type, ChangeType::Added);
    EXPECT_EQ(m_changes[0].id, added.id);

    const auto found = store.find(added.id);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->name, "SSO audit log");
    EXPECT_EQ(found->metric.target, "40 %");
    EXPECT_EQ(found->competitiveUrgency.evidence, "Rival shipped SSO audit logs");
    EXPECT_EQ(store.tierResult(*found)->explanation,
              "Tier 2 — score 3.40 = 0.40×4 + 0.30×3 + 0.30×3; 3.40 ≥ 2.50");
}

TEST_F(LaunchStoreTest, AnUnscoredLaunchHasNoTier) {
    Launch launch = draft("Idea");
    launch.customerDemand.score = 0;
    const Launch added = LaunchStore(*m_workspace).add(launch);
    EXPECT_FALSE(added.computedTier);
    EXPECT_FALSE(added.ruleVersion);
    EXPECT_FALSE(added.tier());
}

struct FieldCase {
    const char* name;
    std::function<void(Launch&)> edit;
    const char* message;
};

class LaunchValidation : public LaunchStoreTest, public ::testing::WithParamInterface<FieldCase> {};

TEST_P(LaunchValidation, RefusesNamingTheFieldAndChangesNothing) {
    Launch launch = draft("Bad");
    GetParam().edit(launch);
    LaunchStore store(*m_workspace);
    EXPECT_EQ(refusal([&] { store.add(launch); }), GetParam().message);
    EXPECT_EQ(launchCount(), 0);
    EXPECT_TRUE(m_changes.empty());
}

INSTANTIATE_TEST_SUITE_P(
    Table, LaunchValidation,
    ::testing::Values(
        FieldCase{"BlankName", [](Launch& l) { l.name = "  "; }, "Name: a launch needs a name."},
        FieldCase{"QuarterFive", [](Launch& l) { l.quarter = "2026-Q5"; },
                  "Quarter: \"2026-Q5\" is not a quarter (use YYYY-Qn)."},
        FieldCase{"QuarterWords", [](Launch& l) { l.quarter = "Q3 2026"; },
                  "Quarter: \"Q3 2026\" is not a quarter (use YYYY-Qn)."},
        FieldCase{"NoProduct", [](Launch& l) { l.productId = 0; },
                  "Product: a launch needs a product."},
        FieldCase{"UnknownProduct", [](Launch& l) { l.productId = 999; },
                  "Product: the chosen product is not in the workspace."},
        FieldCase{"NoOwner", [](Launch& l) { l.ownerId = 0; },
                  "Owner: a launch needs an owner, the person who owns its outcome."},
        FieldCase{"UnknownOwner", [](Launch& l) { l.ownerId = 999; },
                  "Owner: the chosen owner is not in the workspace."},
        FieldCase{"TargetDate", [](Launch& l) { l.targetDate = "2026-02-30"; },
                  "Target date: \"2026-02-30\" is not a date (use YYYY-MM-DD)."},
        FieldCase{"ReviewDate", [](Launch& l) { l.metric.reviewDate = "soon"; },
                  "Review date: \"soon\" is not a date (use YYYY-MM-DD)."},
        FieldCase{"ScoreSeven", [](Launch& l) { l.competitiveUrgency.score = 7; },
                  "Competitive urgency: the score must be 1 to 5 (it is 7)."},
        FieldCase{"EvidenceTwoLines", [](Launch& l) { l.revenueImpact.evidence = "a\nb"; },
                  "Revenue impact: keep the evidence to one line."},
        FieldCase{"BadUid", [](Launch& l) { l.uid = "not-a-uuid"; },
                  "uid: \"not-a-uuid\" is not a lower-case UUID."},
        FieldCase{"OverrideWithoutReason", [](Launch& l) { l.overrideTier = 1; },
                  "Override: an override needs a reason."}),
    [](const ::testing::TestParamInfo<FieldCase>& param) { return param.param.name; });

struct GateCase {
    const char* name;
    LaunchStatus status;
    std::function<void(Launch&)> edit;
    const char* message;  // empty: allowed
};

class LaunchStatusGate : public LaunchStoreTest, public ::testing::WithParamInterface<GateCase> {};

TEST_P(LaunchStatusGate, IsEnforcedInCoreAndExplainsItself) {
    LaunchStore store(*m_workspace);
    Launch launch = store.add(draft("Gate"));
    m_changes.clear();
    GetParam().edit(launch);
    launch.status = GetParam().status;
    const std::string expected = GetParam().message;
    if (expected.empty()) {
        EXPECT_EQ(store.update(launch).status, GetParam().status);
        return;
    }
    EXPECT_EQ(refusal([&] { store.update(launch); }), expected);
    EXPECT_EQ(store.find(launch.id)->status, LaunchStatus::Candidate);
    EXPECT_TRUE(m_changes.empty());
    launch.id = 0;
    launch.uid.clear();
    EXPECT_EQ(refusal([&] { store.add(launch); }), expected) << "add obeys the same gate";
}

const char* const kNoFrame =
    "Status: a launch needs its customer outcome and success metric before it can be planned. "
    "Missing: customer outcome, success metric, success metric baseline, success metric target "
    "and success metric review date.";

INSTANTIATE_TEST_SUITE_P(
    Table, LaunchStatusGate,
    ::testing::Values(
        GateCase{"PlannedWithFrame", LaunchStatus::Planned, [](Launch&) {}, ""},
        GateCase{"IdeaWithoutFrame", LaunchStatus::Idea,
                 [](Launch& l) { l.outcome.clear(), l.metric = {}; }, ""},
        GateCase{"CandidateWithoutFrame", LaunchStatus::Candidate,
                 [](Launch& l) { l.outcome.clear(), l.metric = {}; }, ""},
        GateCase{"CancelledWithoutFrame", LaunchStatus::Cancelled,
                 [](Launch& l) { l.outcome.clear(), l.metric = {}; }, ""},
        GateCase{"PlannedWithoutTarget", LaunchStatus::Planned,
                 [](Launch& l) { l.metric.target = " "; },
                 "Status: a launch needs its customer outcome and success metric before it can "
                 "be planned. Missing: success metric target."},
        GateCase{"PlannedWithoutAnything", LaunchStatus::Planned,
                 [](Launch& l) { l.outcome.clear(), l.metric = {}; }, kNoFrame},
        GateCase{"InProgressWithoutOutcome", LaunchStatus::InProgress,
                 [](Launch& l) { l.outcome.clear(); },
                 "Status: a launch needs its customer outcome and success metric before it can "
                 "be in progress. Missing: customer outcome."},
        GateCase{"LaunchedWithoutBaselineAndReview", LaunchStatus::Launched,
                 [](Launch& l) { l.metric.baseline.clear(), l.metric.reviewDate.reset(); },
                 "Status: a launch needs its customer outcome and success metric before it can "
                 "be launched. Missing: success metric baseline and success metric review "
                 "date."},
        GateCase{"ReviewedWithoutActual", LaunchStatus::Reviewed, [](Launch&) {},
                 "Status: a launch needs its customer outcome and success metric before it can "
                 "be reviewed. Missing: success metric actual."},
        GateCase{"ReviewedWithActual", LaunchStatus::Reviewed,
                 [](Launch& l) { l.metric.actual = "38 %"; }, ""}),
    [](const ::testing::TestParamInfo<GateCase>& param) { return param.param.name; });

TEST_F(LaunchStoreTest, APlannedLaunchCannotLoseItsFrame) {
    LaunchStore store(*m_workspace);
    Launch launch = draft("Planned");
    launch.status = LaunchStatus::Planned;
    launch = store.add(launch);
    launch.metric.name.clear();
    EXPECT_EQ(refusal([&] { store.update(launch); }),
              "Status: a launch needs its customer outcome and success metric before it can be "
              "planned. Missing: success metric.");
    EXPECT_EQ(store.find(launch.id)->metric.name, "Enterprise win rate");
}

TEST_F(LaunchStoreTest, LaunchesKeepTheirRuleVersionWhenANewOneIsSaved) {
    LaunchStore store(*m_workspace);
    TierRuleStore rules(*m_workspace);
    Launch old = store.add(draft("Old", {4, 3, 3}));

    TierRule lower = rules.current();
    lower.tier1Threshold = 300;
    const TierRule saved = rules.saveNewVersion(lower, "Dana Reyes");
    EXPECT_EQ(saved.version, 2);
    EXPECT_EQ(saved.createdBy, "Dana Reyes");
    EXPECT_EQ(rules.currentVersion(), 2);
    EXPECT_EQ(m_changes.back().kind, EntityKind::TierRule);
    EXPECT_EQ(m_changes.back().id, 2);

    EXPECT_EQ(store.find(old.id)->ruleVersion, 1);
    EXPECT_EQ(store.find(old.id)->tier(), 2);

    // A change of criteria re-tiers with the launch's own version: 3.70 < 4.00 under v1.
    old.customerDemand.score = 4;
    old = store.update(old);
    EXPECT_EQ(old.ruleVersion, 1);
    EXPECT_EQ(old.score, 370);
    EXPECT_EQ(old.tier(), 2);
    EXPECT_EQ(store.tierResult(old)->explanation,
              "Tier 2 — score 3.70 = 0.40×4 + 0.30×3 + 0.30×4; 3.70 ≥ 2.50");

    const Launch fresh = store.add(draft("New", {4, 3, 3}));
    EXPECT_EQ(fresh.ruleVersion, 2);
    EXPECT_EQ(fresh.tier(), 1);

    const Launch moved = store.retierWithCurrentRule(old.id);
    EXPECT_EQ(moved.ruleVersion, 2);
    EXPECT_EQ(moved.tier(), 1);
    EXPECT_EQ(rules.versions().size(), 2u);
    EXPECT_EQ(rules.find(1)->tier1Threshold, 400);
}

TEST_F(LaunchStoreTest, ARuleWithBadWeightsIsNotSaved) {
    TierRuleStore rules(*m_workspace);
    TierRule rule = rules.current();
    rule.weights = TierWeights{40, 30, 20};
    rule.tier2Threshold = 450;
    EXPECT_EQ(refusal([&] { rules.saveNewVersion(rule, "Dana"); }),
              "Weights: the weights must add up to 1.00 (they add up to 0.90). Thresholds: the "
              "Tier 2 threshold (4.50) must be below the Tier 1 threshold (4.00).");
    EXPECT_EQ(rules.currentVersion(), 1);
    EXPECT_TRUE(m_changes.empty());
}

TEST_F(LaunchStoreTest, ANewVersionCarriesItsOwnChecklists) {
    TierRuleStore rules(*m_workspace);
    EXPECT_EQ(rules.current().checklist, defaultTierRule().checklist);
    EXPECT_EQ(rules.checklistItems(1).size(), 15u);
    TierRule rule = rules.current();
    rule.checklist[2].push_back("Support macro");
    rules.saveNewVersion(rule, "Dana");
    EXPECT_EQ(rules.find(2)->checklistOf(3),
              (std::vector<std::string>{"Release notes", "In-app note", "Support macro"}));
    EXPECT_EQ(rules.find(1)->checklistOf(3).size(), 2u);
}

TEST_F(LaunchStoreTest, PreviewListsTheOpenLaunchesThatWouldChange) {
    LaunchStore store(*m_workspace);
    const Launch a = store.add(draft("A", {4, 3, 3}));  // 3.40
    store.add(draft("B", {2, 2, 2}));                   // 2.00
    Launch done = draft("C", {4, 3, 3});
    done.status = LaunchStatus::Launched;
    store.add(done);  // closed: not previewed
    TierRule proposed = TierRuleStore(*m_workspace).current();
    proposed.tier1Threshold = 340;
    const auto changes = store.previewRule(proposed);
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].launchId, a.id);
    EXPECT_EQ(changes[0].name, "A");
    EXPECT_EQ(changes[0].fromTier, 2);
    EXPECT_EQ(changes[0].toTier, 1);
    proposed.weights.revenueImpact = 50;
    EXPECT_EQ(refusal([&] { store.previewRule(proposed); }),
              "Weights: the weights must add up to 1.00 (they add up to 1.10).");
}

TEST_F(LaunchStoreTest, AnOverrideNeedsAReasonAndIsKeptInHistory) {
    LaunchStore store(*m_workspace);
    const Launch launch = store.add(draft("Override", {4, 3, 3}));
    m_changes.clear();
    EXPECT_EQ(refusal([&] { store.overrideTier(launch.id, 1, "  ", "Dana"); }),
              "Override: an override needs a reason.");
    EXPECT_EQ(refusal([&] { store.overrideTier(launch.id, 4, "why", "Dana"); }),
              "Override: choose Tier 1, 2 or 3.");
    EXPECT_EQ(refusal([&] { store.overrideTier(launch.id, 2, "why", "Dana"); }),
              "Override: the launch is already Tier 2.");
    EXPECT_TRUE(store.overrideHistory(launch.id).empty());
    EXPECT_TRUE(m_changes.empty());

    const Launch overridden =
        store.overrideTier(launch.id, 1, "Board commitment for the EMEA launch", "Dana Reyes");
    EXPECT_EQ(overridden.tier(), 1);
    EXPECT_EQ(overridden.computedTier, 2);
    EXPECT_EQ(overridden.overrideReason, "Board commitment for the EMEA launch");
    EXPECT_EQ(m_changes.size(), 1u);
    EXPECT_EQ(refusal([&] { store.overrideTier(launch.id, 2, "back", "Dana"); }),
              "Override: the rule already makes this launch Tier 2; remove the override "
              "instead.");

    Launch edited = overridden;
    edited.customerDemand.score = 0;
    EXPECT_EQ(refusal([&] { store.update(edited); }),
              "Criteria: an overridden launch keeps its three scores; remove the override "
              "first.");

    const Launch cleared = store.clearOverride(launch.id, "EMEA launch moved", "Sam");
    EXPECT_EQ(cleared.tier(), 2);
    EXPECT_FALSE(cleared.overrideTier);
    EXPECT_TRUE(cleared.overrideReason.empty());

    const auto history = store.overrideHistory(launch.id);
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[0].fromTier, 2);
    EXPECT_EQ(history[0].toTier, 1);
    EXPECT_EQ(history[0].reason, "Board commitment for the EMEA launch");
    EXPECT_EQ(history[0].changedBy, "Dana Reyes");
    EXPECT_FALSE(history[0].changedAt.empty());
    EXPECT_EQ(history[1].fromTier, 1);
    EXPECT_FALSE(history[1].toTier);
    EXPECT_EQ(history[1].reason, "EMEA launch moved");
}

TEST_F(LaunchStoreTest, AnUnscoredLaunchCannotBeOverridden) {
    LaunchStore store(*m_workspace);
    Launch launch = draft("Unscored");
    launch.revenueImpact.score = 0;
    launch = store.add(launch);
    EXPECT_EQ(refusal([&] { store.overrideTier(launch.id, 1, "why", "Dana"); }),
              "Override: score the three criteria first; an override changes the rule's result.");
}

TEST_F(LaunchStoreTest, ReadinessIsDoneOverRequiredOfTheTierInForce) {
    LaunchStore store(*m_workspace);
    LaunchChecklist checklist(*m_workspace);
    const Launch launch = store.add(draft("Checklist", {4, 3, 3}));  // Tier 2
    auto entries = checklist.entries(launch.id);
    ASSERT_EQ(entries.size(), 5u);
    EXPECT_EQ(entries[3].title, "Customer email");
    EXPECT_EQ(checklist.readiness(launch.id), (Readiness{0, 5}));

    checklist.setDone(launch.id, entries[3].itemId, true);  // Customer email
    checklist.setDone(launch.id, entries[0].itemId, true);  // Messaging doc
    checklist.setDone(launch.id, entries[0].itemId, false);
    checklist.setDone(launch.id, entries[4].itemId, true);  // 30-day success review
    const Readiness ready = checklist.readiness(launch.id);
    EXPECT_EQ(ready, (Readiness{2, 5}));
    EXPECT_EQ(ready.percent(), 40);
    EXPECT_DOUBLE_EQ(ready.fraction(), 0.4);
    EXPECT_EQ(ready.text(), "2/5 (40 %)");
    EXPECT_EQ(m_changes.back().kind, EntityKind::Launch);
    EXPECT_EQ(m_changes.back().id, launch.id);

    // Tier 1 has its own list; work already done under the same title carries over.
    store.overrideTier(launch.id, 1, "Flagship", "Dana");
    entries = checklist.entries(launch.id);
    ASSERT_EQ(entries.size(), 8u);
    EXPECT_EQ(checklist.readiness(launch.id), (Readiness{2, 8}));
    EXPECT_TRUE(entries[5].done);   // Customer email
    EXPECT_TRUE(entries[7].done);   // 30-day success review
    EXPECT_FALSE(entries[0].done);  // Messaging and positioning doc

    const ChecklistItem tierThree = TierRuleStore(*m_workspace).checklistItems(1).back();
    EXPECT_EQ(tierThree.tier, 3);
    EXPECT_EQ(refusal([&] { checklist.setDone(launch.id, tierThree.id, true); }),
              "Checklist: that item is not on this launch's checklist (its tier or rule "
              "changed).");
}

TEST_F(LaunchStoreTest, TierOneCapacityWarnsWhenAQuarterCarriesTooMany) {
    LaunchStore store(*m_workspace);
    for (int i = 0; i < 3; ++i) {
        store.add(draft("T1-" + std::to_string(i), {5, 5, 5}));
    }
    Launch cancelled = draft("Cancelled", {5, 5, 5});
    cancelled.status = LaunchStatus::Cancelled;
    store.add(cancelled);
    Launch elsewhere = draft("Next quarter", {5, 5, 5});
    elsewhere.quarter = "2026-Q4";
    store.add(elsewhere);
    const Quarter q3{2026, 3};
    TierCapacityUse use = store.tierOneCapacity(q3);
    EXPECT_EQ(use.tierOne, 3);
    EXPECT_EQ(use.capacity, 3);
    EXPECT_FALSE(use.exceeded());
    EXPECT_EQ(use.warning, "");

    const Launch fourth = store.add(draft("T1-3", {4, 3, 3}));
    store.overrideTier(fourth.id, 1, "CEO keynote", "Dana");
    use = store.tierOneCapacity(q3);
    EXPECT_TRUE(use.exceeded());
    EXPECT_EQ(use.warning, "Tier 1 capacity: 2026-Q3 has 4 Tier 1 launches; the team can carry 3.");

    TierRuleStore rules(*m_workspace);
    TierRule roomier = rules.current();
    roomier.tier1Capacity = 4;
    rules.saveNewVersion(roomier, "Dana");
    EXPECT_FALSE(store.tierOneCapacity(q3).exceeded());
    EXPECT_EQ(tierCapacityUse("2026-Q1", 1, 0).warning,
              "Tier 1 capacity: 2026-Q1 has 1 Tier 1 launch; the team can carry 0.");
}

TEST_F(LaunchStoreTest, AnOwnerOfLaunchesCannotBeRemoved) {
    LaunchStore store(*m_workspace);
    store.add(draft("One"));
    store.add(draft("Two"));
    pmm::catalog::Catalog catalog(*m_workspace);
    EXPECT_EQ(refusal([&] { catalog.people.remove(m_owner); }),
              "Cannot remove \"Dana Reyes\": they are still owner of 2 launches. Reassign those "
              "first.");
    EXPECT_TRUE(catalog.people.find(m_owner));
}

TEST_F(LaunchStoreTest, AProductWithLaunchesCannotBeRemoved) {
    LaunchStore(*m_workspace).add(draft("One"));
    pmm::catalog::Catalog catalog(*m_workspace);
    EXPECT_EQ(refusal([&] { catalog.products.remove(m_product); }),
              "Cannot remove \"Atlas\": other records still refer to it. Reassign those first.");
    EXPECT_TRUE(catalog.products.find(m_product));
}

TEST_F(LaunchStoreTest, RemovingALaunchTakesItsChecklistAndHistoryWithIt) {
    LaunchStore store(*m_workspace);
    const Launch launch = store.add(draft("Gone"));
    LaunchChecklist(*m_workspace)
        .setDone(launch.id, LaunchChecklist(*m_workspace).entries(launch.id)[0].itemId, true);
    store.overrideTier(launch.id, 1, "Reason", "Dana");
    m_changes.clear();
    store.remove(launch.id);
    EXPECT_FALSE(store.find(launch.id));
    EXPECT_TRUE(store.overrideHistory(launch.id).empty());
    ASSERT_EQ(m_changes.size(), 1u);
    EXPECT_EQ(m_changes[0].type, ChangeType::Removed);
    store.remove(launch.id);  // idempotent, no second notification
    EXPECT_EQ(m_changes.size(), 1u);
    pmm::storage::Statement rows(m_workspace->handle(),
                                 "SELECT (SELECT count(*) FROM launch_checklist) + "
                                 "(SELECT count(*) FROM tier_overrides)");
    rows.step();
    EXPECT_EQ(rows.integer(0), 0);
}

TEST_F(LaunchStoreTest, UpdatingARemovedOrReusedLaunchIsRefused) {
    LaunchStore store(*m_workspace);
    const Launch old = store.add(draft("Old"));
    store.remove(old.id);
    EXPECT_EQ(refusal([&] { store.update(old); }),
              "That launch no longer exists in the workspace.");
    Launch reuse = draft("Reuse");
    reuse.id = old.id;
    const Launch other = store.add(reuse);  // a new launch under the same key
    EXPECT_EQ(other.id, old.id);
    EXPECT_EQ(refusal([&] { store.update(old); }),
              "That launch no longer exists in the workspace.");
    EXPECT_EQ(store.find(old.id)->name, "Reuse");
}

TEST_F(LaunchStoreTest, RestoringALaunchKeepsItsKeysVersionAndOverride) {
    LaunchStore store(*m_workspace);
    Launch launch = store.add(draft("Restore", {4, 3, 3}));
    launch = store.overrideTier(launch.id, 1, "Flagship", "Dana");
    TierRule lower = TierRuleStore(*m_workspace).current();
    lower.tier1Threshold = 300;
    TierRuleStore(*m_workspace).saveNewVersion(lower, "Dana");
    store.remove(launch.id);

    const Launch restored = store.add(launch);
    EXPECT_EQ(refusal([&] { store.add(launch); }),
              "uid: a launch with this id or uid (" + launch.uid + ") is already stored.");
    EXPECT_EQ(restored.id, launch.id);
    EXPECT_EQ(restored.uid, launch.uid);
    EXPECT_EQ(restored.createdAt, launch.createdAt);
    EXPECT_EQ(restored.ruleVersion, 1);
    EXPECT_EQ(restored.computedTier, 2);
    EXPECT_EQ(restored.tier(), 1);
    EXPECT_EQ(restored.overrideReason, "Flagship");
}

}  // namespace
