// The Positioning section's win/loss table: records shown, filters changing rows and the
// summary line, sorting by value, the empty state, refresh after a change, Export table as
// CSV; QAbstractItemModelTester over its model and proxy.
#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>

#include <algorithm>

#include "app/workspace_session.h"
#include "common/empty_state.h"
#include "interchange/export_table_csv.h"
#include "positioning/deal_summary.h"
#include "positioning/win_loss_filter_bar.h"
#include "positioning/win_loss_filter_proxy.h"
#include "positioning/win_loss_table_model.h"
#include "positioning/win_loss_texts.h"
#include "positioning/win_loss_view.h"
#include "storage/deal_rows.h"
#include "storage/deal_store.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

using positioning::Deal;
using positioning::Outcome;

class WinLossViewTest : public ::testing::Test {
protected:
    void SetUp() override {
        session.open(folder.demoWorkspace());
        table = storage::readDealTable(session.workspace());
    }

    // The summary line the view must show for the deals `keep` accepts, from core.
    QString expectedSummary(const std::function<bool(const Deal&)>& keep) const {
        std::vector<Outcome> outcomes;
        for (const Deal& deal : table.deals) {
            if (keep(deal)) {
                outcomes.push_back(deal.outcome);
            }
        }
        return dealSummaryText(positioning::summarizeDeals(outcomes, 5), 5);
    }

    int count(const std::function<bool(const Deal&)>& keep) const {
        return static_cast<int>(std::ranges::count_if(table.deals, keep));
    }

    static void choose(QComboBox* box, const QString& text) {
        const int index = box->findText(text);
        ASSERT_GE(index, 0) << text.toStdString();
        box->setCurrentIndex(index);
    }

    uitest::TempFolder folder;
    WorkspaceSession session;
    storage::DealTable table;
};

TEST_F(WinLossViewTest, ShowsEveryRecordWithTheSummaryOfAll) {
    WinLossView view(session);
    const int all = static_cast<int>(table.deals.size());
    ASSERT_GE(all, 400);  // the small demo's year of deals
    EXPECT_EQ(view.table()->model()->rowCount(), all);
    EXPECT_EQ(view.summaryLabel()->text(), expectedSummary([](const Deal&) { return true; }));
    EXPECT_TRUE(view.summaryLabel()->text().startsWith(QStringLiteral("%1 records, ").arg(all)));
    EXPECT_TRUE(view.summaryLabel()->text().contains(QStringLiteral("; win rate ")));
    // Newest first, with the competitor's name and the outcome in words.
    const QAbstractItemModel* shown = view.table()->model();
    EXPECT_EQ(shown->index(0, WinLossTableModel::ClosedOn).data().toString(),
              QString::fromStdString(toIsoText(table.deals.front().closedOn)));
    const Deal& first = table.deals.front();
    const auto competitor =
        std::ranges::find(table.competitors, *first.competitorId, &storage::NamedId::id);
    EXPECT_EQ(shown->index(0, WinLossTableModel::Competitor).data().toString(),
              QString::fromStdString(competitor->name));
    EXPECT_EQ(shown->index(0, WinLossTableModel::Outcome).data().toString(),
              outcomeText(first.outcome));
}

TEST_F(WinLossViewTest, FiltersChangeRowsAndTheSummaryLine) {
    WinLossView view(session);
    WinLossFilterBar* filters = view.filterBar();
    const storage::NamedId acme = table.competitors.at(2);
    choose(filters->competitorBox(), QString::fromStdString(acme.name));
    auto ofAcme = [&](const Deal& deal) { return deal.competitorId == acme.id; };
    EXPECT_EQ(view.proxy()->rowCount(), count(ofAcme));
    EXPECT_EQ(view.summaryLabel()->text(), expectedSummary(ofAcme));

    choose(filters->outcomeBox(), QStringLiteral("Lost"));
    auto lostToAcme = [&](const Deal& deal) {
        return ofAcme(deal) && deal.outcome == Outcome::Lost;
    };
    EXPECT_EQ(view.proxy()->rowCount(), count(lostToAcme));
    EXPECT_TRUE(view.summaryLabel()->text().contains(QStringLiteral(", 0 won, ")));

    // As you type: the reason of one of those losses, in capitals with spaces around.
    const auto lost = std::ranges::find_if(table.deals, lostToAcme);
    ASSERT_NE(lost, table.deals.end());
    const QString reason = QString::fromStdString(lost->reason);
    filters->searchEdit()->setText(QStringLiteral("  ") + reason.toUpper());
    auto forReason = [&](const Deal& deal) {
        return lostToAcme(deal) && QString::fromStdString(deal.reason + " " + deal.name)
                                       .contains(reason, Qt::CaseInsensitive);
    };
    EXPECT_GT(count(forReason), 0);
    EXPECT_EQ(view.proxy()->rowCount(), count(forReason));
    EXPECT_EQ(view.summaryLabel()->text(), expectedSummary(forReason));

    filters->clearFilters();
    EXPECT_EQ(view.proxy()->rowCount(), static_cast<int>(table.deals.size()));
}

TEST_F(WinLossViewTest, PeriodsCountBackFromTheReferenceDayAndFromToIsInclusive) {
    WinLossView view(session);
    WinLossFilterBar* filters = view.filterBar();
    filters->setReferenceDay(Date{2026, 11, 20});
    choose(filters->periodBox(), QStringLiteral("Last 90 days"));
    auto last90 = [](const Deal& deal) { return deal.closedOn >= Date{2026, 8, 23}; };
    EXPECT_EQ(view.proxy()->rowCount(), count(last90));
    EXPECT_LT(view.proxy()->rowCount(), static_cast<int>(table.deals.size()));
    EXPECT_EQ(view.summaryLabel()->text(), expectedSummary(last90));
    EXPECT_TRUE(filters->fromEdit()->isHidden());

    choose(filters->periodBox(), QStringLiteral("From\u2013to\u2026"));
    EXPECT_FALSE(filters->fromEdit()->isHidden());
    filters->fromEdit()->setDate(QDate(2026, 1, 1));
    filters->toEdit()->setDate(QDate(2026, 3, 31));
    auto firstQuarter = [](const Deal& deal) {
        return deal.closedOn >= Date{2026, 1, 1} && deal.closedOn <= Date{2026, 3, 31};
    };
    EXPECT_EQ(view.proxy()->rowCount(), count(firstQuarter));
    EXPECT_EQ(view.summaryLabel()->text(), expectedSummary(firstQuarter));
}

TEST_F(WinLossViewTest, NoMatchOffersToClearTheFilters) {
    WinLossView view(session);
    view.filterBar()->searchEdit()->setText(QStringLiteral("no deal is called this"));
    auto* stack = qobject_cast<QStackedWidget*>(view.noMatchState()->parentWidget());
    ASSERT_NE(stack, nullptr);
    EXPECT_EQ(stack->currentWidget(), view.noMatchState());
    view.noMatchState()->actionButton()->click();
    EXPECT_EQ(stack->currentWidget(), view.table());
    EXPECT_EQ(view.proxy()->rowCount(), static_cast<int>(table.deals.size()));
}

TEST_F(WinLossViewTest, SortsByValue) {
    WinLossView view(session);
    view.table()->sortByColumn(WinLossTableModel::Arr, Qt::DescendingOrder);
    const auto largest = std::ranges::max(
        table.deals, {}, [](const Deal& deal) { return deal.arrCents.value_or(0); });
    EXPECT_EQ(view.table()->model()->index(0, 0).data(WinLossTableModel::IdRole).toLongLong(),
              largest.id);
    view.table()->sortByColumn(WinLossTableModel::ClosedOn, Qt::AscendingOrder);
    const auto oldest = std::ranges::min(table.deals, {}, &Deal::closedOn);
    EXPECT_EQ(view.table()->model()->index(0, 0).data().toString(),
              QString::fromStdString(toIsoText(oldest.closedOn)));
}

TEST_F(WinLossViewTest, ModelsPassTheTesterWhileFilteredSortedAndReloaded) {
    uitest::WarningCollector warnings;
    {
        WinLossTableModel model(session);
        WinLossFilterProxy proxy;
        proxy.setWinLossModel(&model);
        QAbstractItemModelTester modelTester(
            &model, QAbstractItemModelTester::FailureReportingMode::Warning);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::Warning);
        proxy.setSearchText(QStringLiteral("new business"));
        proxy.sort(WinLossTableModel::Competitor, Qt::AscendingOrder);
        positioning::DealFilter filter;
        filter.outcome = Outcome::Won;
        proxy.setFilter(filter);
        model.reload();
        EXPECT_GT(proxy.rowCount(), 0);
    }
    EXPECT_TRUE(warnings.messages().isEmpty()) << warnings.messages().join(u'\n').toStdString();
}

TEST_F(WinLossViewTest, ARecordAddedElsewhereShowsUp) {
    WinLossView view(session);
    Deal deal;
    deal.name = QStringLiteral("Northwind \u2014 renewal").toStdString();
    deal.closedOn = addDays(table.deals.front().closedOn, 1);  // the newest
    deal.competitorId = table.competitors.front().id;
    deal.outcome = Outcome::Won;
    deal.reason = "Time to value";
    storage::DealStore(session.workspace()).add(deal);
    const int all = static_cast<int>(table.deals.size()) + 1;
    EXPECT_EQ(view.proxy()->rowCount(), all);
    EXPECT_TRUE(view.summaryLabel()->text().startsWith(QStringLiteral("%1 records, ").arg(all)));
    EXPECT_EQ(view.table()->model()->index(0, WinLossTableModel::Deal).data().toString(),
              QString::fromStdString(deal.name));
}

TEST_F(WinLossViewTest, ExportTableAsCsvWritesTheFilteredRows) {
    WinLossView view(session);
    view.filterBar()->outcomeBox()->setCurrentIndex(
        view.filterBar()->outcomeBox()->findText(QStringLiteral("No decision")));
    const int shown = view.proxy()->rowCount();
    ASSERT_GT(shown, 0);
    QTableView* exported = visibleTable(&view);
    ASSERT_EQ(exported, view.table());
    const QString path = folder.path(QStringLiteral("deals.csv"));
    EXPECT_TRUE(exportTableAsCsv(*exported, path, false).isEmpty());
    const QList<QByteArray> lines = uitest::fileBytes(path).trimmed().split('\n');
    ASSERT_EQ(lines.size(), shown + 1);
    EXPECT_TRUE(lines[0].startsWith("Closed,Deal,Segment,Competitor,Product,Outcome,ARR"));
    EXPECT_TRUE(lines[1].contains("No decision"));
}

TEST(WinLossViewEmptyTest, SaysHowToAddRecords) {
    uitest::TempFolder folder;
    WorkspaceSession session;
    session.open(folder.emptyWorkspace());
    WinLossView view(session);
    auto* stack = qobject_cast<QStackedWidget*>(view.emptyState()->parentWidget());
    ASSERT_NE(stack, nullptr);
    EXPECT_EQ(stack->currentWidget(), view.emptyState());
    EXPECT_TRUE(view.emptyState()->explanation().contains(QStringLiteral("Import win/loss CSV")));
    EXPECT_TRUE(view.emptyState()->explanation().contains(QStringLiteral("Add win/loss record")));
    EXPECT_TRUE(view.summaryLabel()->isHidden());
}

}  // namespace
}  // namespace pmm::ui
