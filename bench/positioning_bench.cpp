// Positioning over the `large` demo (bash packaging/dev.sh bench). Targets: every trigger
// plus the win rates (per competitor per quarter, per angle) from the workspace in under
// 200 ms; a CRM CSV export of 100,000 rows read, checked and imported in under 2 s (the
// median of five runs), and the same export imported again.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <memory>
#include <string>

#include "bench_workspace.h"
#include "catalog/catalog_types.h"
#include "positioning/positioning_trigger.h"
#include "positioning/win_rate.h"
#include "storage/catalog.h"
#include "storage/deal_csv_import.h"
#include "storage/deal_store.h"
#include "storage/positioning_reader.h"
#include "storage/workspace.h"

namespace {

namespace fs = std::filesystem;
using pmm::storage::OpenMode;
using pmm::storage::OpenOptions;
using pmm::storage::Workspace;

void BM_PositioningTriggersAndWinRatesLarge(benchmark::State& state) {
    OpenOptions options;
    options.mode = OpenMode::ReadOnly;
    auto workspace = Workspace::open(pmm::bench::largeWorkspace(), options);
    const pmm::Date today{2026, 11, 20};
    std::size_t deals = 0;
    std::size_t alerts = 0;
    for (auto _ : state) {
        const auto facts = pmm::storage::readPositioningFacts(*workspace);
        const auto thresholds = pmm::storage::readPositioningThresholds(*workspace);
        alerts = pmm::positioning::openTriggers(facts, thresholds, today).size();
        benchmark::DoNotOptimize(pmm::positioning::winRatesByQuarter(facts, thresholds.minDeals));
        benchmark::DoNotOptimize(pmm::positioning::angleWinRates(facts, thresholds.minDeals));
        deals = facts.deals.size();
    }
    state.counters["deals"] = static_cast<double>(deals);
    state.counters["alerts"] = static_cast<double>(alerts);
}
BENCHMARK(BM_PositioningTriggersAndWinRatesLarge)->Unit(benchmark::kMillisecond)->Iterations(5);

std::string crmExport(int rows) {
    std::string csv =
        "\xEF\xBB\xBFOpportunity ID;Opportunity Name;Close Date;Stage;Amount;"
        "Competitor;Loss Reason;Description\r\n";
    for (int n = 0; n < rows; ++n) {
        const std::string month = std::to_string(n % 12 + 1);
        csv += "006-" + std::to_string(n) + ";\"Customer " + std::to_string(n) +
               ", renewal\";2026-" + (month.size() == 1 ? "0" : "") + month + "-" +
               std::to_string(10 + n % 18) + ";" + (n % 3 == 0 ? "Closed Won" : "Closed Lost") +
               ";\"12.500,00\";" + (n % 2 == 0 ? "Acme" : "Globex") +
               ";Pricing;\"Said \"\"too expensive\"\"\r\nfor now\"\r\n";
    }
    return csv;
}

// A fresh workspace at `target` holding the two competitors the export names.
std::unique_ptr<Workspace> importTarget(const fs::path& target) {
    pmm::bench::removeWorkspace(target);
    auto workspace = Workspace::create(target);
    pmm::catalog::Catalog catalog(*workspace);
    for (const char* name : {"Acme", "Globex"}) {
        pmm::catalog::Competitor competitor;
        competitor.name = name;
        catalog.competitors.add(competitor);
    }
    return workspace;
}

pmm::storage::DealImportCounts importCsv(Workspace& workspace, const std::string& csv) {
    const auto plan = pmm::storage::planDealCsvImport(workspace, csv, {}, {});
    return pmm::storage::DealStore(workspace).import(plan);
}

// The first import of an export: every row is new. Timed up to the workspace closed (its
// checkpoint included).
void BM_ImportDealsCsv100k(benchmark::State& state) {
    const fs::path target = fs::path(PMM_BENCH_WORKSPACE).replace_filename("deals-import.pmmw");
    const std::string csv = crmExport(100000);
    std::int64_t added = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto workspace = importTarget(target);
        state.ResumeTiming();
        added = importCsv(*workspace, csv).added;
        workspace.reset();
    }
    state.counters["rows"] = static_cast<double>(added);
    state.counters["MB"] = static_cast<double>(csv.size()) / 1e6;
    pmm::bench::removeWorkspace(target);
}
BENCHMARK(BM_ImportDealsCsv100k)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

// Next week's export of the same deals: every row is already stored and unchanged.
void BM_ReimportDealsCsv100k(benchmark::State& state) {
    const fs::path target = fs::path(PMM_BENCH_WORKSPACE).replace_filename("deals-import.pmmw");
    const std::string csv = crmExport(100000);
    std::int64_t unchanged = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto workspace = importTarget(target);
        importCsv(*workspace, csv);
        state.ResumeTiming();
        unchanged = importCsv(*workspace, csv).unchanged;
        workspace.reset();
    }
    state.counters["unchanged"] = static_cast<double>(unchanged);
    pmm::bench::removeWorkspace(target);
}
BENCHMARK(BM_ReimportDealsCsv100k)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

}  // namespace
