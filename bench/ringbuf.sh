#!/usr/bin/env bash
# Builds (Release, build-bench/) and runs the ring buffer consumer benchmark: bpfkit vs libbpf, same run, as root.
#   bench/ringbuf.sh [REPETITIONS]     # default 7; prints a markdown table of medians
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BPFKIT_BENCH_BUILD_DIR:-$root/build-bench}"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBPFKIT_TESTS=OFF -DBPFKIT_BENCH=ON -DBPFKIT_FUZZ=OFF \
  -DBPFKIT_SANITIZE=OFF >/dev/null
cmake --build "$build" -j2 --target bpfkit_ringbuf_bench >/dev/null
exec "$build/bench/bpfkit_ringbuf_bench" "$@"
