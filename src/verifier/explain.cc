// Plain-language explanations of the kernel verifier's messages, with the usual fix.
//
// The kernel's words are matched by pattern (kernel/bpf/verifier.c, 6.18): register numbers, offsets and sizes vary,
// the wording does not. The first pattern that matches wins, so specific patterns come before general ones. An
// explanation says what the verifier saw and what a BPF C programmer usually changes; numbers from the message are
// put back into it where they help ("the value has 8 bytes; the access reads bytes 8..11").
#include <cstdlib>
#include <functional>
#include <regex>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "bpfkit/verifier.h"

namespace bpfkit {
namespace {

using Match = std::smatch;
using Explain = std::function<std::string(const Match&)>;

struct Rule {
  std::regex pattern;
  Explain explain;
};

long num(const Match& m, size_t i) { return std::strtol(m[i].str().c_str(), nullptr, 10); }

Explain text(const char* s) {
  return [s](const Match&) { return std::string(s); };
}

// 'R%d invalid mem access '%s'': what the register held instead of a pointer the program may dereference.
std::string invalid_mem_access(const Match& m) {
  const std::string reg = "R" + m[1].str();
  const std::string type = m[2].str();
  if (type == "scalar" || type == "inv")
    return fmt::format(
        "{} holds a number (a scalar), not a pointer the verifier knows, so it cannot be dereferenced. This happens "
        "when a pointer was read back from memory the verifier does not track as a pointer, was built from an "
        "integer, or was overwritten (R1-R5 after a helper call). Keep pointers in registers or spill them to the "
        "stack whole; to read kernel memory at an arbitrary address, use bpf_probe_read_kernel().",
        reg);
  if (type == "map_value_or_null")
    return fmt::format(
        "{} is the result of bpf_map_lookup_elem(), which is NULL when the key is not in the map, and the program "
        "dereferences it on a path where it was not checked: null-check the result of bpf_map_lookup_elem before "
        "dereferencing it: `v = bpf_map_lookup_elem(&map, &key); if (!v) return 0;`.",
        reg);
  if (type == "mem_or_null")
    return fmt::format(
        "{} may be NULL. A global function's pointer argument may be NULL: the verifier checks the function once "
        "for every caller, and a caller may pass NULL (bpf_dynptr_data() returns such a pointer too). Check it "
        "before use (`if (!p) return 0;`), or, on kernel 6.8+, tag the parameter __arg_nonnull "
        "(`int f(int *p __arg_nonnull)`): each call must then pass a pointer the verifier knows is not NULL.",
        reg);
  if (type.find("ringbuf_mem_or_null") != std::string::npos)
    return fmt::format(
        "{} may be NULL: bpf_ringbuf_reserve() (and helpers returning memory) return NULL when there is no room. "
        "Check the pointer for NULL before writing to it: `e = bpf_ringbuf_reserve(&rb, sizeof(*e), 0); if (!e) "
        "return 0;`.",
        reg);
  if (type.find("ptr_or_null_") != std::string::npos)
    return fmt::format(
        "{} points to a kernel object and may be NULL ({}): an argument tagged __arg_trusted __arg_nullable, or an "
        "object a kfunc such as bpf_task_acquire() may fail to return. Check it for NULL before the access: "
        "`if (!t) return 0;`.",
        reg, type);
  if (type.size() > 8 && type.compare(type.size() - 8, 8, "_or_null") == 0)
    return fmt::format(
        "{} has type {}: the helper that produced it may return NULL, and this path dereferences it without a check. "
        "Compare it with NULL first and only use it on the non-NULL branch.",
        reg, type);
  if (type == "map_ptr")
    return fmt::format(
        "{} points to the map itself (struct bpf_map), which programs may not read or write directly. Use "
        "bpf_map_lookup_elem() to get a pointer to a value, and dereference that.",
        reg);
  if (type == "pkt_end")
    return fmt::format(
        "{} is the packet's end pointer (data_end). It marks where the packet stops and may only be compared with "
        "packet pointers, never read through.",
        reg);
  if (type == "ctx")
    return fmt::format("{} is the context pointer with an offset the verifier cannot check. Read context fields "
                       "through the context pointer with a constant offset.",
                       reg);
  return fmt::format("{} has type {}, which this kind of memory access does not accept. Dereference only pointers "
                     "the verifier has proved valid for this access (map values, packet data after a bounds check, "
                     "the stack, the context).",
                     reg, type);
}

std::vector<Rule> build_rules() {
  std::vector<Rule> r;
  auto add = [&r](const char* re, Explain e) { r.push_back({std::regex(re, std::regex::ECMAScript), std::move(e)}); };

  // Memory accesses.
  add(R"(R(\d+) invalid mem access '([^']*)')", invalid_mem_access);
  add(R"(invalid access to packet, off=(-?\d+) size=(\d+), R(\d+)\(id=\d+,off=(-?\d+),r=(\d+)\))", [](const Match& m) {
    return fmt::format(
        "The program accesses packet bytes {}..{} through R{}, but on this path it has only proved that {} bytes "
        "after that pointer are inside the packet. Compare the pointer plus the access size with data_end before "
        "the access, on every path that reaches it: `if (data + off + size > data_end) return XDP_DROP;`.",
        num(m, 1) + num(m, 4), num(m, 1) + num(m, 4) + num(m, 2) - 1, m[3].str(), num(m, 5));
  });
  add(R"(invalid access to packet)",
      text("The program reads or writes packet data beyond what it has checked against data_end. Compare the "
           "pointer plus the access size with data_end before the access, on every path that reaches it."));
  add(R"(R(\d+) offset is outside of the packet)",
      text("The packet pointer's offset is negative or beyond the largest packet the kernel allows, so no bounds "
           "check can make this access valid. Keep offsets from ctx->data small and non-negative."));
  add(R"(invalid access to map value, value_size=(\d+) off=(-?\d+) size=(\d+))", [](const Match& m) {
    return fmt::format(
        "The map value has {} bytes, and the access covers bytes {}..{}, which is outside it. Keep offset plus size "
        "within value_size: check an index against the array length before using it (`if (i >= N) return 0;`), "
        "and remember the value ends at the struct's size, not at the next element.",
        num(m, 1), num(m, 2), num(m, 2) + num(m, 3) - 1);
  });
  add(R"(write into map forbidden)",
      text("The map is read-only for programs (BPF_F_RDONLY_PROG; .rodata and const globals are). Write to a "
           "writable map or a non-const global (.data/.bss) instead."));
  add(R"(invalid access to memory, mem_size=(\d+) off=(-?\d+) size=(\d+))", [](const Match& m) {
    return fmt::format("The memory region (a ring buffer record or helper-returned buffer) has {} bytes, and the "
                       "access covers bytes {}..{}. Reserve enough room, or keep the access within the size.",
                       num(m, 1), num(m, 2), num(m, 2) + num(m, 3) - 1);
  });
  add(R"(invalid bpf_context access off=(-?\d+) size=(\d+))", [](const Match& m) {
    return fmt::format(
        "The program accesses the context at offset {} with size {}, which this program type does not allow: the "
        "field does not exist, is not readable with that size, or is read-only and the program writes it. Use the "
        "field through the context struct of this program type (struct xdp_md, struct __sk_buff, ...) with its own "
        "size, and only write the fields the type lets programs write.",
        num(m, 1), num(m, 2));
  });
  add(R"(dereference of modified ctx ptr R(\d+))",
      text("The context pointer was moved by pointer arithmetic before the access. The kernel rewrites context "
           "accesses at load time and needs the original pointer with a constant offset: access ctx->field "
           "directly instead of through a computed pointer."));
  add(R"(R(\d+) min value is negative, either use unsigned or 'var &= const')",
      text("An offset or size used for this access can be negative as far as the verifier knows. Use an unsigned "
           "type for indexes and lengths, or bound the value from below (`if (i < 0) return 0;`) or mask it "
           "(`i &= 0xff;`) before the access."));
  add(R"(R(\d+) max value is outside of the allowed memory range)",
      text("The upper bound of the offset is not proved to stay inside the memory region. Add a check of the "
           "index or length against the region's size right before the access (`if (len > sizeof(buf)) return 0;`), "
           "in the same width the access uses."));
  add(R"(R(\d+) min value is outside of the allowed memory range)",
      text("The lower bound of the offset is not proved to stay inside the memory region. Check the index from "
           "below as well (or use an unsigned type) before the access."));
  add(R"(R(\d+) unbounded memory access, make sure to bounds check any such access)",
      text("The offset or size of this access has no upper bound the verifier can see. Compare it with a constant "
           "limit right before the access (`if (n > 64) return 0;`); a check that the compiler moved away or did on "
           "a copy in another register may need `barrier_var(n)` or an explicit mask."));
  add(R"(math between (\S+) pointer and register with unbounded min value is not allowed)",
      text("A value with no lower bound is added to a pointer. Make the value unsigned or check it against 0 before "
           "the pointer arithmetic."));
  add(R"(R(\d+) pointer arithmetic on (\S+) prohibited(, null-check it first)?)", [](const Match& m) {
    const std::string type = m[2].str();
    if (type.find("_or_null") != std::string::npos)
      return fmt::format("The program adds to a pointer that may be NULL ({}). Null-check it first, then do the "
                         "arithmetic on the checked pointer.",
                         type);
    return fmt::format("Pointer arithmetic is not allowed on a {} pointer. Use the pointer as it is (or derive "
                       "offsets from ctx->data for packets).",
                       type);
  });
  add(R"(pointer comparison prohibited|pointer arithmetic prohibited|bitwise operator .* on pointer prohibited|32-bit pointer arithmetic prohibited|subtraction from stack pointer prohibited)",
      text("This operation on a pointer is not allowed (for unprivileged programs, or for this pointer type at "
           "all). Work on offsets as integers and add them to the pointer once, with 64-bit arithmetic."));
  add(R"(misaligned (stack|packet|value|context)? ?access)",
      text("The access is not aligned to its size where the kernel requires it. Access fields at offsets that are "
           "a multiple of their size, or copy unaligned data with __builtin_memcpy / bpf_probe_read_kernel()."));

  // Stack.
  add(R"(invalid (?:read from|indirect read from) stack R(\d+) off (-?\d+)\+(\d+) size (\d+))",
      text("The program reads stack bytes it has not written on this path (uninitialised). Initialise the "
           "variable or the whole struct before use (`struct x v = {};` or __builtin_memset), including padding "
           "when the struct is passed to a helper."));
  add(R"(invalid (?:write to|read from|indirect access to|indirect read from|access to) stack R(\d+) off=(-?\d+) size=(\d+))",
      [](const Match& m) {
        return fmt::format(
            "The stack access at offset {} with size {} is outside this function's 512-byte stack frame (offsets run "
            "from -512 to -1 from r10). Make local buffers smaller (use a per-CPU array map as scratch space for "
            "big ones), and never reach a caller's frame through r10.",
            num(m, 2), num(m, 3));
      });
  add(R"(invalid (?:variable-offset|indirect variable-offset) .*stack|variable stack access)",
      text("The stack is indexed with a value the verifier cannot pin down. Bound the index with a check, or use "
           "a map value as the buffer instead of the stack."));
  add(R"(frame pointer is read only)",
      text("The program writes to r10, the frame pointer, which is read-only. Copy r10 to another register and "
           "adjust that one."));
  add(R"(combined stack size of (\d+) calls is (\d+)\. Too large)", [](const Match& m) {
    return fmt::format(
        "The deepest chain of {} nested calls uses {} bytes of stack together, over the 512 bytes the kernel allows "
        "for all frames combined. Reduce local variables in the functions on that chain, mark small helpers "
        "__always_inline, or move buffers to a per-CPU array map.",
        num(m, 1), num(m, 2));
  });
  add(R"(tail_calls are not allowed when call stack of previous frames is (\d+) bytes\. Too large)",
      text("A tail call is reached from a subprogram whose callers use more than 256 bytes of stack together; "
           "with tail calls the limit is 256. Use less stack in the calling functions."));
  add(R"(the call stack of (\d+) frames is too deep)",
      text("Calls are nested deeper than 8 frames (MAX_CALL_FRAMES). Flatten the call chain: inline small "
           "functions (__always_inline) or turn recursion-like structure into a loop."));
  add(R"(invalid size of register (fill|spill))",
      text("A spilled register is read back with a different size than it was written. Keep pointer-sized values "
           "as 8-byte variables; do not read part of a spilled pointer."));
  add(R"(attempt to corrupt spilled pointer on stack|partial copy of pointer)",
      text("Part of a pointer saved on the stack would be overwritten or copied, which unprivileged programs may "
           "not do. Keep pointers and other data in separate stack slots."));

  // Registers and arithmetic.
  add(R"(R0 !read_ok)",
      text("R0 is read before anything set it: at BPF_EXIT this means the function returns without a return "
           "value on some path (every path must end in `return value;`); after a call it means the program used R0 "
           "of a call that returns nothing."));
  add(R"(R([1-5]) !read_ok)",
      text("The register is read before anything set it on this path. R1-R5 are clobbered by every helper or "
           "function call: keep values that must survive a call in R6-R9 (the compiler does this for local "
           "variables), and pass every argument a helper needs."));
  add(R"(R(\d+) !read_ok)",
      text("The register is read before anything set it on this path. Make sure every path that reaches this "
           "instruction initialises it."));
  add(R"(div by zero)",
      text("The program divides by a constant zero. The kernel refuses the program; check the divisor and take a "
           "different path when it is zero."));
  add(R"(invalid shift (-?\d+))", [](const Match& m) {
    return fmt::format("The program shifts by the constant {}, which is not below the operand width (64, or 32 for "
                       "32-bit operations). Shift by less than the width, or handle the case separately.",
                       num(m, 1));
  });
  add(R"(R(\d+) leaks addr (into map|into mem|into ctx|as return value|into .*))",
      text("A kernel pointer would be stored where user space can read it (a map, the context, the return value). "
           "Only privileged programs may do that; store numbers, not pointers, or load the program as root."));

  // Return values.
  add(R"(At (?:program exit|callback return|async callback return) the register R0 (?:has|is) (.*) should have been in (.*))",
      [](const Match& m) {
        return fmt::format("The return value ({}) is not proved to be in the range this program type allows ({}). "
                           "Return one of the allowed constants on every path (for example XDP_PASS, TC_ACT_OK, "
                           "0 or 1 for cgroup programs).",
                           m[1].str(), m[2].str());
      });
  add(R"(At (?:program exit|callback return) the register R0 (?:has|is) )",
      text("The return value is not of the kind this program type or callback must return. Return a constant in "
           "the allowed range (a callback of bpf_loop returns 0 or 1) on every path."));
  add(R"(R0 leaks addr as return value)",
      text("The program returns a pointer, which would leak a kernel address. Return a number."));

  // Control flow.
  add(R"(back-edge from insn (\d+) to (\d+))",
      text("The program has a loop (a jump back to an earlier instruction), which is not allowed here: unprivileged "
           "programs and kernels before 5.3 accept no loops at all. Unroll it (`#pragma unroll` with a constant "
           "count), use bpf_loop() (5.17+), or load the program with CAP_BPF on 5.3+."));
  // The kernel's last line after "infinite loop detected at insn N" and "cur state: ...".
  add(R"(old state:)",
      text("The verifier found the program in the same state twice around a loop (the old state is the first "
           "time), so the loop can run forever. Make sure the loop variable changes every iteration and the exit "
           "condition compares it with a bound (`for (i = 0; i < N; i++)`), or use bpf_loop()."));
  add(R"(infinite loop detected at insn (\d+))",
      text("The verifier found the program in the same state twice around a loop, so the loop can run forever. "
           "Make sure the loop variable changes every iteration and the exit condition compares it with a bound "
           "(`for (i = 0; i < N; i++)`), or use bpf_loop()."));
  add(R"(BPF program is too large\. Processed (\d+) insn)",
      text("The verifier explored more than its limit of instructions (1,000,000 since 5.2) following every path. "
           "Loops with large bounds and many branches multiply the paths: lower loop bounds, use bpf_loop() or "
           "open-coded iterators, split the program with tail calls, or move work into global (non-static) "
           "functions, which are verified once."));
  add(R"(The sequence of (\d+) jumps is too complex)",
      text("Too many branches are waiting to be explored at once (8192 pending states). Reduce nested conditions "
           "inside loops, or move the loop body into a global function or a bpf_loop() callback."));
  add(R"(BPF program is too complex)",
      text("The verifier gave up: too many pending branch states (more than 1024 before 5.3). Simplify the "
           "branching, or split the program."));
  add(R"(unreachable insn (\d+))",
      text("No path from the start reaches this instruction. Hand-written or generated code must not contain dead "
           "instructions; remove them (the compiler never emits them)."));
  add(R"(jump out of range from insn (\d+) to (-?\d+))",
      text("A jump or call targets an instruction outside the program (or into the middle of a 16-byte "
           "LD_IMM64). Fix the jump offset; in assembly, count the LD_IMM64 as two instructions."));
  add(R"(last insn is not an exit or jmp)",
      text("Execution could run past the last instruction. End every function with `exit` (return) or an "
           "unconditional jump."));
  add(R"(invalid BPF_LD_IMM insn|invalid bpf_ld_imm64|BPF_LD_IMM64 .*)",
      text("A 64-bit immediate load (LD_IMM64) is malformed or cut in half: it takes two instruction slots and "
           "the second must be all zero apart from the upper 32 bits of the constant."));
  add(R"(unknown opcode ([0-9a-fA-Fx]+))",
      text("The instruction's opcode is not one the kernel knows (or not one this kernel version knows, such as "
           "the -mcpu=v4 instructions before 6.6). Compile for an older -mcpu or check the assembly."));
  add(R"(uses reserved fields)",
      text("An instruction sets fields that must be zero for its opcode. Check the assembly or the code that "
           "generated it."));

  // Helpers and calls.
  add(R"(program of this type cannot use helper (\S+)#(\d+))", [](const Match& m) {
    return fmt::format(
        "{} is not available to this program type on this kernel: each type has its own helper set (the kernel's "
        "<type>_func_proto; a struct_ops program's is its struct_ops type's, per member: tcp_congestion_ops's "
        "release may not set or get socket options, bpf_dummy_ops has no helper), and some builds leave helpers "
        "out. Use a helper this type has, change the program type (SEC name), or check `bpfkit feature probe` for "
        "what this kernel allows.",
        m[1].str());
  });
  // libbpf writes `call 0xbad2310` over an instruction whose CO-RE relocation failed (the kernel reports the
  // helper id 195896080).
  add(R"(invalid func unknown#195896080)",
      text("This is libbpf's poisoned instruction (call 0xbad2310): a CO-RE relocation here could not be resolved "
           "against the target kernel's BTF, because the field or type does not exist there, and the path reaches "
           "it. Guard the access with bpf_core_field_exists() / bpf_core_type_exists() so that the path is dead on "
           "such kernels, or give the right target BTF (--btf)."));
  add(R"(invalid func unknown#(\d+))",
      text("The call names a helper id this kernel does not have (it is newer than the kernel, or the id is "
           "wrong). Check the helper against the kernel version, or use a fallback."));
  add(R"(cannot call GPL-restricted function from non-GPL compatible program)",
      text("The program calls a GPL-only helper, but its license is not GPL compatible. Declare a GPL-compatible "
           "license: `char LICENSE[] SEC(\"license\") = \"GPL\";` (or \"Dual BSD/GPL\")."));
  add(R"(R(\d+) type=(\S+) expected=ptr_, trusted_ptr_, rcu_ptr_)", [](const Match& m) {
    return fmt::format(
        "R{} holds {}, and the argument must point to a kernel object (a helper's BTF pointer argument, or a global "
        "function's parameter tagged __arg_trusted). Pass a pointer the verifier knows is that kernel struct, such "
        "as bpf_get_current_task_btf()'s result or a tp_btf argument; NULL only where the parameter is also "
        "__arg_nullable.",
        m[1].str(), m[2].str());
  });
  add(R"(R(\d+) type=(\S+) expected=(.*))", [](const Match& m) {
    return fmt::format(
        "R{} is passed to a helper as an argument of the wrong kind: it holds {}, and the helper expects {}. Pass "
        "the right object: a map as `&map`, a key or buffer as a pointer to initialised stack or map memory, the "
        "context as the program's ctx argument.",
        m[1].str(), m[2].str(), m[3].str());
  });
  add(R"(Possibly NULL pointer passed to helper arg(\d+))",
      text("A pointer that may be NULL is passed to a helper that needs a valid one. Null-check it before the "
           "call."));
  add(R"(cannot pass map_type (\d+) into func (\S+)#(\d+))",
      text("The helper does not work with this map type (for example bpf_tail_call needs a BPF_MAP_TYPE_PROG_ARRAY, "
           "bpf_ringbuf_output a BPF_MAP_TYPE_RINGBUF). Use a map of the type the helper expects."));
  add(R"(tail_call would lead to reference leak)",
      text("A tail call is made while the program holds a reference (a reserved ring buffer record, a socket), "
           "which would never be released. Submit, discard or release it before the tail call."));
  add(R"(tail_call abusing map_ptr|tail_call.*)",
      text("The tail call is not valid here: its map must be one constant BPF_MAP_TYPE_PROG_ARRAY, and the target "
           "programs must have the same type as the caller."));
  add(R"(Unreleased reference id=(\d+) alloc_insn=(\d+))", [](const Match& m) {
    return fmt::format(
        "The reference acquired at instruction {} (a ring buffer reservation, a socket lookup...) is not released "
        "on some path to the exit. Release it on every path: bpf_ringbuf_submit() or bpf_ringbuf_discard() for a "
        "reservation, bpf_sk_release() for a socket.",
        num(m, 2));
  });
  add(R"(would lead to reference leak)",
      text("The program exits (or leaves the function) while it still holds a reference that must be released. "
           "Submit, discard or release every acquired object on every path before returning."));
  add(R"(Locking two bpf_spin_locks are not allowed)",
      text("The program takes a second bpf_spin_lock while holding one. Hold one lock at a time: unlock before "
           "taking the next."));
  add(R"(bpf_spin_unlock without taking a lock|bpf_spin_unlock of different lock)",
      text("bpf_spin_unlock is called without holding that lock. Pair every bpf_spin_unlock with a bpf_spin_lock "
           "on the same map value, on the same path."));
  add(R"(function calls are not allowed while holding a lock)",
      text("Helpers and functions may not be called between bpf_spin_lock and bpf_spin_unlock. Do only plain "
           "loads and stores inside the locked region."));
  add(R"(inside bpf_spin_lock-ed region|bpf_spin_lock is missing|spin_lock)",
      text("The program leaves a bpf_spin_lock-ed region without unlocking, or uses the lock in a way the "
           "verifier cannot pair. Unlock on every path before returning, and keep the lock in a map value whose "
           "type has BTF."));
  add(R"(helper call might sleep in a non-sleepable prog|might sleep)",
      text("The helper may sleep, which only sleepable programs (SEC(\"fentry.s/...\"), \"lsm.s/\", \"uprobe.s/\") "
           "may do. Use the sleepable section, or a non-sleeping helper."));
  add(R"(BPF_LD_\[ABS\|IND\])",
      text("Legacy packet loads (LD_ABS/LD_IND) are not allowed here: only socket filter and tc types have them, "
           "and not together with bpf-to-bpf calls without BTF. Read packet data through ctx->data or "
           "bpf_skb_load_bytes()."));
  add(R"(the prog does not allow writes to packet data)",
      text("This program type may only read the packet. Write it from a type that may (tc, XDP), or copy the "
           "data elsewhere."));
  add(R"(calling kernel function (\S+) is not allowed)",
      text("The kfunc is not available to this program type (or needs BTF the program lacks). Check which program "
           "types register the kfunc."));
  add(R"(fd (-?\d+) is not pointing to valid bpf_map|invalid map_fd)",
      text("An instruction refers to a map that does not exist. The loader did not relocate a map reference; "
           "check that the map is defined in SEC(\".maps\")."));
  // Global functions: their prototype and the "arg:" tags (__arg_ctx, __arg_nonnull, ...) on their parameters.
  add(R"(arg#(\d+) is expected to be non-NULL)", [](const Match& m) {
    return fmt::format(
        "Argument {} of the global function is tagged __arg_nonnull, and this call passes a pointer that may be "
        "NULL (a map lookup's result, a NULL-able argument). Check the pointer for NULL before the call, or drop "
        "the tag and check it inside the function.",
        num(m, 1) + 1);
  });
  add(R"(arg#(\d+) expects pointer to ctx)",
      text("The global function's parameter is the program's context (its type is the context struct, or it is "
           "tagged __arg_ctx), and this call passes something else. Pass the program's ctx argument itself, "
           "unmodified."));
  add(R"(arg#(\d+) has invalid combination of tags)",
      text("The parameter's tags do not go together: __arg_ctx stands alone, __arg_trusted cannot be "
           "__arg_nonnull (a trusted pointer is non-NULL unless also __arg_nullable), __arg_nullable only applies "
           "to __arg_trusted pointers (plain pointer arguments may be NULL already), and a struct bpf_dynptr * takes "
           "no tag. Keep one meaning per parameter."));
  add(R"(arg#(\d+) (untrusted|arena) cannot be combined with any other tags)",
      text("__arg_untrusted and __arg_arena each describe the whole parameter and take no other tag. Remove the "
           "other tags from it."));
  add(R"(arg#(\d+) has unsupported set of tags)",
      text("The parameter has an \"arg:\" decl tag this kernel does not know. The kernel knows arg:ctx, "
           "arg:nonnull, arg:nullable, arg:trusted, arg:untrusted and arg:arena (libbpf's __arg_* macros); check "
           "the spelling, or the kernel version (6.8+, arena and untrusted later)."));
  add(R"(arg#(\d+) type tag is not supported in static functions)",
      text("Argument tags only mean something on global functions, which the verifier checks on their own. A "
           "static function is verified at each call with the caller's registers, so the kernel ignores its BTF. "
           "Make the function global (drop `static`, mark it __noinline) or remove the tag."));
  add(R"(arg#(\d+) has pointer tag, but is not a pointer type)",
      text("A pointer tag (__arg_ctx, __arg_nonnull, __arg_trusted, ...) is on a parameter that is not a pointer. "
           "Put the tag on a pointer parameter, or remove it."));
  add(R"(arg#(\d+) should be `struct (\S+) \*`)", [](const Match& m) {
    return fmt::format(
        "The parameter is tagged __arg_ctx, but its type is not this program type's context: declare it as "
        "`struct {} *` or as `void *ctx __arg_ctx`, which fits every program type.",
        m[2].str());
  });
  add(R"(arg#(\d+) should be void pointer)",
      text("The parameter is tagged __arg_ctx, and this program type's context has no struct type of its own: "
           "declare it as `void *ctx __arg_ctx`."));
  add(R"(arg#(\d+) type doesn't have a name)",
      text("An __arg_ctx parameter points to an anonymous type, which cannot be matched with the program's "
           "context. Use the named context struct, or `void *`."));
  add(R"(arg#(\d+) reference type\('([^']*)'\) size cannot be determined)", [](const Match& m) {
    return fmt::format(
        "A global function's pointer parameter must point to a type of known size, because the verifier checks "
        "the function once for memory of that size; `{}` has none (void, a declared-only struct, a function). "
        "Use a pointer to a sized type, tag it __arg_ctx if it is the context, or make the function static.",
        m[2].str());
  });
  add(R"(arg#(\d+) reference type\('([^']*)'\) (has no matches|is ambiguous|candidate matching error))",
      [](const Match& m) {
        return fmt::format(
            "__arg_trusted and __arg_untrusted make the parameter a pointer to a kernel type, found by name in the "
            "kernel's BTF (a ___suffix is ignored, as for CO-RE); `{}` {} there. Use the kernel's struct (from "
            "vmlinux.h), spelled as the kernel spells it.",
            m[2].str(), m[3].str() == "is ambiguous" ? "names several types" : "names no single type");
      });
  add(R"(arg#(\d+) has type (\S+) '[^']*', but only struct or primitive types are allowed)",
      text("An __arg_untrusted parameter must point to a kernel struct, to void or to an integer type."));
  add(R"(R(\d+) is not a pointer to arena or scalar\.)",
      text("The parameter is tagged __arg_arena: pass a pointer into the BPF arena (or a plain number), not a "
           "pointer to the stack, a map value or other memory."));
  add(R"(Arg#(\d+) type (\S+) in (\S+)\(\) is not supported yet\.)", [](const Match& m) {
    return fmt::format(
        "A global function's parameters may only be integers, enums and pointers; parameter {} of {}() is a {}. "
        "Pass a pointer to it instead, or make the function static.",
        num(m, 1) + 1, m[3].str(), m[2].str());
  });
  add(R"(Global function (\S+)\(\) doesn't return scalar)",
      text("A global function must return an integer or an enum (void is refused too). Return a number, and pass "
           "results back through a pointer argument, or make the function static."));
  add(R"(Caller passes invalid args into func#(\d+) \('([^']*)'\))", [](const Match& m) {
    return fmt::format(
        "A global function is verified once, on its own, for any arguments its BTF prototype allows, so each call "
        "must pass what the prototype says: a number for an integer, the context for the context, and for any "
        "other pointer memory of the pointed-to type's size (or NULL, unless the parameter is __arg_nonnull). "
        "The log line before this one says which argument of {}() does not fit.",
        m[2].str());
  });
  add(R"(too many subprograms|BPF_MAX_SUBPROGS)",
      text("The program has more than 256 functions. Inline small ones (__always_inline) or split the program."));
  return r;
}

const std::vector<Rule>& rules() {
  static const std::vector<Rule> kRules = build_rules();
  return kRules;
}

}  // namespace

std::string explain_verifier_message(const std::string& message) {
  // Usually one line, the kernel's last error line; a whole log works too: its error line is the last one that
  // matches, before the "processed N insns" statistics.
  size_t end = message.size();
  while (end > 0) {
    size_t begin = message.rfind('\n', end - 1);
    begin = begin == std::string::npos ? 0 : begin + 1;
    const std::string line = message.substr(begin, end - begin);
    for (const Rule& rule : rules()) {
      Match m;
      if (std::regex_search(line, m, rule.pattern)) return rule.explain(m);
    }
    if (begin == 0) break;
    end = begin - 1;
  }
  return {};
}

}  // namespace bpfkit
