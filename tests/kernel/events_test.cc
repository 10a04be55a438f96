// bpfkit's ring buffer and perf buffer consumers against events a kernel program sends: ev_flood.bpf.c, loaded and
// attached by libbpf (the oracle), triggered by getppid() calls of this test. Every event is accounted for as
// received, discarded or dropped, by the program's own counters.
#include <gtest/gtest.h>
#include <pthread.h>
#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <thread>
#include <vector>

#include "bpfkit/events.h"
#include "support/kernel_runner.h"
#include "support/libbpf_object.h"

#ifdef BPFKIT_HAVE_LIBBPF
#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#endif

namespace bpfkit::testing {
namespace {

const std::string kFlood = BPFKIT_BINARY_DIR "/bpf/ev_flood.o";
constexpr uint64_t kCheckMagic = 0x5a5a0000a5a5ffffULL;

struct Event {
  uint64_t seq;
  uint32_t tid;
  uint32_t kind;
  uint64_t check;
};
static_assert(sizeof(Event) == 24);

uint32_t gettid_u32() { return static_cast<uint32_t>(syscall(SYS_gettid)); }

// What the consumer saw, checked per record (no allocation beyond the seen bitmap, sized up front).
struct Tally {
  explicit Tally(uint64_t max_seq) : seen(max_seq, false) {}
  std::vector<bool> seen;
  uint64_t received = 0, duplicates = 0, bad = 0, out_of_range = 0;
  uint32_t kind = 0;
  int on(events::Record r) {
    Event e;
    if (r.size() < sizeof(e)) {
      ++bad;
      return 0;
    }
    std::memcpy(&e, r.data(), sizeof(e));
    if (e.kind != kind || e.check != (e.seq ^ kCheckMagic)) ++bad;
    if (e.seq >= seen.size()) {
      ++out_of_range;
    } else if (seen[e.seq]) {
      ++duplicates;
    } else {
      seen[e.seq] = true;
    }
    ++received;
    return 0;
  }
};

#ifdef BPFKIT_HAVE_LIBBPF

class EventsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (const auto& why = kernel_unavailable()) GTEST_SKIP() << *why;
  }
};

// The ring buffer: >= 1M events from a raw_tp on sys_enter, with every 97th reserved record discarded; a consumer
// thread polls while this thread makes the syscalls.
TEST_F(EventsTest, RingBufferMillionEventsAccounted) {
  auto obj = LibbpfObject::load(kFlood, {"rb_flood"});
  ASSERT_TRUE(obj) << obj.error().to_string();
  constexpr uint32_t kPerCall = 16;
  constexpr uint64_t kAttempts = (1u << 20) + 4096;
  (*obj)->write<uint32_t>("per_call", kPerCall);
  (*obj)->write<uint32_t>("discard_every", 97);
  bpf_link* link = bpf_program__attach((bpf_object__find_program_by_name((*obj)->raw(), "rb_flood")));
  ASSERT_NE(link, nullptr) << "attach: " << std::strerror(errno);

  Tally tally(kAttempts + kPerCall);
  tally.kind = 1;
  auto rb = events::RingBuffer::open((*obj)->map_fd("events"), [&](events::Record r) { return tally.on(r); });
  ASSERT_TRUE(rb) << rb.error().to_string();
  auto poller = events::Poller::create();
  ASSERT_TRUE(poller);
  ASSERT_TRUE((*poller)->add(**rb));

  std::atomic<bool> done{false};
  std::thread consumer([&] {
    while (!done.load()) (void)(*poller)->poll(50);
  });
  (*obj)->write<uint32_t>("target_tid", gettid_u32());
  for (uint64_t i = 0; i < kAttempts / kPerCall; ++i) syscall(SYS_getppid);
  (*obj)->write<uint32_t>("target_tid", 0);
  done = true;
  consumer.join();
  (*poller)->consume_all();
  bpf_link__destroy(link);

  const uint64_t attempts = (*obj)->read<uint64_t>("attempts");
  const uint64_t sent = (*obj)->read<uint64_t>("sent");
  const uint64_t dropped = (*obj)->read<uint64_t>("dropped");
  const uint64_t discarded = (*obj)->read<uint64_t>("discarded");
  EXPECT_EQ(attempts, kAttempts);
  EXPECT_EQ(sent + dropped + discarded, attempts);
  EXPECT_EQ(tally.received, sent);
  EXPECT_EQ((*rb)->stats().records, sent);
  EXPECT_EQ((*rb)->stats().discarded, discarded);
  EXPECT_GT(discarded, 0u);
  EXPECT_EQ(tally.duplicates, 0u);
  EXPECT_EQ(tally.bad, 0u);
  EXPECT_EQ(tally.out_of_range, 0u);
  EXPECT_EQ((*rb)->available(), 0u);
  std::printf("ring buffer: %llu attempts, %llu received, %llu discarded, %llu dropped, %llu wakeups\n",
              (unsigned long long)attempts, (unsigned long long)tally.received, (unsigned long long)discarded,
              (unsigned long long)dropped, (unsigned long long)(*rb)->stats().wakeups);
}

// A callback's negative return stops the batch there and is returned; the rest stays for the next consume.
TEST_F(EventsTest, RingBufferCallbackStops) {
  auto obj = LibbpfObject::load(kFlood, {"rb_flood"});
  ASSERT_TRUE(obj) << obj.error().to_string();
  (*obj)->write<uint32_t>("per_call", 10);
  bpf_link* link = bpf_program__attach((bpf_object__find_program_by_name((*obj)->raw(), "rb_flood")));
  ASSERT_NE(link, nullptr);
  int calls = 0;
  auto rb = events::RingBuffer::open((*obj)->map_fd("events"), [&](events::Record) { return ++calls == 3 ? -7 : 0; });
  ASSERT_TRUE(rb);
  (*obj)->write<uint32_t>("target_tid", gettid_u32());
  syscall(SYS_getppid);
  (*obj)->write<uint32_t>("target_tid", 0);
  bpf_link__destroy(link);
  EXPECT_EQ((*rb)->consume(), -7);
  EXPECT_EQ((*rb)->available(), 7u * 32);
  EXPECT_EQ((*rb)->consume(), 7);
  EXPECT_EQ(calls, 10);
}

TEST_F(EventsTest, WrongMapTypeIsAnError) {
  auto obj = LibbpfObject::load(kFlood, {"rb_flood"});
  ASSERT_TRUE(obj) << obj.error().to_string();
  auto rb = events::RingBuffer::open((*obj)->map_fd("perf_events"), [](events::Record) { return 0; });
  ASSERT_FALSE(rb);
  EXPECT_NE(rb.error().message.find("not a ring buffer"), std::string::npos) << rb.error().message;
  auto pb = events::PerfBuffer::open((*obj)->map_fd("events"), [](int, events::Record) { return 0; });
  ASSERT_FALSE(pb);
  EXPECT_NE(pb.error().message.find("not a perf event array"), std::string::npos) << pb.error().message;
  EXPECT_FALSE(events::RingBuffer::open(-1, [](events::Record) { return 0; }));
}

// The perf buffer: small rings (8 pages) so the kernel loses samples and 40-byte records wrap around the ring's
// end; the workload is pinned to one CPU so one final event flushes the pending PERF_RECORD_LOST there.
TEST_F(EventsTest, PerfBufferLostAndWrappedRecords) {
  auto obj = LibbpfObject::load(kFlood, {"perf_flood"});
  ASSERT_TRUE(obj) << obj.error().to_string();
  constexpr uint32_t kPerCall = 32;
  constexpr uint64_t kCalls = 8000;
  (*obj)->write<uint32_t>("per_call", kPerCall);
  bpf_link* link = bpf_program__attach((bpf_object__find_program_by_name((*obj)->raw(), "perf_flood")));
  ASSERT_NE(link, nullptr) << "attach: " << std::strerror(errno);

  Tally tally(kCalls * kPerCall + 2 * kPerCall);
  tally.kind = 2;
  uint64_t lost_cb = 0;
  std::vector<int> cpus_seen;
  events::PerfBufferOptions opt;
  opt.pages_per_cpu = 8;
  opt.on_lost = [&](int, uint64_t n) { lost_cb += n; };
  auto pb = events::PerfBuffer::open((*obj)->map_fd("perf_events"),
                                     [&](int cpu, events::Record r) {
                                       if (cpus_seen.empty() || cpus_seen.back() != cpu) cpus_seen.push_back(cpu);
                                       return tally.on(r);
                                     },
                                     opt);
  ASSERT_TRUE(pb) << pb.error().to_string();
  auto poller = events::Poller::create();
  ASSERT_TRUE(poller);
  ASSERT_TRUE((*poller)->add(**pb));

  std::atomic<bool> done{false};
  std::thread consumer([&] {
    while (!done.load()) (void)(*poller)->poll(50);
  });
  // Only this thread (the workload) is pinned; the consumer may run anywhere.
  cpu_set_t one;
  CPU_ZERO(&one);
  CPU_SET(0, &one);
  ASSERT_EQ(sched_setaffinity(0, sizeof(one), &one), 0);
  (*obj)->write<uint32_t>("target_tid", gettid_u32());
  for (uint64_t i = 0; i < kCalls; ++i) syscall(SYS_getppid);
  done = true;
  consumer.join();
  (*poller)->consume_all();
  // One more (single-sample) call writes the PERF_RECORD_LOST the kernel still holds for CPU 0.
  (*obj)->write<uint32_t>("per_call", 1);
  syscall(SYS_getppid);
  (*obj)->write<uint32_t>("target_tid", 0);
  (*poller)->consume_all();
  bpf_link__destroy(link);
  cpu_set_t all;
  CPU_ZERO(&all);
  for (int c = 0; c < CPU_SETSIZE; ++c) CPU_SET(c, &all);
  sched_setaffinity(0, sizeof(all), &all);

  const uint64_t attempts = (*obj)->read<uint64_t>("attempts");
  const uint64_t sent = (*obj)->read<uint64_t>("sent");
  const uint64_t dropped = (*obj)->read<uint64_t>("dropped");
  EXPECT_EQ(attempts, kCalls * kPerCall + 1);
  EXPECT_EQ(sent + dropped, attempts);
  EXPECT_EQ(tally.received, sent);
  EXPECT_EQ((*pb)->stats().lost, dropped);
  EXPECT_EQ(lost_cb, dropped);
  EXPECT_EQ(tally.duplicates, 0u);
  EXPECT_EQ(tally.bad, 0u) << "a record was decoded wrongly (a wrapped record?)";
  EXPECT_EQ(tally.out_of_range, 0u);
  EXPECT_EQ(cpus_seen, std::vector<int>{0});
  std::printf("perf buffer: %llu attempts, %llu received, %llu lost\n", (unsigned long long)attempts,
              (unsigned long long)tally.received, (unsigned long long)dropped);
}

#endif  // BPFKIT_HAVE_LIBBPF

TEST(Events, OnlineCpus) {
  auto cpus = events::online_cpus();
  ASSERT_TRUE(cpus) << cpus.error().to_string();
  EXPECT_FALSE(cpus->empty());
  EXPECT_EQ(static_cast<long>(cpus->size()), sysconf(_SC_NPROCESSORS_ONLN));
}

}  // namespace
}  // namespace bpfkit::testing
