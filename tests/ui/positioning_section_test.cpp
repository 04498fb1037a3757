// The Positioning section: the demo's seeded triggers with their sentences and evidence,
// acting on one (reviewRequested), kind and text filters, statements with history and a
// part-by-part diff, a new version that undo takes back, the reviews log linking to the
// statement it produced, the empty states, and QAbstractItemModelTester over every model.
#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <memory>

#include "app/workspace_session.h"
#include "common/empty_state.h"
#include "demo/demo_positioning.h"
#include "launches/problem_label.h"
#include "positioning/positioning_section.h"
#include "positioning/review_log_model.h"
#include "positioning/review_log_page.h"
#include "positioning/statement_history_pane.h"
#include "positioning/statement_page.h"
#include "positioning/statement_scope_model.h"
#include "positioning/statement_version_dialog.h"
#include "positioning/trigger_evidence_pane.h"
#include "positioning/trigger_filter_proxy.h"
#include "positioning/trigger_page.h"
#include "positioning/trigger_table_model.h"
#include "storage/positioning_statement_store.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

using positioning::PositioningAlert;
using positioning::TriggerKind;

class PositioningSectionTest : public ::testing::Test {
protected:
    void SetUp() override {
        session.setErrorReporter([this](const QString& message) { errors.append(message); });
        session.open(folder.demoWorkspace());
        section = std::make_unique<PositioningSection>(session);
        section->setToday(demo::kDemoDealsEnd);
        section->resize(1100, 700);
    }

    void TearDown() override { EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString(); }

    TriggerPage& triggers() { return *section->triggerPage(); }

    // The row (in the view) of the first trigger of `kind`, or -1.
    int firstOf(TriggerKind kind) {
        QAbstractItemModel* shown = triggers().table()->model();
        for (int row = 0; row < shown->rowCount(); ++row) {
            if (shown->index(row, 0).data(TriggerTableModel::KindRole).toInt() ==
                static_cast<int>(kind)) {
                return row;
            }
        }
        return -1;
    }

    // The row (in the view) of the demo's seeded loss pattern: lost to one competitor for one
    // reason (not a win-rate drop), or -1.
    int lossPattern() {
        const auto* proxy = triggers().proxy();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const auto& alert =
                triggers().model()->alert(proxy->mapToSource(proxy->index(row, 0)).row());
            if (alert.kind == TriggerKind::FailedDeals && !alert.reason.empty()) {
                return row;
            }
        }
        return -1;
    }

    void choose(int row) {
        triggers().table()->setCurrentIndex(triggers().table()->model()->index(row, 0));
    }

    void chooseKind(TriggerKind kind) {
        QComboBox* box = triggers().kindBox();
        box->setCurrentIndex(box->findData(static_cast<int>(kind)));
        Q_EMIT box->activated(box->currentIndex());
    }

    uitest::TempFolder folder;
    WorkspaceSession session;
    QStringList errors;
    std::unique_ptr<PositioningSection> section;
};

TEST_F(PositioningSectionTest, ListsTheSeededTriggersWithTheirSentences) {
    EXPECT_EQ(section->title(), QStringLiteral("Positioning"));
    QStringList tabs;
    for (int tab = 0; tab < section->tabs()->count(); ++tab) {
        tabs << section->tabs()->tabText(tab).remove(u'&');
    }
    EXPECT_EQ(tabs, (QStringList{QStringLiteral("Triggers"), QStringLiteral("Statements"),
                                 QStringLiteral("Reviews"), QStringLiteral("Win/loss"),
                                 QStringLiteral("Win rates")}));

    const int failed = lossPattern();
    const int entered = firstOf(TriggerKind::NewCompetitor);
    ASSERT_GE(failed, 0);
    ASSERT_GE(entered, 0);
    QAbstractItemModel* shown = triggers().table()->model();
    const QString lossSentence = shown->index(failed, TriggerTableModel::Trigger).data().toString();
    EXPECT_TRUE(lossSentence.startsWith(QStringLiteral("failed-deal pattern: ")))
        << lossSentence.toStdString();
    EXPECT_TRUE(lossSentence.contains(QStringLiteral(" deals lost to ")))
        << lossSentence.toStdString();
    EXPECT_TRUE(lossSentence.contains(QStringLiteral(" in 90 days"))) << lossSentence.toStdString();
    EXPECT_EQ(shown->index(failed, TriggerTableModel::Kind).data().toString(),
              QStringLiteral("Failed-deal pattern"));
    EXPECT_TRUE(shown->index(entered, TriggerTableModel::Trigger)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("new competitor entry: ")));
    EXPECT_TRUE(shown->index(failed, TriggerTableModel::Scope)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("vs ")));
    // The counts in the kind filter add up, and the rules are spelled out with thresholds.
    EXPECT_EQ(triggers().kindBox()->itemText(0),
              QStringLiteral("All triggers (%1)").arg(section->openTriggerCount()));
    EXPECT_TRUE(triggers().rulesLabel()->text().contains(
        QStringLiteral("3 or more deals lost to one competitor for the same reason within 90 "
                       "days")));
    EXPECT_TRUE(triggers().rulesLabel()->text().contains(QStringLiteral("more than 91 days")));
}

TEST_F(PositioningSectionTest, ChoosingATriggerShowsItsEvidence) {
    const int failed = lossPattern();
    ASSERT_GE(failed, 0);
    choose(failed);
    TriggerEvidencePane* evidence = triggers().evidence();
    const QString sentence =
        triggers().table()->model()->index(failed, TriggerTableModel::Trigger).data().toString();
    EXPECT_EQ(evidence->headline()->text(), sentence);
    EXPECT_TRUE(evidence->numbers()->text().contains(QStringLiteral("Reason: ")))
        << evidence->numbers()->text().toStdString();
    const auto& alert = triggers().model()->alert(
        triggers().proxy()->mapToSource(triggers().table()->currentIndex()).row());
    QTableWidget* deals = evidence->deals();
    ASSERT_GE(deals->rowCount(), 4);
    EXPECT_EQ(static_cast<std::size_t>(deals->rowCount()), alert.dealIds.size());
    QStringList dates;
    for (int row = 0; row < deals->rowCount(); ++row) {
        EXPECT_EQ(deals->item(row, 3)->text(), QStringLiteral("lost"));
        EXPECT_FALSE(deals->item(row, 1)->text().isEmpty());
        dates << deals->item(row, 0)->text();
    }
    // Newest first, with the seeded losses 3 and 77 days before the demo's last day.
    EXPECT_TRUE(std::is_sorted(dates.rbegin(), dates.rend()));
    EXPECT_TRUE(
        dates.contains(QString::fromStdString(toIsoText(addDays(demo::kDemoDealsEnd, -3)))));
    EXPECT_TRUE(
        dates.contains(QString::fromStdString(toIsoText(addDays(demo::kDemoDealsEnd, -77)))));
}

TEST_F(PositioningSectionTest, ActingOnATriggerAsksForAReviewOfIt) {
    QSignalSpy review(section.get(), &PositioningSection::reviewRequested);
    QSignalSpy fresh(section.get(), &PositioningSection::newReviewRequested);
    const int failed = lossPattern();
    choose(failed);
    ASSERT_TRUE(triggers().actButton()->isEnabled());
    triggers().actButton()->click();
    ASSERT_EQ(review.count(), 1);
    const auto alert = review.at(0).at(0).value<PositioningAlert>();
    EXPECT_EQ(alert.kind, TriggerKind::FailedDeals);
    EXPECT_EQ(QString::fromStdString(alert.sentence), triggers().evidence()->headline()->text());
    EXPECT_GE(alert.dealIds.size(), 4u);
    // Enter on the table does the same.
    section->show();
    triggers().table()->setFocus();
    QTest::keyClick(triggers().table(), Qt::Key_Return);
    EXPECT_EQ(review.count(), 2);
    triggers().newReviewButton()->click();
    EXPECT_EQ(fresh.count(), 1);
}

TEST_F(PositioningSectionTest, KindAndTextNarrowTheList) {
    const int all = section->openTriggerCount();
    chooseKind(TriggerKind::NewCompetitor);
    const int entries = triggers().proxy()->rowCount();
    EXPECT_GE(entries, 1);
    EXPECT_LT(entries, all);
    for (int row = 0; row < entries; ++row) {
        EXPECT_EQ(triggers().proxy()->index(row, 0).data(TriggerTableModel::KindRole).toInt(),
                  static_cast<int>(TriggerKind::NewCompetitor));
    }
    EXPECT_EQ(triggers().countLabel()->text(), QStringLiteral("%1 of %2").arg(entries).arg(all));
    triggers().filterEdit()->setText(QStringLiteral("no competitor is called this"));
    EXPECT_EQ(triggers().proxy()->rowCount(), 0);
    EXPECT_FALSE(triggers().actButton()->isEnabled());
    EXPECT_EQ(triggers().evidence()->headline()->text(),
              QStringLiteral("Choose a trigger to see its evidence."));
}

TEST_F(PositioningSectionTest, StatementsShowHistoryAndADiffAndANewVersionIsUndoable) {
    StatementPage& page = *section->statementPage();
    ASSERT_GT(page.model()->rowCount(), 0);
    // The demo's refined statement has the longest history: find it.
    int refined = -1;
    std::size_t most = 0;
    storage::PositioningStatementStore store(session.workspace());
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        const auto& current = page.model()->current(row);
        const std::size_t count = store.history(current.productId, current.segmentId).size();
        if (count > most) {
            most = count;
            refined = row;
        }
    }
    ASSERT_GE(most, 2u);
    const auto scope = page.model()->current(refined);
    ASSERT_TRUE(page.showScope(scope.productId, scope.segmentId));
    StatementHistoryPane& history = *page.history();
    EXPECT_EQ(static_cast<std::size_t>(history.historyTable()->rowCount()), most);
    EXPECT_EQ(history.historyTable()->item(0, 0)->text(), QStringLiteral("v%1").arg(most));
    EXPECT_EQ(history.diffTable()->rowCount(), 7);
    EXPECT_EQ(history.sentence()->text(),
              page.model()->index(refined, StatementScopeModel::Sentence).data().toString());

    StatementVersionDialog* dialog = page.newVersion();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->productBox()->currentData().toLongLong(), scope.productId);
    EXPECT_EQ(dialog->partEdit(StatementVersionDialog::IsA)->text(),
              QString::fromStdString(scope.isA));
    dialog->partEdit(StatementVersionDialog::IsA)->clear();
    EXPECT_EQ(dialog->problem()->problem(),
              QStringLiteral("Is a: every statement says this part."));
    EXPECT_FALSE(dialog->buttons()->button(QDialogButtonBox::Save)->isEnabled());
    dialog->partEdit(StatementVersionDialog::IsA)->setText(QStringLiteral("pipeline planner"));
    dialog->partEdit(StatementVersionDialog::Note)->setText(QStringLiteral("After the Q4 losses"));
    EXPECT_TRUE(dialog->preview()->text().contains(QStringLiteral(" is a pipeline planner ")));
    dialog->accept();

    const int version = static_cast<int>(most) + 1;
    EXPECT_EQ(history.historyTable()->rowCount(), version);
    EXPECT_EQ(history.historyTable()->item(0, 0)->text(), QStringLiteral("v%1").arg(version));
    EXPECT_EQ(history.diffSummary()->text(),
              QStringLiteral("2 parts changed from v%1 to v%2.").arg(version - 1).arg(version));
    EXPECT_EQ(history.diffTable()->item(StatementVersionDialog::IsA, 2)->text(),
              QStringLiteral("pipeline planner"));
    EXPECT_EQ(history.diffTable()->item(StatementVersionDialog::IsA, 1)->text(),
              QString::fromStdString(scope.isA));
    EXPECT_TRUE(history.sentence()->text().contains(QStringLiteral("pipeline planner")));

    session.undoStack()->undo();
    EXPECT_EQ(static_cast<std::size_t>(history.historyTable()->rowCount()), most);
    EXPECT_EQ(store.current(scope.productId, scope.segmentId)->version, static_cast<int>(most));
    session.undoStack()->redo();
    EXPECT_EQ(store.current(scope.productId, scope.segmentId)->isA, "pipeline planner");
    EXPECT_EQ(history.historyTable()->rowCount(), version);
    // Any two versions compare: the first against the newest.
    EXPECT_TRUE(history.compare(1, version));
    EXPECT_EQ(history.olderBox()->currentData().toInt(), 1);
}

TEST_F(PositioningSectionTest, TheReviewsLogLinksToTheStatementItProduced) {
    ReviewLogPage& page = *section->reviewPage();
    ASSERT_GE(page.model()->rowCount(), 1);
    page.table()->setCurrentIndex(page.model()->index(0, 0));
    EXPECT_EQ(page.model()->index(0, ReviewLogModel::Decision).data().toString(),
              QStringLiteral("Refine"));
    EXPECT_EQ(page.model()->index(0, ReviewLogModel::Held).data().toString(),
              QStringLiteral("2026-09-15"));
    EXPECT_FALSE(page.model()->index(0, ReviewLogModel::Participants).data().toString().isEmpty());
    EXPECT_FALSE(page.evidenceLabel()->text().isEmpty());
    EXPECT_TRUE(page.statementLabel()->text().startsWith(QStringLiteral("v")))
        << page.statementLabel()->text().toStdString();
    page.showStatementButton()->click();
    EXPECT_EQ(section->tabs()->currentWidget(), section->statementPage());
    const QModelIndex current = section->statementPage()->table()->currentIndex();
    ASSERT_TRUE(current.isValid());
    const auto review = page.model()->review(0);
    EXPECT_EQ(section->statementPage()->model()->current(current.row()).id, *review.statementId);
}

TEST_F(PositioningSectionTest, AnEmptyWorkspaceShowsTheEmptyStates) {
    session.open(folder.emptyWorkspace());
    section->show();
    EXPECT_EQ(section->openTriggerCount(), 0);
    for (int tab : {PositioningSection::Triggers, PositioningSection::Statements,
                    PositioningSection::Reviews}) {
        section->tabs()->setCurrentIndex(tab);
        const auto empties = section->tabs()->currentWidget()->findChildren<EmptyState*>();
        const bool shown = std::any_of(empties.begin(), empties.end(),
                                       [](EmptyState* empty) { return empty->isVisible(); });
        EXPECT_TRUE(shown) << tab;
    }
    EXPECT_TRUE(triggers().emptyState()->headline().startsWith(
        QStringLiteral("No open triggers: positioning was reviewed")));
    EXPECT_FALSE(triggers().actButton()->isEnabled());
}

TEST_F(PositioningSectionTest, ModelsPassTheModelTester) {
    uitest::WarningCollector warnings;
    QAbstractItemModelTester triggerTester(triggers().model(),
                                           QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester proxyTester(triggers().proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester statementTester(
        section->statementPage()->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester reviewTester(section->reviewPage()->model(),
                                          QAbstractItemModelTester::FailureReportingMode::Warning);
    chooseKind(TriggerKind::Pivot);
    triggers().filterEdit()->setText(QStringLiteral("a"));
    triggers().proxy()->sort(TriggerTableModel::Since, Qt::DescendingOrder);
    section->setToday(addDays(demo::kDemoDealsEnd, 400));
    session.open(folder.emptyWorkspace());
    EXPECT_TRUE(warnings.messages().isEmpty()) << warnings.messages().join(u'\n').toStdString();
}

}  // namespace
}  // namespace pmm::ui
