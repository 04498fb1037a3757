// Reports ▸ Battlecards…: pick one card, a competitor's cards or a segment's, export the
// sales PDF through the same renderer as the command line or preview it; a workspace
// without cards says so; the battlecard editor's hook opens the dialog on its card.
#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>

#include "app/main_window.h"
#include "app/workspace_session.h"
#include "battlecard_report_support.h"
#include "battlecards/battlecard_editor.h"
#include "reports/battlecard_report_dialog.h"
#include "screenshot_support.h"
#include "storage/workspace.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

using Scope = BattlecardReportDialog::Scope;
using uitest::pdfText;

class BattlecardReportDialogTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_path = folder.path(QStringLiteral("cards.pmmw"));
        auto workspace = storage::Workspace::create(m_path.toStdString());
        m_cards = uitest::addSalesCards(*workspace, today());
    }

    uitest::TempFolder folder;
    WorkspaceSession session;
    uitest::RecordingFeedback feedback;
    QString m_path;
    uitest::SalesCardWorld m_cards;
};

TEST_F(BattlecardReportDialogTest, ListsCardsCompetitorsAndSegmentsWithTheirCounts) {
    session.open(m_path);
    BattlecardReportDialog dialog(session, feedback);
    EXPECT_EQ(dialog.scope(), Scope::Card);
    EXPECT_EQ(dialog.choiceBox()->count(), 3);
    EXPECT_EQ(dialog.choiceBox()->itemText(0), QStringLiteral("Globex \u2014 Enterprise"));
    dialog.setScope(Scope::Competitor);
    EXPECT_EQ(dialog.choiceBox()->itemText(0), QStringLiteral("Globex \u2014 2 cards"));
    EXPECT_EQ(dialog.choiceBox()->itemText(1), QStringLiteral("Initech \u2014 1 card"));
    dialog.setScope(Scope::Segment);
    EXPECT_EQ(dialog.choiceBox()->count(), 2);
    EXPECT_TRUE(dialog.exportButton()->isEnabled());
    EXPECT_TRUE(dialog.messageLabel()->text().isEmpty());
}

TEST_F(BattlecardReportDialogTest, ExportWritesTheChosenCardsForSales) {
    session.open(m_path);
    BattlecardReportDialog dialog(session, feedback);
    ASSERT_TRUE(dialog.selectSegment(QStringLiteral("Mid-market")));
    QString suggested;
    const QString target = folder.path(QStringLiteral("mid"));
    dialog.setSaveFileChooser([&](QWidget*, const QString& name) {
        suggested = name;
        return target;
    });
    dialog.exportPdf();
    EXPECT_TRUE(suggested.endsWith(QStringLiteral("Battlecards - Mid-market segment.pdf")))
        << suggested.toStdString();
    const QString written = target + QStringLiteral(".pdf");
    ASSERT_TRUE(QFileInfo::exists(written))
        << feedback.errors.join(QLatin1Char('\n')).toStdString();
    const QString text = pdfText(written);
    EXPECT_TRUE(text.contains(QStringLiteral("vs. Globex")));
    EXPECT_TRUE(text.contains(QStringLiteral("vs. Initech")));
    EXPECT_FALSE(text.contains(QStringLiteral("INTERNAL")));
    EXPECT_TRUE(dialog.messageLabel()->text().contains(QStringLiteral("2 cards, 2 pages")))
        << dialog.messageLabel()->text().toStdString();
}

TEST_F(BattlecardReportDialogTest, AnUnwritableTargetIsReportedAndLeavesNoFile) {
    session.open(m_path);
    BattlecardReportDialog dialog(session, feedback);
    const QString target = folder.path(QStringLiteral("missing/card.pdf"));
    EXPECT_FALSE(dialog.exportTo(target));
    ASSERT_EQ(feedback.errors.size(), 1);
    EXPECT_TRUE(feedback.errors.front().contains(QStringLiteral("does not exist")));
    EXPECT_FALSE(QFileInfo::exists(target));
}

TEST_F(BattlecardReportDialogTest, AWorkspaceWithoutCardsSaysSo) {
    session.open(folder.emptyWorkspace());
    BattlecardReportDialog dialog(session, feedback);
    EXPECT_FALSE(dialog.exportButton()->isEnabled());
    EXPECT_FALSE(dialog.previewButton()->isEnabled());
    EXPECT_TRUE(dialog.messageLabel()->text().contains(QStringLiteral("no battlecards")));
}

TEST_F(BattlecardReportDialogTest, PreviewRendersTheCardsThroughTheSameRenderer) {
    session.open(m_path);
    BattlecardReportDialog dialog(session, feedback);
    ASSERT_TRUE(dialog.selectCompetitor(QStringLiteral("Globex")));
    QPrintPreviewDialog* preview = dialog.createPreview();
    ASSERT_NE(preview, nullptr);
    preview->resize(1000, 800);
    preview->show();
    QApplication::processEvents();
    auto* pages = preview->findChild<QPrintPreviewWidget*>();
    ASSERT_NE(pages, nullptr);
    EXPECT_EQ(pages->pageCount(), 2);
    uitest::save(*preview, QStringLiteral("battlecard-report-preview.png"));
    dialog.show();
    uitest::save(dialog, QStringLiteral("battlecard-report-dialog.png"));
    preview->close();
}

TEST_F(BattlecardReportDialogTest, TheMenuAndTheEditorsExportButtonOpenTheDialog) {
    MainWindow window(session, feedback);
    auto* action = window.findChild<QAction*>(QStringLiteral("battlecardReportAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_FALSE(action->isEnabled());
    ASSERT_TRUE(window.openWorkspace(m_path));
    EXPECT_TRUE(action->isEnabled());
    action->trigger();
    auto* dialog = window.findChild<BattlecardReportDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    dialog->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    BattlecardEditor editor(session, feedback, m_cards.initechMid, &window);
    auto* exportButton = editor.findChild<QPushButton*>(QStringLiteral("exportPdf"));
    ASSERT_NE(exportButton, nullptr);
    exportButton->click();
    auto* forCard = editor.findChild<BattlecardReportDialog*>();
    ASSERT_NE(forCard, nullptr);
    EXPECT_EQ(forCard->scope(), Scope::Card);
    EXPECT_EQ(forCard->choiceBox()->currentText(), QStringLiteral("Initech \u2014 Mid-market"));
    forCard->close();
}

}  // namespace
}  // namespace pmm::ui
