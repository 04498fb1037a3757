// The battlecard editor driven offscreen: fill a card from the template and save (a
// revision, one undo step), reorder objections (buttons and keyboard), mark refreshed
// (status current again; undo restores the old date and takes the revision back).
#include <gtest/gtest.h>

#include <algorithm>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include "app/workspace_session.h"
#include "battlecard_test_support.h"
#include "battlecards/battlecard_editor.h"
#include "battlecards/battlecard_line_editor.h"
#include "battlecards/refresh_status.h"
#include "pdf_support.h"
#include "reports/battlecard_report_pdf.h"
#include "storage/battlecard_report.h"
#include "storage/battlecard_store.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

using battlecards::CardSection;

class BattlecardEditorTest : public ::testing::Test {
protected:
    void SetUp() override {
        session.setErrorReporter([this](const QString& message) { errors.append(message); });
        session.open(folder.emptyWorkspace());
        world = uitest::addBattlecardWorld(session.workspace());
        cardId = uitest::addCard(session.workspace(), world.globex, world.midMarket,
                                 addDays(pmm::today(), -200));
    }

    battlecards::Battlecard stored() {
        auto readBack = uitest::readBack(session.path());
        return *storage::BattlecardStore(*readBack).find(cardId);
    }

    std::vector<battlecards::RevisionInfo> history() {
        auto readBack = uitest::readBack(session.path());
        return storage::BattlecardStore(*readBack).revisions(cardId);
    }

    // Types `fields` into a new line of `section`, optionally marked internal only.
    static void addLine(BattlecardEditor& editor, CardSection section, const QStringList& fields,
                        bool internalOnly = false) {
        BattlecardLineEditor* lines = editor.lineEditor(section);
        lines->addButton()->click();
        QTableWidget* table = lines->table();
        const int row = table->currentRow();
        table->setCurrentCell(-1, -1);  // closes the cell editor that Add opened
        for (int column = 0; column < fields.size(); ++column) {
            table->item(row, column)->setText(fields[column]);
        }
        if (internalOnly) {
            table->item(row, table->columnCount() - 1)->setCheckState(Qt::Checked);
        }
        table->setCurrentCell(row, 0);
    }

    uitest::TempFolder folder;
    WorkspaceSession session;
    uitest::RecordingFeedback feedback;
    QStringList errors;
    uitest::BattlecardWorld world;
    std::int64_t cardId = 0;
};

TEST_F(BattlecardEditorTest, WalksTheTemplateWithGuidesInPlace) {
    BattlecardEditor editor(session, feedback, cardId);
    editor.show();
    EXPECT_EQ(editor.windowTitle(), QStringLiteral("Battlecard: Globex \u00b7 Mid-market"));
    EXPECT_EQ(editor.currentSection(), CardSection::Overview);
    for (CardSection section : battlecards::kCardSections) {
        editor.showSection(section);
        EXPECT_EQ(editor.currentSection(), section);
        // Each page explains what goes there, in the template's words.
        const auto guides = editor.findChildren<QLabel*>(QStringLiteral("guide"));
        const bool shown = std::any_of(guides.begin(), guides.end(), [&](QLabel* label) {
            return label->isVisible() &&
                   label->text() == QString::fromUtf8(battlecards::sectionGuide(section).data());
        });
        EXPECT_TRUE(shown) << battlecards::sectionTitle(section);
    }
    EXPECT_FALSE(editor.saveButton()->isEnabled());  // nothing to save yet
}

TEST_F(BattlecardEditorTest, FillFromTemplateSaveIsOneRevisionAndOneUndoStep) {
    BattlecardEditor editor(session, feedback, cardId);
    editor.show();
    addLine(editor, CardSection::Overview, {QStringLiteral("Sells to ops teams.")});
    addLine(editor, CardSection::WhyWeWin, {QStringLiteral("Faster onboarding")});
    addLine(editor, CardSection::Objections,
            {QStringLiteral("Too expensive"), QStringLiteral("Lower total cost"),
             QStringLiteral("Acme saved 30 %")});
    addLine(editor, CardSection::Landmines, {QStringLiteral("Ask about their SSO add-on price")},
            true);
    addLine(editor, CardSection::DecisionTree,
            {QStringLiteral("Security review early"), QStringLiteral("Compliance"),
             QStringLiteral("We hold the certifications")});
    EXPECT_TRUE(editor.isModified());
    EXPECT_TRUE(editor.saveButton()->isEnabled());
    editor.noteEdit()->setText(QStringLiteral("First fill"));
    editor.saveButton()->click();
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
    EXPECT_FALSE(editor.isModified());

    const battlecards::Battlecard card = stored();
    EXPECT_EQ(card.content.overview,
              (std::vector<battlecards::CardPoint>{{"Sells to ops teams.", false}}));
    ASSERT_EQ(card.content.objections.size(), 1u);
    EXPECT_EQ(card.content.objections[0].response, "Lower total cost");
    ASSERT_EQ(card.content.landmines.size(), 1u);
    EXPECT_TRUE(card.content.landmines[0].internalOnly);
    ASSERT_EQ(card.content.decisionTree.size(), 1u);
    EXPECT_EQ(card.content.decisionTree[0].because, "We hold the certifications");
    auto revisions = history();
    ASSERT_EQ(revisions.size(), 2u);
    EXPECT_EQ(revisions[0].kind, battlecards::RevisionKind::Save);
    EXPECT_EQ(revisions[0].note, "First fill");
    EXPECT_EQ(session.undoStack()->count(), 1);  // one command per save

    session.undoStack()->undo();
    EXPECT_TRUE(stored().content.overview.empty());
    EXPECT_EQ(history().size(), 1u);
    EXPECT_EQ(editor.lineEditor(CardSection::Overview)->table()->rowCount(), 0);
    session.undoStack()->redo();
    EXPECT_EQ(stored().content.overview.size(), 1u);
    EXPECT_EQ(editor.lineEditor(CardSection::Overview)->table()->rowCount(), 1);
    EXPECT_EQ(history().size(), 2u);
    EXPECT_EQ(editor.lineEditor(CardSection::Objections)->table()->rowCount(), 1);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
}

TEST_F(BattlecardEditorTest, ObjectionsReorderWithButtonsAndKeyboard) {
    BattlecardEditor editor(session, feedback, cardId);
    editor.show();
    editor.showSection(CardSection::Objections);
    for (const char* objection : {"First", "Second", "Third"}) {
        addLine(editor, CardSection::Objections,
                {QString::fromLatin1(objection), QStringLiteral("Answer")});
    }
    BattlecardLineEditor* lines = editor.lineEditor(CardSection::Objections);
    QTableWidget* table = lines->table();
    table->setCurrentCell(2, 0);
    lines->upButton()->click();  // Third moves above Second
    EXPECT_EQ(table->currentRow(), 1);
    table->setCurrentCell(0, 0);
    lines->removeButton()->click();  // First goes
    ASSERT_TRUE(editor.save());
    auto objections = stored().content.objections;
    ASSERT_EQ(objections.size(), 2u);
    EXPECT_EQ(objections[0].objection, "Third");
    EXPECT_EQ(objections[1].objection, "Second");

    // The keyboard: Ctrl+Down moves the current line down.
    editor.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&editor));
    table->setFocus();
    table->setCurrentCell(0, 0);
    QTest::keyClick(table, Qt::Key_Down, Qt::ControlModifier);
    EXPECT_EQ(table->item(1, 0)->text(), QStringLiteral("Third"));
    EXPECT_EQ(table->currentRow(), 1);
    ASSERT_TRUE(editor.save());
    EXPECT_EQ(stored().content.objections[0].objection, "Second");
    EXPECT_EQ(session.undoStack()->count(), 2);
    session.undoStack()->undo();
    EXPECT_EQ(stored().content.objections[0].objection, "Third");
}

TEST_F(BattlecardEditorTest, MarkRefreshedMakesTheCardCurrentAndUndoTakesItBack) {
    const Date before = stored().lastRefreshed;
    storage::BattlecardStore store(session.workspace());
    EXPECT_EQ(store.rows().front().status, battlecards::RefreshStatus::Stale);
    BattlecardEditor editor(session, feedback, cardId);
    editor.show();
    EXPECT_TRUE(editor.statusLabel()->text().startsWith(QStringLiteral("Stale")))
        << editor.statusLabel()->text().toStdString();
    editor.refreshButton()->click();
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
    EXPECT_EQ(stored().lastRefreshed, pmm::today());
    EXPECT_EQ(store.rows().front().status, battlecards::RefreshStatus::Current);
    EXPECT_TRUE(editor.statusLabel()->text().startsWith(QStringLiteral("Current")))
        << editor.statusLabel()->text().toStdString();
    EXPECT_EQ(history().front().kind, battlecards::RevisionKind::Refresh);

    session.undoStack()->undo();
    EXPECT_EQ(stored().lastRefreshed, before);
    EXPECT_EQ(store.rows().front().status, battlecards::RefreshStatus::Stale);
    EXPECT_EQ(history().size(), 1u);
    session.undoStack()->redo();
    EXPECT_EQ(store.rows().front().status, battlecards::RefreshStatus::Current);
}

TEST_F(BattlecardEditorTest, ClosingWithUnsavedChangesAsksFirst) {
    BattlecardEditor editor(session, feedback, cardId);
    editor.show();
    addLine(editor, CardSection::PricingNotes, {QStringLiteral("List price")});
    feedback.answer = false;
    editor.reject();
    EXPECT_TRUE(editor.isVisible());
    ASSERT_EQ(feedback.questions.size(), 1);
    feedback.answer = true;
    editor.reject();
    EXPECT_FALSE(editor.isVisible());
    EXPECT_TRUE(stored().content.pricingNotes.empty());
}

// Issue #4: a pricing line marked internal-only in the editor stays in the app and never
// reaches the sales PDF; the lines around it do.
TEST_F(BattlecardEditorTest, APricingLineMarkedInternalOnlyIsLeftOutOfTheSalesPdf) {
    BattlecardEditor editor(session, feedback, cardId);
    editor.show();
    editor.showSection(CardSection::PricingNotes);
    const QStringList headers{
        editor.lineEditor(CardSection::PricingNotes)->table()->horizontalHeaderItem(0)->text(),
        editor.lineEditor(CardSection::PricingNotes)->table()->horizontalHeaderItem(1)->text()};
    EXPECT_EQ(headers, (QStringList{QStringLiteral("Note"), QStringLiteral("Internal only")}));
    addLine(editor, CardSection::Overview, {QStringLiteral("Globex sells to ops teams.")});
    addLine(editor, CardSection::Overview, {QStringLiteral("Internal: they hired our AE.")}, true);
    addLine(editor, CardSection::PricingNotes, {QStringLiteral("Annual prepay earns 5 %.")});
    addLine(editor, CardSection::PricingNotes,
            {QStringLiteral("Internal: our floor is 27 % below list.")}, true);
    addLine(editor, CardSection::PricingNotes, {QStringLiteral("Multi-year up to 10 %.")});
    editor.saveButton()->click();
    ASSERT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();

    const battlecards::Battlecard card = stored();
    ASSERT_EQ(card.content.pricingNotes.size(), 3u);
    EXPECT_TRUE(card.content.pricingNotes[1].internalOnly);
    EXPECT_FALSE(card.content.pricingNotes[2].internalOnly);
    EXPECT_TRUE(card.content.overview[1].internalOnly);

    const QString path = folder.path(QStringLiteral("sales.pdf"));
    const auto report = battlecards::salesBattlecard(session.workspace(), cardId, pmm::today());
    ASSERT_TRUE(writeBattlecardsPdf(report, path, QPageSize::A4).ok);
    const QString text = uitest::pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("Annual prepay earns 5 %."))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Multi-year up to 10 %."))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Globex sells to ops teams.")));
    EXPECT_FALSE(text.contains(QStringLiteral("27 %"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Internal:"))) << text.toStdString();
}

}  // namespace
}  // namespace pmm::ui
