#include "table_reporter.h"

#include <cstdio>
#include <ostream>

namespace bench {
namespace {

std::string format_ns(double ns) {
  char buf[64];
  if (ns < 100) {
    std::snprintf(buf, sizeof(buf), "%.1f", ns);
  } else {
    // Thousands separators: the loop benchmarks are in the 10^5..10^7 ns range.
    std::string digits = std::to_string(static_cast<long long>(ns + 0.5));
    std::string out;
    for (size_t i = 0; i < digits.size(); i++) {
      if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
      out += digits[i];
    }
    return out;
  }
  return buf;
}

std::string format_ratio(double r) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), r < 10 ? "%.2f×" : "%.1f×", r);
  return buf;
}

}  // namespace

void TableReporter::ReportRuns(const std::vector<Run>& runs) {
  ConsoleReporter::ReportRuns(runs);
  for (const Run& run : runs) {
    if (run.error_occurred) continue;
    bool median = run.run_type == Run::RT_Aggregate;
    if (median && run.aggregate_name != "median") continue;
    const std::string& name = run.run_name.function_name;
    size_t slash = name.rfind('/');
    if (slash == std::string::npos) continue;
    std::pair<std::string, std::string> key{name.substr(0, slash), name.substr(slash + 1)};
    // With --benchmark_repetitions the median wins over the single repetitions.
    auto it = cells_.find(key);
    if (it != cells_.end() && it->second.from_median && !median) continue;
    double runs_per_iter = 1;
    auto counter = run.counters.find(kRunsPerIter);
    if (counter != run.counters.end() && counter->second.value > 0) runs_per_iter = counter->second.value;
    // CPU time, unless the benchmark chose real or manual time (the kernel one: BPF_PROG_TEST_RUN's own clock).
    // The kernel's clock stops whenever its repeat loop yields between runs (bpf_test_timer_continue pauses it
    // around cond_resched), so it is close to CPU time; wall time for bpfkit and native would charge them for
    // other processes on a busy machine while the kernel column is not.
    double t = run.run_name.time_type.empty() ? run.GetAdjustedCPUTime() : run.GetAdjustedRealTime();
    double ns = t / benchmark::GetTimeUnitMultiplier(run.time_unit) * 1e9;
    cells_[key] = Cell{ns / runs_per_iter, median};
  }
}

void TableReporter::Finalize() {
  ConsoleReporter::Finalize();
  std::ostream& out = GetOutputStream();
  auto cell = [&](const std::string& program, const std::string& impl) -> const Cell* {
    auto it = cells_.find({program, impl});
    return it == cells_.end() ? nullptr : &it->second;
  };
  auto show = [&](const std::string& program, const std::string& impl) {
    if (const Cell* c = cell(program, impl)) return format_ns(c->ns);
    auto m = missing_.find({program, impl});
    return m == missing_.end() ? std::string("n/a") : m->second;
  };
  auto ratio = [&](const std::string& program, const std::string& impl) {
    const Cell* a = cell(program, kImplBpfkit);
    const Cell* b = cell(program, impl);
    return a && b && b->ns > 0 ? format_ratio(a->ns / b->ns) : std::string("n/a");
  };
  out << "\n| benchmark | bpfkit ns | native ns | kernel JIT ns | bpfkit / native | bpfkit / kernel JIT |\n"
      << "|---|---:|---:|---:|---:|---:|\n";
  for (const std::string& p : programs_) {
    if (!cell(p, kImplBpfkit) && !cell(p, kImplNative) && !cell(p, kImplKernel)) continue;  // filtered out
    out << "| " << p << " | " << show(p, kImplBpfkit) << " | " << show(p, kImplNative) << " | "
        << show(p, kImplKernel) << " | " << ratio(p, kImplNative) << " | " << ratio(p, kImplKernel) << " |\n";
  }
  bool any_median = false;
  for (const auto& [key, c] : cells_) any_median |= c.from_median;
  out << "\nns per program run" << (any_median ? " (median of the repetitions)" : "")
      << "; bpfkit and native: CPU time of the benchmark thread; kernel JIT: BPF_PROG_TEST_RUN's duration.\n";
  for (const std::string& note : notes_) out << "- " << note << "\n";
  out.flush();
}

}  // namespace bench
