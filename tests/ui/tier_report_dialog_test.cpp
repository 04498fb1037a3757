// Reports ▸ Tier report…: the quarter list (current quarter first choice, every quarter with
// launches listed), a clear message instead of an empty report, Export PDF through the
// same renderer, errors through the feedback, the preview, and the menu of the window.
#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include "app/main_window.h"
#include "app/workspace_session.h"
#include "demo/demo_launches.h"
#include "reports/tier_report_dialog.h"
#include "storage/workspace.h"
#include "ui_test_support.h"
#include "util/dates.h"

namespace pmm::ui {
namespace {

using uitest::RecordingFeedback;
using uitest::TempFolder;

QString quarterName(const launches::Quarter& quarter) {
    return QString::fromStdString(launches::toText(quarter));
}

// Pictures to look at, as in screenshot_test.cpp: PMM_UI_SCREENSHOT_DIR, else a temporary
// folder; each grab must succeed.
void saveShot(QWidget& widget, const QString& name) {
    static QTemporaryDir temporary;
    const QString folder = qEnvironmentVariableIsEmpty("PMM_UI_SCREENSHOT_DIR")
                               ? temporary.path()
                               : qEnvironmentVariable("PMM_UI_SCREENSHOT_DIR");
    QApplication::processEvents();
    const QPixmap picture = widget.grab();
    EXPECT_GE(picture.width(), 200) << name.toStdString();
    EXPECT_TRUE(picture.save(QDir(folder).filePath(name))) << name.toStdString();
}

class TierReportDialogTest : public ::testing::Test {
protected:
    TempFolder folder;
    WorkspaceSession session;
    RecordingFeedback feedback;
};

TEST_F(TierReportDialogTest, ListsTheQuartersWithLaunchesAndStartsAtTheCurrentOne) {
    session.open(folder.demoWorkspace());
    TierReportDialog dialog(session, feedback);
    QStringList listed;
    for (int i = 0; i < dialog.quarterBox()->count(); ++i) {
        listed << dialog.quarterBox()->itemData(i).toList().value(0).toString();
    }
    for (const launches::Quarter& quarter : demo::demoLaunchQuarters()) {
        EXPECT_TRUE(listed.contains(quarterName(quarter))) << launches::toText(quarter);
    }
    const launches::Quarter current = launches::quarterOf(today());
    EXPECT_EQ(dialog.selectedQuarter(), current);
    EXPECT_TRUE(dialog.quarterBox()->currentText().contains(QStringLiteral("(current)")));

    ASSERT_TRUE(dialog.selectQuarter({2026, 3}));
    EXPECT_TRUE(dialog.quarterBox()->currentText().contains(QStringLiteral("launches")));
    EXPECT_TRUE(dialog.exportButton()->isEnabled());
    EXPECT_TRUE(dialog.previewButton()->isEnabled());
    EXPECT_TRUE(dialog.messageLabel()->text().isEmpty());
}

TEST_F(TierReportDialogTest, AQuarterWithoutLaunchesSaysSoInsteadOfAnEmptyReport) {
    session.open(folder.emptyWorkspace());
    TierReportDialog dialog(session, feedback);
    ASSERT_EQ(dialog.quarterBox()->count(), 1);
    const QString current = quarterName(launches::quarterOf(today()));
    EXPECT_TRUE(dialog.quarterBox()->currentText().contains(QStringLiteral("no launches")));
    EXPECT_FALSE(dialog.exportButton()->isEnabled());
    EXPECT_FALSE(dialog.previewButton()->isEnabled());
    EXPECT_EQ(dialog.messageLabel()->text(),
              QStringLiteral("No launches in %1: nothing to report. Choose a quarter that has "
                             "launches.")
                  .arg(current));
    // Even when asked directly, nothing is written.
    const QString path = folder.path(QStringLiteral("empty.pdf"));
    EXPECT_FALSE(dialog.exportTo(path));
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_EQ(dialog.createPreview(), nullptr);
    ASSERT_EQ(feedback.errors.size(), 2);
    EXPECT_TRUE(feedback.errors.front().startsWith(QStringLiteral("No launches in %1: nothing "
                                                                  "to report")
                                                       .arg(current)));
}

TEST_F(TierReportDialogTest, ExportWritesThePdfWhereChosenWithItsPaper) {
    session.open(folder.demoWorkspace());
    TierReportDialog dialog(session, feedback);
    ASSERT_TRUE(dialog.selectQuarter({2026, 4}));
    dialog.selectPageSize(QPageSize::Letter);
    QString suggested;
    dialog.setSaveFileChooser([&](QWidget*, const QString& proposal) {
        suggested = proposal;
        return folder.path(QStringLiteral("q4 report"));  // no suffix: .pdf is added
    });
    dialog.exportPdf();
    EXPECT_TRUE(suggested.endsWith(QStringLiteral("Tier report 2026-Q4.pdf")));
    const QString written = folder.path(QStringLiteral("q4 report.pdf"));
    ASSERT_TRUE(QFileInfo::exists(written))
        << feedback.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(uitest::fileBytes(written).startsWith("%PDF-"));
    EXPECT_TRUE(
        dialog.messageLabel()->text().startsWith(QStringLiteral("Saved the 2026-Q4 report")));
    EXPECT_TRUE(feedback.errors.isEmpty());

    // A cancelled file dialog writes nothing.
    dialog.setSaveFileChooser([](QWidget*, const QString&) { return QString(); });
    dialog.exportPdf();
    EXPECT_TRUE(feedback.errors.isEmpty());
}

TEST_F(TierReportDialogTest, AnUnwritableTargetIsReportedAndLeavesNoFile) {
    session.open(folder.demoWorkspace());
    TierReportDialog dialog(session, feedback);
    ASSERT_TRUE(dialog.selectQuarter({2026, 4}));
    const QString path = folder.path(QStringLiteral("missing/tiers.pdf"));
    EXPECT_FALSE(dialog.exportTo(path));
    EXPECT_FALSE(QFileInfo::exists(path));
    ASSERT_EQ(feedback.errors.size(), 1);
    EXPECT_TRUE(feedback.errors.front().contains(QStringLiteral("does not exist")));
}

TEST_F(TierReportDialogTest, PreviewRendersThePagesThroughTheSameRenderer) {
    session.open(folder.demoWorkspace());
    TierReportDialog dialog(session, feedback);
    ASSERT_TRUE(dialog.selectQuarter({2026, 4}));
    QPrintPreviewDialog* preview = dialog.createPreview();
    ASSERT_NE(preview, nullptr);
    preview->show();
    QApplication::processEvents();
    auto* pages = preview->findChild<QPrintPreviewWidget*>();
    ASSERT_NE(pages, nullptr);
    EXPECT_GE(pages->pageCount(), 4);
    preview->resize(1000, 800);
    saveShot(*preview, QStringLiteral("tier-report-preview.png"));
    dialog.show();
    saveShot(dialog, QStringLiteral("tier-report-dialog.png"));
    preview->close();
}

TEST_F(TierReportDialogTest, TheWindowHasAReportsMenuWhileAWorkspaceIsOpen) {
    MainWindow window(session, feedback);
    auto* action = window.findChild<QAction*>(QStringLiteral("tierReportAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_FALSE(action->isEnabled());
    EXPECT_TRUE(action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_P)));
    QStringList menus;
    for (QAction* menu : window.menuBar()->actions()) {
        menus << menu->text();
    }
    EXPECT_TRUE(menus.contains(QStringLiteral("&Reports")));
    EXPECT_EQ(menus.constLast(), QStringLiteral("&Help"));

    ASSERT_TRUE(window.openWorkspace(folder.demoWorkspace()));
    EXPECT_TRUE(action->isEnabled());
    action->trigger();
    auto* dialog = window.findChild<TierReportDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    dialog->close();
    window.close();
}

}  // namespace
}  // namespace pmm::ui
