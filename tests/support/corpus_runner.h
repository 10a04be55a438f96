// What every side of the differential corpus does alike with a case's steps (userspace in corpus_userspace.cc,
// the kernel through libbpf in corpus_kernel.cc, the kernel through bpfkit's backend in corpus_kbackend.cc): build
// a step's key, value, data and context from the case, check them against the map, and only then hand them to the
// side. So a mistake in a case is the same step error on every side, and the sides differ only where they should:
// in how a map is updated and a program run.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "bpfkit/test_run.h"
#include "support/corpus_case.h"

namespace bpfkit::testing::corpus {

class StepRunner {
 public:
  virtual ~StepRunner() = default;
  // Runs every step of c in order, appending their results to out.steps.
  void run_steps(const Case& c, Outcome& out);

 protected:
  struct MapSizes {
    size_t key = 0, value = 0;  // value: one CPU's for a per-CPU map
  };
  // The map's sizes, or nullopt for no such map.
  virtual std::optional<MapSizes> map_sizes(const std::string& map) = 0;
  // The map operations, with inputs already checked; each returns the call's return value (0 or -errno). update
  // gets one CPU's value for a per-CPU map (every CPU gets it: see percpu_value).
  virtual int update(const std::string& map, const Bytes& key, const Bytes& value, uint64_t flags) = 0;
  virtual int remove(const std::string& map, const Bytes& key) = 0;
  virtual int push(const std::string& map, const Bytes& value, uint64_t flags) = 0;
  // A prog array slot (s.prog names a program) or a map-in-map slot (s.prog names a map); a name the object does
  // not have is r.error.
  virtual int set_slot(const std::string& map, const Step& s, StepResult& r) = 0;
  // Test-runs s.prog with the inputs built from s.data and s.ctx, filling r.
  virtual void run_program(const Step& s, const std::optional<Bytes>& data, const std::optional<Bytes>& ctx,
                           StepResult& r) = 0;

 private:
  StepResult step(const Step& s);
};

// The value userspace passes for a per-CPU map: v in every possible CPU's 8-byte aligned slot.
Bytes percpu_value(const Bytes& v, size_t value_size);

// A run step as bpfkit's TestRunOptions (the userspace runtime and the kernel backend take the same).
TestRunOptions test_run_options(const Step& s, const std::optional<Bytes>& data, const std::optional<Bytes>& ctx);

// The event consumers both kernel sides use: libbpf's ring_buffer and perf_buffer (8 pages per CPU), recording
// what corpus_case.h's Outcome holds (ring buffer records as sent; perf records as u32 cpu then the raw sample, and
// lost samples as "LOST", cpu, count).
class LibbpfConsumers {
 public:
  LibbpfConsumers() = default;
  ~LibbpfConsumers();
  LibbpfConsumers(const LibbpfConsumers&) = delete;
  LibbpfConsumers& operator=(const LibbpfConsumers&) = delete;
  // The error text, or empty.
  std::string add_ringbuf(const std::string& name, int fd, std::vector<Bytes>* records);
  std::string add_perf(const std::string& name, int fd, std::vector<Bytes>* records);
  void drain();

 private:
  void* rb_ = nullptr;            // struct ring_buffer
  std::vector<void*> perf_;       // struct perf_buffer
};

}  // namespace bpfkit::testing::corpus
