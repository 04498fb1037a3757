// The Battlecards section: the chosen owner's due and stale cards first (remembered in the
// workspace), filters, search with highlighting that survives hostile queries, the
// competitor launch that flags cards (undoable), the New battlecard dialog, the history's
// diff view, and QAbstractItemModelTester over every model.
#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>

#include "app/workspace_session.h"
#include "battlecard_test_support.h"
#include "battlecards/battlecard_editor.h"
#include "battlecards/battlecard_filter_bar.h"
#include "battlecards/battlecard_filter_proxy.h"
#include "battlecards/battlecard_history_dialog.h"
#include "battlecards/battlecard_revision_model.h"
#include "battlecards/battlecard_search_model.h"
#include "battlecards/battlecard_table_model.h"
#include "battlecards/battlecards_section.h"
#include "battlecards/competitor_launch_dialog.h"
#include "battlecards/new_battlecard_dialog.h"
#include "common/empty_state.h"
#include "launches/launch_texts.h"
#include "storage/battlecard_store.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

using battlecards::RefreshStatus;

class BattlecardSectionTest : public ::testing::Test {
protected:
    void SetUp() override {
        session.setErrorReporter([this](const QString& message) { errors.append(message); });
        session.open(folder.emptyWorkspace());
        world = uitest::addBattlecardWorld(session.workspace());
    }

    // Maya: one stale, one current card. Jonas: one stale (older), one due soon.
    void addCards() {
        const Date today = pmm::today();
        auto& workspace = session.workspace();
        mayaStale = uitest::addCard(workspace, world.globex, world.midMarket, addDays(today, -120));
        mayaCurrent = uitest::addCard(workspace, world.initech, world.midMarket, today);
        jonasStale =
            uitest::addCard(workspace, world.globex, world.enterprise, addDays(today, -150));
        jonasDue = uitest::addCard(workspace, world.initech, world.enterprise, addDays(today, -85));
    }

    std::vector<std::int64_t> shownIds(const BattlecardsSection& section) {
        std::vector<std::int64_t> ids;
        for (int row = 0; row < section.table()->model()->rowCount(); ++row) {
            ids.push_back(section.table()
                              ->model()
                              ->index(row, 0)
                              .data(BattlecardTableModel::IdRole)
                              .toLongLong());
        }
        return ids;
    }

    void writeOverview(std::int64_t id, const std::vector<std::string>& lines) {
        storage::BattlecardStore store(session.workspace());
        auto card = *store.find(id);
        card.content.overview.clear();
        for (const std::string& line : lines) {
            card.content.overview.push_back({line, false});
        }
        store.save(card, {std::nullopt, "Test"});
    }

    uitest::TempFolder folder;
    WorkspaceSession session;
    uitest::RecordingFeedback feedback;
    QStringList errors;
    uitest::BattlecardWorld world;
    std::int64_t mayaStale = 0, mayaCurrent = 0, jonasStale = 0, jonasDue = 0;
};

TEST_F(BattlecardSectionTest, EmptyStateSaysHowToChooseWhoYouAre) {
    BattlecardsSection section(session, feedback);
    section.resize(1100, 600);
    section.show();
    EXPECT_TRUE(section.emptyState()->isVisible());
    EXPECT_TRUE(section.emptyState()->explanation().contains(QStringLiteral("You are:")));
    EXPECT_TRUE(section.emptyState()->actionButton()->isEnabled());
}

TEST_F(BattlecardSectionTest, ChosenOwnersDueAndStaleCardsComeFirstAndTheChoiceIsRemembered) {
    addCards();
    {
        BattlecardsSection section(session, feedback);
        section.show();
        // Nobody chosen: by urgency, then due date (the older stale card first).
        EXPECT_EQ(shownIds(section),
                  (std::vector<std::int64_t>{jonasStale, mayaStale, jonasDue, mayaCurrent}));
        EXPECT_TRUE(section.detailLabel()->text().contains(QStringLiteral("You are:")));
        section.setSignedIn(world.maya);
        EXPECT_EQ(shownIds(section),
                  (std::vector<std::int64_t>{mayaStale, jonasStale, jonasDue, mayaCurrent}));
        EXPECT_EQ(section.signedInBox()->currentText(), QStringLiteral("Maya Okafor"));
    }
    BattlecardsSection again(session, feedback);  // a new window on the same workspace
    EXPECT_EQ(again.signedInBox()->currentText(), QStringLiteral("Maya Okafor"));
    EXPECT_EQ(shownIds(again).front(), mayaStale);
    again.setSignedIn(world.jonas);
    EXPECT_EQ(shownIds(again),
              (std::vector<std::int64_t>{jonasStale, jonasDue, mayaStale, mayaCurrent}));
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
}

TEST_F(BattlecardSectionTest, FiltersNarrowTheTable) {
    addCards();
    BattlecardsSection section(session, feedback);
    section.show();
    BattlecardFilterBar* filters = section.filterBar();
    filters->competitorBox()->setCurrentIndex(
        filters->competitorBox()->findText(QStringLiteral("Globex")));
    EXPECT_EQ(shownIds(section).size(), 2u);
    EXPECT_EQ(section.countLabel()->text(), QStringLiteral("2 of 4 cards"));
    filters->ownerBox()->setCurrentIndex(
        filters->ownerBox()->findText(QStringLiteral("Jonas Berg")));
    EXPECT_EQ(shownIds(section), (std::vector<std::int64_t>{jonasStale}));
    filters->statusBox()->setCurrentIndex(
        filters->statusBox()->findText(QStringLiteral("Current")));
    EXPECT_TRUE(section.findChild<EmptyState*>(QStringLiteral("noMatchState"))->isVisible());
    filters->clearFilters();
    filters->segmentBox()->setCurrentIndex(
        filters->segmentBox()->findText(QStringLiteral("Mid-market")));
    EXPECT_EQ(shownIds(section).size(), 2u);
}

TEST_F(BattlecardSectionTest, SearchNamesCardAndSectionAndHighlightsEscapedText) {
    addCards();
    writeOverview(mayaStale, {"Their <b>security</b> story is \"SOC 2 pending\" (2026) *only*."});
    BattlecardsSection section(session, feedback);
    section.show();
    section.filterBar()->searchEdit()->setText(QStringLiteral("security"));
    ASSERT_TRUE(section.results()->isVisible());
    const QModelIndex first = section.searchModel()->index(0);
    EXPECT_EQ(first.data(BattlecardSearchModel::IdRole).toLongLong(), mayaStale);
    EXPECT_EQ(first.data(BattlecardSearchModel::TitleRole).toString(),
              QStringLiteral("Globex \u00b7 Mid-market \u2014 Overview"));
    const QString html = first.data(BattlecardSearchModel::HtmlRole).toString();
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;b&gt;"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("\">security</b>"))) << html.toStdString();
    EXPECT_FALSE(html.contains(QChar(2)));
    EXPECT_EQ(section.countLabel()->text(), QStringLiteral("1 match"));
    // The filters narrow the results too.
    BattlecardFilterBar* filters = section.filterBar();
    filters->competitorBox()->setCurrentIndex(
        filters->competitorBox()->findText(QStringLiteral("Initech")));
    EXPECT_EQ(section.searchModel()->rowCount(), 0);
    filters->competitorBox()->setCurrentIndex(
        filters->competitorBox()->findText(QStringLiteral("Globex")));
    EXPECT_EQ(section.searchModel()->rowCount(), 1);
    filters->competitorBox()->setCurrentIndex(0);

    for (const QString& hostile :
         {QStringLiteral("\"SOC"), QStringLiteral("*"), QStringLiteral("((security"),
          QStringLiteral("security)"), QStringLiteral("\"\"\""), QStringLiteral("NEAR(security"),
          QStringLiteral("security OR"), QStringLiteral("-pending"), QStringLiteral("overview:x"),
          QStringLiteral("secur*"), QStringLiteral("\"soc 2\" (2026")}) {
        section.filterBar()->searchEdit()->setText(hostile);
        EXPECT_TRUE(errors.isEmpty())
            << hostile.toStdString() << ": " << errors.join(u'\n').toStdString();
    }
    section.filterBar()->searchEdit()->setText(QStringLiteral("\"soc 2\" (2026"));
    EXPECT_EQ(section.searchModel()->rowCount(), 1);
    section.filterBar()->searchEdit()->setText(QStringLiteral("nothing-like-this"));
    EXPECT_TRUE(section.findChild<EmptyState*>(QStringLiteral("noResultState"))->isVisible());
    section.filterBar()->searchEdit()->clear();
    EXPECT_TRUE(section.table()->isVisible());

    // A result opens the card at the section that matched.
    section.filterBar()->searchEdit()->setText(QStringLiteral("security"));
    BattlecardEditor* editor = section.openCard(mayaStale, battlecards::CardSection::Overview);
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->currentSection(), battlecards::CardSection::Overview);
    editor->close();
}

TEST_F(BattlecardSectionTest, CompetitorLaunchFlagsThatCompetitorsCardsAndUndoes) {
    addCards();
    BattlecardsSection section(session, feedback);
    section.show();
    CompetitorLaunchDialog* dialog = section.logCompetitorLaunch();
    ASSERT_NE(dialog, nullptr);
    dialog->competitorBox()->setCurrentIndex(
        dialog->competitorBox()->findText(QStringLiteral("Initech")));
    dialog->dateEdit()->setDate(QDate(2026, 11, 2));
    dialog->whatEdit()->setText(QStringLiteral("Usage-based pricing"));
    ASSERT_TRUE(dialog->logLaunch());
    EXPECT_TRUE(dialog->flaggedList()->isVisible());
    ASSERT_EQ(dialog->flaggedList()->count(), 2);
    EXPECT_TRUE(dialog->resultLabel()->text().contains(QStringLiteral("2 battlecards for Initech")))
        << dialog->resultLabel()->text().toStdString();
    EXPECT_TRUE(dialog->flaggedList()->item(0)->text().startsWith(QStringLiteral("Enterprise")));

    const auto statusOf = [&](std::int64_t id) {
        const int row = section.model()->rowOf(id);
        return section.model()->cardRow(row).status;
    };
    EXPECT_EQ(statusOf(mayaCurrent), RefreshStatus::RefreshRequired);
    EXPECT_EQ(statusOf(jonasDue), RefreshStatus::RefreshRequired);
    EXPECT_EQ(statusOf(mayaStale), RefreshStatus::Stale);
    dialog->accept();

    session.undoStack()->undo();
    EXPECT_EQ(statusOf(mayaCurrent), RefreshStatus::Current);
    EXPECT_EQ(statusOf(jonasDue), RefreshStatus::DueSoon);
    session.undoStack()->redo();
    EXPECT_EQ(statusOf(mayaCurrent), RefreshStatus::RefreshRequired);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
}

TEST_F(BattlecardSectionTest, NewCardDefaultsToTheSegmentOwnerAndRefusesADuplicate) {
    uitest::addCard(session.workspace(), world.globex, world.midMarket, pmm::today());
    BattlecardsSection section(session, feedback);
    section.show();
    NewBattlecardDialog* dialog = section.newCard();
    ASSERT_NE(dialog, nullptr);
    dialog->competitorBox()->setCurrentIndex(
        dialog->competitorBox()->findText(QStringLiteral("Globex")));
    dialog->segmentBox()->setCurrentIndex(
        dialog->segmentBox()->findText(QStringLiteral("Mid-market")));
    EXPECT_FALSE(dialog->canCreate());
    EXPECT_EQ(dialog->problemLabel()->text(),
              QStringLiteral("Globex already has a battlecard in Mid-market: open it from the "
                             "list instead of creating a second one."));
    EXPECT_EQ(dialog->ownerBox()->currentText(), QStringLiteral("Maya Okafor"));
    dialog->segmentBox()->setCurrentIndex(
        dialog->segmentBox()->findText(QStringLiteral("Enterprise")));
    EXPECT_TRUE(dialog->canCreate());
    EXPECT_EQ(dialog->ownerBox()->currentText(), QStringLiteral("Jonas Berg"));
    dialog->accept();
    EXPECT_EQ(section.model()->rowCount(), 2);
    const std::int64_t created = dialog->createdCardId();
    ASSERT_GT(created, 0);
    EXPECT_EQ(section.model()->cardRow(section.model()->rowOf(created)).owner, "Jonas Berg");
    session.undoStack()->undo();
    EXPECT_EQ(section.model()->rowCount(), 1);
    session.undoStack()->redo();
    EXPECT_EQ(section.model()->rowCount(), 2);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
}

TEST_F(BattlecardSectionTest, HistoryComparesAnyTwoRevisionsSectionBySection) {
    addCards();
    writeOverview(mayaStale, {"First overview"});
    writeOverview(mayaStale, {"First overview", "Second line"});
    {
        storage::BattlecardStore store(session.workspace());
        auto card = *store.find(mayaStale);
        card.content.whyWeWin.push_back({"Faster <onboarding>", false});
        store.save(card, {std::nullopt, "Test"});
    }
    BattlecardHistoryDialog dialog(session, mayaStale, QStringLiteral("Globex \u00b7 Mid-market"));
    dialog.show();
    ASSERT_EQ(dialog.model()->rowCount(), 4);
    // The newest against the one before it, at first.
    ASSERT_TRUE(dialog.compared().has_value());
    EXPECT_EQ(*dialog.compared(), std::make_pair(3, 4));
    EXPECT_TRUE(dialog.diffView()->toPlainText().contains(QStringLiteral("Faster <onboarding>")));
    dialog.compare(1, 3);
    EXPECT_EQ(*dialog.compared(), std::make_pair(1, 3));
    const QString text = dialog.diffView()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Second line"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Overview"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Faster"))) << text.toStdString();
    EXPECT_TRUE(dialog.sinceRefreshLabel()->text().contains(QStringLiteral("3 saves")))
        << dialog.sinceRefreshLabel()->text().toStdString();
}

TEST_F(BattlecardSectionTest, ModelsPassTheModelTester) {
    addCards();
    writeOverview(mayaStale, {"Security first"});
    uitest::WarningCollector warnings;
    BattlecardsSection section(session, feedback);
    QAbstractItemModelTester tableTester(section.model(),
                                         QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester proxyTester(section.proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester searchTester(section.searchModel(),
                                          QAbstractItemModelTester::FailureReportingMode::Warning);
    BattlecardRevisionModel revisions(session, mayaStale);
    QAbstractItemModelTester revisionTester(
        &revisions, QAbstractItemModelTester::FailureReportingMode::Warning);
    section.setSignedIn(world.jonas);
    section.filterBar()->searchEdit()->setText(QStringLiteral("secur"));
    section.table()->sortByColumn(BattlecardTableModel::Status, Qt::AscendingOrder);
    writeOverview(mayaStale, {"Security second"});
    section.filterBar()->competitorBox()->setCurrentIndex(1);
    storage::BattlecardStore(session.workspace()).remove(jonasDue);
    EXPECT_TRUE(warnings.messages().isEmpty()) << warnings.messages().join(u'\n').toStdString();
}

}  // namespace
}  // namespace pmm::ui
