#include "launch_test_support.h"

#include "storage/catalog.h"
#include "storage/launch_store.h"
#include "storage/workspace.h"

namespace pmm::uitest {

LaunchCatalog addLaunchCatalog(storage::Workspace& workspace) {
    catalog::Catalog catalog(workspace);
    LaunchCatalog ids;
    catalog::Person alex;
    alex.name = "Alex Morgan";
    ids.alex = catalog.people.add(alex).id;
    catalog::Person sam;
    sam.name = "Sam Lee";
    ids.sam = catalog.people.add(sam).id;
    catalog::Product billing;
    billing.name = "Billing";
    ids.billing = catalog.products.add(billing).id;
    catalog::Product insights;
    insights.name = "Insights";
    ids.insights = catalog.products.add(insights).id;
    return ids;
}

launches::Launch launchDraft(const std::string& name, std::int64_t productId, std::int64_t ownerId,
                             const std::string& quarter, std::array<int, 3> scores, bool framed) {
    launches::Launch launch;
    launch.name = name;
    launch.productId = productId;
    launch.ownerId = ownerId;
    launch.quarter = quarter;
    launch.revenueImpact = {scores[0], scores[0] ? "Named deals depend on it" : ""};
    launch.competitiveUrgency = {scores[1], scores[1] ? "A rival shipped it" : ""};
    launch.customerDemand = {scores[2], scores[2] ? "Top request of key accounts" : ""};
    if (framed) {
        launch.outcome = "Finance teams pick us over spreadsheets";
        launch.metric.name = "Trial-to-paid conversion";
        launch.metric.baseline = "8 %";
        launch.metric.target = "12 %";
        launch.metric.reviewDate = "2026-12-15";
    }
    return launch;
}

std::int64_t addLaunch(storage::Workspace& workspace, const launches::Launch& launch) {
    return launches::LaunchStore(workspace).add(launch).id;
}

}  // namespace pmm::uitest
