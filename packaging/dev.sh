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
