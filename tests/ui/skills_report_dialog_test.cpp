// Reports ▸ Skills matrix… and Promotion packet…: the dialog lists the team with their levels,
// exports either report through the same renderer as `report skills`, says why an empty
// workspace has nothing to report (and writes nothing), previews the pages, and the window's
// Reports menu opens it in the chosen kind.
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
#include "pdf_support.h"
#include "reports/skills_report_dialog.h"
#include "screenshot_support.h"
#include "storage/catalog.h"
#include "storage/skills_report.h"
#include "ui_test_support.h"
#include "util/dates.h"

namespace pmm::ui {
namespace {

using uitest::pdfInfo;
using uitest::pdfText;
using uitest::RecordingFeedback;
using uitest::TempFolder;

class SkillsReportDialogTest : public ::testing::Test {
protected:
    // The demo's person with gaps to close.
    std::pair<std::int64_t, QString> personWithGaps() {
        const auto report = team::computeSkillsMatrixReport(session.workspace(), today());
        for (std::size_t i = 0; i < report.readiness.size(); ++i) {
            if (!report.readiness[i].gaps.empty()) {
                return {report.grid.rows[i].personId,
                        QString::fromStdString(report.grid.rows[i].person)};
            }
        }
        ADD_FAILURE() << "the demo has nobody with gaps";
        return {};
    }

    TempFolder folder;
    WorkspaceSession session;
    RecordingFeedback feedback;
};

TEST_F(SkillsReportDialogTest, ThePacketOfAChosenPersonIsExportedWhereChosen) {
    session.open(folder.demoWorkspace());
    SkillsReportDialog dialog(session, feedback, SkillsReportDialog::Kind::Packet);
    EXPECT_EQ(dialog.kind(), SkillsReportDialog::Kind::Packet);
    EXPECT_EQ(dialog.personBox()->count(),
              static_cast<int>(catalog::Catalog(session.workspace()).people.list().size()));
    EXPECT_TRUE(dialog.personBox()->isEnabled());
    EXPECT_FALSE(dialog.orientationBox()->isEnabled()) << "a packet is always portrait";
    EXPECT_EQ(dialog.selectedOrientation(), QPageLayout::Portrait);
    const auto [id, name] = personWithGaps();
    ASSERT_TRUE(dialog.selectPerson(id));
    EXPECT_TRUE(dialog.personBox()->currentText().startsWith(name + QStringLiteral(" \u2014 ")));

    QString suggested;
    dialog.setSaveFileChooser([&](QWidget*, const QString& proposal) {
        suggested = proposal;
        return folder.path(QStringLiteral("packet"));  // no suffix: .pdf is added
    });
    dialog.exportPdf();
    EXPECT_TRUE(suggested.endsWith(QStringLiteral("Promotion packet %1.pdf").arg(name)))
        << suggested.toStdString();
    const QString written = folder.path(QStringLiteral("packet.pdf"));
    ASSERT_TRUE(QFileInfo::exists(written))
        << feedback.errors.join(QLatin1Char('\n')).toStdString();
    const QString text = pdfText(written);
    EXPECT_TRUE(text.contains(name));
    EXPECT_TRUE(text.contains(QStringLiteral("GAPS TO CLOSE")));
    EXPECT_TRUE(
        dialog.messageLabel()->text().startsWith(QStringLiteral("Saved the promotion packet")));
    EXPECT_TRUE(feedback.errors.isEmpty());
}

TEST_F(SkillsReportDialogTest, TheMatrixGoesOutInTheChosenOrientation) {
    session.open(folder.demoWorkspace());
    SkillsReportDialog dialog(session, feedback, SkillsReportDialog::Kind::Matrix);
    EXPECT_FALSE(dialog.personBox()->isEnabled());
    EXPECT_EQ(dialog.selectedOrientation(), QPageLayout::Landscape);
    dialog.selectOrientation(QPageLayout::Portrait);
    dialog.selectPageSize(QPageSize::Letter);
    const QString path = folder.path(QStringLiteral("matrix.pdf"));
    ASSERT_TRUE(dialog.exportTo(path)) << feedback.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(pdfInfo(path, QStringLiteral("Page size")).startsWith(QStringLiteral("612 x 792")));
    EXPECT_TRUE(pdfText(path).contains(QStringLiteral("READINESS FOR PROMOTION")));
}

TEST_F(SkillsReportDialogTest, AWorkspaceWithoutPeopleSaysSoAndWritesNothing) {
    session.open(folder.emptyWorkspace());
    SkillsReportDialog dialog(session, feedback, SkillsReportDialog::Kind::Packet);
    EXPECT_EQ(dialog.personBox()->count(), 0);
    EXPECT_FALSE(dialog.exportButton()->isEnabled());
    EXPECT_FALSE(dialog.previewButton()->isEnabled());
    EXPECT_TRUE(dialog.messageLabel()->text().startsWith(
        QStringLiteral("No people in this workspace: nothing to report.")));
    const QString path = folder.path(QStringLiteral("empty.pdf"));
    EXPECT_FALSE(dialog.exportTo(path));
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_EQ(dialog.createPreview(), nullptr);
    EXPECT_EQ(feedback.errors.size(), 2);
}

TEST_F(SkillsReportDialogTest, PreviewRendersThePagesAndTheDialogReadsInBothPalettes) {
    session.open(folder.demoWorkspace());
    SkillsReportDialog dialog(session, feedback, SkillsReportDialog::Kind::Matrix);
    QPrintPreviewDialog* preview = dialog.createPreview();
    ASSERT_NE(preview, nullptr);
    preview->show();
    QApplication::processEvents();
    auto* pages = preview->findChild<QPrintPreviewWidget*>();
    ASSERT_NE(pages, nullptr);
    EXPECT_GE(pages->pageCount(), 2);
    EXPECT_EQ(pages->orientation(), QPageLayout::Landscape);
    preview->resize(1100, 800);
    uitest::save(*preview, QStringLiteral("skills-report-preview.png"));
    preview->close();

    dialog.setKind(SkillsReportDialog::Kind::Packet);
    dialog.show();
    uitest::save(dialog, QStringLiteral("skills-report-dialog.png"));
    const QPalette light = dialog.palette();
    dialog.setPalette(uitest::darkPalette());
    uitest::save(dialog, QStringLiteral("skills-report-dialog-dark.png"));
    dialog.setPalette(light);
}

TEST_F(SkillsReportDialogTest, TheReportsMenuOpensEitherKind) {
    MainWindow window(session, feedback);
    auto* matrix = window.findChild<QAction*>(QStringLiteral("skillsMatrixAction"));
    auto* packet = window.findChild<QAction*>(QStringLiteral("promotionPacketAction"));
    ASSERT_NE(matrix, nullptr);
    ASSERT_NE(packet, nullptr);
    EXPECT_FALSE(matrix->isEnabled());
    EXPECT_FALSE(packet->isEnabled());
    ASSERT_TRUE(window.openWorkspace(folder.demoWorkspace()));
    EXPECT_TRUE(matrix->isEnabled());
    EXPECT_TRUE(packet->isEnabled());
    packet->trigger();
    auto* dialog = window.findChild<SkillsReportDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->kind(), SkillsReportDialog::Kind::Packet);
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Promotion packet"));
    dialog->close();
    window.close();
}

}  // namespace
}  // namespace pmm::ui
