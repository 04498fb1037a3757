// The Quarter overview in a 1024 × 700 window (a small laptop screen): the page fits the
// width, so there is no horizontal scrollbar, and the numbers and readiness of the summary
// are not cut. Pictures (light and dark) go to PMM_UI_SCREENSHOT_DIR.
#include <gtest/gtest.h>

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QStyleFactory>
#include <QTableWidget>
#include <QTreeWidget>

#include "app/main_window.h"
#include "app/workspace_session.h"
#include "launches/quarter_section.h"
#include "screenshot_support.h"
#include "storage/launch_quarters.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

class QuarterFitTest : public ::testing::Test {
protected:
    void SetUp() override {
        QDir().mkpath(uitest::shotFolder());
        window.resize(1024, 700);
        window.show();
        ASSERT_TRUE(window.openWorkspace(folder.demoWorkspace()));
        window.showSection(static_cast<int>(window.sections().indexOf(window.quarterSection())));
        // The busiest quarter: the most rows in its lists.
        launches::Quarter busiest = section().quarter();
        int most = 0;
        for (const auto& count : launches::launchQuarters(session.workspace())) {
            if (count.launches > most) {
                most = count.launches;
                busiest = count.quarter;
            }
        }
        section().setQuarter(busiest);
        QApplication::processEvents();
    }
    void TearDown() override { window.close(); }

    QuarterSection& section() { return *window.quarterSection(); }

    void expectFits() {
        auto* scroll = section().findChild<QScrollArea*>();
        ASSERT_NE(scroll, nullptr);
        EXPECT_FALSE(scroll->horizontalScrollBar()->isVisible())
            << "page " << scroll->widget()->minimumSizeHint().width() << " px, area "
            << scroll->viewport()->width() << " px";
        for (QTreeWidget* list : {section().atRiskList(), section().missingFrameList()}) {
            EXPECT_FALSE(list->horizontalScrollBar()->isVisible())
                << list->objectName().toStdString();
        }
        // Every summary cell and header shows its whole text.
        QTableWidget* summary = section().summaryTable();
        for (int column = 0; column < summary->columnCount(); ++column) {
            const int width = summary->columnWidth(column);
            const QString header = summary->horizontalHeaderItem(column)->text();
            EXPECT_GE(width, summary->horizontalHeader()->fontMetrics().horizontalAdvance(header))
                << header.toStdString();
            for (int row = 0; row < summary->rowCount(); ++row) {
                const QTableWidgetItem* item = summary->item(row, column);
                const QString text = item != nullptr ? item->text() : QString();
                EXPECT_GE(width, summary->fontMetrics().horizontalAdvance(text))
                    << text.toStdString();
            }
        }
    }

    uitest::TempFolder folder;
    WorkspaceSession session;
    uitest::RecordingFeedback feedback;
    MainWindow window{session, feedback};
};

TEST_F(QuarterFitTest, FitsA1024PixelWindow) {
    expectFits();
    uitest::save(window, QStringLiteral("quarter-1024.png"));
}

TEST_F(QuarterFitTest, FitsA1024PixelWindowInTheDarkPalette) {
    const QString styleName = QApplication::style()->name();
    const QPalette previous = QApplication::palette();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(uitest::darkPalette());
    QApplication::processEvents();
    expectFits();
    uitest::save(window, QStringLiteral("dark-quarter-1024.png"));
    QApplication::setStyle(QStyleFactory::create(styleName));
    QApplication::setPalette(previous);
}

}  // namespace
}  // namespace pmm::ui
