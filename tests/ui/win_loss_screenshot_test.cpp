// Pictures of the win/loss table and the win-rate chart to look at: set
// PMM_UI_SCREENSHOT_DIR to a folder and run pmm_ui_tests --gtest_filter='WinLossScreenshots.*'
// Without the variable they go to a temporary folder; either way each grab must succeed.
#include <gtest/gtest.h>

#include <QApplication>
#include <QDir>
#include <QStyle>
#include <QStyleFactory>

#include "app/workspace_session.h"
#include "positioning/win_loss_filter_bar.h"
#include "positioning/win_loss_view.h"
#include "positioning/win_rate_chart_view.h"
#include "screenshot_support.h"
#include "ui_test_support.h"

namespace pmm::ui {
namespace {

class WinLossScreenshots : public ::testing::Test {
protected:
    void SetUp() override { QDir().mkpath(uitest::shotFolder()); }

    void shoot(const QString& prefix) {
        {
            WinLossView table(session);
            table.filterBar()->setReferenceDay(Date{2026, 11, 20});
            table.resize(1280, 640);
            table.show();
            uitest::save(table, prefix + QStringLiteral("win-loss.png"));
        }
        WinRateChartView chart(session);
        chart.resize(1280, 760);
        chart.show();
        uitest::save(chart, prefix + QStringLiteral("win-rates.png"));
    }

    uitest::TempFolder folder;
    WorkspaceSession session;
};

TEST_F(WinLossScreenshots, Light) {
    session.open(folder.demoWorkspace());
    shoot(QString());
    session.open(folder.emptyWorkspace());
    shoot(QStringLiteral("empty-"));
}

TEST_F(WinLossScreenshots, DarkFusion) {
    const QString styleName = QApplication::style()->name();
    const QPalette previous = QApplication::palette();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(uitest::darkPalette());
    session.open(folder.demoWorkspace());
    shoot(QStringLiteral("dark-"));
    QApplication::setStyle(QStyleFactory::create(styleName));
    QApplication::setPalette(previous);
}

}  // namespace
}  // namespace pmm::ui
