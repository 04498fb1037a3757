#!/usr/bin/env bash
# Installs the Debian 12 packages PMM Workbench needs to build, test and run.
# Idempotent: does nothing when everything is there. Works as root or through sudo.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ ccache pkg-config dpkg-dev
    # Qt 6 (libqt6opengl6-dev: find_package(Qt6 Charts) needs it; only a Recommends)
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-l10n-tools qt6-qpa-plugins libxkbcommon-dev
    # storage and interchange
    libsqlite3-dev sqlite3 nlohmann-json3-dev
    # the app's allocator (tcmalloc_minimal)
    libgoogle-perftools-dev
    # tests and benchmarks
    libgtest-dev libgmock-dev libbenchmark-dev xvfb xauth poppler-utils qpdf
    # the fuzz smoke: clang and its libFuzzer / sanitizer runtimes (libclang_rt.fuzzer)
    clang libclang-rt-14-dev
    # fonts the PDF reports embed
    fonts-dejavu-core
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    if [[ "$status" != "install ok installed" ]]; then
        missing+=("$package")
    fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
    exit 0
fi

echo "Installing ${#missing[@]} missing package(s): ${missing[*]}"
sudo=()
if [[ $(id -u) -ne 0 ]]; then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "error: these packages are missing and neither root nor sudo is available:" >&2
        echo "  ${missing[*]}" >&2
        exit 1
    fi
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq
"${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends \
    "${missing[@]}"
