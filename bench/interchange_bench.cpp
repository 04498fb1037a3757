// Export and import of the `large` demo workspace (bash packaging/dev.sh bench). Targets:
// export under 2 s, import into an empty workspace under 5 s. The import benchmark also
// checks the round trip: the imported workspace exports to the same bytes.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "bench_workspace.h"
#include "interchange/exporter.h"
#include "interchange/workspace_importer.h"
#include "storage/interchange_reader.h"
#include "storage/workspace.h"

namespace {

namespace fs = std::filesystem;
using pmm::storage::OpenMode;
using pmm::storage::OpenOptions;
using pmm::storage::Workspace;

fs::path besideLarge(const char* name) {
    return fs::path(pmm::bench::largeWorkspace()).replace_filename(name);
}

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void BM_ExportLargeWorkspace(benchmark::State& state) {
    OpenOptions options;
    options.mode = OpenMode::ReadOnly;
    auto workspace = Workspace::open(pmm::bench::largeWorkspace(), options);
    const fs::path output = besideLarge("large-export.json");
    std::size_t bytes = 0;
    for (auto _ : state) {
        bytes = pmm::interchange::exportWorkspace(*workspace, output).bytes;
    }
    state.counters["MB"] = static_cast<double>(bytes) / 1e6;
}
BENCHMARK(BM_ExportLargeWorkspace)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_ImportLargeIntoEmptyWorkspace(benchmark::State& state) {
    const fs::path json = besideLarge("large-export.json");
    {
        OpenOptions options;
        options.mode = OpenMode::ReadOnly;
        auto source = Workspace::open(pmm::bench::largeWorkspace(), options);
        pmm::interchange::exportWorkspace(*source, json);
    }
    const fs::path target = besideLarge("large-imported.pmmw");
    for (auto _ : state) {
        state.PauseTiming();
        pmm::bench::removeWorkspace(target);
        auto workspace = Workspace::create(target);
        state.ResumeTiming();
        const auto report = pmm::interchange::importWorkspaceFile(*workspace, json);
        state.PauseTiming();
        if (!report.written) {
            state.SkipWithError(report.problemSummary().c_str());
            break;
        }
        const std::string again =
            pmm::interchange::exportJson(pmm::storage::readWorkspaceData(workspace->handle()));
        if (again != readFile(json)) {
            state.SkipWithError("the round trip did not give the same bytes");
            break;
        }
        workspace.reset();
        state.ResumeTiming();
    }
    pmm::bench::removeWorkspace(target);
}
BENCHMARK(BM_ImportLargeIntoEmptyWorkspace)->Unit(benchmark::kMillisecond)->Iterations(2);

// The part of that import before any write: reading the file and checking it (a dry run into
// an empty workspace). Uses the export the benchmark above leaves, or makes it.
void BM_AnalyseLargeExport(benchmark::State& state) {
    const fs::path json = besideLarge("large-export.json");
    if (!fs::exists(json)) {
        OpenOptions options;
        options.mode = OpenMode::ReadOnly;
        auto source = Workspace::open(pmm::bench::largeWorkspace(), options);
        pmm::interchange::exportWorkspace(*source, json);
    }
    const fs::path target = besideLarge("large-analysed.pmmw");
    pmm::bench::removeWorkspace(target);
    auto workspace = Workspace::create(target);
    pmm::interchange::ImportOptions options;
    options.dryRun = true;
    for (auto _ : state) {
        const auto report = pmm::interchange::importWorkspaceFile(*workspace, json, options);
        if (!report.valid()) {
            state.SkipWithError(report.problemSummary().c_str());
            break;
        }
    }
    workspace.reset();
    pmm::bench::removeWorkspace(target);
}
BENCHMARK(BM_AnalyseLargeExport)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
