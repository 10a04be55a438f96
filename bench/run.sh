#!/usr/bin/env bash
# Builds the benchmarks in Release (build-bench/) and runs them. Prints Google Benchmark's console output and
# then a markdown table: benchmark | bpfkit ns | native ns | kernel JIT ns | ratio vs native | ratio vs kernel JIT.
# The kernel column needs root (or CAP_BPF + CAP_PERFMON); without it the column says "skipped".
#
#   bench/run.sh                       # 5 repetitions in random order, table of medians
#   bench/run.sh --benchmark_filter=alu_loop --benchmark_repetitions=1
#
# Extra arguments go to the benchmark binary. The raw numbers also land in build-bench/bench.json.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BPFKIT_BENCH_BUILD_DIR:-$root/build-bench}"

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBPFKIT_TESTS=OFF -DBPFKIT_BENCH=ON -DBPFKIT_FUZZ=OFF \
  -DBPFKIT_SANITIZE=OFF >/dev/null
cmake --build "$build" -j2 --target bpfkit_bench >/dev/null

# Random interleaving runs the repetitions of all benchmarks in a shuffled order, so a burst of load from another
# process hits the three columns alike instead of one of them.
exec "$build/bench/bpfkit_bench" \
  --benchmark_repetitions=5 \
  --benchmark_enable_random_interleaving=true \
  --benchmark_report_aggregates_only=true \
  --benchmark_out="$build/bench.json" --benchmark_out_format=json \
  "$@"
