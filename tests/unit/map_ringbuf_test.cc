// RINGBUF: the record protocol (header, BUSY/DISCARD bits, 8-byte rounding, page offsets), wrap-around through the
// double mapping, helper flag checks, wakeups, and the userspace ops against the kernel.
#include <gtest/gtest.h>

#include <cerrno>
#include <cstring>

#include "bpfkit/map.h"
#include "support/map_oracle.h"

namespace {

namespace bk = bpfkit;
using bk::MapSpec;
using bk::MapType;
using bk::testing::Bytes;
using bk::testing::DiffMap;

std::unique_ptr<bk::Map> make_rb(uint32_t size) {
  MapSpec s;
  s.type = MapType::Ringbuf;
  s.max_entries = size;
  auto m = bk::create_map(s);
  EXPECT_TRUE(m) << (m ? "" : m.error().to_string());
  return m ? std::move(*m) : nullptr;
}

uint32_t u32_at(const uint8_t* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

TEST(Ringbuf, RecordLayout) {
  auto m = make_rb(4096);
  auto& rb = dynamic_cast<bk::RingbufMap&>(*m);
  auto* rec = static_cast<uint8_t*>(rb.reserve(5, 0));
  ASSERT_NE(rec, nullptr);
  EXPECT_EQ(rec, rb.data() + 8);
  EXPECT_EQ(u32_at(rb.data()), 5u | bk::BPF_RINGBUF_BUSY_BIT);
  EXPECT_EQ(u32_at(rb.data() + 4), 3u);  // pg_off: three meta pages before the data
  EXPECT_EQ(rb.query(bk::BPF_RB_PROD_POS), 16u);  // roundup(5 + 8, 8)
  EXPECT_EQ(rb.query(bk::BPF_RB_AVAIL_DATA), 16u);
  EXPECT_EQ(rb.query(bk::BPF_RB_RING_SIZE), 4096u);
  EXPECT_EQ(rb.query(bk::BPF_RB_CONS_POS), 0u);
  EXPECT_EQ(rb.query(99), 0u);
  std::memcpy(rec, "hello", 5);
  size_t n = rb.consume([](std::span<const uint8_t>) { ADD_FAILURE() << "busy record consumed"; });
  EXPECT_EQ(n, 0u);
  rb.submit(rec, 0);
  EXPECT_EQ(u32_at(rb.data()), 5u);
  auto* rec2 = static_cast<uint8_t*>(rb.reserve(1, 0));
  ASSERT_NE(rec2, nullptr);
  rb.discard(rec2, 0);
  EXPECT_EQ(u32_at(rb.data() + 16), 1u | bk::BPF_RINGBUF_DISCARD_BIT);
  std::vector<Bytes> got;
  n = rb.consume([&](std::span<const uint8_t> r) { got.emplace_back(r.begin(), r.end()); });
  EXPECT_EQ(n, 1u);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], Bytes({'h', 'e', 'l', 'l', 'o'}));
  EXPECT_EQ(rb.consumer_pos(), 32u);
}

TEST(Ringbuf, HelperChecks) {
  auto m = make_rb(4096);
  auto& rb = dynamic_cast<bk::RingbufMap&>(*m);
  EXPECT_EQ(rb.reserve(8, 1), nullptr);       // reserve takes flags 0
  EXPECT_EQ(rb.reserve(4096, 0), nullptr);    // header + data larger than the ring
  EXPECT_EQ(rb.reserve(1ull << 31, 0), nullptr);
  uint8_t d[8] = {};
  EXPECT_EQ(rb.output(d, 8, 4), -EINVAL);
  EXPECT_EQ(rb.output(d, 8, bk::BPF_RB_NO_WAKEUP), 0);
  EXPECT_EQ(rb.output(d, 8, bk::BPF_RB_FORCE_WAKEUP), 0);
  // fill: at most size - 1 bytes in flight
  int ok = 0;
  while (rb.output(d, 8, 0) == 0) ok++;
  EXPECT_EQ(rb.output(d, 8, 0), -EAGAIN);
  EXPECT_EQ((2 + ok) * 16, 4096 - 16);
  // an unconsumed busy record blocks the consumer
  rb.consume([](std::span<const uint8_t>) {});
  EXPECT_EQ(rb.query(bk::BPF_RB_AVAIL_DATA), 0u);
}

TEST(Ringbuf, Wakeups) {
  auto m = make_rb(4096);
  auto& rb = dynamic_cast<bk::RingbufMap&>(*m);
  uint8_t d[8] = {};
  ASSERT_EQ(rb.output(d, 8, 0), 0);  // the consumer waits at this record: wakeup
  EXPECT_EQ(rb.wakeups(), 1u);
  ASSERT_EQ(rb.output(d, 8, 0), 0);  // consumer is behind: no wakeup
  EXPECT_EQ(rb.wakeups(), 1u);
  ASSERT_EQ(rb.output(d, 8, bk::BPF_RB_FORCE_WAKEUP), 0);
  EXPECT_EQ(rb.wakeups(), 2u);
  rb.consume([](std::span<const uint8_t>) {});
  ASSERT_EQ(rb.output(d, 8, bk::BPF_RB_NO_WAKEUP), 0);
  EXPECT_EQ(rb.wakeups(), 2u);
}

TEST(Ringbuf, WrapAroundIsContiguous) {
  auto m = make_rb(4096);
  auto& rb = dynamic_cast<bk::RingbufMap&>(*m);
  uint8_t d[1000];
  for (int i = 0; i < 3; i++) {
    ASSERT_EQ(rb.output(d, 1000, 0), 0);
    rb.consume([](std::span<const uint8_t>) {});
  }
  // producer at 3024: a 2000-byte record crosses the end of the ring
  auto* rec = static_cast<uint8_t*>(rb.reserve(2000, 0));
  ASSERT_NE(rec, nullptr);
  for (int i = 0; i < 2000; i++) rec[i] = static_cast<uint8_t>(i);
  std::vector<bk::MemoryRegion> regions;
  m->value_regions(regions);
  ASSERT_EQ(regions.size(), 1u);
  EXPECT_GE(regions[0].base + regions[0].size, rec + 2000);
  EXPECT_EQ(u32_at(rb.data() + (3024 % 4096)), 2000u | bk::BPF_RINGBUF_BUSY_BIT);
  rb.submit(rec, 0);
  Bytes got;
  rb.consume([&](std::span<const uint8_t> r) { got.assign(r.begin(), r.end()); });
  ASSERT_EQ(got.size(), 2000u);
  for (int i = 0; i < 2000; i++) ASSERT_EQ(got[i], static_cast<uint8_t>(i));
  // the bytes past the end landed at the start of the ring
  EXPECT_EQ(rb.data()[0], static_cast<uint8_t>(4096 - 3024 - 8));
}

TEST(Ringbuf, PageOffsets) {
  auto m = make_rb(16384);
  auto& rb = dynamic_cast<bk::RingbufMap&>(*m);
  uint8_t d[4088] = {};
  ASSERT_EQ(rb.output(d, 4088, 0), 0);  // exactly one page
  auto* rec = static_cast<uint8_t*>(rb.reserve(8, 0));
  ASSERT_NE(rec, nullptr);
  EXPECT_EQ(u32_at(rec - 4), 4u);
  rb.submit(rec, 0);
}

TEST(Ringbuf, UserspaceOpsMatchKernel) {
  if (auto why = bk::testing::kernel_maps_unavailable()) GTEST_SKIP() << *why;
  MapSpec s;
  s.type = MapType::Ringbuf;
  s.max_entries = 4096;
  DiffMap d(s);
  ASSERT_TRUE(d.ok());
  d.lookup({});
  d.lookup({}, 8);
  d.update({}, {0}, 0);
  d.erase({});
  d.next_key(nullptr);
  d.lookup_and_delete({});
}

}  // namespace
