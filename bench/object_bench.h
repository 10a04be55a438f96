// Benchmarks of whole BPF C objects (bench/bpf/*.bpf.c) with maps and helpers: bpfkit's UserspaceObject against
// native C and the kernel's JIT (the same .o loaded by libbpf), all on the same 1500-byte packet.
#pragma once

#include <string>
#include <vector>

#include "table_reporter.h"

namespace bench {

// The object benchmarks' names, in table order.
std::vector<std::string> object_benchmark_names();

// Loads every object into bpfkit and into the kernel, fills their maps, checks that bpfkit, the native C and the
// kernel compute the same result, and registers the benchmarks (to run with RunSpecifiedBenchmarks). A backend
// that cannot load a program costs its cells ("load error", "rejected", "skipped"), with the reason on stderr.
// Returns 0, 1 if a bpfkit cell is missing for an error (the run still reports the rest), or 2 if a result differs
// or an object file is missing: then nothing must be timed.
int setup_object_benchmarks(TableReporter& reporter);

}  // namespace bench
