// Benchmarks over a generated `large` demo workspace. The workspace is generated once and
// reused (its generation is itself measured, once, in BM_GenerateLargeDemo).
#include <benchmark/benchmark.h>

#include <filesystem>

#include "bench_workspace.h"
#include "demo/demo_data.h"
#include "storage/catalog.h"
#include "storage/workspace.h"

namespace {

namespace fs = std::filesystem;
using pmm::storage::Workspace;

void BM_GenerateLargeDemo(benchmark::State& state) {
    for (auto _ : state) {
        const fs::path path = fs::path(PMM_BENCH_WORKSPACE).replace_filename("generate.pmmw");
        pmm::bench::removeWorkspace(path);
        auto workspace = Workspace::create(path);
        pmm::demo::fillDemoData(*workspace, pmm::demo::DemoSize::Large, 1);
        workspace.reset();
        pmm::bench::removeWorkspace(path);
    }
}
BENCHMARK(BM_GenerateLargeDemo)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_OpenLargeWorkspace(benchmark::State& state) {
    const fs::path path = pmm::bench::largeWorkspace();
    for (auto _ : state) {
        auto workspace = Workspace::open(path);
        benchmark::DoNotOptimize(workspace->schemaVersion());
    }
}
BENCHMARK(BM_OpenLargeWorkspace)->Unit(benchmark::kMillisecond);

void BM_ListPeople(benchmark::State& state) {
    auto workspace = Workspace::open(pmm::bench::largeWorkspace());
    pmm::catalog::Catalog catalog(*workspace);
    for (auto _ : state) {
        benchmark::DoNotOptimize(catalog.people.list().size());
    }
}
BENCHMARK(BM_ListPeople)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
