// A global function's arguments as its BTF prototype describes them (btf_prepare_func_args), used twice: to type
// the registers when the function is verified on its own, and to check a caller's registers at each call
// (btf_check_func_arg_match).
#pragma once

#include <cstdint>
#include <vector>

#include "verifier/env.h"

namespace bpfkit::verifier {

enum class SubprogArgType : uint8_t {
  Anything,  // an integer or enum: any scalar
  Ctx,       // the program type's context
  Mem,       // a pointer to a sized type: that many readable and writable bytes, or NULL
  Dynptr,    // struct bpf_dynptr *
};

struct SubprogArg {
  SubprogArgType type = SubprogArgType::Anything;
  uint32_t mem_size = 0;
};

// The arguments of subprogram sp from its func_info; false when it has no usable prototype (no BTF, or a type
// the kernel does not support as an argument), in which case nothing is checked at the call.
bool prepare_subprog_args(const Env& e, uint32_t sp, std::vector<SubprogArg>& args);

// The function's BTF name, as the kernel's log names it ("func#2 ('name')").
std::string subprog_btf_name(const Env& e, uint32_t sp);

// btf_check_subprog_call for a global function: the caller's R1-R5 against the prototype. On a mismatch the
// kernel's reason is logged, then "Caller passes invalid args into func#N ('name')", and false is returned.
bool check_global_call_args(Env& e, uint32_t sp);

}  // namespace bpfkit::verifier
