// A win/loss record typed in or imported leaves the Launches section as it is: the deal store
// announces Deal, which the launches model does not read, instead of Everything, which made
// every open section (100,000 launches, 50,000 cards) read its rows again.
#include <gtest/gtest.h>

#include <QSignalSpy>

#include "app/workspace_session.h"
#include "launch_test_support.h"
#include "launches/launch_table_model.h"
#include "launches/launches_section.h"
#include "storage/catalog.h"
#include "storage/deal_csv_import.h"
#include "storage/deal_store.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

TEST(PositioningNotificationTest, ADealAddedOrImportedDoesNotReloadTheLaunches) {
    uitest::TempFolder folder;
    WorkspaceSession session;
    uitest::RecordingFeedback feedback;
    session.open(folder.emptyWorkspace());
    storage::Workspace& workspace = session.workspace();
    const auto ids = uitest::addLaunchCatalog(workspace);
    uitest::addLaunch(workspace, uitest::launchDraft("Usage pricing", ids.billing, ids.alex,
                                                     "2026-Q3", {5, 4, 4}, true));
    catalog::Competitor acme;
    acme.name = "Acme";
    const auto acmeId = catalog::Catalog(workspace).competitors.add(acme).id;

    LaunchesSection section(session, feedback);
    ASSERT_EQ(section.model()->rowCount(), 1);
    QSignalSpy resets(section.model(), &QAbstractItemModel::modelReset);

    positioning::Deal deal;
    deal.name = "Initech";
    deal.closedOn = Date{2026, 10, 1};
    deal.competitorId = acmeId;
    storage::DealStore(workspace).add(deal);
    positioning::DealImportOptions options;
    options.createCompetitors = true;
    const auto plan = storage::planDealCsvImport(
        workspace, "Deal ID,Close Date,Outcome,Competitor\nA,2026-10-02,lost,Zenith\n", {},
        options);
    storage::DealStore(workspace).import(plan);
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(section.model()->rowCount(), 1);

    // What the deal store announced before: the launches are read again.
    workspace.notify({storage::EntityKind::Everything, storage::ChangeType::Updated, 0});
    EXPECT_EQ(resets.count(), 1);
}

}  // namespace
}  // namespace pmm::ui
