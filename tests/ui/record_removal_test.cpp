// Removing win/loss records and battlecards from the window: Edit ▸ Remove names the
// section's action ("Remove win/loss record", "Remove battlecard"), is enabled only with a
// selection in a writable workspace (and for win/loss only on its tab), removes, and
// Edit ▸ Undo brings back the identical rows; the card is found by search again. Pictures of
// the Edit menu after each removal, light and dark, go to PMM_UI_SCREENSHOT_DIR.
#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

#include "app/main_window.h"
#include "app/workspace_session.h"
#include "battlecards/battlecard_editor.h"
#include "battlecards/battlecard_filter_proxy.h"
#include "battlecards/battlecard_line_editor.h"
#include "battlecards/battlecard_search_model.h"
#include "battlecards/battlecard_table_model.h"
#include "battlecards/battlecards_section.h"
#include "common/english_plurals.h"
#include "positioning/positioning_section.h"
#include "positioning/win_loss_filter_proxy.h"
#include "positioning/win_loss_table_model.h"
#include "positioning/win_loss_view.h"
#include "screenshot_support.h"
#include "storage/battlecard_store.h"
#include "storage/deal_store.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

// Every field of a deal, to compare a record before removal and after undo.
std::string dealText(const positioning::Deal& deal) {
    return std::to_string(deal.id) + '|' + deal.uid + '|' + deal.dealRef + '|' + deal.name + '|' +
           toIsoText(deal.closedOn) + '|' + std::to_string(deal.segmentId.value_or(-1)) + '|' +
           std::to_string(deal.productId.value_or(-1)) + '|' +
           std::to_string(deal.competitorId.value_or(-1)) + '|' +
           std::string(positioning::outcomeKey(deal.outcome)) + '|' +
           std::to_string(deal.arrCents.value_or(-1)) + '|' + deal.reason + '|' + deal.angle + '|' +
           deal.notes;
}

class RecordRemovalTest : public ::testing::Test {
protected:
    void SetUp() override {
        installEnglishPlurals();
        session.setErrorReporter([this](const QString& message) { errors.append(message); });
        window.resize(1024, 700);
        window.show();
        ASSERT_TRUE(window.openWorkspace(folder.demoWorkspace()));
        editRemove = window.findChild<QAction*>(QStringLiteral("editRemoveAction"));
        ASSERT_NE(editRemove, nullptr);
    }
    void TearDown() override {
        window.close();
        EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
    }

    PositioningSection& positioning() { return *window.positioningSection(); }
    WinLossView& winLoss() { return *positioning().winLossView(); }
    BattlecardsSection& cards() { return *window.battlecardsSection(); }

    void show(QWidget* section) {
        window.showSection(static_cast<int>(window.sections().indexOf(section)));
    }

    void selectDeals(int first, int count) {
        QTableView* table = winLoss().table();
        table->clearSelection();
        for (int row = first; row < first + count; ++row) {
            table->selectionModel()->select(
                winLoss().proxy()->index(row, 0),
                QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    positioning::Deal shownDeal(int row) {
        return winLoss().model()->deal(
            winLoss().proxy()->mapToSource(winLoss().proxy()->index(row, 0)).row());
    }

    std::optional<positioning::Deal> storedDeal(std::int64_t id) {
        return storage::DealStore(session.workspace()).find(id);
    }

    void selectCard(int row) { cards().table()->setCurrentIndex(cards().proxy()->index(row, 0)); }

    std::int64_t currentCard() {
        return cards().table()->currentIndex().data(BattlecardTableModel::IdRole).toLongLong();
    }

    // The Edit menu as the user opens it, grabbed to `name`.
    void shootEditMenu(const QString& name) {
        QMenu* edit = nullptr;
        for (QAction* action : window.menuBar()->actions()) {
            if (action->menu() != nullptr && action->text() == QStringLiteral("&Edit")) {
                edit = action->menu();
            }
        }
        ASSERT_NE(edit, nullptr);
        edit->popup(window.mapToGlobal(QPoint(40, 20)));
        QApplication::processEvents();
        uitest::save(*edit, name);
        edit->hide();
    }

    uitest::TempFolder folder;
    WorkspaceSession session;
    uitest::RecordingFeedback feedback;
    MainWindow window{session, feedback};
    QAction* editRemove = nullptr;
    QStringList errors;
};

TEST_F(RecordRemovalTest, EditRemoveTakesAWinLossRecordOnlyOnItsTabAndUndoRestoresIt) {
    show(&positioning());
    positioning().tabs()->setCurrentIndex(PositioningSection::Triggers);
    EXPECT_EQ(editRemove->text(), QStringLiteral("&Remove win/loss record\tDel"));
    EXPECT_FALSE(editRemove->isEnabled()) << "not while the triggers are shown";

    positioning().tabs()->setCurrentIndex(PositioningSection::WinLoss);
    const int rows = winLoss().proxy()->rowCount();
    ASSERT_GT(rows, 3);
    winLoss().table()->clearSelection();
    EXPECT_FALSE(editRemove->isEnabled()) << "nothing selected";
    selectDeals(1, 1);
    ASSERT_TRUE(editRemove->isEnabled());
    const positioning::Deal before = *storedDeal(shownDeal(1).id);  // with its uid
    editRemove->trigger();
    EXPECT_EQ(winLoss().proxy()->rowCount(), rows - 1);
    EXPECT_FALSE(storedDeal(before.id));
    EXPECT_EQ(session.undoStack()->undoText(),
              QStringLiteral("Remove win/loss record \u201c%1\u201d")
                  .arg(QString::fromStdString(before.name)));
    // The next record is selected: Del goes on down the list.
    EXPECT_TRUE(editRemove->isEnabled());

    session.undoStack()->undo();
    EXPECT_EQ(winLoss().proxy()->rowCount(), rows);
    const auto restored = storedDeal(before.id);
    ASSERT_TRUE(restored);
    EXPECT_EQ(dealText(*restored), dealText(before));
}

TEST_F(RecordRemovalTest, SeveralSelectedRecordsGoInOneUndoStep) {
    show(&positioning());
    positioning().tabs()->setCurrentIndex(PositioningSection::WinLoss);
    const int rows = winLoss().proxy()->rowCount();
    selectDeals(0, 3);
    std::vector<positioning::Deal> before;
    for (int row = 0; row < 3; ++row) {
        before.push_back(*storedDeal(shownDeal(row).id));
    }
    EXPECT_EQ(editRemove->text(), QStringLiteral("&Remove 3 win/loss records\tDel"));
    const int steps = session.undoStack()->count();
    winLoss().table()->setFocus();
    ASSERT_TRUE(winLoss().removeAction()->isEnabled());
    winLoss().removeAction()->trigger();  // Del in the table
    EXPECT_EQ(winLoss().proxy()->rowCount(), rows - 3);
    EXPECT_EQ(session.undoStack()->count(), steps + 1);
    EXPECT_EQ(session.undoStack()->undoText(), QStringLiteral("Remove 3 win/loss records"));
    shootEditMenu(QStringLiteral("remove-deals-edit-menu.png"));

    session.undoStack()->undo();
    EXPECT_EQ(winLoss().proxy()->rowCount(), rows);
    for (const positioning::Deal& deal : before) {
        const auto restored = storedDeal(deal.id);
        ASSERT_TRUE(restored) << deal.name;
        EXPECT_EQ(dealText(*restored), dealText(deal));
    }
    session.undoStack()->redo();
    EXPECT_EQ(winLoss().proxy()->rowCount(), rows - 3);
}

TEST_F(RecordRemovalTest, EditRemoveTakesABattlecardWithItsHistoryAndUndoBringsItBack) {
    show(&cards());
    EXPECT_EQ(editRemove->text(), QStringLiteral("&Remove battlecard\tDel"));
    cards().table()->setCurrentIndex({});
    EXPECT_FALSE(editRemove->isEnabled()) << "no card chosen";
    const int rows = cards().proxy()->rowCount();
    ASSERT_GT(rows, 2);
    selectCard(1);
    ASSERT_TRUE(editRemove->isEnabled());
    const std::int64_t card = currentCard();
    storage::BattlecardStore store(session.workspace());
    const int revisions = store.latestRevision(card);
    const auto stored = store.find(card);
    ASSERT_TRUE(stored);
    const QString competitor = cards()
                                   .table()
                                   ->currentIndex()
                                   .siblingAtColumn(BattlecardTableModel::Competitor)
                                   .data()
                                   .toString();

    editRemove->trigger();
    EXPECT_EQ(cards().proxy()->rowCount(), rows - 1);
    EXPECT_FALSE(store.find(card));
    const QString text = session.undoStack()->undoText();
    EXPECT_TRUE(
        text.startsWith(QStringLiteral("Remove battlecard \u201c%1 \u00b7 ").arg(competitor)))
        << text.toStdString();
    EXPECT_TRUE(text.endsWith(QStringLiteral("and its %1 revisions").arg(revisions)))
        << text.toStdString();
    shootEditMenu(QStringLiteral("remove-battlecard-edit-menu.png"));
    uitest::save(window, QStringLiteral("battlecards-after-remove.png"));

    session.undoStack()->undo();
    EXPECT_EQ(cards().proxy()->rowCount(), rows);
    const auto back = store.find(card);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->uid, stored->uid);
    EXPECT_EQ(store.latestRevision(card), revisions);
    cards().searchModel()->search(competitor);
    bool found = false;
    for (int row = 0; row < cards().searchModel()->rowCount(); ++row) {
        found =
            found ||
            cards().searchModel()->index(row).data(BattlecardSearchModel::IdRole).toLongLong() ==
                card;
    }
    EXPECT_TRUE(found) << "search finds the card again";
}

TEST_F(RecordRemovalTest, AnOpenEditorWithUnsavedChangesCanKeepTheCard) {
    show(&cards());
    selectCard(0);
    const std::int64_t card = currentCard();
    BattlecardEditor* editor = cards().openCard(card);
    ASSERT_NE(editor, nullptr);
    BattlecardLineEditor* lines = editor->lineEditor(battlecards::CardSection::WhyWeWin);
    lines->addButton()->click();
    const int row = lines->table()->currentRow();
    lines->table()->setCurrentCell(-1, -1);  // closes the cell editor that Add opened
    lines->table()->item(row, 0)->setText(QStringLiteral("Typed, not saved"));
    ASSERT_TRUE(editor->isModified());
    feedback.answer = false;  // keep my changes
    EXPECT_FALSE(cards().removeCurrentCard());
    EXPECT_TRUE(storage::BattlecardStore(session.workspace()).find(card));
    feedback.answer = true;  // discard them
    EXPECT_TRUE(cards().removeCurrentCard());
    EXPECT_FALSE(storage::BattlecardStore(session.workspace()).find(card));
}

TEST_F(RecordRemovalTest, ReadOnlyWorkspaceRemovesNothing) {
    const QString path = session.path();
    session.close();
    session.open(path, storage::OpenMode::ReadOnly);
    show(&cards());
    selectCard(0);
    EXPECT_FALSE(editRemove->isEnabled());
    EXPECT_FALSE(cards().removeCurrentCard());
    show(&positioning());
    positioning().tabs()->setCurrentIndex(PositioningSection::WinLoss);
    selectDeals(0, 1);
    EXPECT_FALSE(editRemove->isEnabled());
    EXPECT_FALSE(winLoss().removeSelected());
}

TEST_F(RecordRemovalTest, EditMenuInTheDarkPalette) {
    const QString styleName = QApplication::style()->name();
    const QPalette previous = QApplication::palette();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(uitest::darkPalette());
    show(&cards());
    selectCard(0);
    ASSERT_TRUE(cards().removeCurrentCard());
    shootEditMenu(QStringLiteral("dark-remove-battlecard-edit-menu.png"));
    session.undoStack()->undo();
    show(&positioning());
    positioning().tabs()->setCurrentIndex(PositioningSection::WinLoss);
    selectDeals(2, 1);
    ASSERT_TRUE(winLoss().removeSelected());
    shootEditMenu(QStringLiteral("dark-remove-deal-edit-menu.png"));
    uitest::save(window, QStringLiteral("dark-win-loss-after-remove.png"));
    session.undoStack()->undo();
    QApplication::setStyle(QStyleFactory::create(styleName));
    QApplication::setPalette(previous);
}

}  // namespace
}  // namespace pmm::ui
