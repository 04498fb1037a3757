// Add win/loss record…: problems named by field while typing, Save only when there are none,
// the record stored as typed, undo and redo, a duplicate refused, and the angles of the
// competitor's battlecards offered.
#include <gtest/gtest.h>

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>

#include "app/workspace_session.h"
#include "battlecard_test_support.h"
#include "positioning/deal_dialog.h"
#include "storage/battlecard_store.h"
#include "storage/deal_store.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

class DealDialogTest : public ::testing::Test {
protected:
    void SetUp() override {
        session.setErrorReporter([this](const QString& message) { errors.append(message); });
        session.open(folder.emptyWorkspace());
        world = uitest::addBattlecardWorld(session.workspace());
    }

    static void choose(QComboBox* box, const QString& text) {
        const int index = box->findText(text);
        ASSERT_GE(index, 0) << text.toStdString();
        box->setCurrentIndex(index);
    }

    // A filled-in form: Northwind, lost to Globex on pricing.
    void fill(DealDialog& dialog) {
        dialog.dateEdit()->setDate(QDate(2026, 3, 15));
        dialog.dealIdEdit()->setText(QStringLiteral("006A001"));
        dialog.nameEdit()->setText(QStringLiteral("  Northwind <b>200</b> seats "));
        choose(dialog.segmentBox(), QStringLiteral("Mid-market"));
        choose(dialog.competitorBox(), QStringLiteral("Globex"));
        choose(dialog.outcomeBox(), QStringLiteral("lost"));
        dialog.arrEdit()->setText(QStringLiteral("24,000.50"));
        dialog.reasonEdit()->setText(QStringLiteral("Pricing"));
        dialog.notesEdit()->setPlainText(QStringLiteral("CFO wanted annual terms"));
    }

    std::int64_t dealCount() const { return storage::DealStore(session.workspace()).count(); }

    uitest::TempFolder folder;
    WorkspaceSession session;
    uitest::BattlecardWorld world;
    QStringList errors;
};

TEST_F(DealDialogTest, ProblemsNameTheirFieldAndHoldSaveBack) {
    DealDialog dialog(session);
    EXPECT_EQ(dialog.problems(),
              (QStringList{QStringLiteral("Deal: give the deal an id or a name."),
                           QStringLiteral("Outcome: choose won, lost or no decision.")}));
    EXPECT_FALSE(dialog.saveButton()->isEnabled());
    EXPECT_FALSE(dialog.problemLabel()->isHidden());
    EXPECT_EQ(dialog.problemLabel()->textFormat(), Qt::PlainText);

    dialog.nameEdit()->setText(QStringLiteral("Northwind"));
    choose(dialog.outcomeBox(), QStringLiteral("won"));
    EXPECT_TRUE(dialog.problems().isEmpty());
    EXPECT_TRUE(dialog.saveButton()->isEnabled());

    dialog.arrEdit()->setText(QStringLiteral("twelve"));
    ASSERT_EQ(dialog.problems().size(), 1);
    EXPECT_TRUE(dialog.problems().first().startsWith(QStringLiteral("ARR: \u201ctwelve\u201d")));
    EXPECT_FALSE(dialog.saveButton()->isEnabled());
    EXPECT_FALSE(dialog.save());
    EXPECT_EQ(dealCount(), 0);
}

TEST_F(DealDialogTest, SavingStoresTheRecordAndUndoRemovesIt) {
    DealDialog dialog(session);
    fill(dialog);
    ASSERT_TRUE(dialog.save());
    ASSERT_EQ(dealCount(), 1);
    const auto stored = *storage::DealStore(session.workspace()).find(dialog.saved().id);
    EXPECT_EQ(stored.name, "Northwind <b>200</b> seats");
    EXPECT_EQ(stored.dealRef, "006A001");
    EXPECT_EQ(toIsoText(stored.closedOn), "2026-03-15");
    EXPECT_EQ(stored.competitorId, world.globex);
    EXPECT_EQ(stored.segmentId, world.midMarket);
    EXPECT_EQ(stored.productId, std::nullopt);
    EXPECT_EQ(stored.outcome, positioning::Outcome::Lost);
    EXPECT_EQ(stored.arrCents, 2400050);
    EXPECT_EQ(stored.reason, "Pricing");
    EXPECT_EQ(stored.notes, "CFO wanted annual terms");
    EXPECT_EQ(session.undoStack()->undoText(),
              QStringLiteral("Add win/loss record \u201cNorthwind <b>200</b> seats\u201d"));

    session.undoStack()->undo();
    EXPECT_EQ(dealCount(), 0);
    session.undoStack()->redo();
    ASSERT_EQ(dealCount(), 1);
    EXPECT_EQ(storage::DealStore(session.workspace()).newest(1).at(0).uid, stored.uid);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
}

TEST_F(DealDialogTest, TheSameDealTwiceIsRefusedWithAReason) {
    DealDialog first(session);
    fill(first);
    ASSERT_TRUE(first.save());
    DealDialog second(session);
    fill(second);
    EXPECT_FALSE(second.save());
    EXPECT_EQ(dealCount(), 1);
    EXPECT_EQ(session.undoStack()->count(), 1);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.first().contains(QStringLiteral("already recorded")));
}

TEST_F(DealDialogTest, TheCompetitorsCardAnglesAreOffered) {
    const auto card =
        uitest::addCard(session.workspace(), world.globex, world.midMarket, pmm::today());
    storage::BattlecardStore cards(session.workspace());
    auto stored = *cards.find(card);
    stored.content.decisionTree.push_back({"Finance leads", "Total cost of ownership", "", false});
    stored.content.decisionTree.push_back({"IT leads", "Security review", "", false});
    cards.save(stored, {std::nullopt, "Test"});

    DealDialog dialog(session);
    EXPECT_EQ(dialog.angleBox()->count(), 0);
    choose(dialog.competitorBox(), QStringLiteral("Globex"));
    ASSERT_EQ(dialog.angleBox()->count(), 2);
    EXPECT_EQ(dialog.angleBox()->itemText(0), QStringLiteral("Total cost of ownership"));
    choose(dialog.competitorBox(), QStringLiteral("Initech"));
    EXPECT_EQ(dialog.angleBox()->count(), 0) << "Initech has no card";
    dialog.angleBox()->setEditText(QStringLiteral("Our own angle"));
    EXPECT_EQ(dialog.deal().angle, "Our own angle");
}

}  // namespace
}  // namespace pmm::ui
