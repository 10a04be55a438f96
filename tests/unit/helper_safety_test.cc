// Helpers given hostile sizes and offsets, and the engine's bookkeeping around them: offsets and lengths are added
// in 64 bits and checked before any memory is touched, huge sizes cost no huge allocations, a tail call inside a
// subprogram returns to the caller's code, printk conversions of any length print, nested callback errors say
// their depth once, and a bpf_spin_lock is never left taken.
//
// The kernel's verifier bounds every size by the memory the program really has, so these inputs cannot reach the
// kernel's helpers; here the tests hand the program a big (reserved, never touched) region through a test helper,
// which is exactly what would make an unchecked sum or an eager allocation crash.
#include <sys/mman.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "bpfkit/asm.h"
#include "bpfkit/helpers.h"
#include "bpfkit/test_run.h"
#include "bpfkit/vm.h"
#include "support/insn_builder.h"

namespace bpfkit {
namespace {

using namespace test;  // NOLINT: the shared instruction builders

constexpr int32_t kGrantHelper = 999;  // test-only helper id: returns the base of the big region
constexpr uint64_t kBigSize = 5ull << 30;

// 5 GiB of address space, reserved without backing store: only the pages a helper really touches get memory.
struct BigRegion {
  BigRegion() {
    void* p = mmap(nullptr, kBigSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p != MAP_FAILED) base = static_cast<uint8_t*>(p);
  }
  ~BigRegion() {
    if (base != nullptr) munmap(base, kBigSize);
  }
  uint64_t addr() const { return uint64_t(reinterpret_cast<uintptr_t>(base)); }
  uint8_t* base = nullptr;
};

BigRegion* g_big = nullptr;

// Test helper: makes the big region program memory for this run and returns its address.
uint64_t grant(RunContext& ctx, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t) {
  ctx.add_region({g_big->base, size_t(kBigSize), true});
  return g_big->addr();
}

const HelperTable& table() {
  static const HelperTable t = [] {
    HelperTable h = standard_helpers();
    h.set(kGrantHelper, grant, "test_grant");
    return h;
  }();
  return t;
}

class HelperSafety : public ::testing::Test {
 protected:
  void SetUp() override {
    big_ = std::make_unique<BigRegion>();
    if (big_->base == nullptr) GTEST_SKIP() << "cannot reserve 5 GiB of address space";
    g_big = big_.get();
  }
  void TearDown() override { g_big = nullptr; }

  static std::vector<Insn> assemble_or_fail(const std::string& text) {
    auto p = assemble(text);
    EXPECT_TRUE(p.has_value()) << (p ? "" : p.error().to_string()) << "\n" << text;
    return p ? *p : std::vector<Insn>{};
  }

  // One test run of the program on a 64-byte packet; the retval, or the error text.
  static Expected<TestRunResult> packet_run(ProgType type, const std::string& text, std::vector<uint8_t>* data_in) {
    auto prog = Program::load(assemble_or_fail(text), &table());
    if (!prog) return std::move(prog).error();
    HelperEnv env;
    TestRunOptions opt;
    opt.data_in = *data_in;
    return test_run(*prog, TestRunTarget{type, 0}, env, opt);
  }

  std::unique_ptr<BigRegion> big_;
};

std::vector<uint8_t> packet() {
  std::vector<uint8_t> p(64);
  for (size_t i = 0; i < p.size(); ++i) p[i] = uint8_t(i * 7 + 1);
  p[12] = 0x08;  // IPv4 ethertype
  p[13] = 0x00;
  return p;
}

uint32_t neg(int e) { return uint32_t(-e); }

TEST_F(HelperSafety, SkbStoreBytesEndIsComputedIn64Bits) {
  // offset 0x7fffffff + len 0x80000002 is 1 in 32 bits: that passed the "inside the packet" check and memmove
  // copied 2 GiB over the packet. The 64-bit end is past the packet: -EFAULT, packet untouched.
  std::vector<uint8_t> in = packet();
  for (const char* args : {"r2 = 0x7fffffff\n r4 = 0x80000002 ll", "r2 = 0x7ffffff0\n r4 = 0xffffffff ll",
                           "r2 = 0\n r4 = 0xffffffff ll", "r2 = 60\n r4 = 5"}) {
    auto r = packet_run(ProgType::SchedCls, std::string(R"(
      r6 = r1
      call 999
      r3 = r0
      r1 = r6
      )") + args + R"(
      r5 = 0
      call bpf_skb_store_bytes
      exit)", &in);
    ASSERT_TRUE(r.has_value()) << args << ": " << r.error().to_string();
    EXPECT_EQ(r->retval, neg(EFAULT)) << args;
    EXPECT_EQ(r->data_out, in) << args;
  }
}

TEST_F(HelperSafety, ZeroLengthCopiesWithNullBuffers) {
  // Found by fuzz_run: a length of 0 with a NULL buffer reached memmove(p, NULL, 0), undefined behaviour that
  // UBSan stops on. Nothing is copied; the packet stays as it was.
  std::vector<uint8_t> in = packet();
  for (const char* body : {"r2 = 0\n r3 = 0\n r4 = 0\n r5 = 0\n call bpf_skb_store_bytes",
                           "r2 = 0\n r3 = 0\n r4 = 0\n call bpf_skb_load_bytes",
                           "r2 = 70\n r3 = 0\n r4 = 0\n call bpf_skb_load_bytes"}) {
    auto r = packet_run(ProgType::SchedCls, std::string(body) + "\n exit", &in);
    ASSERT_TRUE(r.has_value()) << body << ": " << r.error().to_string();
    EXPECT_EQ(r->retval, std::string_view(body).starts_with("r2 = 70") ? neg(EFAULT) : 0u) << body;
    EXPECT_EQ(r->data_out, in) << body;
  }
  for (const char* body : {"r1 = 0\n r2 = 0\n r3 = 0\n call bpf_probe_read_kernel",
                           "r1 = 0\n r2 = 0\n r3 = 0x1000\n call bpf_probe_read_user"}) {
    auto r = packet_run(ProgType::SchedCls, std::string(body) + "\n exit", &in);
    EXPECT_TRUE(r.has_value()) << body << ": " << (r ? "" : r.error().to_string());
  }
}

TEST_F(HelperSafety, SkbHelpersRefuseHugeOffsets) {
  std::vector<uint8_t> in = packet();
  struct Case {
    const char* body;
    uint32_t expected;
  };
  const Case cases[] = {
      // skb_load_bytes: offsets above INT_MAX, and a sum past the packet, fail. (Not with a huge length: the
      // kernel clears the whole destination on failure, which for 4 GiB would really write 4 GiB.)
      {"r2 = 0xffffffff ll\n r3 = r10\n r3 += -8\n r4 = 8\n call bpf_skb_load_bytes", neg(EFAULT)},
      {"r2 = 0x7ffffffc\n r3 = r10\n r3 += -8\n r4 = 8\n call bpf_skb_load_bytes", neg(EFAULT)},
      // The checksum field must be a 16-bit, even offset inside the packet.
      {"r2 = 0xfffffffe ll\n r3 = 0\n r4 = 0\n r5 = 2\n call bpf_l3_csum_replace", neg(EFAULT)},
      {"r2 = 0xfffe\n r3 = 0\n r4 = 0\n r5 = 2\n call bpf_l4_csum_replace", neg(EFAULT)},
      {"r2 = 0xffffffff ll\n call bpf_skb_pull_data", neg(ENOMEM)},
  };
  for (const Case& c : cases) {
    auto r = packet_run(ProgType::SchedCls, std::string(c.body) + "\n exit", &in);
    ASSERT_TRUE(r.has_value()) << c.body << ": " << r.error().to_string();
    EXPECT_EQ(r->retval, c.expected) << c.body;
    EXPECT_EQ(r->data_out, in) << c.body;
  }
}

TEST_F(HelperSafety, XdpHelpersRefuseHugeOffsets) {
  std::vector<uint8_t> in = packet();
  struct Case {
    const char* body;
    uint32_t expected;
  };
  const Case cases[] = {
      {"r2 = 0xffffffff ll\n r3 = r10\n r3 += -8\n r4 = 8\n call bpf_xdp_load_bytes", neg(EFAULT)},
      {"r2 = 0xfff0\n r3 = r10\n r3 += -8\n r4 = 8\n call bpf_xdp_load_bytes", neg(EINVAL)},
      {"r2 = 8\n r6 = r1\n call 999\n r3 = r0\n r1 = r6\n r4 = 0xfffffff8 ll\n call bpf_xdp_store_bytes",
       neg(EFAULT)},
      {"r2 = 0x80000000 ll\n call bpf_xdp_adjust_head", neg(EINVAL)},
      {"r2 = 0x7fffffff\n call bpf_xdp_adjust_head", neg(EINVAL)},
      {"r2 = 0x80000000 ll\n call bpf_xdp_adjust_tail", neg(EINVAL)},
      {"r2 = 0x7fffffff\n call bpf_xdp_adjust_tail", neg(EINVAL)},
      {"r2 = 0x80000000 ll\n call bpf_xdp_adjust_meta", neg(EINVAL)},
  };
  for (const Case& c : cases) {
    auto r = packet_run(ProgType::Xdp, std::string(c.body) + "\n exit", &in);
    ASSERT_TRUE(r.has_value()) << c.body << ": " << r.error().to_string();
    EXPECT_EQ(r->retval, c.expected) << c.body;
    EXPECT_EQ(r->data_out, in) << c.body;
  }
}

// A raw run with the big region and env prepared.
struct RawRun {
  explicit RawRun(HelperConfig config = {}) : env(std::move(config)) {}
  Expected<uint64_t> run(const std::vector<Insn>& insns) {
    auto prog = Program::load(insns, &table());
    if (!prog) return std::move(prog).error();
    env.prepare(ctx);
    return prog->run(ctx);
  }
  HelperEnv env;
  RunContext ctx;
};

TEST_F(HelperSafety, ProbeReadUserStrWithA4GiBSize) {
  // A size of 0xffffffff used to allocate a 4 GiB staging vector. Now the copy goes a page at a time and stops at
  // the NUL: "hello" and its NUL, the rest of the NUL's word cleared, nothing else touched.
  static const char kHello[16] = "hello";
  std::memset(big_->base, 0xaa, 16);
  RawRun raw;
  auto r = raw.run(prog(call(kGrantHelper), movr(1, 0), lddw(2, 0xffffffffu),
                        lddw(3, uint64_t(reinterpret_cast<uintptr_t>(kHello))), call(114), exit_insn()));
  ASSERT_TRUE(r.has_value()) << r.error().to_string();
  EXPECT_EQ(*r, 6u);
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(big_->base)), "hello");
  for (int i = 5; i < 8; ++i) EXPECT_EQ(big_->base[i], 0) << i;
  for (int i = 8; i < 16; ++i) EXPECT_EQ(big_->base[i], 0xaa) << i;
}

TEST_F(HelperSafety, ProbeReadUserStrPageByPageKeepsResults) {
  // A string across a page boundary of the source, truncation, and a fault before the NUL.
  const size_t page = 4096;
  void* m = mmap(nullptr, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  ASSERT_NE(m, MAP_FAILED);
  auto* src = static_cast<char*>(m);
  std::memset(src, 'x', 2 * page);
  src[page + 10] = 0;  // 21 bytes from page - 10, then the NUL
  const uint64_t at = uint64_t(reinterpret_cast<uintptr_t>(src + page - 10));
  auto read = [&](uint64_t size, uint64_t from) {
    RawRun raw;
    auto r = raw.run(prog(call(kGrantHelper), movr(1, 0), lddw(2, size), lddw(3, from), call(114), exit_insn()));
    EXPECT_TRUE(r.has_value()) << r.error().to_string();
    return r ? int64_t(*r) : 0;
  };
  EXPECT_EQ(read(0xffffffffu, at), 21);
  EXPECT_EQ(big_->base[19], 'x');
  EXPECT_EQ(big_->base[20], 0);
  EXPECT_EQ(read(8, at), 8);  // truncated: 7 bytes and a NUL
  EXPECT_EQ(big_->base[7], 0);
  ASSERT_EQ(munmap(src + page, page), 0);  // now the string runs into an unmapped page
  EXPECT_EQ(read(4096, at), -EFAULT);  // (a failure clears all `size` bytes of the destination, as the kernel)
  munmap(src, page);
}

TEST_F(HelperSafety, PrintkConversionsLongerThan64Characters) {
  // Flags and width of any length: "%" + 70 flags + width 5 used to overflow a 64-byte spec buffer, and the
  // conversion was dropped.
  std::string printed;
  HelperConfig config;
  config.trace_sink = [&](std::string_view s) { printed = s; };
  RawRun raw(std::move(config));
  const std::string fmt = "[%" + std::string(35, '0') + std::string(35, '-') + "5d|%" + std::string(70, '0') +
                          "6x|%0000000000000000000000000000000000000000000000000000000000000000007u]";
  std::vector<char> buf(fmt.begin(), fmt.end());
  buf.push_back(0);
  raw.ctx.add_region({reinterpret_cast<uint8_t*>(buf.data()), buf.size(), false});
  auto r = raw.run(prog(lddw(1, uint64_t(reinterpret_cast<uintptr_t>(buf.data()))), mov(2, int32_t(buf.size())),
                        mov(3, 7), mov(4, 0xab), mov(5, 42), call(6), exit_insn()));
  ASSERT_TRUE(r.has_value()) << r.error().to_string();
  EXPECT_EQ(printed, "[7    |0000ab|0000042]");
  EXPECT_EQ(*r, printed.size());

  // bpf_snprintf with the same format: the same text, NUL-terminated, and its length + 1.
  uint64_t args[3] = {7, 0xab, 42};
  char out[64];
  std::memset(out, 0x55, sizeof out);
  raw.ctx.add_region({reinterpret_cast<uint8_t*>(args), sizeof args, false});
  raw.ctx.add_region({reinterpret_cast<uint8_t*>(out), sizeof out, true});
  r = raw.run(prog(lddw(1, uint64_t(reinterpret_cast<uintptr_t>(out))), mov(2, sizeof out),
                   lddw(3, uint64_t(reinterpret_cast<uintptr_t>(buf.data()))),
                   lddw(4, uint64_t(reinterpret_cast<uintptr_t>(args))), mov(5, sizeof args), call(165),
                   exit_insn()));
  ASSERT_TRUE(r.has_value()) << r.error().to_string();
  EXPECT_EQ(std::string(out), "[7    |0000ab|0000042]");
  EXPECT_EQ(*r, printed.size() + 1);
}

TEST_F(HelperSafety, PrintkHugeWidthIsCountedNotStored) {
  // A width of 8388607 (FIELD_WIDTH_MAX) is printed in full by the kernel: counted, with the 1023 bytes trace
  // output keeps. bpf_snprintf into 16 bytes keeps 15 and the NUL.
  std::string printed;
  HelperConfig config;
  config.trace_sink = [&](std::string_view s) { printed = s; };
  RawRun raw(std::move(config));
  const char fmt[] = "%99999999d|";
  raw.ctx.add_region({reinterpret_cast<uint8_t*>(const_cast<char*>(fmt)), sizeof fmt, false});
  auto r = raw.run(prog(lddw(1, uint64_t(reinterpret_cast<uintptr_t>(fmt))), mov(2, sizeof fmt), mov(3, 7),
                        call(6), exit_insn()));
  ASSERT_TRUE(r.has_value()) << r.error().to_string();
  EXPECT_EQ(*r, 8388607u + 1);
  EXPECT_EQ(printed, std::string(1023, ' '));
}

TEST(HelperSafetyEngine, TailCallInSubprogramThenCallback) {
  // main: r6 = sub(); r0 = bpf_loop(3, cb, 0, 0); return r0 + r6 * 100.
  // sub: tail-calls the target (which returns 5): its exit returns to main, which must go on in its own code (the
  // callback lookup, and the instruction indices) rather than the target's.
  const HelperTable& helpers = table();
  std::vector<Insn> main_prog = prog(call_local(8),                             // 0: call sub (insn 9)
                                     movr(6, 0),                                // 1
                                     mov(1, 3),                                 // 2
                                     lddw(2, 0, op::PSEUDO_FUNC),               // 3-4: cb
                                     mov(3, 0), mov(4, 0),                      // 5, 6
                                     call(181),                                 // 7: bpf_loop
                                     I(op::JMP | op::JA, 0, 0, 8),              // 8: goto 17
                                     lddw(2, 0x7a11ca11), mov(3, 0), call(kHelperTailCall),  // 9-12: sub
                                     mov(0, 99), exit_insn(),                   // 13, 14
                                     mov(0, 0), exit_insn(),                    // 15, 16: cb
                                     I(op::ALU64 | op::MUL | op::K, 6, 0, 0, 100), addr(0, 6), exit_insn());
  main_prog[3].imm = 15 - 3 - 1;
  auto main_loaded = Program::load(main_prog, &helpers);
  ASSERT_TRUE(main_loaded.has_value()) << main_loaded.error().to_string();
  auto target = Program::load(prog(mov(0, 5), exit_insn()), &helpers);
  ASSERT_TRUE(target.has_value()) << target.error().to_string();
  RunContext ctx;
  const Program* t = &*target;
  ctx.tail_call_resolver = [t](RunContext&, uint64_t, uint32_t index) { return index == 0 ? t : nullptr; };
  auto r = main_loaded->run(ctx);
  ASSERT_TRUE(r.has_value()) << r.error().to_string();
  EXPECT_EQ(*r, 3u + 5 * 100);

  // A fault after the return is reported at the caller's instruction index, not one of the target's.
  main_prog[15] = I(op::LDX | op::MEM | op::DW, 0, 0, 0);  // cb: r0 = *(u64 *)(r0 + 0) with r0 = 0
  auto faulting = Program::load(main_prog, &helpers);
  ASSERT_TRUE(faulting.has_value());
  auto f = faulting->run(ctx);
  ASSERT_FALSE(f.has_value());
  EXPECT_NE(f.error().to_string().find("insn 15"), std::string::npos) << f.error().to_string();
  EXPECT_NE(f.error().to_string().find("helper at insn 7)"), std::string::npos) << f.error().to_string();
}

TEST(HelperSafetyEngine, NestedCallbackErrorSaysDepthOnce) {
  // bpf_loop -> callback A -> bpf_loop -> callback B -> bpf_loop -> callback C, which faults.
  std::vector<Insn> p = prog(mov(1, 1), lddw(2, 0, op::PSEUDO_FUNC), mov(3, 0), mov(4, 0), call(181),  // 0-5
                             exit_insn(),                                                               // 6
                             mov(1, 1), lddw(2, 0, op::PSEUDO_FUNC), mov(3, 0), mov(4, 0), call(181),  // 7-12: A
                             exit_insn(),                                                               // 13
                             mov(1, 1), lddw(2, 0, op::PSEUDO_FUNC), mov(3, 0), mov(4, 0), call(181),  // 14-19: B
                             exit_insn(),                                                               // 20
                             mov(0, 0), I(op::LDX | op::MEM | op::DW, 0, 0, 0), exit_insn());           // 21-23: C
  p[1].imm = 7 - 1 - 1;
  p[8].imm = 14 - 8 - 1;
  p[15].imm = 21 - 15 - 1;
  auto loaded = Program::load(p, &table());
  ASSERT_TRUE(loaded.has_value()) << loaded.error().to_string();
  RunContext ctx;
  auto r = loaded->run(ctx);
  ASSERT_FALSE(r.has_value());
  const std::string msg = r.error().to_string();
  EXPECT_NE(msg.find("insn 22"), std::string::npos) << msg;
  EXPECT_NE(msg.find("(in a callback called by the helper at insn 19, 3 callbacks deep)"), std::string::npos) << msg;
  EXPECT_EQ(msg.find("in a callback"), msg.rfind("in a callback")) << msg;

  // One level keeps the plain note.
  std::vector<Insn> one = prog(mov(1, 1), lddw(2, 0, op::PSEUDO_FUNC), mov(3, 0), mov(4, 0), call(181),
                               exit_insn(), mov(0, 0), I(op::LDX | op::MEM | op::DW, 0, 0, 0), exit_insn());
  one[1].imm = 7 - 1 - 1;
  auto l1 = Program::load(one, &table());
  ASSERT_TRUE(l1.has_value());
  auto r1 = l1->run(ctx);
  ASSERT_FALSE(r1.has_value());
  EXPECT_NE(r1.error().to_string().find("(in a callback called by the helper at insn 5)"), std::string::npos)
      << r1.error().to_string();
}

// Two 4-byte map values, each a struct bpf_spin_lock, as a lookup would hand them out: bpf_spin_lock takes only
// the lock of a map value that has one.
void hand_out_locks(RunContext& ctx, uint32_t (&value)[2]) {
  for (uint32_t& v : value) {
    HandOut h;
    h.base = uint64_t(reinterpret_cast<uintptr_t>(&v));
    h.size = sizeof v;
    h.lock_off = 0;
    h.persistent = true;
    ctx.hand_out(h);
  }
}

TEST(HelperSafetyEngine, SpinLockIsReleasedWhenTheRunFails) {
  // The program takes the lock and then faults: the run ends with the error, and the lock word is free again, so
  // the next run (or another thread) does not spin on it for ever.
  alignas(8) uint32_t value[2] = {0, 0};
  const uint64_t lock = uint64_t(reinterpret_cast<uintptr_t>(value));
  auto loaded = Program::load(prog(lddw(1, lock), call(93), mov(0, 0), I(op::LDX | op::MEM | op::DW, 0, 0, 0),
                                   exit_insn()),
                              &table());
  ASSERT_TRUE(loaded.has_value()) << loaded.error().to_string();
  for (int run = 0; run < 2; ++run) {
    HelperEnv env;
    RunContext ctx;
    hand_out_locks(ctx, value);
    env.prepare(ctx);
    auto r = loaded->run(ctx);
    ASSERT_FALSE(r.has_value());
    EXPECT_NE(r.error().to_string().find("insn 4"), std::string::npos) << r.error().to_string();
    ASSERT_EQ(value[0], 0u) << "run " << run;  // (a lock left taken would make the next run spin for ever)
  }
}

TEST(HelperSafetyEngine, SpinLockOnlyOnTheLockOfAMapValue) {
  // Found by fuzz_run (a timeout): bpf_spin_lock on writable memory that is not a lock, holding a nonzero word
  // (packet bytes), waited for ever. Like process_spin_lock, only the struct bpf_spin_lock of a map value counts.
  alignas(8) uint32_t words[2] = {1, 1};
  const uint64_t base = uint64_t(reinterpret_cast<uintptr_t>(words));
  auto run = [&](const HandOut* h, uint64_t lock) {
    RunContext ctx;
    if (h != nullptr) ctx.hand_out(*h);
    else ctx.add_region({reinterpret_cast<uint8_t*>(words), sizeof words, true});
    HelperEnv env;
    env.prepare(ctx);
    auto loaded = Program::load(prog(lddw(1, lock), call(93), mov(0, 0), exit_insn()), &table());
    EXPECT_TRUE(loaded.has_value()) << loaded.error().to_string();
    auto r = loaded->run(ctx);
    return r ? std::string() : r.error().to_string();
  };
  EXPECT_NE(run(nullptr, base).find("is not a bpf_spin_lock in a map value"), std::string::npos);
  HandOut no_lock;
  no_lock.base = base;
  no_lock.size = sizeof words;
  EXPECT_NE(run(&no_lock, base).find("map has no valid bpf_spin_lock"), std::string::npos);
  HandOut with_lock = no_lock;
  with_lock.lock_off = 4;
  EXPECT_NE(run(&with_lock, base).find("off 0 doesn't point to 'struct bpf_spin_lock' that is at 4"),
            std::string::npos);
  EXPECT_EQ(words[0], 1u);
}

TEST(HelperSafetyEngine, SpinLockRulesInRawRuns) {
  alignas(8) uint32_t value[2] = {0, 0};
  const uint64_t lock = uint64_t(reinterpret_cast<uintptr_t>(value));
  auto run = [&](const std::vector<Insn>& p) {
    HelperEnv env;
    RunContext ctx;
    hand_out_locks(ctx, value);
    env.prepare(ctx);
    auto loaded = Program::load(p, &table());
    EXPECT_TRUE(loaded.has_value()) << loaded.error().to_string();
    auto r = loaded->run(ctx);
    EXPECT_EQ(value[0], 0u);
    return r ? std::string() : r.error().to_string();
  };
  // Lock, unlock in a subprogram, exit: fine (the verifier allows static subprograms under the lock).
  EXPECT_EQ(run(prog(lddw(1, lock), call(93), call_local(2), mov(0, 0), exit_insn(), lddw(1, lock), call(94),
                     exit_insn())),
            "");
  // A tail call under the lock is a call under the lock.
  EXPECT_NE(run(prog(lddw(1, lock), call(93), lddw(2, 1), mov(3, 0), call(kHelperTailCall), exit_insn()))
                .find("insn 6: function calls are not allowed while holding a lock"),
            std::string::npos);
  // bpf_loop (a callback) under the lock.
  std::vector<Insn> loop = prog(lddw(1, lock), call(93), mov(1, 1), lddw(2, 0, op::PSEUDO_FUNC), mov(3, 0), mov(4, 0),
                                call(181), exit_insn());
  loop[4].imm = 9 - 4 - 1;  // the callback is the final exit
  EXPECT_NE(run(loop).find("insn 8: function calls are not allowed while holding a lock"), std::string::npos);
  // Unlocking another lock than the one held.
  EXPECT_NE(run(prog(lddw(1, lock), call(93), lddw(1, lock + 4), call(94), exit_insn()))
                .find("insn 5: bpf_spin_unlock of different lock"),
            std::string::npos);
}

}  // namespace
}  // namespace bpfkit
