// The tier report of the `large` demo's busiest quarter: computing the struct, laying it out
// and painting the PDF, and the real `report tiers` command end to end (target: < 3 s for a
// quarter of 10,000 launches or more).
#include <benchmark/benchmark.h>

#include <QGuiApplication>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>

#include "bench_workspace.h"
#include "launches/quarter.h"
#include "reports/report_page_size.h"
#include "reports/report_style.h"
#include "reports/tier_report_layout.h"
#include "reports/tier_report_pdf.h"
#include "storage/launch_quarters.h"
#include "storage/tier_report.h"
#include "storage/workspace.h"

namespace {

using pmm::storage::Workspace;

// Fonts need a QGuiApplication; the benchmarks run without a display.
void ensureApplication() {
    static std::unique_ptr<QGuiApplication> application = [] {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        static int argc = 1;
        static char name[] = "pmm_bench";
        static char* argv[] = {name, nullptr};
        return std::make_unique<QGuiApplication>(argc, argv);
    }();
}

std::unique_ptr<Workspace> openLarge() {
    pmm::storage::OpenOptions options;
    options.mode = pmm::storage::OpenMode::ReadOnly;
    return Workspace::open(pmm::bench::largeWorkspace(), options);
}

pmm::launches::QuarterLaunchCount busiestQuarter(const Workspace& workspace) {
    const auto quarters = pmm::launches::launchQuarters(workspace);
    return *std::max_element(quarters.begin(), quarters.end(),
                             [](const auto& a, const auto& b) { return a.launches < b.launches; });
}

// The quietest quarter that still has 10,000 launches: the target's own threshold.
pmm::launches::QuarterLaunchCount tenThousandQuarter(const Workspace& workspace) {
    auto quarters = pmm::launches::launchQuarters(workspace);
    std::erase_if(quarters, [](const auto& each) { return each.launches < 10000; });
    return quarters.empty() ? busiestQuarter(workspace)
                            : *std::min_element(quarters.begin(), quarters.end(),
                                                [](const auto& a, const auto& b) {
                                                    return a.launches < b.launches;
                                                });
}

constexpr pmm::Date kGeneratedOn{2026, 11, 23};

void BM_TierReportCompute(benchmark::State& state) {
    auto workspace = openLarge();
    const auto busiest = busiestQuarter(*workspace);
    for (auto _ : state) {
        const auto report =
            pmm::launches::computeTierReport(*workspace, busiest.quarter, kGeneratedOn);
        benchmark::DoNotOptimize(report.tierOne.size());
    }
    state.counters["launches"] = busiest.launches;
}
BENCHMARK(BM_TierReportCompute)->Unit(benchmark::kMillisecond);

void BM_TierReportLayout(benchmark::State& state) {
    ensureApplication();
    auto workspace = openLarge();
    const auto report = pmm::launches::computeTierReport(
        *workspace, busiestQuarter(*workspace).quarter, kGeneratedOn);
    QTemporaryDir dir;
    QPdfWriter writer(dir.filePath(QStringLiteral("layout.pdf")));
    writer.setResolution(600);
    writer.setPageLayout(pmm::ui::reportPageLayout(QPageSize::A4));
    std::size_t pages = 0;
    for (auto _ : state) {
        const pmm::ui::ReportStyle style(writer);
        pages = pmm::ui::TierReportLayout(report, style, QSizeF(writer.width(), writer.height()),
                                          QStringLiteral("large"))
                    .layout()
                    .pages.size();
    }
    state.counters["pages"] = static_cast<double>(pages);
}
BENCHMARK(BM_TierReportLayout)->Unit(benchmark::kMillisecond);

void BM_TierReportPdf(benchmark::State& state) {
    ensureApplication();
    auto workspace = openLarge();
    const auto busiest = busiestQuarter(*workspace);
    QTemporaryDir dir;
    int pages = 0;
    for (auto _ : state) {
        const auto report =
            pmm::launches::computeTierReport(*workspace, busiest.quarter, kGeneratedOn);
        pages = pmm::ui::writeTierReportPdf(report, dir.filePath(QStringLiteral("tiers.pdf")),
                                            {QPageSize::A4, QStringLiteral("large")})
                    .pages;
    }
    state.counters["launches"] = busiest.launches;
    state.counters["pages"] = pages;
}
BENCHMARK(BM_TierReportPdf)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true);

// What a user waits for: the real binary, from start to the PDF on disk. Argument 0: the
// busiest quarter; 1: the quietest quarter with at least 10,000 launches.
void BM_ReportTiersCommand(benchmark::State& state) {
    ensureApplication();
    pmm::launches::QuarterLaunchCount quarter;
    {
        auto workspace = openLarge();
        quarter = state.range(0) == 0 ? busiestQuarter(*workspace) : tenThousandQuarter(*workspace);
    }
    QTemporaryDir dir;
    for (auto _ : state) {
        QProcess process;
        process.start(
            QStringLiteral(PMM_BINARY),
            {QStringLiteral("report"), QStringLiteral("tiers"), QStringLiteral("--workspace"),
             QString::fromStdString(pmm::bench::largeWorkspace().string()),
             QStringLiteral("--quarter"),
             QString::fromStdString(pmm::launches::toText(quarter.quarter)),
             QStringLiteral("--output"), dir.filePath(QStringLiteral("command.pdf")),
             QStringLiteral("--page-size"), QStringLiteral("A4")});
        if (!process.waitForFinished(120000) || process.exitCode() != 0) {
            state.SkipWithError("report tiers failed");
            break;
        }
    }
    state.counters["launches"] = quarter.launches;
}
BENCHMARK(BM_ReportTiersCommand)
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true)
    ->UseRealTime();

}  // namespace
