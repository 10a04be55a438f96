#!/usr/bin/env bash
# Installs what is needed, builds, and runs the whole test suite:
#   1. the regular build (RelWithDebInfo): every test, including the differential tests against the running kernel
#      (they skip themselves where bpf() is not permitted);
#   2. the installed library: examples/embed built against `cmake --install` output (scripts/test_install.sh);
#   3. an AddressSanitizer + UndefinedBehaviorSanitizer build of the same suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

jobs=$(nproc)
# ccache: paths relative to the checkout and no working directory in the hash, so any clone shares one cache.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1 CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-10G}

echo "== build (RelWithDebInfo)"
cmake -S . -B build -G Ninja -DBPFKIT_BENCH=ON >/dev/null
ninja -C build -j"$jobs"
echo "== tests (RelWithDebInfo)"
ctest --test-dir build --output-on-failure -j"$jobs"

echo "== install: cmake --install into a temporary prefix, examples/embed built against it (CMake, pkg-config)"
bash scripts/test_install.sh build

echo "== build (ASan + UBSan)"
cmake -S . -B build-asan -G Ninja -DBPFKIT_SANITIZE=ON -DBPFKIT_BENCH=OFF >/dev/null
ninja -C build-asan -j"$jobs"
echo "== tests (ASan + UBSan): all of them again"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j"$jobs"
