// The Battlecards section's first paint on the `large` demo (50,000 cards): construct the
// section on the open workspace, show it offscreen and paint the first screen of rows.
// Target: under 300 ms. The workspace is opened (read-only) outside the measurement.
#include <benchmark/benchmark.h>

#include <QApplication>
#include <QImage>
#include <QPixmap>
#include <QTableView>

#include <memory>

#include "app/workspace_session.h"
#include "battlecards/battlecard_table_model.h"
#include "battlecards/battlecards_section.h"
#include "bench_workspace.h"
#include "common/user_feedback.h"
#include "storage/workspace.h"

namespace {

// Widgets need a QApplication. Other benchmarks create a QGuiApplication for their whole
// run; this one makes a QApplication only when no application exists yet, and removes it
// again, so the benchmarks run in any order.
class WidgetApplication {
public:
    WidgetApplication() {
        if (QCoreApplication::instance() == nullptr) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
                qputenv("QT_QPA_PLATFORM", "offscreen");
            }
            m_application = std::make_unique<QApplication>(m_argc, m_argv);
        }
    }
    bool usable() const { return qobject_cast<QApplication*>(QCoreApplication::instance()); }

private:
    int m_argc = 1;
    char m_name[10] = "pmm_bench";
    char* m_argv[2] = {m_name, nullptr};
    std::unique_ptr<QApplication> m_application;
};

class SilentFeedback final : public pmm::ui::UserFeedback {
public:
    void showError(QWidget*, const QString&, const QString&) override {}
    bool ask(QWidget*, const QString&, const QString&, const QString&) override { return false; }
};

void BM_BattlecardsSectionFirstPaint(benchmark::State& state) {
    WidgetApplication application;
    if (!application.usable()) {
        state.SkipWithError(
            "another benchmark made a QGuiApplication: run this one alone "
            "(--benchmark_filter=BattlecardsSection)");
        return;
    }
    pmm::ui::WorkspaceSession session;
    session.open(QString::fromStdString(pmm::bench::largeWorkspace().string()),
                 pmm::storage::OpenMode::ReadOnly);
    SilentFeedback feedback;
    int rows = 0;
    for (auto _ : state) {
        pmm::ui::BattlecardsSection section(session, feedback);
        section.resize(1280, 800);
        section.show();
        const QImage first = section.grab().toImage();  // paints the visible rows
        benchmark::DoNotOptimize(first.width());
        rows = section.model()->rowCount();
    }
    state.counters["cards"] = rows;
}
BENCHMARK(BM_BattlecardsSectionFirstPaint)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace
