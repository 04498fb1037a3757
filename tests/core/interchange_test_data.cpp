#include "interchange_test_data.h"

#include "interchange/exporter.h"
#include "interchange/workspace_importer.h"
#include "storage/battlecard_store.h"
#include "storage/catalog.h"
#include "storage/deal_store.h"
#include "storage/interchange_reader.h"
#include "storage/launch_checklist.h"
#include "storage/launch_store.h"
#include "storage/positioning_review_store.h"
#include "storage/tier_rule_store.h"

namespace pmm::test {

using launches::Launch;
using launches::LaunchStatus;

namespace {

Launch framed(std::string name, std::int64_t product, std::int64_t owner, LaunchStatus status) {
    Launch launch;
    launch.name = std::move(name);
    launch.productId = product;
    launch.ownerId = owner;
    launch.quarter = "2026-Q3";
    launch.targetDate = "2026-08-14";
    launch.status = status;
    launch.outcome = "Buyers choose us over spreadsheets for \"forecast\" reviews, café-style";
    launch.metric = {"Trial to paid", "12%", "18%", "2026-11-30", std::nullopt};
    launch.revenueImpact = {4, "Two top-10 accounts asked for it"};
    launch.competitiveUrgency = {3, "Globex shipped a beta"};
    launch.customerDemand = {3, "41 votes on the portal"};
    return launch;
}

}  // namespace

void addLaunchVariety(storage::Workspace& workspace) {
    catalog::Catalog catalog(workspace);
    const auto people = catalog.people.list();
    const auto products = catalog.products.list();
    const std::int64_t owner = people.at(1).id;
    const std::int64_t product = products.at(0).id;
    workspace.setSetting("team.name", "Growth \u00e9quipe / \"PMM\"");
    launches::LaunchStore store(workspace);
    launches::LaunchChecklist checklist(workspace);

    // Tiered under version 1, overridden, then the override removed: history of two.
    Launch history = store.add(framed("Forecast board", product, owner, LaunchStatus::Planned));
    store.overrideTier(history.id, 1, "Board priority for the year", "Maya Okafor");
    store.clearOverride(history.id, "Back to the rule after review", "Maya Okafor");
    const auto items = checklist.entries(history.id);
    checklist.setDone(history.id, items.at(0).itemId, true);
    checklist.setDone(history.id, items.at(1).itemId, true);
    checklist.setDone(history.id, items.at(1).itemId, false);

    // A second rule version with an edited checklist; one launch moves to it.
    launches::TierRuleStore rules(workspace);
    launches::TierRule edited = rules.current();
    edited.weights = {50, 25, 25};
    edited.tier1Threshold = 375;
    edited.checklist[1].push_back("Partner briefing");
    rules.saveNewVersion(edited, "Maya Okafor");
    Launch moved = store.add(framed("Pipeline alerts", product, owner, LaunchStatus::InProgress));
    store.overrideTier(moved.id, 3, "Ships quietly to five design partners", "Jonas Berg");
    moved = store.retierWithCurrentRule(moved.id);
    for (const auto& entry : checklist.entries(moved.id)) {
        checklist.setDone(moved.id, entry.itemId, true);
    }

    // An unscored idea without a frame, and a reviewed launch with its actual.
    Launch idea;
    idea.name = "Ideas: AI summaries";
    idea.productId = products.back().id;
    idea.ownerId = people.front().id;
    idea.quarter = "2027-Q1";
    idea.revenueImpact = {2, ""};
    store.add(idea);
    Launch reviewed = framed("Reviewed launch", product, owner, LaunchStatus::Reviewed);
    reviewed.quarter = "2025-Q4";
    reviewed.metric.actual = "21%";
    reviewed.customerDemand = {5, "Top request"};
    reviewed.isPivot = true;
    store.add(reviewed);
}

void addPositioningVariety(storage::Workspace& workspace) {
    catalog::Catalog catalog(workspace);
    const auto people = catalog.people.list();
    storage::DealStore deals(workspace);
    positioning::Deal unnamedRival;
    unnamedRival.name = "Initech — pilot \"Q4\"";
    unnamedRival.closedOn = {2026, 10, 2};
    unnamedRival.outcome = positioning::Outcome::Won;
    unnamedRival.reason = "Time to value";
    deals.add(unnamedRival);
    positioning::Deal stalled;
    stalled.dealRef = "CRM-7781";
    stalled.name = "Umbrella Corp — expansion";
    stalled.closedOn = {2026, 9, 30};
    stalled.competitorId = catalog.competitors.list().at(0).id;
    stalled.segmentId = catalog.segments.list().at(0).id;
    stalled.outcome = positioning::Outcome::NoDecision;
    stalled.arrCents = 123'456'789;
    stalled.notes = "Budget frozen;\nrevisit in Q1";
    deals.add(stalled);

    positioning::PositioningReview review;
    review.reviewedOn = {2026, 10, 20};
    review.trigger = positioning::TriggerKind::FailedDeals;
    review.competitorId = stalled.competitorId;
    review.evidence = "Three losses on pricing in six weeks";
    review.decision = positioning::ReviewDecision::Keep;
    review.followUps = "Refresh the pricing objections\nBrief the SDRs";
    review.participantIds = {people.at(3).id, people.at(0).id};
    storage::RefreshRequests requests;
    const auto cards = storage::BattlecardStore(workspace).rows();
    requests.cardIds = {cards.at(2).id, cards.at(0).id};
    requests.note = "Pricing objection changed";
    storage::PositioningReviewStore(workspace).add(review, std::nullopt, requests);
}

void createSampleWorkspace(const std::filesystem::path& path, demo::DemoSize size) {
    auto workspace = storage::Workspace::create(path);
    demo::fillDemoData(*workspace, size, 1);
    addLaunchVariety(*workspace);
    addPositioningVariety(*workspace);
}

std::string exportText(storage::Workspace& workspace) {
    return interchange::exportJson(storage::readWorkspaceData(workspace.handle()));
}

nlohmann::json exportDocument(storage::Workspace& workspace) {
    return nlohmann::json::parse(exportText(workspace));
}

interchange::ImportReport importText(storage::Workspace& workspace, const std::string& text,
                                     bool dryRun) {
    interchange::WorkspaceImporter importer;
    importer.analyse(text, storage::readWorkspaceData(workspace.handle()));
    if (importer.report().valid() && !dryRun) {
        importer.write(workspace);
    }
    return importer.report();
}

std::string countsOf(const interchange::ImportReport& report, const std::string& entity) {
    for (const auto& counts : report.counts) {
        if (counts.entity == entity) {
            return std::to_string(counts.added) + "/" + std::to_string(counts.updated) + "/" +
                   std::to_string(counts.unchanged);
        }
    }
    return "-";
}

}  // namespace pmm::test
