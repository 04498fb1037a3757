// Generating the `large` demo's 100,000 launches (with their checklists and overrides), apart
// from the rest of the demo, which BM_GenerateLargeDemo measures whole.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <random>

#include "bench_workspace.h"
#include "demo/demo_data.h"
#include "demo/demo_launches.h"
#include "storage/workspace.h"

namespace {

namespace fs = std::filesystem;
using pmm::storage::Workspace;

void BM_GenerateLargeDemoLaunches(benchmark::State& state) {
    const int count = pmm::demo::demoCounts(pmm::demo::DemoSize::Large).launches;
    for (auto _ : state) {
        state.PauseTiming();
        const fs::path path = fs::path(PMM_BENCH_WORKSPACE).replace_filename("launches.pmmw");
        pmm::bench::removeWorkspace(path);
        auto workspace = Workspace::create(path);
        pmm::demo::fillDemoData(*workspace, pmm::demo::DemoSize::Medium, 1);
        std::mt19937_64 random(2);  // not the catalog's stream: its uids would repeat
        state.ResumeTiming();
        {
            Workspace::BulkChange bulk(*workspace);
            pmm::demo::fillDemoLaunches(*workspace, count, random);
            bulk.commit();
        }
        state.PauseTiming();
        workspace.reset();
        pmm::bench::removeWorkspace(path);
        state.ResumeTiming();
    }
    state.counters["launches"] = count;
}
BENCHMARK(BM_GenerateLargeDemoLaunches)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
