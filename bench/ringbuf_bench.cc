// Ring buffer consumer throughput: bpfkit's events::RingBuffer against libbpf's ring_buffer, measured in the same
// run on the same kernel ring buffer, alternating, with the same trivial callback (sum the sequence numbers).
//
//  drain:  the ring is filled first (BPF_PROG_TEST_RUN of bench_fill, no consumer running), then one consume call
//          empties it: the consumer's own cost per record, nothing else.
//  stream: a producer thread runs bench_fill in a loop while the consumer waits with epoll (Poller::poll /
//          ring_buffer__poll) and consumes: wakeups and cache traffic included. Records the producer could not
//          place (ring full) are reported as drops.
//
// bench/ringbuf.sh builds and runs it; it needs root (bpf()). Prints a markdown table of medians.
#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <sched.h>
#include <sys/mman.h>
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "bpfkit/events.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Bench {
  bpf_object* obj = nullptr;
  int prog_fd = -1;
  int map_fd = -1;
  volatile uint32_t* per_run = nullptr;
  volatile uint64_t* dropped = nullptr;
};

void* global(bpf_object* obj, const char* sec, const char* name) {
  const btf* b = bpf_object__btf(obj);
  bpf_map* m = bpf_object__find_map_by_name(obj, sec);
  int id = btf__find_by_name_kind(b, sec, BTF_KIND_DATASEC);
  if (m == nullptr || id < 0) return nullptr;
  const btf_type* t = btf__type_by_id(b, id);
  const btf_var_secinfo* v = btf_var_secinfos(t);
  for (int i = 0; i < btf_vlen(t); ++i, ++v) {
    if (std::strcmp(btf__name_by_offset(b, btf__type_by_id(b, v->type)->name_off), name) != 0) continue;
    // libbpf 1.1 keeps its own copy of .data/.bss after bpf_object__load: map the kernel's.
    const size_t len = (bpf_map__value_size(m) + 4095) & ~size_t{4095};
    void* base = mmap(nullptr, len, PROT_READ | PROT_WRITE, MAP_SHARED, bpf_map__fd(m), 0);
    return base == MAP_FAILED ? nullptr : static_cast<uint8_t*>(base) + v->offset;
  }
  return nullptr;
}

bool setup(Bench& b) {
  b.obj = bpf_object__open_file(BPFKIT_BENCH_BPF_DIR "/bench_ringbuf.o", nullptr);
  if (b.obj == nullptr || bpf_object__load(b.obj) != 0) return false;
  b.prog_fd = bpf_program__fd(bpf_object__find_program_by_name(b.obj, "bench_fill"));
  b.map_fd = bpf_map__fd(bpf_object__find_map_by_name(b.obj, "bench_events"));
  b.per_run = static_cast<volatile uint32_t*>(global(b.obj, ".data", "per_run"));
  b.dropped = static_cast<volatile uint64_t*>(global(b.obj, ".bss", "dropped"));
  return b.prog_fd >= 0 && b.map_fd >= 0 && b.per_run != nullptr && b.dropped != nullptr;
}

void produce(const Bench& b, uint64_t records) {
  uint64_t ctx[1] = {0};
  LIBBPF_OPTS(bpf_test_run_opts, opts, .ctx_in = ctx, .ctx_size_in = sizeof(ctx));
  for (uint64_t done = 0; done < records; done += *b.per_run) bpf_prog_test_run_opts(b.prog_fd, &opts);
}

// Producer and consumer on different CPUs, always the same ones: left to the scheduler, the stream rate of either
// consumer varied 6x between runs on the 2-CPU machine (0.65e6 to 4e6 events/s).
void pin_to_cpu(int cpu) {
  cpu_set_t set;
  CPU_ZERO(&set);
  CPU_SET(cpu, &set);
  (void)sched_setaffinity(0, sizeof(set), &set);
}

uint64_t g_sum = 0;
int libbpf_cb(void*, void* data, size_t) {
  uint64_t seq;
  std::memcpy(&seq, data, 8);
  g_sum += seq;
  return 0;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

struct Consumers {
  std::unique_ptr<bpfkit::events::RingBuffer> ours;
  std::unique_ptr<bpfkit::events::Poller> poller;
  ring_buffer* libbpf = nullptr;
};

// Events/s for one drain of `records` records.
double drain_once(Bench& b, Consumers& c, bool ours, uint64_t records) {
  *b.per_run = 10000;
  produce(b, records);
  auto t0 = Clock::now();
  int64_t got = ours ? c.ours->consume() : ring_buffer__consume(c.libbpf);
  auto t1 = Clock::now();
  if (got != static_cast<int64_t>(records)) std::fprintf(stderr, "drain: consumed %lld of %llu\n", (long long)got,
                                                         (unsigned long long)records);
  return static_cast<double>(got) / std::chrono::duration<double>(t1 - t0).count();
}

struct StreamResult {
  double rate = 0;
  uint64_t received = 0, dropped = 0;
};

StreamResult stream_once(Bench& b, Consumers& c, bool ours, uint64_t records) {
  *b.per_run = 1000;
  const uint64_t dropped0 = *b.dropped;
  std::atomic<bool> done{false};
  uint64_t received = 0;
  auto t0 = Clock::now();
  std::thread producer([&] {
    pin_to_cpu(0);
    produce(b, records);
    done = true;
  });
  while (!done.load()) {
    if (ours) {
      auto n = c.poller->poll(10);
      if (n && *n > 0) received += static_cast<uint64_t>(*n);
    } else {
      int n = ring_buffer__poll(c.libbpf, 10);
      if (n > 0) received += static_cast<uint64_t>(n);
    }
  }
  producer.join();
  received += static_cast<uint64_t>(ours ? c.ours->consume() : ring_buffer__consume(c.libbpf));
  auto t1 = Clock::now();
  StreamResult r;
  r.received = received;
  r.dropped = *b.dropped - dropped0;
  r.rate = static_cast<double>(received) / std::chrono::duration<double>(t1 - t0).count();
  return r;
}

}  // namespace

int main(int argc, char** argv) {
  int reps = argc > 1 ? std::atoi(argv[1]) : 7;
  const uint64_t kDrain = 1000000;  // 1M records (100 runs of 10000), 32 MB of the 64 MiB ring
  const uint64_t kStream = 2000000;  // 2000 runs of 1000
  pin_to_cpu(std::thread::hardware_concurrency() > 1 ? 1 : 0);
  rlimit r{RLIM_INFINITY, RLIM_INFINITY};
  setrlimit(RLIMIT_MEMLOCK, &r);
  Bench b;
  if (!setup(b)) {
    std::fprintf(stderr, "cannot load bench_ringbuf.o with libbpf (needs root): %s\n", std::strerror(errno));
    return 1;
  }
  Consumers c;
  auto rb = bpfkit::events::RingBuffer::open(b.map_fd, [](bpfkit::events::Record rec) {
    uint64_t seq;
    std::memcpy(&seq, rec.data(), 8);
    g_sum += seq;
    return 0;
  });
  if (!rb) {
    std::fprintf(stderr, "%s\n", rb.error().to_string().c_str());
    return 1;
  }
  c.ours = std::move(*rb);
  c.poller = bpfkit::events::Poller::create().value();
  (void)c.poller->add(*c.ours);
  c.libbpf = ring_buffer__new(b.map_fd, libbpf_cb, nullptr, nullptr);

  std::vector<double> d_ours, d_libbpf, s_ours, s_libbpf;
  uint64_t s_drop_ours = 0, s_drop_libbpf = 0, s_recv_ours = 0, s_recv_libbpf = 0;
  for (int i = 0; i < reps; ++i) {
    // Alternate which goes first, so a burst of load from elsewhere hits both alike.
    for (int k = 0; k < 2; ++k) {
      const bool ours = (i + k) % 2 == 0;
      (ours ? d_ours : d_libbpf).push_back(drain_once(b, c, ours, kDrain));
    }
    for (int k = 0; k < 2; ++k) {
      const bool ours = (i + k) % 2 == 0;
      StreamResult sr = stream_once(b, c, ours, kStream);
      (ours ? s_ours : s_libbpf).push_back(sr.rate);
      (ours ? s_drop_ours : s_drop_libbpf) += sr.dropped;
      (ours ? s_recv_ours : s_recv_libbpf) += sr.received;
      std::fprintf(stderr, "stream %d %s %.3g events/s\n", i, ours ? "bpfkit" : "libbpf", sr.rate);
    }
  }
  ring_buffer__free(c.libbpf);
  std::printf("| mode | records/run | bpfkit events/s | libbpf events/s | bpfkit / libbpf | dropped (bpfkit, libbpf) |\n");
  std::printf("|---|---|---|---|---|---|\n");
  std::printf("| drain | %llu | %.3g | %.3g | %.2f | 0, 0 |\n", (unsigned long long)kDrain, median(d_ours),
              median(d_libbpf), median(d_ours) / median(d_libbpf));
  std::printf("| stream | %llu | %.3g | %.3g | %.2f | %llu of %llu, %llu of %llu |\n", (unsigned long long)kStream,
              median(s_ours), median(s_libbpf), median(s_ours) / median(s_libbpf), (unsigned long long)s_drop_ours,
              (unsigned long long)(kStream * reps), (unsigned long long)s_drop_libbpf,
              (unsigned long long)(kStream * reps));
  std::printf("(medians of %d runs each; checksum %llu)\n", reps, (unsigned long long)g_sum);
  return 0;
}
