// test_run() for XDP against the kernel's BPF_PROG_TEST_RUN: frame limits, metadata from ctx_in, fragments, the
// ctx_in checks, ctx_out, truncated outputs, repeat, and the xdp helpers (adjust head/meta/tail, load/store bytes,
// get_buff_len) at and past their limits. Each case runs in bpfkit and, where bpf() works, in the kernel; the
// outcomes (errno, retval, data_out, ctx_out and their sizes) must be equal.
#include <gtest/gtest.h>

#include <array>
#include <optional>

#include <fmt/format.h>

#include "test_run_harness.h"

namespace bpfkit::trun {
namespace {

constexpr ProgType kXdp = ProgType::Xdp;

// r0 = data_end - data
const char* kLinearLen = R"(
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r0 = r3
  r0 -= r2
  exit
)";

TestRunOptions xdp_opts(size_t size, std::optional<std::array<uint32_t, 6>> md = std::nullopt) {
  TestRunOptions o = with_data(pattern(size));
  if (md) o.ctx_in = bytes_of(*md);
  return o;
}

TEST(TestRunXdp, DataSizes) {
  const auto prog = asm_or_die(kLinearLen);
  for (size_t size : {0, 1, 13, 14, 60, 3520, 3521, 4096, 9000, 3520 + 17 * 4096, 3521 + 17 * 4096}) {
    SCOPED_TRACE(fmt::format("size {}", size));
    const Outcome o = run_both(kXdp, prog, xdp_opts(size));
    if (size < 14) {
      EXPECT_EQ(o.err, -EINVAL);
    }
    if (size == 9000) {
      EXPECT_EQ(o.retval, 3520u);  // the linear part; the rest is in fragments
      EXPECT_EQ(o.data_size_out, 9000u);
      EXPECT_EQ(o.data_out, pattern(9000));
    }
  }
}

TEST(TestRunXdp, MetadataAndLinearSizeFromCtx) {
  const auto prog = asm_or_die(kLinearLen);
  using Md = std::array<uint32_t, 6>;
  const struct {
    size_t size;
    Md md;
  } cases[] = {
      {60, {0, 60, 0, 0, 0, 0}},    {60, {4, 60, 0, 0, 0, 0}},    {60, {8, 40, 0, 0, 0, 0}},
      {60, {0, 0, 0, 0, 0, 0}},     {300, {216, 300, 0, 0, 0, 0}}, {300, {220, 300, 0, 0, 0, 0}},
      {300, {2, 300, 0, 0, 0, 0}},  {60, {0, 61, 0, 0, 0, 0}},    {60, {8, 4, 0, 0, 0, 0}},
      {60, {0, 60, 4, 0, 0, 0}},    {5000, {8, 4000, 0, 0, 0, 0}}, {3528 + 17 * 4096, {8, 3528, 0, 0, 0, 0}},
      {3529 + 17 * 4096, {8, 3528, 0, 0, 0, 0}}, {13, {0, 0, 0, 0, 0, 0}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(fmt::format("size {} data {} data_end {} data_meta {}", c.size, c.md[0], c.md[1], c.md[2]));
    run_both(kXdp, prog, xdp_opts(c.size, c.md));
  }
}

TEST(TestRunXdp, IngressDevice) {
  // r0 = ingress_ifindex << 16 | rx_queue_index (egress_ifindex is readable only in devmap programs)
  const auto prog = asm_or_die(R"(
    r0 = *(u32 *)(r1 + 12)
    r0 <<= 16
    r2 = *(u32 *)(r1 + 16)
    r0 |= r2
    exit
  )");
  using Md = std::array<uint32_t, 6>;
  const Md cases[] = {{0, 60, 0, 0, 0, 0}, {0, 60, 0, 1, 0, 0}, {0, 60, 0, 1, 1, 0},
                      {0, 60, 0, 0, 1, 0}, {0, 60, 0, 99999, 0, 0}, {0, 60, 0, 0, 0, 1}};
  for (const Md& md : cases) {
    SCOPED_TRACE(fmt::format("ingress {} rxq {} egress {}", md[3], md[4], md[5]));
    run_both(kXdp, prog, xdp_opts(60, md));
  }
  run_both(kXdp, prog, xdp_opts(60));  // no ctx_in: the loopback device, queue 0
}

TEST(TestRunXdp, CtxSizesAndOutputLimits) {
  const auto prog = asm_or_die(kLinearLen);
  std::array<uint32_t, 6> md{0, 60, 0, 0, 0, 0};
  TestRunOptions o = xdp_opts(60, md);
  o.ctx_size_out = 16;  // truncated ctx_out: -ENOSPC
  EXPECT_EQ(run_both(kXdp, prog, o).err, -ENOSPC);
  o = xdp_opts(60, md);
  o.data_size_out = 10;  // truncated data_out: -ENOSPC, no ctx_out
  EXPECT_EQ(run_both(kXdp, prog, o).err, -ENOSPC);
  o = xdp_opts(60);
  o.ctx_size_out = 24;  // ctx_out without ctx_in: a zero ctx_in, so the linear part is empty
  EXPECT_EQ(run_both(kXdp, prog, o).retval, 0u);
  // A longer ctx_in is fine if the extra bytes are zero, -E2BIG if not, and -E2BIG above a page.
  std::vector<uint8_t> big = bytes_of(md);
  big.resize(200, 0);
  o = xdp_opts(60);
  o.ctx_in = big;
  run_both(kXdp, prog, o);
  big[150] = 1;
  o.ctx_in = big;
  EXPECT_EQ(run_both(kXdp, prog, o).err, -E2BIG);
  big.assign(4097, 0);
  o.ctx_in = big;
  EXPECT_EQ(run_both(kXdp, prog, o).err, -E2BIG);
  o = xdp_opts(60);
  o.ctx_in = std::vector<uint8_t>();  // a ctx_in pointer with size 0
  EXPECT_EQ(run_both(kXdp, prog, o).err, -EINVAL);
  o = xdp_opts(60);
  o.flags = BPF_F_TEST_RUN_ON_CPU;
  EXPECT_EQ(run_both(kXdp, prog, o).err, -EINVAL);
}

// Helper call with R1 = ctx and R2 = imm, returning the helper's result; the packet is the output.
std::vector<Insn> call_with(int32_t helper, int32_t arg) {
  return asm_or_die(fmt::format("r2 = {}\ncall {}\nexit\n", arg, helper));
}

TEST(TestRunXdp, AdjustHeadLimits) {
  for (int32_t off : {-217, -216, -100, -1, 0, 1, 45, 46, 47, 100}) {
    SCOPED_TRACE(fmt::format("adjust_head({})", off));
    const Outcome o = run_both(kXdp, call_with(44, off), xdp_opts(60));
    if (off == -217 || off == 47) {
      EXPECT_EQ(int32_t(o.retval), -EINVAL);
    }
  }
  // With metadata the lower limit moves up by the metadata length, which moves along.
  std::array<uint32_t, 6> md{16, 60, 0, 0, 0, 0};
  for (int32_t off : {-201, -200, -199, -10, 30, 31}) {
    SCOPED_TRACE(fmt::format("meta 16, adjust_head({})", off));
    run_both(kXdp, call_with(44, off), xdp_opts(60, md));
  }
}

// The frame test-run builds: 256 bytes of headroom, of which the first 40 hold struct xdp_frame, so metadata can
// start no lower than 216 bytes below data (-EINVAL), and its length must be a multiple of 4 (-EACCES; the limit of
// 255, skb_shared_info's u8 meta_len, lies beyond the headroom); data_meta above data is -EINVAL. data_out starts at data_meta: new metadata comes out as the zeroed
// headroom bytes in front of the frame. These fixed values keep bpfkit checked where the kernel build refuses
// bpf_xdp_adjust_meta in XDP (the run_both comparison then skips).
TEST(TestRunXdp, AdjustMetaLimits) {
  struct Case {
    int32_t off;
    int32_t ret;
  };
  const std::vector<uint8_t> frame = pattern(60);
  for (const Case c : {Case{-220, -EINVAL}, {-216, 0}, {-212, 0}, {-32, 0}, {-6, -EACCES}, {-4, 0},
                       {0, 0}, {4, -EINVAL}}) {
    SCOPED_TRACE(fmt::format("adjust_meta({})", c.off));
    const Outcome o = run_both(kXdp, call_with(54, c.off), xdp_opts(60));
    std::vector<uint8_t> want(c.ret == 0 ? size_t(-c.off) : 0, 0);
    want.insert(want.end(), frame.begin(), frame.end());
    EXPECT_EQ(o.err, 0);
    EXPECT_EQ(int32_t(o.retval), c.ret);
    EXPECT_EQ(o.data_size_out, want.size());
    EXPECT_EQ(hex(o.data_out), hex(want));
  }
  // 16 bytes of metadata from ctx_in: the first 16 bytes of data_in.
  std::array<uint32_t, 6> md{16, 60, 0, 0, 0, 0};
  for (const Case c : {Case{-200, 0}, {-204, -EINVAL}, {-20, 0}, {-6, -EACCES}, {8, 0}, {16, 0}, {20, -EINVAL}}) {
    SCOPED_TRACE(fmt::format("meta 16, adjust_meta({})", c.off));
    const Outcome o = run_both(kXdp, call_with(54, c.off), xdp_opts(60, md));
    // Shrinking drops the first bytes of the metadata; growing puts zeroed headroom bytes in front of it.
    std::vector<uint8_t> want(c.ret == 0 && c.off < 0 ? size_t(-c.off) : 0, 0);
    want.insert(want.end(), frame.begin() + (c.ret == 0 && c.off > 0 ? c.off : 0), frame.end());
    EXPECT_EQ(o.err, 0);
    EXPECT_EQ(int32_t(o.retval), c.ret);
    EXPECT_EQ(o.data_size_out, want.size());
    EXPECT_EQ(hex(o.data_out), hex(want));
  }
}

TEST(TestRunXdp, AdjustTailLinearAndFrags) {
  for (int32_t off : {-47, -46, -10, 0, 10, 3460, 3461, 4096, INT32_MIN}) {
    SCOPED_TRACE(fmt::format("size 60, adjust_tail({})", off));
    run_both(kXdp, call_with(65, off), xdp_opts(60));
  }
  // 9000 bytes: 3520 linear + fragments of 4096 and 1384; the last can grow to its page's end.
  for (int32_t off : {-100, -1384, -1385, -5480, -5481, -8986, -8987, 10, 2712, 2713}) {
    SCOPED_TRACE(fmt::format("size 9000, adjust_tail({})", off));
    run_both(kXdp, call_with(65, off), xdp_opts(9000));
  }
}

TEST(TestRunXdp, AdjustedFrameIsOutput) {
  // Grow the head by 20 and write a marker into the new bytes; shrink the tail by 4; return the new length.
  const auto prog = asm_or_die(R"(
    r6 = r1
    r2 = -20
    call bpf_xdp_adjust_head
    if r0 != 0 goto fail
    r1 = r6
    r2 = -4
    call bpf_xdp_adjust_tail
    if r0 != 0 goto fail
    r2 = *(u32 *)(r6 + 0)
    r3 = *(u32 *)(r6 + 4)
    r4 = r2
    r4 += 20
    if r4 > r3 goto fail
    *(u32 *)(r2 + 0) = 0x11223344
    *(u32 *)(r2 + 16) = 0x55667788
    r0 = r3
    r0 -= r2
    exit
  fail:
    r0 = 1000
    exit
  )");
  const Outcome o = run_both(kXdp, prog, xdp_opts(100));
  EXPECT_EQ(o.retval, 116u);
  EXPECT_EQ(o.data_size_out, 116u);
}

TEST(TestRunXdp, RepeatKeepsChanges) {
  // The kernel runs every repetition on the same xdp_buff: adjustments accumulate.
  TestRunOptions o = xdp_opts(64);
  o.repeat = 5;
  EXPECT_EQ(run_both(kXdp, call_with(44, -10), o).data_size_out, 114u);
}

TEST(TestRunXdp, OutOfBoundsAccessFaults) {
  // Reading the byte at data_end (exclusive) or in the headroom is outside the packet.
  for (const char* text : {"r2 = *(u32 *)(r1 + 4)\nr0 = *(u8 *)(r2 + 0)\nexit\n",
                           "r2 = *(u32 *)(r1 + 0)\nr0 = *(u8 *)(r2 - 1)\nexit\n",
                           "*(u32 *)(r1 + 0) = 1\nr0 = 0\nexit\n"}) {
    const Outcome o = run_bpfkit(kXdp, asm_or_die(text), xdp_opts(60));
    EXPECT_EQ(o.err, -10000) << text << o;
  }
  const Outcome last = run_bpfkit(kXdp, asm_or_die("r2 = *(u32 *)(r1 + 4)\nr0 = *(u8 *)(r2 - 1)\nexit\n"),
                                  xdp_opts(60));
  EXPECT_EQ(last.err, 0) << last;
  EXPECT_EQ(last.retval, pattern(60)[59]);
}

// bpf_xdp_load_bytes(ctx, off, r10 - 16, len) or store_bytes of 16 bytes of 0xa5; returns the helper's result
// plus the loaded bytes folded in.
std::vector<Insn> bytes_prog(bool store, uint32_t off, uint32_t len) {
  return asm_or_die(fmt::format(R"(
    r6 = r1
    r7 = 0xa5a5a5a5a5a5a5a5 ll
    *(u64 *)(r10 - 16) = r7
    *(u64 *)(r10 - 8) = r7
    r2 = {}
    r3 = r10
    r3 += -16
    r4 = {}
    call {}
    r0 <<= 32
    r1 = *(u64 *)(r10 - 16)
    r0 ^= r1
    r1 = *(u64 *)(r10 - 8)
    r0 ^= r1
    r1 = r0
    r1 >>= 32
    r0 ^= r1
    exit
  )",
                                off, len, store ? "bpf_xdp_store_bytes" : "bpf_xdp_load_bytes"));
}

TEST(TestRunXdp, LoadStoreBytes) {
  const uint32_t cases[][2] = {{0, 4},   {56, 4},    {57, 4},    {60, 1},     {3516, 8},  {3518, 8},
                               {3520, 4}, {8996, 4}, {8997, 4},  {0xffff, 1}, {0x10000, 1}, {0, 16}};
  for (bool store : {false, true}) {
    for (size_t size : {60, 9000}) {
      for (const auto& c : cases) {
        SCOPED_TRACE(fmt::format("{} off {} len {} size {}", store ? "store" : "load", c[0], c[1], size));
        run_both(kXdp, bytes_prog(store, c[0], c[1]), xdp_opts(size));
      }
    }
  }
}

TEST(TestRunXdp, GetBuffLen) {
  for (size_t size : {60, 3520, 3521, 9000}) {
    const Outcome o = run_both(kXdp, asm_or_die("call bpf_xdp_get_buff_len\nexit\n"), xdp_opts(size));
    EXPECT_EQ(o.retval, size);
  }
}

TEST(TestRunXdp, DevmapProgramsAndLiveFramesRefused) {
  const auto prog = asm_or_die("r0 = 2\nexit\n");
  EXPECT_EQ(run_bpfkit(kXdp, prog, xdp_opts(60), {}, /*BPF_XDP_DEVMAP*/ 39).err, -EINVAL);
  TestRunOptions o = xdp_opts(60);
  o.flags = BPF_F_TEST_XDP_LIVE_FRAMES;
  EXPECT_EQ(run_bpfkit(kXdp, prog, o).err, -EOPNOTSUPP);
}

TEST(TestRunXdp, PacketHelperWithoutContextFailsTheRun) {
  static const HelperTable table = standard_helpers();
  auto prog = Program::load(call_with(44, -4), &table);
  ASSERT_TRUE(prog.has_value());
  HelperEnv env;
  RunContext rc;
  env.prepare(rc);
  auto r = prog->run(rc);
  ASSERT_FALSE(r.has_value());
  EXPECT_NE(r.error().message.find("bpf_xdp_adjust_head"), std::string::npos) << r.error().to_string();
}

}  // namespace
}  // namespace bpfkit::trun
