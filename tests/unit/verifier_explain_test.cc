// explain_verifier_message: every message in kernel-facts.md's list, and the other common ones, in the kernel's
// wording with concrete numbers, gets an explanation; the explanation names the usual fix.
#include <string>

#include <gtest/gtest.h>

#include "bpfkit/verifier.h"

namespace bpfkit {
namespace {

// kernel-facts.md "Verifier messages seen most often", instantiated as the kernel prints them.
const char* const kListed[] = {
    "R0 invalid mem access 'scalar'",
    "R0 invalid mem access 'map_value_or_null'",
    "invalid access to packet, off=14 size=2, R2(id=0,off=14,r=14)",
    "R2 offset is outside of the packet",
    "invalid access to map value, value_size=8 off=8 size=4",
    "R3 !read_ok",
    "R1 min value is negative, either use unsigned or 'var &= const'",
    "invalid write to stack R10 off=-520 size=8",
    "invalid read from stack R10 off -8+0 size 8",
    "invalid bpf_context access off=76 size=4",
    "R1 unbounded memory access, make sure to bounds check any such access",
    "math between map_value pointer and register with unbounded min value is not allowed",
    "back-edge from insn 5 to 2",
    "unreachable insn 3",
    "jump out of range from insn 1 to 9",
    "infinite loop detected at insn 4",
    "old state: R1=P0 R10=fp0 fp-8=0000????",
    "BPF program is too large. Processed 1000001 insn",
    "The sequence of 8193 jumps is too complex.",
    "combined stack size of 8 calls is 4096. Too large",
    "the call stack of 9 frames is too deep !",
    "program of this type cannot use helper bpf_probe_read#4",
    "cannot call GPL-restricted function from non-GPL compatible program",
    "Unreleased reference id=2 alloc_insn=7",
    "BPF_EXIT instruction in main prog would lead to reference leak",
    "div by zero",
    "invalid shift 64",
    "R1 leaks addr into map",
    "At program exit the register R0 has smin=2 smax=2 should have been in [0, 1]",
};

// The other common ones the issue names.
const char* const kCommon[] = {
    "R1 invalid mem access 'map_ptr'",
    "R0 invalid mem access 'ringbuf_mem_or_null'",
    "R1 invalid mem access 'sock_or_null'",
    "R3 invalid mem access 'pkt_end'",
    "frame pointer is read only",
    "R0 !read_ok",
    "R1 type=scalar expected=map_ptr",
    "tail_call would lead to reference leak",
    "cannot pass map_type 1 into func bpf_tail_call#12",
    "tail_calls are not allowed when call stack of previous frames is 288 bytes. Too large",
    "Locking two bpf_spin_locks are not allowed",
    "bpf_spin_unlock without taking a lock",
    "function calls are not allowed while holding a lock",
    "BPF_EXIT instruction in main prog cannot be used inside bpf_spin_lock-ed region",
    "R2 max value is outside of the allowed memory range",
    "R0 pointer arithmetic on map_value_or_null prohibited, null-check it first",
    "last insn is not an exit or jmp",
    "invalid func unknown#999",
    "invalid access to memory, mem_size=16 off=16 size=8",
    "write into map forbidden, value_size=4 off=0 size=4",
    "At program exit the register R0 has unknown scalar value should have been in [0, 1]",
    "R0 leaks addr as return value",
    "invalid size of register fill",
    "dereference of modified ctx ptr R1 off=4 disallowed",
    "misaligned packet access off 2+0+0 size 4",
    "unknown opcode 8d",
    "Possibly NULL pointer passed to helper arg2",
    "invalid func unknown#195896080",
};

// Global functions' prototypes and their "arg:" tags (btf_prepare_func_args, btf_check_func_arg_match).
const char* const kGlobalArgs[] = {
    "Caller passes invalid args into func#1 ('f')",
    "arg#0 is expected to be non-NULL",
    "arg#1 expects pointer to ctx",
    "arg#0 has invalid combination of tags",
    "arg#0 untrusted cannot be combined with any other tags",
    "arg#2 arena cannot be combined with any other tags",
    "arg#0 has unsupported set of tags",
    "arg#0 type tag is not supported in static functions",
    "arg#0 has pointer tag, but is not a pointer type",
    "arg#0 should be `struct xdp_md *`",
    "arg#0 should be void pointer",
    "arg#0 type doesn't have a name",
    "arg#0 reference type('UNKNOWN ') size cannot be determined: -22",
    "arg#0 reference type('STRUCT foo') has no matches",
    "arg#0 reference type('STRUCT foo') is ambiguous",
    "arg#0 reference type('UNKNOWN (anon)') candidate matching error: -22",
    "arg#0 has type UNION '(anon)', but only struct or primitive types are allowed",
    "R1 is not a pointer to arena or scalar.",
    "Arg#0 type FLOAT in f() is not supported yet.",
    "Global function f() doesn't return scalar. Only those are supported.",
    "R1 invalid mem access 'trusted_ptr_or_null_'",
    "R1 type=scalar expected=ptr_, trusted_ptr_, rcu_ptr_",
};

TEST(VerifierExplain, GlobalFunctionArgumentMessagesHaveExplanations) {
  for (const char* m : kGlobalArgs) EXPECT_FALSE(explain_verifier_message(m).empty()) << m;
}

// A NULL-able global function argument is not a ring buffer record: the fix is a check or __arg_nonnull.
TEST(VerifierExplain, MaybeNullMemoryNamesTheArgumentTag) {
  const std::string mem = explain_verifier_message("R1 invalid mem access 'mem_or_null'");
  EXPECT_NE(mem.find("__arg_nonnull"), std::string::npos) << mem;
  EXPECT_EQ(mem.find("ringbuf"), std::string::npos) << mem;
  const std::string rb = explain_verifier_message("R0 invalid mem access 'ringbuf_mem_or_null'");
  EXPECT_NE(rb.find("bpf_ringbuf_reserve"), std::string::npos) << rb;
  EXPECT_NE(explain_verifier_message("arg#0 has invalid combination of tags").find("__arg_nullable"),
            std::string::npos);
}

TEST(VerifierExplain, EveryListedMessageHasAnExplanation) {
  for (const char* m : kListed) EXPECT_FALSE(explain_verifier_message(m).empty()) << m;
}

TEST(VerifierExplain, CommonMessagesHaveExplanations) {
  for (const char* m : kCommon) EXPECT_FALSE(explain_verifier_message(m).empty()) << m;
}

TEST(VerifierExplain, NamesTheUsualFix) {
  EXPECT_NE(explain_verifier_message("R0 invalid mem access 'map_value_or_null'")
                .find("null-check the result of bpf_map_lookup_elem before dereferencing it"),
            std::string::npos);
  EXPECT_NE(explain_verifier_message("Unreleased reference id=2 alloc_insn=7").find("bpf_ringbuf_discard"),
            std::string::npos);
  EXPECT_NE(explain_verifier_message("cannot call GPL-restricted function from non-GPL compatible program")
                .find("GPL"),
            std::string::npos);
}

TEST(VerifierExplain, PoisonedCoreRelocation) {
  EXPECT_NE(explain_verifier_message("invalid func unknown#195896080").find("CO-RE"), std::string::npos);
  EXPECT_EQ(explain_verifier_message("invalid func unknown#999").find("CO-RE"), std::string::npos);
}

TEST(VerifierExplain, NumbersFromTheMessageArePutBack) {
  const std::string e = explain_verifier_message("invalid access to map value, value_size=8 off=8 size=4");
  EXPECT_NE(e.find("8 bytes"), std::string::npos) << e;
  EXPECT_NE(e.find("8..11"), std::string::npos) << e;
  const std::string p = explain_verifier_message("invalid access to packet, off=14 size=2, R2(id=0,off=14,r=14)");
  EXPECT_NE(p.find("28..29"), std::string::npos) << p;
  EXPECT_NE(p.find("14 bytes"), std::string::npos) << p;
}

TEST(VerifierExplain, PicksTheErrorLineOfAWholeLog) {
  const std::string log =
      "0: R1=ctx() R10=fp0\n"
      "0: (61) r0 = *(u32 *)(r1 +76)\n"
      "invalid bpf_context access off=76 size=4\n"
      "processed 1 insns (limit 1000000) max_states_per_insn 0 total_states 0 peak_states 0 mark_read 0\n";
  EXPECT_EQ(explain_verifier_message(log), explain_verifier_message("invalid bpf_context access off=76 size=4"));
}

TEST(VerifierExplain, UnknownMessagesGetNothing) {
  EXPECT_TRUE(explain_verifier_message("").empty());
  EXPECT_TRUE(explain_verifier_message("everything is fine").empty());
}

}  // namespace
}  // namespace bpfkit
