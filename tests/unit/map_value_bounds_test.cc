// Map memory safety through the public API: a pointer a helper returns reaches exactly one map value (not its
// padding, the next element, or a neighbour in the pool), never the spin-lock word, and only as the map's
// program-side flags allow; a ring buffer record is writable only while reserved, and never its header; consume()
// does not trust header lengths. Programs run with the standard helpers and a prepared HelperEnv.
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "bpfkit/helpers.h"
#include "bpfkit/map.h"
#include "bpfkit/vm.h"
#include "support/insn_builder.h"

namespace bpfkit {
namespace {

using namespace test;  // NOLINT: the shared instruction builders

Insn ldx(uint8_t size, uint8_t d, uint8_t s, int16_t off) { return I(op::LDX | op::MEM | size, d, s, off); }
Insn stx(uint8_t size, uint8_t d, uint8_t s, int16_t off) { return I(op::STX | op::MEM | size, d, s, off); }
Insn st(uint8_t size, uint8_t d, int16_t off, int32_t imm) { return I(op::ST | op::MEM | size, d, 0, off, imm); }

uint64_t A(const void* p) { return uint64_t(reinterpret_cast<uintptr_t>(p)); }
bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

std::unique_ptr<Map> make(MapType type, uint32_t k, uint32_t v, uint32_t n, uint32_t flags = 0, int32_t lock = -1) {
  MapSpec s;
  s.type = type;
  s.key_size = k;
  s.value_size = v;
  s.max_entries = n;
  s.map_flags = flags;
  s.spin_lock_off = lock;
  auto m = create_map(s);
  EXPECT_TRUE(m) << (m ? "" : m.error().to_string());
  return m ? std::move(*m) : nullptr;
}

// R0 = bpf_map_lookup_elem(map, &key) with a u32 key on the stack. Four slots plus the two of the LD_IMM64.
std::vector<Insn> lookup(const Map& m, int32_t key) {
  return prog(st(op::W, 10, -4, key), movr(2, 10), add(2, -4), lddw(1, A(&m)), call(1));
}

struct MapValueBounds : ::testing::Test {
  HelperTable table = standard_helpers();
  HelperEnv env;
  RunContext ctx;

  Expected<uint64_t> run(const std::vector<Insn>& p) {
    env.prepare(ctx);
    auto loaded = Program::load(p, &table);
    if (!loaded) return std::move(loaded).error();
    return loaded->run(ctx);
  }
  uint64_t run_ok(const std::vector<Insn>& p) {
    auto r = run(p);
    EXPECT_TRUE(r.has_value()) << r.error().to_string();
    return r ? *r : 0xdeadbeef;
  }
  Error run_error(const std::vector<Insn>& p) {
    auto r = run(p);
    EXPECT_FALSE(r.has_value()) << "returned " << (r ? *r : 0);
    return r ? Error{} : r.error();
  }
};

// 4-byte values sit in 8-byte slots: the padding and the next element are not the value.
TEST_F(MapValueBounds, ArrayValueExcludesPaddingAndNextElement) {
  auto m = make(MapType::Array, 4, 4, 4);
  env.add_map(m.get());
  const uint32_t one = 1;
  const uint32_t sentinel = 0x11223344;
  ASSERT_EQ(m->update_elem(&one, &sentinel), 0);

  EXPECT_EQ(run_ok(prog(lookup(*m, 0), st(op::W, 0, 0, 7), ldx(op::W, 0, 0, 0), exit_insn())), 7u);

  Error pad = run_error(prog(lookup(*m, 0), st(op::B, 0, 4, 1), exit_insn()));
  EXPECT_EQ(pad.insn, 6);
  EXPECT_TRUE(contains(pad.message, "invalid memory access: write of 1 byte")) << pad.message;

  Error next = run_error(prog(lookup(*m, 0), st(op::W, 0, 8, 0), exit_insn()));
  EXPECT_EQ(next.insn, 6);
  Error straddle = run_error(prog(lookup(*m, 0), ldx(op::DW, 0, 0, 0), exit_insn()));
  EXPECT_EQ(straddle.insn, 6);

  uint32_t v = 0;
  ASSERT_EQ(m->lookup_elem(&one, &v), 0);
  EXPECT_EQ(v, sentinel);
}

TEST_F(MapValueBounds, HashValueCannotReachAnotherElement) {
  auto m = make(MapType::Hash, 4, 8, 8);
  env.add_map(m.get());
  for (uint32_t k = 0; k < 4; ++k) {
    const uint64_t v = 0xaa00 + k;
    ASSERT_EQ(m->update_elem(&k, &v), 0);
  }
  Error below = run_error(prog(lookup(*m, 2), st(op::DW, 0, -8, -1), exit_insn()));
  EXPECT_EQ(below.insn, 6);
  EXPECT_TRUE(contains(below.message, "invalid memory access: write of 8 bytes")) << below.message;
  Error above = run_error(prog(lookup(*m, 2), ldx(op::DW, 0, 0, 8), exit_insn()));
  EXPECT_EQ(above.insn, 6);
  for (uint32_t k = 0; k < 4; ++k) {
    uint64_t v = 0;
    ASSERT_EQ(m->lookup_elem(&k, &v), 0);
    EXPECT_EQ(v, 0xaa00 + k);
  }
  EXPECT_EQ(run_ok(prog(lookup(*m, 3), ldx(op::DW, 0, 0, 0), exit_insn())), 0xaa03u);
}

// A value pointer does not outlive the run that got it.
TEST_F(MapValueBounds, HandOutsEndWithTheRun) {
  auto m = make(MapType::Array, 4, 8, 4);
  env.add_map(m.get());
  alignas(8) uint64_t slot = 0;
  ctx.add_region(MemoryRegion{reinterpret_cast<uint8_t*>(&slot), sizeof slot, true});
  EXPECT_EQ(run_ok(prog(lddw(6, A(&slot)), lookup(*m, 2), stx(op::DW, 6, 0, 0), mov(0, 0), exit_insn())), 0u);
  ASSERT_NE(slot, 0u);
  Error stale = run_error(prog(lddw(6, A(&slot)), ldx(op::DW, 1, 6, 0), st(op::DW, 1, 0, 5), exit_insn()));
  EXPECT_EQ(stale.insn, 3);
}

TEST_F(MapValueBounds, SpinLockWordIsNotLoadOrStoreMemory) {
  auto m = make(MapType::Array, 4, 16, 2, 0, /*lock=*/8);
  env.add_map(m.get());
  for (int16_t off : {8, 10}) {
    Error store = run_error(prog(lookup(*m, 1), st(op::H, 0, off, 1), exit_insn()));
    EXPECT_EQ(store.insn, 6);
    EXPECT_TRUE(contains(store.message, "bpf_spin_lock cannot be accessed directly by load/store")) << store.message;
    Error load = run_error(prog(lookup(*m, 1), ldx(op::H, 0, 0, off), exit_insn()));
    EXPECT_TRUE(contains(load.message, "bpf_spin_lock cannot be accessed directly by load/store")) << load.message;
  }
  Error wide = run_error(prog(lookup(*m, 1), st(op::DW, 0, 4, 1), exit_insn()));
  EXPECT_TRUE(contains(wide.message, "bpf_spin_lock")) << wide.message;
  // Around the word the value is ordinary memory, and bpf_spin_lock/unlock still take the word.
  EXPECT_EQ(run_ok(prog(lookup(*m, 1), movr(6, 0), st(op::DW, 6, 0, 3), st(op::W, 6, 12, 4), movr(1, 6), add(1, 8),
                        call(93), movr(1, 6), add(1, 8), call(94), ldx(op::DW, 0, 6, 0), ldx(op::W, 1, 6, 12),
                        addr(0, 1), exit_insn())),
            7u);
}

TEST_F(MapValueBounds, RingbufHeaderIsNotProgramMemory) {
  auto rb = make(MapType::Ringbuf, 0, 0, 4096);
  env.add_map(rb.get());
  const std::vector<Insn> reserve = prog(lddw(1, A(rb.get())), mov(2, 16), mov(3, 0), call(131), movr(6, 0));
  Error hdr = run_error(prog(reserve, st(op::W, 6, -8, 0x7fffffff), exit_insn()));
  EXPECT_EQ(hdr.insn, 6);
  Error past = run_error(prog(reserve, st(op::B, 6, 16, 0), exit_insn()));
  EXPECT_EQ(past.insn, 6);
}

TEST_F(MapValueBounds, SubmittedRecordIsNoLongerWritable) {
  auto rb = make(MapType::Ringbuf, 0, 0, 4096);
  env.add_map(rb.get());
  const std::vector<Insn> reserve = prog(lddw(1, A(rb.get())), mov(2, 8), mov(3, 0), call(131), movr(6, 0));
  EXPECT_EQ(run_ok(prog(reserve, st(op::DW, 6, 0, 42), movr(1, 6), mov(2, 0), call(132), mov(0, 0), exit_insn())),
            0u);
  Error late = run_error(prog(reserve, st(op::DW, 6, 0, 1), movr(1, 6), mov(2, 0), call(132), st(op::DW, 6, 0, 2),
                              exit_insn()));
  EXPECT_EQ(late.insn, 10);
  Error twice = run_error(prog(reserve, movr(1, 6), mov(2, 0), call(133), movr(1, 6), mov(2, 0), call(132),
                               exit_insn()));
  EXPECT_TRUE(contains(twice.message, "is not a reserved ring buffer record")) << twice.message;
  auto* ring = static_cast<RingbufMap*>(rb.get());
  std::vector<uint64_t> seen;
  ring->consume([&](std::span<const uint8_t> rec) {
    uint64_t v = 0;
    ASSERT_EQ(rec.size(), 8u);
    std::memcpy(&v, rec.data(), 8);
    seen.push_back(v);
  });
  EXPECT_EQ(seen, (std::vector<uint64_t>{42, 1}));  // the second record as submitted, not as written afterwards
}

// The consumer shares the pages with the producer side (an mmap()ing reader); a header whose length runs past what
// was produced must stop consumption instead of handing out memory past the ring.
TEST_F(MapValueBounds, ConsumeChecksHeaderLengths) {
  auto rb = make(MapType::Ringbuf, 0, 0, 4096);
  auto* ring = static_cast<RingbufMap*>(rb.get());
  const uint64_t payload = 7;
  ASSERT_EQ(ring->output(&payload, 8, 0), 0);
  ASSERT_EQ(ring->output(&payload, 8, 0), 0);
  // Corrupt the second header: committed, not discarded, about 1 GiB long.
  auto* data = const_cast<uint8_t*>(ring->data());
  const uint32_t bad = 0x3ffffff0;
  std::memcpy(data + 16, &bad, 4);
  size_t bytes = 0;
  EXPECT_EQ(ring->consume([&](std::span<const uint8_t> rec) { bytes += rec.size(); }), 1u);
  EXPECT_EQ(bytes, 8u);
  EXPECT_EQ(ring->consumer_pos(), 16u);  // stopped at the corrupted record
}

TEST_F(MapValueBounds, RdonlyProgMapRefusesHelperWrites) {
  auto m = make(MapType::Array, 4, 8, 2, BPF_F_RDONLY_PROG);
  auto q = make(MapType::Queue, 0, 8, 2, BPF_F_RDONLY_PROG);
  env.add_map(m.get());
  env.add_map(q.get());
  Error update = run_error(prog(st(op::W, 10, -4, 0), st(op::DW, 10, -16, 9), movr(2, 10), add(2, -4), movr(3, 10),
                                add(3, -16), lddw(1, A(m.get())), mov(4, 0), call(2), exit_insn()));
  EXPECT_EQ(update.insn, 9);
  EXPECT_TRUE(contains(update.message, "write into map forbidden")) << update.message;
  Error push = run_error(prog(st(op::DW, 10, -8, 9), movr(2, 10), add(2, -8), lddw(1, A(q.get())), mov(3, 0),
                              call(87), exit_insn()));
  EXPECT_TRUE(contains(push.message, "write into map forbidden")) << push.message;
  Error pop = run_error(prog(movr(2, 10), add(2, -8), lddw(1, A(q.get())), call(88), exit_insn()));
  EXPECT_TRUE(contains(pop.message, "write into map forbidden")) << pop.message;
  Error store = run_error(prog(lookup(*m, 1), st(op::W, 0, 4, 1), exit_insn()));
  EXPECT_TRUE(contains(store.message, "write into map forbidden, value_size=8 off=4 size=4")) << store.message;
  uint64_t v = 1;
  const uint32_t key = 0;
  ASSERT_EQ(m->lookup_elem(&key, &v), 0);
  EXPECT_EQ(v, 0u);
  EXPECT_EQ(run_ok(prog(lookup(*m, 1), ldx(op::DW, 0, 0, 0), exit_insn())), 0u);  // reading is fine
}

TEST_F(MapValueBounds, WronlyProgMapRefusesReads) {
  auto m = make(MapType::Array, 4, 8, 2, BPF_F_WRONLY_PROG);
  auto q = make(MapType::Queue, 0, 8, 2, BPF_F_WRONLY_PROG);
  env.add_map(m.get());
  env.add_map(q.get());
  Error load = run_error(prog(lookup(*m, 1), ldx(op::W, 0, 0, 4), exit_insn()));
  EXPECT_EQ(load.insn, 6);
  EXPECT_TRUE(contains(load.message, "read from map forbidden, value_size=8 off=4 size=4")) << load.message;
  EXPECT_EQ(run_ok(prog(lookup(*m, 1), st(op::DW, 0, 0, 5), mov(0, 0), exit_insn())), 0u);  // writing is fine
  uint64_t v = 0;
  const uint32_t key = 1;
  ASSERT_EQ(m->lookup_elem(&key, &v), 0);  // the flag is about programs: userspace still reads
  EXPECT_EQ(v, 5u);
  const uint64_t item = 3;
  ASSERT_EQ(q->update_elem(nullptr, &item), 0);
  Error peek = run_error(prog(movr(2, 10), add(2, -8), lddw(1, A(q.get())), call(89), exit_insn()));
  EXPECT_EQ(peek.insn, 4);
  EXPECT_TRUE(contains(peek.message, "read from map forbidden")) << peek.message;
}

}  // namespace
}  // namespace bpfkit
