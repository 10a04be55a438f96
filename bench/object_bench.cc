// The object benchmarks: see object_bench.h, and docs/performance.md for what each program does.
//
// Measurement, per backend, chosen to match the assembly benchmarks in interp_bench.cc:
//  - kernel JIT: BPF_PROG_TEST_RUN with repeat sized to about 2 ms per call; the kernel's own duration per run.
//  - bpfkit: UserspaceObject::test_run with repeat sized to about 10 ms of wall time per call, timed as CPU time
//    of the benchmark thread and divided by repeat. CPU time, not test_run's duration_ns (wall time), because the
//    kernel's clock also stops when its loop yields; duration_ns is still recorded as the counter "test_run_ns"
//    for comparison. Each call also builds the XDP frame outside test_run's timed loop (measured at about 50 us of
//    CPU: an mmap'ed low page, sysfs reads for the loopback device); over a call of several ms that is under 1 %,
//    which the kernel column does not pay (its clock starts after its setup).
//  - native: one call of the C function per iteration, CPU time.
#include "object_bench.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>

#include "bpf/bench_params.h"
#include "bpfkit/object.h"
#include "bpfkit/runtime.h"
#include "kernel_object.h"

extern "C" {
uint64_t bpfkit_native_map_hash(const uint8_t* packet, uint64_t len, uint64_t n);
uint64_t bpfkit_native_map_array(const uint8_t* packet, uint64_t len, uint64_t n);
void bpfkit_native_map_array_fill(void);
uint64_t bpfkit_native_csum_words(const uint8_t* packet, uint64_t len, uint64_t n);
uint64_t bpfkit_native_csum_fast(const uint8_t* packet, uint64_t len, uint64_t n);
}

namespace bench {
namespace {

using NativeFn = uint64_t (*)(const uint8_t* packet, uint64_t len, uint64_t n);

struct ObjectBench {
  const char* name;      // the benchmark's name and the program's (function) name
  const char* object;    // file name in the BPF object directory
  NativeFn native;
  const char* fill_map;  // an array map userspace fills with BENCH_ARRAY_VALUE(i) before any run, or nullptr
};

const ObjectBench kObjectBenches[] = {
    {"map_hash", "bench_map_hash.o", bpfkit_native_map_hash, nullptr},
    {"map_array", "bench_map_array.o", bpfkit_native_map_array, "array"},
    {"csum_loop", "bench_csum_loop.o", bpfkit_native_csum_words, nullptr},
    {"csum_diff", "bench_csum_diff.o", bpfkit_native_csum_fast, nullptr},
};

struct Loaded {
  const ObjectBench* def = nullptr;
  std::unique_ptr<bpfkit::UserspaceObject> user;  // null if bpfkit could not load it
  uint32_t user_repeat = 1;
  std::unique_ptr<KernelObject> kernel;  // null if the kernel column is skipped
  uint32_t kernel_repeat = 1;
};

// Registered benchmarks point into these, so they live until the process ends.
std::vector<std::unique_ptr<Loaded>> g_loaded;
std::vector<uint8_t> g_packet;
volatile uint64_t g_native_n = 0;  // read at each call, so clang cannot specialize the native code

std::string strf(const char* format, auto... args) {
  char buf[512];
  std::snprintf(buf, sizeof(buf), format, args...);
  return buf;
}

// Arbitrary but fixed bytes (xorshift64), so every backend sums the same packet and the checksum is not trivial.
std::vector<uint8_t> make_packet() {
  std::vector<uint8_t> p(BENCH_PACKET_LEN);
  uint64_t x = 0x2545f4914f6cdd1dull;
  for (uint8_t& b : p) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    b = static_cast<uint8_t>(x >> 32);
  }
  return p;
}

std::string object_dir() {
  if (const char* dir = std::getenv("BPFKIT_BENCH_BPF_DIR")) return dir;
  return BPFKIT_BENCH_BPF_DIR;
}

bpfkit::TestRunOptions run_options(uint32_t repeat) {
  bpfkit::TestRunOptions opt;
  opt.data_in = g_packet;
  opt.repeat = repeat;
  return opt;
}

uint32_t repeat_for(uint64_t per_run_ns, uint64_t target_ns) {
  return static_cast<uint32_t>(std::clamp<uint64_t>(target_ns / std::max<uint64_t>(per_run_ns, 1), 1, 1'000'000));
}

void bm_bpfkit(benchmark::State& state, Loaded* l) {
  const bpfkit::TestRunOptions opt = run_options(l->user_repeat);
  double test_run_ns = 0;
  for (auto _ : state) {
    auto r = l->user->test_run(l->def->name, opt);
    if (!r) {
      state.SkipWithError(r.error().to_string().c_str());
      break;
    }
    test_run_ns += static_cast<double>(r->duration_ns);
  }
  state.counters[kRunsPerIter] = l->user_repeat;
  // test_run's own wall-clock mean per run, averaged over the iterations.
  state.counters["test_run_ns"] = benchmark::Counter(test_run_ns, benchmark::Counter::kAvgIterations);
}

void bm_native(benchmark::State& state, const ObjectBench* def) {
  for (auto _ : state) {
    g_native_n = BENCH_MAP_OPS;
    uint64_t r = def->native(g_packet.data(), g_packet.size(), g_native_n);
    benchmark::DoNotOptimize(r);
  }
}

// As bm_kernel in interp_bench.cc: one BPF_PROG_TEST_RUN per iteration, the kernel's duration as manual time.
void bm_kernel(benchmark::State& state, Loaded* l) {
  for (auto _ : state) {
    KernelRun run;
    if (!l->kernel->test_run(g_packet, l->kernel_repeat, run)) {
      state.SkipWithError(l->kernel->error().c_str());
      break;
    }
    state.SetIterationTime(static_cast<double>(run.duration_ns) * l->kernel_repeat * 1e-9);
  }
  state.counters[kRunsPerIter] = l->kernel_repeat;
}

// bpfkit side: open, load, fill, probe. Returns false (with the cell marked) if bpfkit cannot run it.
bool load_bpfkit(Loaded& l, const std::string& path, TableReporter& reporter) {
  const std::string name = l.def->name;
  auto spec = bpfkit::ObjectSpec::open(path);
  if (!spec) {
    std::fprintf(stderr, "%s: bpfkit open: %s\n", name.c_str(), spec.error().to_string().c_str());
    reporter.set_missing(name, kImplBpfkit, "open error");
    return false;
  }
  auto obj = bpfkit::UserspaceObject::load(std::move(*spec));
  if (!obj) {
    std::fprintf(stderr, "%s: bpfkit load: %s\n", name.c_str(), obj.error().to_string().c_str());
    reporter.set_missing(name, kImplBpfkit, "load error");
    return false;
  }
  l.user = std::move(*obj);
  if (l.def->fill_map != nullptr) {
    bpfkit::Map* map = l.user->map(l.def->fill_map);
    for (uint32_t i = 0; map != nullptr && i < BENCH_MAP_ENTRIES; i++) {
      uint64_t value = BENCH_ARRAY_VALUE(i);
      if (map->update_elem(&i, &value) != 0) map = nullptr;
    }
    if (map == nullptr) {
      std::fprintf(stderr, "%s: bpfkit: cannot fill map %s\n", name.c_str(), l.def->fill_map);
      reporter.set_missing(name, kImplBpfkit, "map error");
      l.user.reset();
      return false;
    }
  }
  auto probe = l.user->test_run(name, run_options(100));
  if (!probe) {
    std::fprintf(stderr, "%s: bpfkit test_run: %s\n", name.c_str(), probe.error().to_string().c_str());
    reporter.set_missing(name, kImplBpfkit, "run error");
    l.user.reset();
    return false;
  }
  l.user_repeat = repeat_for(probe->duration_ns, 10'000'000);
  return true;
}

// Kernel side. Sets *denied when bpf() is off limits, so the caller stops trying.
void load_kernel(Loaded& l, const std::string& path, TableReporter& reporter, bool* denied, std::string* reason) {
  const std::string name = l.def->name;
  auto kernel = std::make_unique<KernelObject>();
  if (!kernel->load(path, name)) {
    if (kernel->not_permitted()) {
      *denied = true;
      *reason = kernel->error();
      return;
    }
    // A kernel that rejects one program (an older verifier, say) costs that one cell, not the whole run.
    std::fprintf(stderr, "%s: kernel: %s\n", name.c_str(), kernel->error().c_str());
    reporter.set_missing(name, kImplKernel, "rejected");
    reporter.add_note(name + ": the kernel rejected the program; the reason is on stderr.");
    return;
  }
  if (l.def->fill_map != nullptr) {
    for (uint32_t i = 0; i < BENCH_MAP_ENTRIES; i++) {
      uint64_t value = BENCH_ARRAY_VALUE(i);
      if (!kernel->update_map(l.def->fill_map, &i, &value)) {
        std::fprintf(stderr, "%s: kernel: %s\n", name.c_str(), kernel->error().c_str());
        reporter.set_missing(name, kImplKernel, "map error");
        return;
      }
    }
  }
  KernelRun probe;
  if (!kernel->test_run(g_packet, 100, probe)) {
    std::fprintf(stderr, "%s: kernel: %s\n", name.c_str(), kernel->error().c_str());
    reporter.set_missing(name, kImplKernel, "test_run error");
    return;
  }
  l.kernel_repeat = repeat_for(probe.duration_ns, 2'000'000);
  l.kernel = std::move(kernel);
}

}  // namespace

std::vector<std::string> object_benchmark_names() {
  std::vector<std::string> names;
  for (const ObjectBench& b : kObjectBenches) names.push_back(b.name);
  return names;
}

int setup_object_benchmarks(TableReporter& reporter) {
  g_packet = make_packet();
  bpfkit_native_map_array_fill();
  const std::string dir = object_dir();
  bool denied = false;
  std::string reason;
  int status = 0;
  for (const ObjectBench& def : kObjectBenches) {
    auto& l = *g_loaded.emplace_back(std::make_unique<Loaded>());
    l.def = &def;
    const std::string name = def.name;
    const std::string path = dir + "/" + def.object;
    if (!std::filesystem::exists(path)) {
      std::fprintf(stderr, "%s: no object %s (build the bpfkit_bench target, or set BPFKIT_BENCH_BPF_DIR)\n",
                   name.c_str(), path.c_str());
      return 2;
    }
    if (!load_bpfkit(l, path, reporter)) status = 1;
    if (!denied) load_kernel(l, path, reporter, &denied, &reason);
    if (denied) reporter.set_missing(name, kImplKernel, "skipped");

    // Same computation everywhere, checked on one run each. The probe runs above already inserted every key of
    // the hash benchmark, so from here on its updates replace existing elements in every backend.
    g_native_n = BENCH_MAP_OPS;
    const uint64_t native = def.native(g_packet.data(), g_packet.size(), g_native_n);
    if (l.user) {
      auto r = l.user->test_run(name, run_options(1));
      if (!r || r->retval != native) {
        std::fprintf(stderr, "%s: bpfkit result %s differs from native 0x%llx\n", name.c_str(),
                     r ? strf("0x%x", r->retval).c_str() : r.error().to_string().c_str(),
                     static_cast<unsigned long long>(native));
        return 2;
      }
    }
    if (l.kernel) {
      KernelRun run;
      if (!l.kernel->test_run(g_packet, 1, run) || run.retval != native) {
        std::fprintf(stderr, "%s: kernel result 0x%x differs from native 0x%llx\n", name.c_str(), run.retval,
                     static_cast<unsigned long long>(native));
        return 2;
      }
    }
    std::string note = name + ":";
    if (l.kernel) {
      note += strf(" kernel verifier processed %u insns, JIT image %u bytes, kernel repeat %u",
                   l.kernel->verified_insns(), l.kernel->jited_len(), l.kernel_repeat);
    }
    if (l.user) note += strf("%s bpfkit repeat %u", l.kernel ? "," : "", l.user_repeat);
    if (l.kernel || l.user) reporter.add_note(note + ".");

    if (l.user) {
      benchmark::RegisterBenchmark((name + "/" + kImplBpfkit).c_str(), bm_bpfkit, &l)->Unit(benchmark::kNanosecond);
    }
    benchmark::RegisterBenchmark((name + "/" + kImplNative).c_str(), bm_native, &def)->Unit(benchmark::kNanosecond);
    if (l.kernel) {
      benchmark::RegisterBenchmark((name + "/" + kImplKernel).c_str(), bm_kernel, &l)
          ->UseManualTime()
          ->Unit(benchmark::kNanosecond);
    }
  }
  if (denied) {
    reporter.add_note("kernel JIT column of the object benchmarks skipped: " + reason +
                      " (loading programs needs root, or CAP_BPF + CAP_PERFMON + CAP_NET_ADMIN).");
  }
  reporter.add_note(strf("map_hash, map_array, csum_loop, csum_diff: BPF C objects (bench/bpf/, clang -O2 "
                         "-mcpu=v3), SEC(\"xdp\"), run on a %d-byte packet; bpfkit: ObjectSpec::open + "
                         "UserspaceObject::load + test_run with repeat; kernel: the same .o loaded by libbpf %s. "
                         "map_hash and map_array do %d map operations per run.",
                         BENCH_PACKET_LEN, libbpf_version().c_str(), BENCH_MAP_OPS));
  return status;
}

}  // namespace bench
