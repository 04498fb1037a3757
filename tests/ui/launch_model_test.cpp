// The Launches table model and its filter proxy: QAbstractItemModelTester while they load,
// change and reset; filters and sorting by value.
#include <gtest/gtest.h>

#include <QAbstractItemModelTester>

#include "app/workspace_session.h"
#include "launch_test_support.h"
#include "launches/launch_filter_proxy.h"
#include "launches/launch_table_model.h"
#include "storage/launch_store.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

using launches::LaunchStatus;
using uitest::addLaunch;
using uitest::launchDraft;

class LaunchModelTest : public ::testing::Test {
protected:
    void SetUp() override {
        session.setErrorReporter([this](const QString& message) { errors.append(message); });
        session.open(folder.emptyWorkspace());
        ids = uitest::addLaunchCatalog(session.workspace());
    }

    std::int64_t add(const std::string& name, std::int64_t product, std::int64_t owner,
                     const std::string& quarter, std::array<int, 3> scores, bool framed = true) {
        return addLaunch(session.workspace(),
                         launchDraft(name, product, owner, quarter, scores, framed));
    }

    // The ids the proxy shows, top to bottom.
    static std::vector<std::int64_t> shown(const LaunchFilterProxy& proxy) {
        std::vector<std::int64_t> ids;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            ids.push_back(proxy.index(row, 0).data(LaunchTableModel::IdRole).toLongLong());
        }
        return ids;
    }

    uitest::TempFolder folder;
    WorkspaceSession session;
    QStringList errors;
    uitest::LaunchCatalog ids;
};

TEST_F(LaunchModelTest, EmptyWorkspaceUnderTesters) {
    uitest::WarningCollector warnings;
    {
        LaunchTableModel model(session);
        LaunchFilterProxy proxy;
        proxy.setLaunchModel(&model);
        QAbstractItemModelTester modelTester(
            &model, QAbstractItemModelTester::FailureReportingMode::Warning);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::Warning);
        EXPECT_EQ(model.rowCount(), 0);
        EXPECT_EQ(model.columnCount(), LaunchTableModel::kColumnCount);
        EXPECT_EQ(model.headerData(LaunchTableModel::Readiness, Qt::Horizontal).toString(),
                  QStringLiteral("Readiness"));
        proxy.setSearchText(QStringLiteral("anything"));
        proxy.sort(LaunchTableModel::Score, Qt::DescendingOrder);
        EXPECT_EQ(proxy.rowCount(), 0);
    }
    EXPECT_TRUE(warnings.messages().isEmpty()) << warnings.messages().join(u'\n').toStdString();
    EXPECT_TRUE(errors.isEmpty());
}

TEST_F(LaunchModelTest, FollowsAddsUpdatesRemovesAndResetsUnderTesters) {
    const std::int64_t first = add("Usage pricing", ids.billing, ids.alex, "2026-Q3", {5, 4, 4});
    uitest::WarningCollector warnings;
    {
        LaunchTableModel model(session);
        LaunchFilterProxy proxy;
        proxy.setLaunchModel(&model);
        proxy.sort(LaunchTableModel::Name);
        QAbstractItemModelTester modelTester(
            &model, QAbstractItemModelTester::FailureReportingMode::Warning);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::Warning);
        ASSERT_EQ(model.rowCount(), 1);
        const int row = model.rowOf(first);
        EXPECT_EQ(model.index(row, LaunchTableModel::Name).data().toString(),
                  QStringLiteral("Usage pricing"));
        EXPECT_EQ(model.index(row, LaunchTableModel::Product).data().toString(),
                  QStringLiteral("Billing"));
        EXPECT_EQ(model.index(row, LaunchTableModel::Owner).data().toString(),
                  QStringLiteral("Alex Morgan"));
        EXPECT_EQ(model.index(row, LaunchTableModel::Tier).data().toString(),
                  QStringLiteral("Tier 1"));
        EXPECT_EQ(model.index(row, LaunchTableModel::Score).data().toString(),
                  QStringLiteral("4.40"));
        EXPECT_EQ(model.index(row, LaunchTableModel::Status).data().toString(),
                  QStringLiteral("Idea"));
        EXPECT_EQ(model.index(row, LaunchTableModel::Readiness).data().toString(),
                  QStringLiteral("0/8 (0 %)"));

        // Added, by notification.
        const std::int64_t second =
            add("Audit log", ids.insights, ids.sam, "2026-Q4", {2, 2, 2}, false);
        ASSERT_EQ(model.rowCount(), 2);
        EXPECT_EQ(proxy.index(0, 0).data().toString(), QStringLiteral("Audit log"));
        EXPECT_EQ(model.index(model.rowOf(second), LaunchTableModel::Tier).data().toString(),
                  QStringLiteral("Tier 3"));

        // Updated, by id: renamed and re-sorted.
        launches::LaunchStore store(session.workspace());
        auto launch = *store.find(second);
        launch.name = "Zero-trust audit log";
        store.update(launch);
        EXPECT_EQ(model.index(model.rowOf(second), 0).data().toString(),
                  QStringLiteral("Zero-trust audit log"));
        EXPECT_EQ(proxy.index(1, 0).data().toString(), QStringLiteral("Zero-trust audit log"));

        // An override shows in the tier column.
        store.overrideTier(second, 2, "Strategic account asks for it", "test");
        EXPECT_EQ(model.index(model.rowOf(second), LaunchTableModel::Tier).data().toString(),
                  QStringLiteral("Tier 2 (override)"));

        // Removed, and everything at once.
        store.remove(first);
        EXPECT_EQ(model.rowCount(), 1);
        EXPECT_EQ(model.rowOf(first), -1);
        ASSERT_TRUE(session.runBulkChange([&](storage::Workspace& workspace) {
            storage::Workspace::BulkChange bulk(workspace);
            addLaunch(workspace,
                      launchDraft("Bulk one", ids.billing, ids.alex, "2027-Q1", {3, 3, 3}, false));
            bulk.commit();
        }));
        EXPECT_EQ(model.rowCount(), 2);
        session.close();
        EXPECT_EQ(model.rowCount(), 0);
    }
    EXPECT_TRUE(warnings.messages().isEmpty()) << warnings.messages().join(u'\n').toStdString();
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
}

TEST_F(LaunchModelTest, FilterProxyAppliesEveryFilterTogether) {
    const auto a = add("Usage pricing", ids.billing, ids.alex, "2026-Q3", {5, 4, 4});
    const auto b = add("Audit log", ids.insights, ids.sam, "2026-Q3", {2, 2, 2});
    const auto c = add("Billing alerts", ids.billing, ids.sam, "2026-Q4", {3, 3, 3});
    const auto d = add("Dashboards", ids.insights, ids.alex, "2026-Q4", {0, 0, 0}, false);
    {
        launches::LaunchStore store(session.workspace());
        auto launch = *store.find(c);
        launch.status = LaunchStatus::Planned;
        store.update(launch);
    }
    LaunchTableModel model(session);
    LaunchFilterProxy proxy;
    proxy.setLaunchModel(&model);
    proxy.sort(LaunchTableModel::Name);
    using Ids = std::vector<std::int64_t>;
    EXPECT_EQ(shown(proxy), (Ids{b, c, d, a}));
    EXPECT_FALSE(proxy.hasFilters());

    proxy.setQuarter(QStringLiteral("2026-Q3"));
    EXPECT_EQ(shown(proxy), (Ids{b, a}));
    proxy.setQuarter(std::nullopt);
    proxy.setTier(1);
    EXPECT_EQ(shown(proxy), (Ids{a}));
    proxy.setTier(LaunchFilterProxy::kNotTiered);
    EXPECT_EQ(shown(proxy), (Ids{d}));
    proxy.setTier(std::nullopt);
    proxy.setStatus(LaunchStatus::Planned);
    EXPECT_EQ(shown(proxy), (Ids{c}));
    proxy.setStatus(std::nullopt);
    proxy.setOwner(ids.alex);
    EXPECT_EQ(shown(proxy), (Ids{d, a}));

    // Text: name, product or owner, ignoring case and surrounding spaces.
    proxy.setOwner(std::nullopt);
    proxy.setSearchText(QStringLiteral("  BILLING "));
    EXPECT_EQ(shown(proxy), (Ids{c, a}));  // a by product, c by name
    proxy.setSearchText(QStringLiteral("sam l"));
    EXPECT_EQ(shown(proxy), (Ids{b, c}));
    proxy.setQuarter(QStringLiteral("2026-Q4"));
    EXPECT_EQ(shown(proxy), (Ids{c}));
    EXPECT_TRUE(proxy.hasFilters());
    proxy.setSearchText(QStringLiteral("nothing like it"));
    EXPECT_EQ(proxy.rowCount(), 0);

    proxy.clearFilters();
    EXPECT_EQ(shown(proxy), (Ids{b, c, d, a}));
}

TEST_F(LaunchModelTest, SortsByValueNotByText) {
    const auto low = add("B low", ids.billing, ids.alex, "2026-Q3", {1, 1, 2});
    const auto high = add("a high", ids.billing, ids.alex, "2026-Q3", {5, 5, 5});
    const auto none = add("C unscored", ids.billing, ids.alex, "2026-Q3", {0, 0, 0}, false);
    LaunchTableModel model(session);
    LaunchFilterProxy proxy;
    proxy.setLaunchModel(&model);
    using Ids = std::vector<std::int64_t>;
    proxy.sort(LaunchTableModel::Score, Qt::DescendingOrder);
    EXPECT_EQ(shown(proxy), (Ids{high, low, none}));
    proxy.sort(LaunchTableModel::Tier, Qt::AscendingOrder);
    EXPECT_EQ(shown(proxy), (Ids{high, low, none}));
    proxy.sort(LaunchTableModel::Name, Qt::AscendingOrder);  // case-insensitive
    EXPECT_EQ(shown(proxy), (Ids{high, low, none}));
    proxy.sort(-1);  // the workspace's order: quarter, then name
    EXPECT_EQ(shown(proxy), (Ids{high, low, none}));
}

TEST_F(LaunchModelTest, UserTextStaysTextInToolTips) {
    const auto id = add("<b>Bold</b> & co", ids.billing, ids.alex, "2026-Q3", {3, 3, 3});
    LaunchTableModel model(session);
    const QModelIndex name = model.index(model.rowOf(id), LaunchTableModel::Name);
    EXPECT_EQ(name.data().toString(), QStringLiteral("<b>Bold</b> & co"));
    const QString tip = name.data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("&lt;b&gt;Bold&lt;/b&gt; &amp; co")))
        << tip.toStdString();
    EXPECT_FALSE(tip.contains(QStringLiteral("<b>")));
}

}  // namespace
}  // namespace pmm::ui
