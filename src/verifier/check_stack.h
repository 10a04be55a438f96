// Stack accesses, shared by loads/stores (check_mem.cc) and helper arguments (check_call.cc).
#pragma once

#include "verifier/env.h"

namespace bpfkit::verifier {

// A helper argument the helper only writes (MEM_UNINIT): the bytes are marked written after the call instead of
// being checked for initialisation (bpf_call_arg_meta's raw_mode, access_size and regno).
struct RawModeOut {
  bool raw_mode = false;
  bool used = false;
  int access_size = 0;
  int regno = 0;
};

bool check_stack_access_within_bounds(Env& e, int regno, int off, int size, bool write);
// off is the instruction's offset plus reg.off, as check_mem_access
// passes it; the variable part is the register's var_off.
bool check_stack_read(Env& e, int ptr_regno, int off, int size, int dst_regno);
bool check_stack_write(Env& e, int ptr_regno, int off, int size, int value_regno, const RegState* st_imm);
bool check_stack_range_initialized(Env& e, int regno, int off, int access_size, bool zero_size_allowed,
                                   bool write, RawModeOut* raw);

}  // namespace bpfkit::verifier
