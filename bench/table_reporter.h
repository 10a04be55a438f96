// Console output plus, at the end, a markdown table with the three implementations of each program side by side
// and the ratios between them, all from the same process run.
#pragma once

#include <benchmark/benchmark.h>

#include <map>
#include <string>
#include <vector>

namespace bench {

// Benchmarks are named "<program>/<impl>" with impl one of kImplBpfkit, kImplNative, kImplKernel. A benchmark that
// runs its body more than once per iteration (the kernel one: BPF_PROG_TEST_RUN with repeat) sets the counter
// kRunsPerIter so the table can show time per program run.
inline constexpr const char* kImplBpfkit = "bpfkit";
inline constexpr const char* kImplNative = "native";
inline constexpr const char* kImplKernel = "kernel_jit";
inline constexpr const char* kRunsPerIter = "runs_per_iter";

class TableReporter : public benchmark::ConsoleReporter {
 public:
  // The table lists programs in this order.
  // Colors only on a terminal: this reporter replaces the library's default one, which would check
  // --benchmark_color itself.
  explicit TableReporter(std::vector<std::string> programs, bool color)
      : benchmark::ConsoleReporter(color ? OO_ColorTabular : OO_Tabular), programs_(std::move(programs)) {}

  // A line printed under the table (why a column is missing, verifier numbers, ...).
  void add_note(std::string note) { notes_.push_back(std::move(note)); }
  // Text shown in a cell that has no measurement (e.g. "skipped").
  void set_missing(const std::string& program, const std::string& impl, std::string why) {
    missing_[{program, impl}] = std::move(why);
  }

  void ReportRuns(const std::vector<Run>& runs) override;
  void Finalize() override;

 private:
  struct Cell {
    double ns = 0;
    bool from_median = false;
  };
  std::vector<std::string> programs_;
  std::vector<std::string> notes_;
  std::map<std::pair<std::string, std::string>, Cell> cells_;
  std::map<std::pair<std::string, std::string>, std::string> missing_;
};

}  // namespace bench
