// A function's arguments as its BTF prototype and its "arg:" decl tags describe them (btf_prepare_func_args), used
// twice for a global function: to type the registers when it is verified on its own, and to check a caller's
// registers at each call (btf_check_func_arg_match).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "verifier/env.h"

namespace bpfkit::verifier {

enum class SubprogArgType : uint8_t {
  Anything,  // ARG_ANYTHING: an integer or enum, any scalar
  Ctx,       // ARG_PTR_TO_CTX: the program type's context (by its type, or __arg_ctx)
  Mem,       // ARG_PTR_TO_MEM: a pointer to a sized type, mem_size readable and writable bytes
  Dynptr,    // ARG_PTR_TO_DYNPTR | MEM_RDONLY: struct bpf_dynptr *
  BtfId,     // ARG_PTR_TO_BTF_ID: __arg_trusted (PTR_TRUSTED) or __arg_untrusted on a struct (PTR_UNTRUSTED)
  Arena,     // ARG_PTR_TO_ARENA: __arg_arena, an arena pointer or a scalar
};

struct SubprogArg {
  SubprogArgType type = SubprogArgType::Anything;
  bool maybe_null = false;   // PTR_MAYBE_NULL: Mem without __arg_nonnull, BtfId with __arg_nullable
  bool untrusted = false;    // PTR_UNTRUSTED (__arg_untrusted): Mem is then MEM_RDONLY of 0 bytes
  uint32_t mem_size = 0;     // Mem
  uint32_t btf_id = 0;       // BtfId: the type in the kernel's BTF (0: none read, matched by name)
  std::string btf_name;      // BtfId: that type's name
  const char* kernel_name = nullptr;  // BtfId: the name in the kernel's BTF, when read (stable for RegState)
};

// btf_prepare_func_args' result. `ok` false: the kernel refuses the prototype; `error` is the line it logs (empty
// when it refuses silently, as for a static function's pointer argument).
struct SubprogArgs {
  bool has_btf = false;  // false: no func_info for the function, nothing is checked (args empty, ok true)
  bool ok = true;
  std::string error;
  std::vector<SubprogArg> args;
};

// The arguments of subprogram sp, as btf_prepare_func_args gives them for its linkage; cached per subprogram in
// the Env (the kernel caches a success; a failure ends verification, or marks a static function unreliable).
const SubprogArgs& prepare_subprog_args(Env& e, uint32_t sp);

// The function's BTF name, as the kernel's log names it ("func#2 ('name')").
std::string subprog_btf_name(const Env& e, uint32_t sp);

// btf_check_subprog_call for a global function: the caller's R1-R5 against the prototype. On a mismatch the
// kernel's reason is logged and kept in Env::error_cause, and false is returned; the caller then logs "Caller passes
// invalid args into func#N ('name')" (after the lock checks, as check_func_call does).
bool check_global_call_args(Env& e, uint32_t sp);

// btf_check_subprog_call for a static function: the same checks, whose findings are only logged; false when they
// fail, after which the function's BTF is "unreliable" and not asked again. Nothing is refused.
bool check_static_call_args(Env& e, uint32_t sp);

// do_check_common for the main program: btf_prepare_func_args runs on its prototype too, and what it refuses is
// only logged (a `void *ctx` main program's log starts with "arg#0 reference type('UNKNOWN ') size cannot be
// determined: -22"); the main program's R1 is the context whatever its BTF says.
void log_main_prog_args(Env& e);

// The registers a global function starts with: R1-R5 from its arguments (btf_prepare_func_args in do_check_common).
// False, with the kernel's message, when the prototype is refused.
bool init_global_func_regs(Env& e, uint32_t sp, std::array<RegState, 11>& regs);

// btf_is_prog_ctx_type: does the pointer `ptr_id` (a PTR in the program's BTF) point to the program type's context
// struct, by name (struct __sk_buff * in a tc program, struct pt_regs * in a kprobe)?
bool btf_is_prog_ctx_type(const btf::Btf& btf, btf::TypeId ptr_id, ProgType type);
// btf_validate_prog_ctx_type: may an __arg_ctx argument have this pointer type? `void *` always may; otherwise the
// program type's context struct (or one of the forms its context also has, such as u64 * for tracing). Empty when
// it may, else the kernel's message.
std::string btf_validate_prog_ctx_type(const btf::Btf& btf, btf::TypeId ptr_id, int arg, ProgType type,
                                       uint32_t expected_attach_type);

}  // namespace bpfkit::verifier
