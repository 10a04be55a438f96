#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (build-fuzz/) and runs one of them for a while.
#
#   tests/fuzz/run.sh decode 600      # fuzz_decode for 10 minutes
#   tests/fuzz/run.sh asm 120 -jobs=2 -workers=2   # extra arguments go to libFuzzer
#
# The working corpus is fuzz-corpus-TARGET/ at the top of the tree (git-ignored), seeded from
# tests/fuzz/corpus/TARGET/, so later runs continue where earlier ones stopped. Crashes, leaks and timeouts are
# written to build-fuzz/artifacts/ as TARGET-crash-<sha1> etc.; reproduce one with
#   build-fuzz/tests/fuzz/fuzz_TARGET build-fuzz/artifacts/TARGET-crash-...
# Exit status: 0 if the run ended without a finding, libFuzzer's nonzero status otherwise.
set -euo pipefail
if [[ $# -lt 2 ]]; then
  echo "usage: $0 decode|asm|btf|object|run|verifier|events|tracing SECONDS [libFuzzer flags...]" >&2
  exit 2
fi
target="$1"
seconds="$2"
shift 2
case "$target" in
  decode|asm|btf|object|run|verifier|events|tracing) ;;
  fuzz_decode|fuzz_asm|fuzz_btf|fuzz_object|fuzz_run|fuzz_verifier|fuzz_events|fuzz_tracing) target="${target#fuzz_}" ;;
  *) echo "unknown target '$target' (decode, asm, btf, object, run, verifier, events or tracing)" >&2; exit 2 ;;
esac

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${BPFKIT_FUZZ_BUILD_DIR:-$root/build-fuzz}"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -DBPFKIT_FUZZ=ON -DBPFKIT_TESTS=OFF -DBPFKIT_BENCH=OFF >/dev/null
cmake --build "$build" -j2 --target "fuzz_$target" >/dev/null

corpus="$root/fuzz-corpus-$target"
artifacts="$build/artifacts"  # inside the (git-ignored) build dir
mkdir -p "$corpus" "$artifacts"
flags=(-max_total_time="$seconds" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048
       -artifact_prefix="$artifacts/$target-")
if [[ "$target" == asm ]]; then
  flags+=(-dict="$root/tests/fuzz/asm.dict")
fi

# The build compiles UBSan checks as recoverable (top-level CMakeLists.txt), so without halt_on_error a UB report
# would scroll past and the input would not be saved.
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"

log="$build/fuzz-$target.log"
set +e
# New inputs go to the first directory only, so the checked-in seeds stay as they are.
"$build/tests/fuzz/fuzz_$target" "${flags[@]}" "$@" "$corpus" "$root/tests/fuzz/corpus/$target" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# libFuzzer's final stats: the number of executions is the headline.
execs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' | tail -1 || true)
# -fork mode prints no final stats; its last "#N:" status line counts the executions of all jobs.
[[ -n "$execs" ]] || execs=$(grep -Eo '^#[0-9]+' "$log" | tr -d '#' | tail -1 || true)
echo
echo "fuzz_$target: ${execs:-?} executions in ${seconds}s, exit status $status, corpus $(ls "$corpus" | wc -l) files"
exit "$status"
