// The event readers' record walking (src/events/ring_walk.h) over rings in plain memory: what is handed out, what is
// skipped, and what a ring the kernel cannot have written does to the positions. The mmap'ed path over real maps is
// tests/kernel/events_test.cc; tests/fuzz/fuzz_events.cc throws hostile rings at the same code.
#include "events/ring_walk.h"

#include <cstring>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace bpfkit::events {
namespace {

constexpr uint32_t kBusy = 1u << 31, kDiscard = 1u << 30;

struct FakeRingbuf {
  static constexpr uint64_t kSize = 64;
  alignas(8) uint64_t cons = 0, prod = 0;
  alignas(8) uint8_t data[2 * kSize] = {};
  void put(uint64_t pos, uint32_t len, const std::string& payload) {
    uint8_t rec[kSize] = {};
    std::memcpy(rec, &len, 4);
    std::memcpy(rec + 8, payload.data(), payload.size());
    for (size_t i = 0; i < 8 + payload.size(); ++i) data[(pos + i) % kSize] = rec[i];
    std::memcpy(data + kSize, data, kSize);  // the kernel's second mapping
  }
  std::vector<std::string> consume(Stats& st) {
    std::vector<std::string> got;
    detail::consume_ringbuf({&cons, &prod, data, kSize},
                            [&](Record r) { got.emplace_back(r.begin(), r.end()); return 0; }, st);
    return got;
  }
};

TEST(RingWalk, RingbufHandsOutCommittedRecordsAndSkipsDiscarded) {
  FakeRingbuf rb;
  rb.cons = 16;
  rb.put(16, 5, "hello");
  rb.put(32, kDiscard | 3, "abc");
  rb.put(48, 12, "wraps-around");  // payload 56..68: read through the second mapping
  rb.prod = 72;
  Stats st;
  EXPECT_EQ(rb.consume(st), (std::vector<std::string>{"hello", "wraps-around"}));
  EXPECT_EQ(rb.cons, rb.prod);
  EXPECT_EQ(st.records, 2u);
  EXPECT_EQ(st.discarded, 1u);
  EXPECT_EQ(st.corrupt, 0u);
}

TEST(RingWalk, RingbufStopsAtABusyRecord) {
  FakeRingbuf rb;
  rb.put(0, 1, "a");
  rb.put(16, kBusy | 1, "b");
  rb.put(32, 1, "c");
  rb.prod = 48;
  Stats st;
  EXPECT_EQ(rb.consume(st), (std::vector<std::string>{"a"}));
  EXPECT_EQ(rb.cons, 16u);
}

TEST(RingWalk, RingbufTheKernelCannotHaveWrittenIsSkipped) {
  Stats st;
  FakeRingbuf past;  // a record longer than what the producer reserved (here: than the ring)
  past.put(0, 1000, "");
  past.prod = 64;
  EXPECT_TRUE(past.consume(st).empty());
  EXPECT_EQ(past.cons, 64u);
  EXPECT_EQ(st.corrupt, 1u);
  FakeRingbuf far;  // the producer more than the ring ahead
  far.prod = 4096;
  EXPECT_TRUE(far.consume(st).empty());
  EXPECT_EQ(far.cons, 4096u);
  FakeRingbuf unaligned;
  unaligned.cons = 3;
  unaligned.prod = 16;
  EXPECT_TRUE(unaligned.consume(st).empty());
  EXPECT_EQ(unaligned.cons, 16u);
  EXPECT_EQ(st.corrupt, 3u);
}

struct FakePerf {
  static constexpr uint64_t kSize = 64;
  perf_event_mmap_page page{};
  alignas(8) uint8_t data[kSize] = {};
  std::vector<uint8_t> scratch;
  void put(uint64_t pos, const std::vector<uint8_t>& rec) {
    for (size_t i = 0; i < rec.size(); ++i) data[(pos + i) % kSize] = rec[i];
  }
  static std::vector<uint8_t> sample(const std::string& raw) {
    const uint16_t size = uint16_t((8 + 4 + raw.size() + 7) / 8 * 8);
    std::vector<uint8_t> r(size, 0);
    const uint32_t type = PERF_RECORD_SAMPLE, n = uint32_t(raw.size());
    std::memcpy(r.data(), &type, 4);
    std::memcpy(r.data() + 6, &size, 2);
    std::memcpy(r.data() + 8, &n, 4);
    std::memcpy(r.data() + 12, raw.data(), raw.size());
    return r;
  }
};

TEST(RingWalk, PerfRingCountsLostAndCopiesAWrappingRecord) {
  FakePerf p;
  const auto a = FakePerf::sample("first");   // 24 bytes at 40
  p.put(40, a);
  std::vector<uint8_t> lost(24, 0);
  const uint32_t lost_type = PERF_RECORD_LOST;
  const uint16_t lost_size = 24;
  const uint64_t count = 9;
  std::memcpy(lost.data(), &lost_type, 4);
  std::memcpy(lost.data() + 6, &lost_size, 2);
  std::memcpy(lost.data() + 16, &count, 8);
  p.put(0, lost);  // position 64: the ring has wrapped to offset 0
  p.page.data_tail = 40;
  p.page.data_head = 40 + 24 + 24;
  std::vector<std::string> got;
  uint64_t lost_seen = 0;
  Stats st;
  detail::consume_perf_ring({&p.page, p.data, FakePerf::kSize, 2}, p.scratch,
                            [&](int cpu, Record r) { EXPECT_EQ(cpu, 2); got.emplace_back(r.begin(), r.end()); return 0; },
                            [&](int, uint64_t n) { lost_seen += n; }, st);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].substr(0, 5), "first");
  EXPECT_EQ(lost_seen, 9u);
  EXPECT_EQ(st.lost, 9u);
  EXPECT_EQ(p.page.data_tail, p.page.data_head);

  // A record whose wrap spans the end: header at 48, 24 bytes -> 16 at the end, 8 copied from the start.
  FakePerf w;
  const auto c = FakePerf::sample("0123456789ab");
  w.put(48, c);
  w.page.data_tail = 48;
  w.page.data_head = 48 + c.size();
  got.clear();
  detail::consume_perf_ring({&w.page, w.data, FakePerf::kSize, 0}, w.scratch,
                            [&](int, Record r) { got.emplace_back(r.begin(), r.end()); return 0; }, nullptr, st);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].substr(0, 12), "0123456789ab");
}

TEST(RingWalk, PerfRingTheKernelCannotHaveWrittenIsSkipped) {
  FakePerf p;
  p.put(0, FakePerf::sample("x"));  // 16 bytes, but head says only 8 were written
  p.page.data_head = 8;
  Stats st;
  size_t handed = 0;
  detail::consume_perf_ring({&p.page, p.data, FakePerf::kSize, 0}, p.scratch,
                            [&](int, Record) { ++handed; return 0; }, nullptr, st);
  EXPECT_EQ(handed, 0u);
  EXPECT_EQ(p.page.data_tail, 8u);
  EXPECT_EQ(st.corrupt, 1u);
  FakePerf far;
  far.page.data_head = 1 << 20;
  detail::consume_perf_ring({&far.page, far.data, FakePerf::kSize, 0}, far.scratch,
                            [&](int, Record) { ++handed; return 0; }, nullptr, st);
  EXPECT_EQ(far.page.data_tail, 1u << 20);
  FakePerf odd;  // a record size perf never writes (not padded to 8): the next header would be unaligned
  auto rec = FakePerf::sample("abcd");
  rec[6] = 18;
  odd.put(0, rec);
  odd.page.data_head = 32;
  detail::consume_perf_ring({&odd.page, odd.data, FakePerf::kSize, 0}, odd.scratch,
                            [&](int, Record) { ++handed; return 0; }, nullptr, st);
  EXPECT_EQ(handed, 0u);
  EXPECT_EQ(odd.page.data_tail, 32u);
  EXPECT_EQ(st.corrupt, 3u);
}

}  // namespace
}  // namespace bpfkit::events
