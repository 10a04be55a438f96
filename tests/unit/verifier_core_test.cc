// verify() through the public API on assembled programs, one rule per case. Each case's verdict and message are
// what the running 6.18 kernel (6.18.44-fc-v1272, root) answered for the same program, recorded by the verifier
// corpus (tests/verifier/expected.json); the header comments give the program type and maps as there.
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "bpfkit/asm.h"
#include "bpfkit/verifier.h"

namespace bpfkit {
namespace {

struct Case {
  const char* name;
  const char* text;
  const char* error;  // empty: the kernel accepts
};

// The corpus header: "// type: T", "// map: TYPE key=K value=V entries=E [flags=F]", "// privileged: no",
// "// license: L". "map[fd:I]" is map I's reference, "map[fd:I][0]+O" a direct value reference.
struct Parsed {
  VerifierInput in;
  VerifyOptions opt;
};

Parsed parse(const std::string& text) {
  Parsed p;
  p.in.gpl_compatible = true;
  p.opt.profile = VerifierProfile::for_kernel(6 << 16 | 18 << 8, true);
  std::istringstream ls(text);
  std::string line, body;
  std::smatch m;
  while (std::getline(ls, line)) {
    if (std::regex_match(line, m, std::regex("// type: (\\w+).*"))) {
      for (uint32_t i = 0; i < 64; i++)
        if (const char* n = prog_type_name(ProgType(i)); n && m[1] == n) p.in.type = ProgType(i);
    } else if (std::regex_match(line, m, std::regex("// map: (\\w+) key=(\\d+) value=(\\d+) entries=(\\d+)"
                                                    "(?: flags=(0x[0-9a-f]+))?.*"))) {
      MapSpec s;
      for (uint32_t i = 0; i < 64; i++)
        if (const char* n = map_type_name(MapType(i)); n && m[1] == n) s.type = MapType(i);
      s.key_size = uint32_t(std::stoul(m[2]));
      s.value_size = uint32_t(std::stoul(m[3]));
      s.max_entries = uint32_t(std::stoul(m[4]));
      if (m[5].matched) s.map_flags = uint32_t(std::stoul(m[5], nullptr, 16));
      p.in.maps.push_back(s);
    } else if (std::regex_match(line, std::regex("// privileged: no.*"))) {
      p.opt.profile = VerifierProfile::for_kernel(6 << 16 | 18 << 8, false);
    } else if (std::regex_match(line, std::regex("// license: .*"))) {
      p.in.gpl_compatible = false;
    } else if (line.rfind("//", 0) != 0) {
      body += line + "\n";
    }
  }
  // Map references become LD_IMM64 placeholders 0x7ead0000 + k, patched after assembly from refs[k].
  struct Ref {
    uint32_t map, off;
    bool value;
  };
  std::vector<Ref> refs;
  std::regex ref_re("map\\[fd:(\\d+)\\](?:\\[0\\]\\+(\\d+))?");
  std::string out;
  auto it = std::sregex_iterator(body.begin(), body.end(), ref_re);
  size_t last = 0;
  for (; it != std::sregex_iterator(); ++it) {
    const std::smatch& mm = *it;
    out += body.substr(last, size_t(mm.position(0)) - last);
    refs.push_back({uint32_t(std::stoul(mm[1])), mm[2].matched ? uint32_t(std::stoul(mm[2])) : 0, mm[2].matched});
    out += std::to_string(0x7ead0000u + refs.size() - 1) + " ll";
    last = size_t(mm.position(0) + mm.length(0));
  }
  body = out + body.substr(last);
  auto insns = assemble(body);
  EXPECT_TRUE(insns.has_value()) << (insns ? "" : insns.error().to_string());
  if (!insns) return p;
  p.in.insns = *insns;
  for (size_t i = 0; i + 1 < p.in.insns.size(); i++) {
    Insn& x = p.in.insns[i];
    uint32_t k = uint32_t(x.imm) - 0x7ead0000u;
    if (!is_ld_imm64(x) || k >= refs.size()) continue;
    x.src = refs[k].value ? 2 : 1;
    x.imm = int32_t(refs[k].map);
    p.in.insns[i + 1].imm = int32_t(refs[k].off);
  }
  return p;
}

class VerifierCore : public ::testing::TestWithParam<Case> {};

TEST_P(VerifierCore, KernelVerdictAndMessage) {
  const Case& c = GetParam();
  Parsed p = parse(c.text);
  ASSERT_FALSE(p.in.insns.empty());
  VerifyResult r = verify(p.in, p.opt);
  if (std::string(c.error).empty()) {
    EXPECT_TRUE(r.accepted) << c.name << ": " << r.error << " at insn " << r.insn;
  } else {
    EXPECT_FALSE(r.accepted) << c.name;
    EXPECT_EQ(r.error, c.error) << c.name;
  }
}

const Case kCases[] = {
    {"alu_ctx_offset_deref", R"(// The context pointer moved, then dereferenced: ctx must be accessed at a constant offset from its start.
// type: socket_filter
r1 += 4
r0 = *(u32 *)(r1 + 0)
exit)", "dereference of modified ctx ptr R1 off=4 disallowed"},
    {"alu_div_by_zero_imm", R"(// Division by the constant 0.
// type: socket_filter
r0 = 10
r0 /= 0
exit)", "div by zero"},
    {"alu_mod_by_zero_imm32", R"(// 32-bit modulo by the constant 0.
// type: socket_filter
w0 = 10
w0 %= 0
exit)", "div by zero"},
    {"alu_ptr32", R"(// A 32-bit ALU operation on a pointer.
// type: socket_filter
w1 += 4
r0 = 0
exit)", "R1 32-bit pointer arithmetic prohibited"},
    {"alu_ptr_bitwise", R"(// AND on a pointer.
// type: socket_filter
r2 = r10
r2 &= 0xff
r0 = 0
exit)", "R2 bitwise operator &= on pointer prohibited"},
    {"alu_ptr_mul", R"(// Multiplying the context pointer.
// type: socket_filter
r1 *= 2
r0 = 0
exit)", "R1 pointer arithmetic with *= operator prohibited"},
    {"alu_ptr_plus_ptr", R"(// pointer + pointer.
// type: socket_filter
r2 = r10
r2 += r1
r0 = 0
exit)", "R2 pointer += pointer prohibited"},
    {"alu_shift_64_imm", R"(// r0 <<= 64 by immediate: an invalid shift.
// type: socket_filter
r0 = 1
r0 <<= 64
exit)", "invalid shift 64"},
    {"alu_shift_neg_imm", R"(// A negative shift amount.
// type: socket_filter
r0 = 1
r0 >>= -1
exit)", "invalid shift -1"},
    {"alu_shift_63_ok", R"(// r0 s>>= 63: the largest shift allowed.
// type: socket_filter
r0 = -1
r0 s>>= 63
r0 &= 1
exit)", ""},
    {"bounds_and_mask_ok", R"(// AND with 15 bounds the index to 0..15.
// type: socket_filter
// map: array key=4 value=16 entries=1
r6 = *(u32 *)(r1 + 0)
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
if r0 == 0 goto +3
r6 &= 15
r0 += r6
r0 = *(u8 *)(r0 + 0)
exit)", ""},
    {"bounds_jmp32_upper_ok", R"(// A 32-bit load is zero-extended; a 32-bit check then bounds all 64 bits.
// type: socket_filter
// map: array key=4 value=16 entries=1
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
if r0 == 0 goto +5
r6 = *(u32 *)(r0 + 0)
if w6 > 15 goto +3
r0 += r6
r0 = *(u8 *)(r0 + 0)
exit
r0 = 0
exit)", ""},
    {"bounds_linked_regs_ok", R"(// A bound learned on r2 applies to its copy r3 (same scalar id).
// type: socket_filter
// map: array key=4 value=16 entries=1
r6 = *(u32 *)(r1 + 0)
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
if r0 == 0 goto +5
r3 = r6
if r6 > 15 goto +3
r0 += r3
r0 = *(u8 *)(r0 + 0)
exit
r0 = 0
exit)", ""},
    {"bounds_movsx_negative", R"(// A sign-extended byte may be negative: the index has a negative minimum.
// type: socket_filter
// map: array key=4 value=16 entries=1
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
if r0 == 0 goto +4
r6 = *(u8 *)(r0 + 0)
r6 = (s8)r6
r0 += r6
r0 = *(u8 *)(r0 + 0)
exit)", "R0 min value is negative, either use unsigned index or do a if (index >=0) check."},
    {"bounds_signed_both_sides_ok", R"(// Signed checks on both sides bound the index to 0..15.
// type: socket_filter
// map: array key=4 value=16 entries=1
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
if r0 == 0 goto +6
r6 = *(u64 *)(r0 + 0)
if r6 s< 0 goto +4
if r6 s> 15 goto +3
r0 += r6
r0 = *(u8 *)(r0 + 0)
exit
r0 = 0
exit)", ""},
    {"bounds_unsigned_upper_only_off_by_one", R"(// if r6 > 16: 16 itself passes, one past a 16-byte value.
// type: socket_filter
// map: array key=4 value=16 entries=1
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
if r0 == 0 goto +5
r6 = *(u64 *)(r0 + 0)
if r6 > 16 goto +3
r0 += r6
r0 = *(u8 *)(r0 + 0)
exit
r0 = 0
exit)", "R0 max value is outside of the allowed memory range"},
    {"bounds_32bit_wrap", R"(// w6 += 1 on a value up to 0xffffffff wraps to 0 in 32 bits; the 64-bit copy is not bounded by a 32-bit check.
// type: socket_filter
// map: array key=4 value=16 entries=1
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
if r0 == 0 goto +6
r6 = *(u64 *)(r0 + 0)
if w6 > 15 goto +4
r6 += 0
r0 += r6
r0 = *(u8 *)(r0 + 0)
exit
r0 = 0
exit)", "math between map_value pointer and register with unbounded min value is not allowed"},
    {"call_callee_reads_caller_frame", R"(// A callee reaching its caller's frame through r10 (positive offset).
// type: socket_filter
r1 = 0
*(u64 *)(r10 - 8) = r1
call f
exit
f: r0 = *(u64 *)(r10 + 8)
exit)", "invalid read from stack R10 off=8 size=8"},
    {"call_caller_stack_ptr_ok", R"(// A callee writing into the caller's stack through a pointer argument.
// type: socket_filter
r1 = r10
r1 += -8
call f
r0 = *(u64 *)(r10 - 8)
exit
f: r2 = 5
*(u64 *)(r1 + 0) = r2
r0 = 0
exit)", ""},
    {"call_depth_8_ok", R"(// Eight frames: the main program and seven nested calls.
// type: socket_filter
call f1
exit
f1: call f2
exit
f2: call f3
exit
f3: call f4
exit
f4: call f5
exit
f5: call f6
exit
f6: call f7
exit
f7: r0 = 0
exit)", ""},
    {"call_depth_9", R"(// Nine frames: one too many.
// type: socket_filter
call f1
exit
f1: call f2
exit
f2: call f3
exit
f3: call f4
exit
f4: call f5
exit
f5: call f6
exit
f6: call f7
exit
f7: call f8
exit
f8: r0 = 0
exit)", "the call stack of 9 frames is too deep"},
    {"call_return_stack_ptr", R"(// A callee returning a pointer into its own frame, dereferenced by the caller.
// type: socket_filter
call f
r0 = *(u64 *)(r0 + 0)
exit
f: r1 = 0
*(u64 *)(r10 - 8) = r1
r0 = r10
r0 += -8
exit)", "cannot return stack pointer to the caller"},
    {"call_stack_512_each", R"(// 512 bytes of stack in each of 8 frames: the kernel allows 512 in all.
// type: socket_filter
r1 = 0
*(u64 *)(r10 - 512) = r1
call f1
exit
f1: r1 = 0
*(u64 *)(r10 - 512) = r1
call f2
exit
f2: r1 = 0
*(u64 *)(r10 - 512) = r1
call f3
exit
f3: r1 = 0
*(u64 *)(r10 - 512) = r1
call f4
exit
f4: r1 = 0
*(u64 *)(r10 - 512) = r1
call f5
exit
f5: r1 = 0
*(u64 *)(r10 - 512) = r1
call f6
exit
f6: r1 = 0
*(u64 *)(r10 - 512) = r1
call f7
exit
f7: r1 = 0
*(u64 *)(r10 - 512) = r1
r0 = 0
exit)", "combined stack size of 2 calls is 1024. Too large"},
    {"call_stack_combined_512_ok", R"(// 256 + 256 bytes of stack in two frames: exactly 512.
// type: socket_filter
r1 = 0
*(u64 *)(r10 - 256) = r1
call f
exit
f: r1 = 0
*(u64 *)(r10 - 256) = r1
r0 = 0
exit)", ""},
    {"call_subprog_r6_uninit", R"(// A callee reads its caller's callee-saved register: it is not passed.
// type: socket_filter
r6 = 3
call f
exit
f:
r0 = r6
exit)", "R6 !read_ok"},
    {"call_tail_ok", R"(// A tail call from the main program.
// type: socket_filter
// map: prog_array key=4 value=4 entries=1
r2 = map[fd:0]
r3 = 0
call bpf_tail_call
r0 = 0
exit)", ""},
    {"call_tail_wrong_map", R"(// bpf_tail_call given an array instead of a prog array.
// type: socket_filter
// map: array key=4 value=4 entries=1
r2 = map[fd:0]
r3 = 0
call bpf_tail_call
r0 = 0
exit)", "expected prog array map for tail call"},
    {"call_tail_subprog_no_btf", R"(// A tail call from a subprogram of a program without BTF.
// type: socket_filter
// map: prog_array key=4 value=4 entries=1
r1 = 0
*(u64 *)(r10 - 264) = r1
r1 = r10
call f
r0 = 0
exit
f: r6 = r1
r2 = map[fd:0]
r3 = 0
call bpf_tail_call
r0 = 0
exit)", "tail_call is not allowed in subprogs without BTF"},
    {"ctx_kprobe_regs_ok", R"(// kprobe: any aligned 8-byte read of pt_regs.
// type: kprobe
r0 = *(u64 *)(r1 + 112)
r0 = 0
exit)", ""},
    {"ctx_read_bad_offset", R"(// Reading past struct __sk_buff.
// type: socket_filter
r0 = *(u32 *)(r1 + 400)
exit)", "invalid bpf_context access off=400 size=4"},
    {"ctx_write_readonly_skb", R"(// Writing __sk_buff->len, which is read-only.
// type: sched_cls
r2 = 0
*(u32 *)(r1 + 0) = r2
r0 = 0
exit)", "invalid bpf_context access off=0 size=4"},
    {"ctx_xdp_past_end", R"(// Reading past struct xdp_md (24 bytes).
// type: xdp
r0 = *(u32 *)(r1 + 24)
r0 = 2
exit)", "invalid bpf_context access off=24 size=4"},
    {"exit_cgroup_skb_ok", R"(// A cgroup_skb program returning 1.
// type: cgroup_skb
r0 = 1
exit)", ""},
    {"exit_cgroup_skb_ret_range", R"(// A cgroup_skb program must return 0 or 1 (this one returns 2).
// type: cgroup_skb
r0 = 2
exit)", "At program exit the register R0 has smin=2 smax=2 should have been in [0, 1]"},
    {"exit_cgroup_skb_ret_unknown", R"(// A cgroup_skb program returning an unknown value.
// type: cgroup_skb
r0 = *(u32 *)(r1 + 0)
exit)", "At program exit the register R0 has smin=0 smax=4294967295 should have been in [0, 1]"},
    {"exit_return_pointer_priv_ok", R"(// Root may return a pointer from a socket filter.
// type: socket_filter
r0 = r10
exit)", ""},
    {"helper_arg_type_ctx_expected", R"(// bpf_skb_load_bytes needs the context in R1.
// type: sched_cls
r1 = r10
r2 = 0
r3 = r10
r3 += -8
r4 = 4
call bpf_skb_load_bytes
r0 = 0
exit)", "R1 type=fp expected=ctx"},
    {"helper_gpl_only_non_gpl", R"(// A GPL-only helper (bpf_probe_read_kernel) from a non-GPL program.
// type: kprobe
// license: Proprietary
r1 = r10
r1 += -8
r2 = 8
r3 = 0
call bpf_probe_read_kernel
r0 = 0
exit)", "cannot call GPL-restricted function from non-GPL compatible program"},
    {"helper_not_allowed_redirect_socket", R"(// A socket filter may not call bpf_redirect.
// type: socket_filter
r1 = 1
r2 = 0
call bpf_redirect
r0 = 0
exit)", "program of this type cannot use helper bpf_redirect#23"},
    {"helper_ret_scalar_deref", R"(// bpf_get_prandom_u32 returns a number; dereferencing it fails.
// type: socket_filter
call bpf_get_prandom_u32
r0 = *(u8 *)(r0 + 0)
exit)", "R0 invalid mem access 'scalar'"},
    {"helper_unknown_id", R"(// A helper id past the last one.
// type: socket_filter
call 999
r0 = 0
exit)", "invalid func unknown#999"},
    {"loop_bounded_ok", R"(// A counted loop: the verifier walks it ten times.
// type: socket_filter
r0 = 0
l: r0 += 1
if r0 < 10 goto l
exit)", ""},
    {"loop_too_large", R"(// A bounded loop of 400000 iterations: more than the 1,000,000 instructions the verifier will process.
// type: socket_filter
r0 = 0
r1 = 0
l: r1 += 1
r0 += 1
if r1 < 400000 goto l
exit)", "BPF program is too large. Processed 1000001 insn"},
    {"loop_down_to_zero_ok", R"(// A loop counting a constant down to zero.
// type: socket_filter
r0 = 0
r1 = 20
l: r0 += 2
r1 -= 1
if r1 != 0 goto l
exit)", ""},
    {"loop_large_ok", R"(// A bounded loop of 30000 iterations: over 100k processed instructions, within the limit.
// type: socket_filter
r0 = 0
r1 = 0
l: r1 += 1
r0 += 1
if r1 < 30000 goto l
exit)", ""},
    {"map_array_const_key_not_null_ok", R"(// An array lookup with a constant key below max_entries cannot fail: 6.18 returns map_value, not _or_null.
// type: socket_filter
// map: array key=4 value=8 entries=1
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
r0 = *(u64 *)(r0 + 0)
exit)", ""},
    {"map_array_key_out_of_range", R"(// An array lookup with constant key 1 of a one-element array may return NULL: unchecked dereference.
// type: socket_filter
// map: array key=4 value=8 entries=1
r1 = 1
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
r0 = *(u64 *)(r0 + 0)
exit)", "R0 invalid mem access 'map_value_or_null'"},
    {"map_key_scalar", R"(// The key argument is a number, not a pointer.
// type: socket_filter
// map: hash key=4 value=8 entries=4
r2 = 0
r1 = map[fd:0]
call bpf_map_lookup_elem
r0 = 0
exit)", "R2 type=scalar expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_"},
    {"map_lookup_checked_ok", R"(// Lookup, NULL check, read the value.
// type: socket_filter
// map: array key=4 value=8 entries=1
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
if r0 == 0 goto +1
r0 = *(u64 *)(r0 + 0)
exit)", ""},
    {"map_lookup_null_deref", R"(// The result of a hash lookup dereferenced without a NULL check.
// type: socket_filter
// map: hash key=4 value=8 entries=4
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
r0 = *(u64 *)(r0 + 0)
exit)", "R0 invalid mem access 'map_value_or_null'"},
    {"map_rdonly_prog_write", R"(// A write into a map that is read-only to programs (BPF_F_RDONLY_PROG).
// type: socket_filter
// map: array key=4 value=8 entries=1 flags=0x80
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
if r0 == 0 goto +2
r1 = 1
*(u64 *)(r0 + 0) = r1
r0 = 0
exit)", "write into map forbidden, value_size=8 off=0 size=8"},
    {"map_value_write_past_end", R"(// A write one byte past an 8-byte value (into the padding / next element).
// type: socket_filter
// map: array key=4 value=8 entries=1
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
if r0 == 0 goto +2
r1 = 1
*(u8 *)(r0 + 8) = r1
r0 = 0
exit)", "R0 min value is outside of the allowed memory range"},
    {"map_value_var_off_one_over", R"(// A variable offset masked to 0..15 into a 16-byte value and an 8-byte read: up to 8 bytes over.
// type: socket_filter
// map: array key=4 value=16 entries=1
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
if r0 == 0 goto +5
r1 = *(u64 *)(r0 + 0)
r1 &= 15
r0 += r1
r0 = *(u64 *)(r0 + 0)
r0 = 0
exit)", "R0 max value is outside of the allowed memory range"},
    {"map_value_var_off_unbounded", R"(// An offset with no upper bound.
// type: socket_filter
// map: array key=4 value=16 entries=1
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
if r0 == 0 goto +6
r1 = *(u64 *)(r0 + 0)
if r1 s< 0 goto +4
r0 += r1
r0 = *(u8 *)(r0 + 0)
r0 = 0
exit
r0 = 0
exit)", "R0 unbounded memory access, make sure to bounds check any such access"},
    {"map_value_unbounded_min_math", R"(// map_value + a value with unbounded min.
// type: socket_filter
// map: array key=4 value=16 entries=1
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
if r0 == 0 goto +3
r1 = *(u64 *)(r0 + 0)
r0 += r1
r0 = 0
exit)", "math between map_value pointer and register with unbounded min value is not allowed"},
    {"map_direct_value_past_end", R"(// A direct map-value reference past the value.
// type: socket_filter
// map: array key=4 value=16 entries=1
r1 = map[fd:0][0]+12
r0 = *(u64 *)(r1 + 0)
exit)", "R1 min value is outside of the allowed memory range"},
    {"pkt_read_checked_ok", R"(// 14 bytes checked, the 14th read.
// type: xdp
r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r4 = r2
r4 += 14
if r4 > r3 goto +1
r0 = *(u8 *)(r2 + 13)
r0 = 2
exit)", ""},
    {"pkt_read_no_check", R"(// A packet read without a bounds check.
// type: xdp
r2 = *(u32 *)(r1 + 0)
r0 = *(u8 *)(r2 + 0)
r0 = 2
exit)", "R2 offset is outside of the packet"},
    {"pkt_read_off_by_one_over", R"(// 14 bytes checked, byte 15 read: one past the checked range.
// type: xdp
r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r4 = r2
r4 += 14
if r4 > r3 goto +1
r0 = *(u8 *)(r2 + 14)
r0 = 2
exit)", "R2 offset is outside of the packet"},
    {"pkt_check_reversed_ok", R"(// data_end compared against data + 8 the other way round (data_end >= data + 8).
// type: xdp
r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r4 = r2
r4 += 8
if r3 < r4 goto +1
r0 = *(u64 *)(r2 + 0)
r0 = 2
exit)", ""},
    {"pkt_meta_checked_ok", R"(// data_meta checked against data, then read.
// type: xdp
r2 = *(u32 *)(r1 + 8)
r3 = *(u32 *)(r1 + 0)
r4 = r2
r4 += 4
if r4 > r3 goto +1
r0 = *(u32 *)(r2 + 0)
r0 = 2
exit)", ""},
    {"pkt_socket_filter_no_direct", R"(// A socket filter has no direct packet access: __sk_buff->data is not readable.
// type: socket_filter
r2 = *(u32 *)(r1 + 76)
r0 = 0
exit)", "invalid bpf_context access off=76 size=4"},
    {"pkt_var_offset_checked_ok", R"(// A variable offset, then a fresh bounds check.
// type: xdp
r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r4 = r2
r4 += 1
if r4 > r3 goto +7
r5 = *(u8 *)(r2 + 0)
r5 &= 15
r2 += r5
r4 = r2
r4 += 1
if r4 > r3 goto +1
r0 = *(u8 *)(r2 + 0)
r0 = 2
exit)", ""},
    {"pkt_write_checked_ok", R"(// A write into the checked part of the packet.
// type: xdp
r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r4 = r2
r4 += 4
if r4 > r3 goto +2
r5 = 0
*(u32 *)(r2 + 0) = r5
r0 = 2
exit)", ""},
    {"ref_ringbuf_leak", R"(// A reserved record neither submitted nor discarded.
// type: socket_filter
// map: ringbuf key=0 value=0 entries=4096
r1 = map[fd:0]
r2 = 8
r3 = 0
call bpf_ringbuf_reserve
if r0 == 0 goto +2
r1 = 7
*(u64 *)(r0 + 0) = r1
r0 = 0
exit)", "BPF_EXIT instruction in main prog would lead to reference leak"},
    {"ref_ringbuf_submit_ok", R"(// Reserve, NULL check, write, submit.
// type: socket_filter
// map: ringbuf key=0 value=0 entries=4096
r1 = map[fd:0]
r2 = 8
r3 = 0
call bpf_ringbuf_reserve
if r0 == 0 goto +5
r1 = 7
*(u64 *)(r0 + 0) = r1
r1 = r0
r2 = 0
call bpf_ringbuf_submit
r0 = 0
exit)", ""},
    {"ref_ringbuf_double_submit", R"(// The record submitted twice.
// type: socket_filter
// map: ringbuf key=0 value=0 entries=4096
r1 = map[fd:0]
r2 = 8
r3 = 0
call bpf_ringbuf_reserve
if r0 == 0 goto +7
r6 = r0
r1 = r6
r2 = 0
call bpf_ringbuf_submit
r1 = r6
r2 = 0
call bpf_ringbuf_submit
r0 = 0
exit)", "R1 type=scalar expected=ringbuf_mem"},
    {"ref_ringbuf_use_after_submit", R"(// A write into the record after it was submitted.
// type: socket_filter
// map: ringbuf key=0 value=0 entries=4096
r1 = map[fd:0]
r2 = 8
r3 = 0
call bpf_ringbuf_reserve
if r0 == 0 goto +6
r6 = r0
r1 = r0
r2 = 0
call bpf_ringbuf_submit
r1 = 7
*(u64 *)(r6 + 0) = r1
r0 = 0
exit)", "R6 invalid mem access 'scalar'"},
    {"ref_ringbuf_leak_tail_call", R"(// A tail call while a ringbuf record is reserved.
// type: socket_filter
// map: ringbuf key=0 value=0 entries=4096
// map: prog_array key=4 value=4 entries=1
r6 = r1
r1 = map[fd:0]
r2 = 8
r3 = 0
call bpf_ringbuf_reserve
if r0 == 0 goto +7
r7 = r0
r1 = r6
r2 = map[fd:1]
r3 = 0
call bpf_tail_call
r1 = r7
r2 = 0
call bpf_ringbuf_discard
r0 = 0
exit)", "tail_call would lead to reference leak"},
    {"reg_read_uninit", R"(// Reading a register nothing wrote.
// type: socket_filter
r0 = r2
exit)", "R2 !read_ok"},
    {"reg_write_r10", R"(// R10, the frame pointer, is read-only.
// type: socket_filter
r10 = 0
r0 = 0
exit)", "frame pointer is read only"},
    {"reg_r10_add", R"(// Arithmetic on R10 itself is a write to it.
// type: socket_filter
r10 += -8
r0 = 0
exit)", "frame pointer is read only"},
    {"reg_after_call_clobbered", R"(// R1-R5 are scratched by a helper call.
// type: kprobe
call 5
r0 = r1
exit)", "R1 !read_ok"},
    {"reg_r0_uninit_at_exit", R"(// Exit without setting R0.
// type: socket_filter
exit)", "R0 !read_ok"},
    {"spill_ptr_fill_ok", R"(// Spill the context pointer, fill it back, use it.
// type: socket_filter
*(u64 *)(r10 - 8) = r1
r2 = *(u64 *)(r10 - 8)
r0 = *(u32 *)(r2 + 0)
exit)", ""},
    {"spill_ptr_partial_fill", R"(// Fill half of a spilled pointer: it is a scalar now and cannot be dereferenced.
// type: socket_filter
*(u64 *)(r10 - 8) = r1
r2 = *(u32 *)(r10 - 8)
r0 = *(u32 *)(r2 + 0)
exit)", "invalid size of register fill"},
    {"spill_scalar_bounds_kept", R"(// A bounded scalar spilled and filled keeps its bounds: the map index stays in range.
// type: socket_filter
// map: array key=4 value=16 entries=1
r6 = *(u32 *)(r1 + 0)
r6 &= 7
*(u64 *)(r10 - 16) = r6
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
if r0 == 0 goto +3
r1 = *(u64 *)(r10 - 16)
r0 += r1
r0 = *(u64 *)(r0 + 0)
r0 = 0
exit)", ""},
    {"spill_null_check_copy_ok", R"(// A NULL check on one copy of the lookup result covers the other (same id).
// type: socket_filter
// map: array key=4 value=8 entries=1
r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
r6 = r0
if r0 == 0 goto +1
r0 = *(u64 *)(r6 + 0)
r0 = 0
exit)", ""},
    {"spill_pkt_ptr_keeps_range_ok", R"(// A checked packet pointer spilled and filled keeps its range.
// type: xdp
r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r4 = r2
r4 += 8
if r4 > r3 goto +3
*(u64 *)(r10 - 8) = r2
r5 = *(u64 *)(r10 - 8)
r0 = *(u32 *)(r5 + 4)
r0 = 2
exit)", ""},
    {"stack_write_above_fp", R"(// A write above the frame pointer.
// type: socket_filter
r1 = 0
*(u64 *)(r10 + 8) = r1
r0 = 0
exit)", "invalid write to stack R10 off=8 size=8"},
    {"stack_write_below_512", R"(// A write at fp-520, below the 512-byte stack.
// type: socket_filter
r1 = 0
*(u64 *)(r10 - 520) = r1
r0 = 0
exit)", "invalid write to stack R10 off=-520 size=8"},
    {"stack_read_uninit_priv", R"(// Root reads a stack slot nothing wrote.
// type: socket_filter
r0 = *(u64 *)(r10 - 8)
r0 = 0
exit)", ""},
    {"stack_helper_size_negative", R"(// A size whose minimum is negative.
// type: kprobe
r2 = *(u64 *)(r1 + 0)
if r2 s> 16 goto +3
r1 = r10
r1 += -16
call bpf_get_current_comm
r0 = 0
exit)", "R2 min value is negative, either use unsigned or 'var &= const'"},
    {"stack_helper_size_unbounded", R"(// A helper size argument with no upper bound.
// type: kprobe
r2 = *(u64 *)(r1 + 0)
r1 = r10
r1 += -16
call bpf_get_current_comm
r0 = 0
exit)", "R2 min value is negative, either use unsigned or 'var &= const'"},
    {"stack_misaligned_u64", R"(// A misaligned 8-byte stack access (the kernel enforces stack alignment).
// type: socket_filter
r1 = 0
*(u64 *)(r10 - 12) = r1
r0 = 0
exit)", "misaligned stack access off 0+0+-12 size 8"},
    {"stack_var_offset_write", R"(// A write at a variable stack offset (privileged allows bounded ones).
// type: socket_filter
r2 = *(u32 *)(r1 + 0)
r2 &= 7
r3 = r10
r3 += -16
r3 += r2
r4 = 0
*(u8 *)(r3 + 0) = r4
r0 = 0
exit)", ""},
};

INSTANTIATE_TEST_SUITE_P(Kernel, VerifierCore, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& i) { return std::string(i.param.name); });

Parsed parse_simple(const std::string& text) { return parse(text); }

TEST(VerifierCoreApi, ProcessedInsnsAndLog) {
  Parsed p = parse_simple("// type: socket_filter\nr0 = 0\nexit\n");
  p.opt.log_level = 2;
  VerifyResult r = verify(p.in, p.opt);
  ASSERT_TRUE(r.accepted) << r.error;
  EXPECT_EQ(r.processed_insns, 2u);
  EXPECT_NE(r.log.find("R1=ctx() R10=fp0"), std::string::npos) << r.log;
  EXPECT_NE(r.log.find("processed 2 insns (limit 1000000)"), std::string::npos) << r.log;
}

// A jump refines only the linked copies that are live there (6.18 stable: "bpf: collect only live registers in
// linked regs"): R0 = R6 share an id, R0 is dead after the jump, so the taken side keeps R0 unrefined. The state
// lines are the running kernel's, character for character: "from 2 to 5:" and the state, then the state again at 5.
TEST(VerifierCoreApi, JumpRefinesOnlyLiveLinkedRegisters) {
  Parsed p = parse_simple("// type: socket_filter\ncall 7\nr6 = r0\nif r6 > 10 goto +2\nr0 = 1\nexit\nr0 = 2\nexit\n");
  p.opt.log_level = 2;
  VerifyResult r = verify(p.in, p.opt);
  ASSERT_TRUE(r.accepted) << r.error;
  EXPECT_NE(r.log.find("\nfrom 2 to 5: R0=scalar(id=1) R6=scalar(id=1,umin=11) R10=fp0\n"
                       "5: R0=scalar(id=1) R6=scalar(id=1,umin=11) R10=fp0\n"),
            std::string::npos)
      << r.log;
  // level 2 starts with add_subprog_and_kfunc's and compute_live_registers' tables, then the first state
  EXPECT_EQ(r.log.rfind("func#0 @0\nLive regs before insn:\n      0: .......... (85) call bpf_get_prandom_u32#7\n", 0),
            0u)
      << r.log;
  EXPECT_NE(r.log.find("\n0: R1=ctx() R10=fp0\n"), std::string::npos) << r.log;
}

// print_reg_state's spellings, as the running kernel printed them: a scalar derived from a linked one by adding a
// constant is "id=1+1", and a packet pointer known to be past the end has the negative range marker in hex.
TEST(VerifierCoreApi, LogSpellsLinkedOffsetsAndPacketMarkersAsTheKernel) {
  Parsed linked = parse_simple("// type: socket_filter\ncall 7\nr1 = r0\nr1 += 1\nif r1 > 10 goto +2\nr0 = r1\nexit\n"
                               "r0 += r1\nexit\n");
  linked.opt.log_level = 2;
  VerifyResult r = verify(linked.in, linked.opt);
  ASSERT_TRUE(r.accepted) << r.error;
  EXPECT_NE(r.log.find("R1=scalar(id=1+1,"), std::string::npos) << r.log;
  EXPECT_EQ(r.log.find(")+1)"), std::string::npos) << r.log;

  Parsed pkt = parse_simple("// type: xdp\nr2 = *(u32 *)(r1 + 0)\nr3 = *(u32 *)(r1 + 4)\nr4 = r2\nr4 += 12\n"
                            "if r3 < r4 goto +2\nr0 = 1\nexit\nr0 = 2\nexit\n");
  pkt.opt.log_level = 2;
  r = verify(pkt.in, pkt.opt);
  ASSERT_TRUE(r.accepted) << r.error;
  EXPECT_NE(r.log.find("R4=pkt(off=12,r=0xfffffffffffffffe)"), std::string::npos) << r.log;
}

// After a return the kernel prints "from 5 to 2:" and the caller's state, but not the state again at 2: the
// instruction after a call is no prune point, so nothing there marks the registers for printing.
TEST(VerifierCoreApi, ReturnFromCallPrintsTheStateOnce) {
  Parsed p = parse_simple("// type: socket_filter\nr1 = 5\ncall pc+2\nr0 = 0\nexit\nr0 = r1\nexit\n");
  p.opt.log_level = 2;
  VerifyResult r = verify(p.in, p.opt);
  ASSERT_TRUE(r.accepted) << r.error;
  // nothing is scratched by the return itself: no "2:" state line, and insn 2's own state on its line
  EXPECT_NE(r.log.find("\nfrom 5 to 2: R0=5 R10=fp0\n2: (b7) r0 = 0                        ; R0=0\n"),
            std::string::npos)
      << r.log;
}

TEST(VerifierCoreApi, SourceLineFromLineInfo) {
  Parsed p = parse_simple("// type: socket_filter\nr0 = 0\nr0 /= 0\nexit\n");
  LinkedLineInfo li;
  li.insn = 1;
  li.file_name = "/src/prog.bpf.c";
  li.line = "    return x / 0;";
  li.line_num = 7;
  p.in.line_info.push_back(li);
  VerifyResult r = verify(p.in, p.opt);
  ASSERT_FALSE(r.accepted);
  EXPECT_EQ(r.error, "div by zero");
  EXPECT_EQ(r.insn, 1);
  EXPECT_EQ(r.source, "prog.bpf.c:7: return x / 0;");
}

TEST(VerifierCoreApi, UnprivilegedBackEdge) {
  Parsed p = parse_simple("// type: socket_filter\n// privileged: no\nr0 = 0\nr0 += 1\nif r0 < 4 goto -2\nexit\n");
  VerifyResult r = verify(p.in, p.opt);
  EXPECT_FALSE(r.accepted);
  EXPECT_EQ(r.error, "back-edge from insn 2 to 1");
}

TEST(VerifierCoreApi, InfiniteLoop) {
  Parsed p = parse_simple("// type: socket_filter\nr0 = 0\nif r0 == 0 goto -1\nexit\n");
  VerifyResult r = verify(p.in, p.opt);
  EXPECT_FALSE(r.accepted);
  EXPECT_EQ(r.insn, 1);
  // As in the kernel: the message, then the two states compared; the last line (the error) is the old state.
  EXPECT_EQ(r.error, "old state: R0=P0 R1=ctx() R10=fp0");  // R0 precise: the loop's condition was decided on it
  p.opt.log_level = 1;
  VerifyResult logged = verify(p.in, p.opt);
  EXPECT_NE(logged.log.find("infinite loop detected at insn 1\ncur state: R0="), std::string::npos) << logged.log;
  EXPECT_NE(logged.log.find("\n" + r.error + "\n"), std::string::npos) << logged.log;
  EXPECT_EQ(logged.error, r.error);
}

// maybe_fork_scalars (corpus cases bounds_fork_*): `w0 |= 2` with w0 in [-1, 0] goes on with w0 = 0xffffffff and
// queues w0 = 0 at the same instruction, which runs the OR again (2, not 0). w0 is never 3, so the bad load is not
// reached; 6 instructions on the first path, 4 from the queued one (the kernel's 10).
TEST(VerifierCoreApi, AndOrForkMinusOneOrZero) {
  Parsed p = parse_simple(R"(// type: socket_filter
call bpf_get_prandom_u32
w0 s>>= 31
w0 |= 2
if w0 == 3 goto +2
r0 = 0
exit
r1 = *(u64 *)(r0 + 0)
exit
)");
  p.opt.log_level = 2;
  VerifyResult r = verify(p.in, p.opt);
  ASSERT_TRUE(r.accepted) << r.error;
  EXPECT_EQ(r.processed_insns, 10u);
  EXPECT_NE(r.log.find("from 2 to 2:"), std::string::npos) << r.log;
}

// LD_ABS in a subprogram (with func_info, as BTF objects have): a failed load returns R0 = 0 to the caller, so the
// caller's `if r0 != 0` can fail though the subprogram's own return is r0 | 1 (corpus: c_ld_abs_subprog_r0_zero).
TEST(VerifierCoreApi, LdAbsInSubprogramCanReturnZero) {
  Parsed p = parse_simple(R"(// type: socket_filter
call pc+4
if r0 != 0 goto +2
r0 = *(u64 *)(r0 + 0)
exit
exit
r6 = r1
r0 = *(u8 *)skb[0]
r0 |= 1
exit
)");
  p.in.func_info.push_back({0, btf::TypeId(3), "f0"});
  p.in.func_info.push_back({5, btf::TypeId(4), "f1"});
  VerifyResult r = verify(p.in, p.opt);
  EXPECT_FALSE(r.accepted);
  EXPECT_EQ(r.error, "R0 invalid mem access 'scalar'");
  EXPECT_EQ(r.insn, 2);
}

TEST(VerifierCoreApi, EmptyProgramIsARejectionNotACrash) {
  VerifierInput in;
  in.type = ProgType::SocketFilter;
  VerifyResult r = verify(in, {});
  EXPECT_FALSE(r.accepted);
}

}  // namespace
}  // namespace bpfkit
