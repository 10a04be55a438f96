#!/usr/bin/env bash
# Builds the verifier benchmark in Release (build-bench/) and runs it as root: bpfkit's verify() against the
# running kernel's BPF_PROG_LOAD on the largest programs of tests/bpf/, tests/bpf/corpus/, tests/verifier/c/ and
# examples/, plus a generated 10,000-iteration bounded loop. Prints a markdown table (docs/performance.md keeps the
# latest one).
#
#   bench/run_verifier.sh                 # the 10 largest programs, 7 repetitions each
#   bench/run_verifier.sh --top 5 --reps 11
#   bench/run_verifier.sh path/to/obj.o   # only these objects
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BPFKIT_BENCH_BUILD_DIR:-$root/build-bench}"

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBPFKIT_TESTS=OFF -DBPFKIT_BENCH=ON -DBPFKIT_FUZZ=OFF \
  -DBPFKIT_SANITIZE=OFF >/dev/null
cmake --build "$build" -j2 --target bpfkit_verifier_bench >/dev/null
exec "$build/bench/bpfkit_verifier_bench" "$@"
