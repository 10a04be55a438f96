// Writes to the __sk_buff fields the kernel keeps in 16 bits (net/core/filter.c, bpf_convert_ctx_access):
// queue_mapping and tc_index live in the sk_buff as u16 and tc_classid in qdisc_skb_cb as u16, so a 4-byte store
// keeps the low 16 bits, and a queue_mapping of NO_QUEUE_MAPPING (0xffff) or more is not stored at all; the
// rewrite compares a register as u64 but a BPF_ST's immediate as the s32 it is. Each program stores one value,
// reads the field back and returns it; tc programs run in bpfkit and in the kernel (BPF_PROG_TEST_RUN with a
// ctx_in, so ctx_out is compared too), which must agree.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include "test_run_harness.h"

namespace bpfkit::trun {
namespace {

constexpr ProgType kTc = ProgType::SchedCls;

struct Field {
  const char* name;
  int off;
};
const Field kFields[] = {{"queue_mapping", 12}, {"tc_index", 44}, {"tc_classid", 72}};

// Stores value (a register loaded with a 64-bit immediate, or a BPF_ST immediate), then returns the field.
std::vector<Insn> store_prog(int off, uint64_t value, bool imm) {
  const std::string store = imm ? fmt::format("*(u32 *)(r1 + {}) = {}", off, int32_t(value))
                                : fmt::format("r2 = {:#x} ll\n*(u32 *)(r1 + {}) = r2", value, off);
  return asm_or_die(fmt::format("{}\nr0 = *(u32 *)(r1 + {})\nexit\n", store, off));
}

TestRunOptions opts() {
  TestRunOptions o = with_data(pattern(64));
  o.ctx_in = std::vector<uint8_t>(192, 0);  // a zeroed __sk_buff: ctx_out comes back and is compared
  return o;
}

// The kernel's answer, worked out from the rewrite (and checked against the kernel by run_both).
uint32_t expected(const Field& f, uint64_t value, bool imm) {
  if (std::string(f.name) == "queue_mapping") {
    const bool dropped = imm ? int64_t(int32_t(value)) >= 0xffff : value >= 0xffff;
    if (dropped) return 0;  // test-run's skb starts with queue_mapping 0
  }
  return uint32_t(value) & 0xffff;
}

class NarrowSkbWrites : public ::testing::TestWithParam<Field> {};

TEST_P(NarrowSkbWrites, RegisterStores) {
  const Field& f = GetParam();
  for (uint64_t v : {0ull, 1ull, 0x1234ull, 0xfffeull, 0xffffull, 0x10000ull, 0x12345ull, 0xabcdef01ull,
                     0xffffffffull, 0x100000005ull, 0xffffffffffff0001ull}) {
    const Outcome o = run_both(kTc, store_prog(f.off, v, false), opts());
    EXPECT_EQ(o.err, 0) << o.message;
    EXPECT_EQ(o.retval, expected(f, v, false)) << f.name << " = " << std::hex << v;
  }
}

TEST_P(NarrowSkbWrites, ImmediateStores) {
  const Field& f = GetParam();
  for (int32_t v : {0, 7, 0xfffe, 0xffff, 0x10000, 0x12345, 0x7fffffff, -1, -2, -0x10000, INT32_MIN}) {
    const Outcome o = run_both(kTc, store_prog(f.off, uint64_t(int64_t(v)), true), opts());
    EXPECT_EQ(o.err, 0) << o.message;
    EXPECT_EQ(o.retval, expected(f, uint64_t(int64_t(v)), true)) << f.name << " = " << v;
  }
}

INSTANTIATE_TEST_SUITE_P(Fields, NarrowSkbWrites, ::testing::ValuesIn(kFields),
                         [](const ::testing::TestParamInfo<Field>& info) { return std::string(info.param.name); });

TEST(NarrowSkbWrites, LaterStoresReplaceEarlierOnes) {
  // A dropped queue_mapping keeps the one stored before it; the neighbours (mark, protocol) are untouched.
  const auto prog = asm_or_die(R"(
    r2 = 5
    *(u32 *)(r1 + 12) = r2
    r2 = 0x10005
    *(u32 *)(r1 + 12) = r2
    r2 = 0xffff
    *(u32 *)(r1 + 12) = r2
    r2 = 0x11
    *(u32 *)(r1 + 8) = r2
    r0 = *(u32 *)(r1 + 12)
    r3 = *(u32 *)(r1 + 8)
    r3 <<= 16
    r0 |= r3
    exit
  )");
  EXPECT_EQ(run_both(kTc, prog, opts()).retval, 0x110005u);
}

TEST(NarrowSkbWrites, OnlyFullWordStoresAreConverted) {
  // The verifier refuses narrower stores to the context; an unverified run faults on them instead of storing
  // something the kernel never would.
  const Outcome o = run_bpfkit(kTc, asm_or_die("r2 = 3\n*(u16 *)(r1 + 44) = r2\nr0 = 0\nexit\n"), opts());
  EXPECT_EQ(o.err, -10000);
  EXPECT_NE(o.message.find("read-only memory"), std::string::npos) << o.message;
}

}  // namespace
}  // namespace bpfkit::trun
