// bpfkit's interpreter against native C (clang -O2) and the kernel's JIT on the same programs.
//
// Each program in programs.h is assembled once by bpfkit::assemble; the same instructions are loaded into
// bpfkit and into the kernel (bpf() + BPF_PROG_TEST_RUN), and bench/native/programs.c does the same work in C.
// The BPF C objects in bench/bpf/ (maps, helpers, packets) are set up by object_bench.cc the same way.
// Before anything is timed, the three results are compared, so a table never compares different computations.
// Run through bench/run.sh, which builds Release and keeps the JSON as well.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "bpfkit/asm.h"
#include "bpfkit/vm.h"
#include "kernel_prog.h"
#include "object_bench.h"
#include "programs.h"
#include "table_reporter.h"

namespace {

// The trip count reaches the native code through a volatile read at run time, so clang cannot specialize or fold
// the call even if it could see both sides.
volatile uint64_t g_native_arg = 0;

struct Loaded {
  const bench::BenchProgram* def = nullptr;
  std::optional<bpfkit::Program> program;        // empty if bpfkit could not assemble or load it
  std::unique_ptr<bench::KernelProgram> kernel;  // null if the kernel column is skipped
  uint32_t kernel_repeat = 1;
};

void bm_bpfkit(benchmark::State& state, const bpfkit::Program* program) {
  bpfkit::RunContext ctx;  // the programs use no memory besides their stack
  for (auto _ : state) {
    auto r = program->run(ctx);
    if (!r.has_value()) {
      state.SkipWithError(r.error().to_string().c_str());
      break;
    }
    benchmark::DoNotOptimize(r.value());
  }
}

void bm_native(benchmark::State& state, const bench::BenchProgram* def) {
  for (auto _ : state) {
    g_native_arg = def->native_arg;
    uint64_t r = def->native(g_native_arg);
    benchmark::DoNotOptimize(r);
  }
}

// One iteration is one BPF_PROG_TEST_RUN with `repeat` runs; the kernel times the runs itself (ktime around its
// repeat loop, average per run), and that total becomes the iteration's manual time. The table divides by
// runs_per_iter. The syscall's own cost is outside the kernel's measurement, as it should be.
void bm_kernel(benchmark::State& state, bench::KernelProgram* kernel, uint32_t repeat) {
  for (auto _ : state) {
    bench::KernelRun run;
    if (!kernel->test_run(repeat, run)) {
      state.SkipWithError(kernel->error().c_str());
      break;
    }
    state.SetIterationTime(static_cast<double>(run.duration_ns) * repeat * 1e-9);
  }
  state.counters[bench::kRunsPerIter] = repeat;
}

std::string strf(const char* format, auto... args) {
  char buf[512];
  std::snprintf(buf, sizeof(buf), format, args...);
  return buf;
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;

  std::vector<std::string> names;
  for (const auto& def : bench::kPrograms) names.push_back(def.name);
  for (const std::string& name : bench::object_benchmark_names()) names.push_back(name);
  bench::TableReporter reporter(names, isatty(STDOUT_FILENO) != 0);
  reporter.add_note(strf("kernel, assembly programs: BPF_PROG_TYPE_SOCKET_FILTER, BPF_PROG_TEST_RUN on a 64-byte "
                        "packet, net.core.bpf_jit_enable=%s.", bench::jit_setting().c_str()));

  std::vector<Loaded> loaded(std::size(bench::kPrograms));
  bool kernel_denied = false;
  std::string kernel_reason;
  int status = 0;
  for (size_t i = 0; i < loaded.size(); i++) {
    Loaded& l = loaded[i];
    l.def = &bench::kPrograms[i];
    const std::string name = l.def->name;

    auto insns = bpfkit::assemble(l.def->text);
    if (!insns) {
      std::fprintf(stderr, "%s: assemble: %s\n", name.c_str(), insns.error().to_string().c_str());
      return 1;
    }
    auto program = bpfkit::Program::load(*insns);
    if (program) {
      l.program.emplace(std::move(*program));
    } else {
      std::fprintf(stderr, "%s: bpfkit load: %s\n", name.c_str(), program.error().to_string().c_str());
      reporter.set_missing(name, bench::kImplBpfkit, "load error");
      status = 1;
    }

    if (!kernel_denied) {
      auto kernel = std::make_unique<bench::KernelProgram>();
      if (kernel->load(*insns)) {
        // Probe, then size repeat so one BPF_PROG_TEST_RUN takes about 2 ms: long enough to amortize the
        // syscall, short enough for the benchmark library to take many samples.
        bench::KernelRun probe;
        if (kernel->test_run(100, probe)) {
          uint64_t per_run = std::max<uint64_t>(probe.duration_ns, 1);
          l.kernel_repeat = static_cast<uint32_t>(std::clamp<uint64_t>(2'000'000 / per_run, 1, 1'000'000));
          reporter.add_note(strf("%s: kernel verifier processed %u insns, JIT image %u bytes, repeat %u.",
                                name.c_str(), kernel->verified_insns(), kernel->jited_len(), l.kernel_repeat));
          l.kernel = std::move(kernel);
        } else {
          std::fprintf(stderr, "%s: %s\n", name.c_str(), kernel->error().c_str());
          reporter.set_missing(name, bench::kImplKernel, "test_run error");
        }
      } else if (kernel->not_permitted()) {
        kernel_denied = true;
        kernel_reason = kernel->error();
      } else {
        // A kernel that rejects a program (an old verifier, say) costs that one cell, not the whole run.
        std::fprintf(stderr, "%s: kernel: %s\n", name.c_str(), kernel->error().c_str());
        reporter.set_missing(name, bench::kImplKernel, "rejected");
        reporter.add_note(name + ": the kernel rejected the program; the reason is on stderr.");
      }
    }
    if (kernel_denied) reporter.set_missing(name, bench::kImplKernel, "skipped");

    // Same computation everywhere: compare R0 (the kernel reports only its low 32 bits).
    g_native_arg = l.def->native_arg;
    uint64_t native = l.def->native(g_native_arg);
    if (l.program) {
      bpfkit::RunContext ctx;
      auto r = l.program->run(ctx);
      if (!r || *r != native) {
        std::fprintf(stderr, "%s: bpfkit result %s differs from native 0x%llx\n", name.c_str(),
                     r ? strf("0x%llx", (unsigned long long)*r).c_str() : r.error().to_string().c_str(),
                     (unsigned long long)native);
        return 1;
      }
    }
    if (l.kernel) {
      bench::KernelRun run;
      if (!l.kernel->test_run(1, run) || run.retval != static_cast<uint32_t>(native)) {
        std::fprintf(stderr, "%s: kernel result 0x%x differs from native 0x%llx\n", name.c_str(), run.retval,
                     (unsigned long long)native);
        return 1;
      }
    }
  }
  if (kernel_denied) {
    reporter.add_note("kernel JIT column skipped: " + kernel_reason +
                      " (loading programs needs root, or CAP_BPF + CAP_PERFMON).");
  }
  reporter.add_note(strf("alu_loop and stack_loop run %llu loop iterations per program run.",
                        (unsigned long long)bench::kLoopIterations));

  for (Loaded& l : loaded) {
    const std::string name = l.def->name;
    if (l.program) {
      benchmark::RegisterBenchmark((name + "/" + bench::kImplBpfkit).c_str(), bm_bpfkit, &*l.program)
          ->Unit(benchmark::kNanosecond);
    }
    benchmark::RegisterBenchmark((name + "/" + bench::kImplNative).c_str(), bm_native, l.def)
        ->Unit(benchmark::kNanosecond);
    if (l.kernel) {
      benchmark::RegisterBenchmark((name + "/" + bench::kImplKernel).c_str(), bm_kernel, l.kernel.get(),
                                   l.kernel_repeat)
          ->UseManualTime()
          ->Unit(benchmark::kNanosecond);
    }
  }

  // The BPF C objects with maps and helpers (object_bench.cc), after the assembly programs in the table.
  int object_status = bench::setup_object_benchmarks(reporter);
  if (object_status == 2) return 1;
  if (object_status != 0) status = 1;

  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
  return status;
}
