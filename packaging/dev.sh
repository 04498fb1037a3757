#!/usr/bin/env bash
# The README's two commands:
#   bash packaging/dev.sh run [ARGS...]   install what is missing, build, start the app
#   bash packaging/dev.sh test            the same set-up, then every test
# (and `bench`: build and run the benchmarks on a generated large workspace).
set -euo pipefail
cd "$(dirname "$0")/.."

action=${1:-run}
shift || true

bash packaging/install-deps.sh

export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}
mkdir -p -m 0700 "$XDG_RUNTIME_DIR"

preset=default
if [[ -n "${CI:-}" ]]; then
    preset=ci  # warnings are errors
fi

build() {
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" "$@"
}

# The fuzz smoke of the test command: the JSON import under libFuzzer (fuzz/import_fuzzer.cpp)
# for PMM_FUZZ_SECONDS seconds (default 60; 0 skips it) on the seed corpus. Its own clang
# build holding only the fuzzer and the core library it links, optimised lightly (-O1) to
# keep the build short. A crash, leak, hang or sanitizer report fails the command.
fuzz_smoke() {
    local seconds=${PMM_FUZZ_SECONDS:-60}
    if [[ "$seconds" == 0 ]]; then
        echo "Fuzz smoke skipped (PMM_FUZZ_SECONDS=0)."
        return
    fi
    local dir=build/fuzz-smoke
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=None \
        -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
        -DCMAKE_CXX_FLAGS="-O1 -gline-tables-only" -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
        -DPMM_FUZZ=ON -DPMM_BUILD_UI=OFF -DPMM_BUILD_TESTS=OFF -DPMM_BUILD_BENCH=OFF >/dev/null
    cmake --build "$dir" --target import_fuzzer
    mkdir -p "$dir/corpus"
    echo "Fuzzing the JSON import for ${seconds} s (log: $dir/fuzz.log)"
    if ! "$dir/fuzz/import_fuzzer" -max_total_time="$seconds" -timeout=20 -max_len=16384 \
        -dict=fuzz/import.dict -artifact_prefix="$dir/" -print_final_stats=1 \
        "$dir/corpus" fuzz/corpus >"$dir/fuzz.log" 2>&1; then
        tail -n 60 "$dir/fuzz.log" >&2
        echo "error: the fuzzer found a problem; the input is in $dir/ (crash-*, leak-*," \
            "timeout-*): fix it and add the input to fuzz/corpus/" >&2
        return 1
    fi
    grep -E "^(stat::number_of_executed_units|Done)" "$dir/fuzz.log" || true
}

case "$action" in
    run)
        build --target pmm-workbench
        binary="build/$preset/app/pmm-workbench"
        if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && $# -eq 0 ]]; then
            echo "No display found: starting under a virtual screen (xvfb-run)."
            exec xvfb-run -a -s "-screen 0 1280x800x24" "$binary" "$@"
        fi
        exec "$binary" "$@"
        ;;
    test)
        # Proof that core builds without Qt: a configuration with no UI at all.
        cmake --preset core-only >/dev/null
        cmake --build --preset core-only --target pmm_core
        build
        ctest --preset "$preset"
        fuzz_smoke
        ;;
    bench)
        build --target pmm_bench
        "build/$preset/bench/pmm_bench" "$@"
        ;;
    *)
        echo "usage: bash packaging/dev.sh run [ARGS...] | test | bench" >&2
        exit 2
        ;;
esac
