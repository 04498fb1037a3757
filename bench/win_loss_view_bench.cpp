// The Positioning section's win/loss tab on the `large` demo (200,004 win/loss records) as a
// user meets it: from constructing the view to its first screen of rows painted with the
// summary line (target: well under a second), one keystroke of the text filter, and the
// win-rate chart read, computed and painted.
#include <benchmark/benchmark.h>

#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QStyleFactory>
#include <QTableView>

#include <memory>

#include "app/workspace_session.h"
#include "bench_workspace.h"
#include "positioning/win_loss_filter_bar.h"
#include "positioning/win_loss_filter_proxy.h"
#include "positioning/win_loss_view.h"
#include "positioning/win_rate_chart_view.h"

namespace {

using pmm::ui::WinLossView;
using pmm::ui::WinRateChartView;
using pmm::ui::WorkspaceSession;

template <class View>
void paint(View& view, QWidget* part) {
    view.resize(1280, 760);
    view.show();
    const QImage image = part->grab().toImage();
    benchmark::DoNotOptimize(image.constBits());
}

// With PMM_BENCH_SHOT_DIR set: both tabs as painted on the large demo, to look at.
void saveShots(WorkspaceSession& session) {
    const QString folder = qEnvironmentVariable("PMM_BENCH_SHOT_DIR");
    if (folder.isEmpty()) {
        return;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    WinLossView table(session);
    table.resize(1280, 760);
    table.show();
    table.grab().save(folder + QStringLiteral("/win-loss-large.png"));
    WinRateChartView chart(session);
    chart.resize(1280, 760);
    chart.show();
    chart.grab().save(folder + QStringLiteral("/win-rates-large.png"));
}

bool openLarge(benchmark::State& state, const pmm::bench::WidgetApplication& application,
               WorkspaceSession& session) {
    if (!application.usable()) {
        state.SkipWithError(
            "another benchmark made a QGuiApplication: run this one alone "
            "(--benchmark_filter=WinLoss)");
        return false;
    }
    session.open(QString::fromStdString(pmm::bench::largeWorkspace().string()),
                 pmm::storage::OpenMode::ReadOnly);
    return true;
}

void BM_WinLossFirstPaint(benchmark::State& state) {
    const pmm::bench::WidgetApplication application;
    WorkspaceSession session;
    if (!openLarge(state, application, session)) {
        return;
    }
    int rows = 0;
    for (auto _ : state) {
        auto view = std::make_unique<WinLossView>(session);
        paint(*view, view->table()->viewport());
        rows = view->table()->model()->rowCount();
        state.PauseTiming();
        view.reset();
        state.ResumeTiming();
    }
    state.counters["rows"] = rows;
    saveShots(session);
}
BENCHMARK(BM_WinLossFirstPaint)->Unit(benchmark::kMillisecond)->MinTime(3.0);

// One keystroke in the search box with the summary line and the repaint: the text grows
// letter by letter ("p", "pr", ... "pricing") and starts again.
void BM_WinLossFilterAsYouType(benchmark::State& state) {
    const pmm::bench::WidgetApplication application;
    WorkspaceSession session;
    if (!openLarge(state, application, session)) {
        return;
    }
    WinLossView view(session);
    paint(view, view.table()->viewport());
    QApplication::processEvents();  // the search keys are built after the first paint
    const QString word = QStringLiteral("pricing");
    qsizetype typed = 0;
    for (auto _ : state) {
        typed = typed % word.size() + 1;
        view.filterBar()->searchEdit()->setText(word.left(typed));
        paint(view, view.table()->viewport());
    }
    state.counters["shown"] = view.proxy()->rowCount();
}
BENCHMARK(BM_WinLossFilterAsYouType)->Unit(benchmark::kMillisecond);

// The win-rate tab shown: deals read, win rates by quarter and by angle computed, the five
// busiest competitors charted and painted.
void BM_WinRateChartFirstPaint(benchmark::State& state) {
    const pmm::bench::WidgetApplication application;
    WorkspaceSession session;
    if (!openLarge(state, application, session)) {
        return;
    }
    for (auto _ : state) {
        auto view = std::make_unique<WinRateChartView>(session);
        paint(*view, view.get());
        state.PauseTiming();
        view.reset();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_WinRateChartFirstPaint)->Unit(benchmark::kMillisecond)->MinTime(3.0);

}  // namespace
