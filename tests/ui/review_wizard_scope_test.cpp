// A review started from an alert that names only a competitor opens on the one product of
// that competitor's recent deals, and on "All products" when they are for several.
#include <gtest/gtest.h>

#include <QComboBox>

#include "app/workspace_session.h"
#include "launch_test_support.h"
#include "positioning/review_wizard.h"
#include "positioning/review_wizard_pages.h"
#include "storage/catalog.h"
#include "storage/deal_store.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

class ReviewWizardScopeTest : public ::testing::Test {
protected:
    void SetUp() override {
        session.setErrorReporter([this](const QString& message) { errors.append(message); });
        session.open(folder.emptyWorkspace());
        ids = uitest::addLaunchCatalog(session.workspace());
        catalog::Competitor globex;
        globex.name = "Globex";
        globex.firstSeen = "2024-01-01";
        competitor = session.catalog().competitors.add(globex).id;
        alert.kind = positioning::TriggerKind::FailedDeals;
        alert.competitorId = competitor;
        alert.sentence = "Failed-deal pattern: 2 deals lost to Globex on Pricing in 90 days";
    }
    void TearDown() override { EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString(); }

    void addLoss(const std::string& name, long daysAgo, std::int64_t product) {
        positioning::Deal deal;
        deal.name = name;
        deal.closedOn = addDays(pmm::today(), -daysAgo);
        deal.productId = product;
        deal.competitorId = competitor;
        deal.reason = "Pricing";
        storage::DealStore(session.workspace()).add(deal);
    }

    QString openingProduct() {
        ReviewWizard wizard(session, alert);
        return wizard.scopePage()->productBox()->currentText();
    }

    uitest::TempFolder folder;
    WorkspaceSession session;
    QStringList errors;
    uitest::LaunchCatalog ids;
    std::int64_t competitor = 0;
    positioning::PositioningAlert alert;
};

TEST_F(ReviewWizardScopeTest, OpensOnTheOneProductOfTheCompetitorsRecentDeals) {
    addLoss("Initech", 3, ids.billing);
    addLoss("Umbrella", 20, ids.billing);
    addLoss("Hooli", 400, ids.insights);  // long ago: outside the window
    const QString billing =
        QString::fromStdString(session.catalog().products.find(ids.billing)->name);
    EXPECT_EQ(openingProduct(), billing);

    addLoss("Soylent", 5, ids.insights);
    EXPECT_EQ(openingProduct(), QStringLiteral("All products"));
}

}  // namespace
}  // namespace pmm::ui
