// The kernel's small bounds helpers (__mark_reg_known, __update_reg_bounds, __reg_deduce_bounds, ...) shared by
// scalar_bounds.cc, scalar_alu.cc and scalar_branch.cc. Internal to the scalar domain.
#pragma once

#include <cstdint>

#include "verifier/scalar_bounds.h"

namespace bpfkit::verifier::detail {

inline int64_t min_s64(int64_t a, int64_t b) { return a < b ? a : b; }
inline int64_t max_s64(int64_t a, int64_t b) { return a > b ? a : b; }
inline uint64_t min_u64(uint64_t a, uint64_t b) { return a < b ? a : b; }
inline uint64_t max_u64(uint64_t a, uint64_t b) { return a > b ? a : b; }
inline int32_t min_s32(int32_t a, int32_t b) { return a < b ? a : b; }
inline int32_t max_s32(int32_t a, int32_t b) { return a > b ? a : b; }
inline uint32_t min_u32(uint32_t a, uint32_t b) { return a < b ? a : b; }
inline uint32_t max_u32(uint32_t a, uint32_t b) { return a > b ? a : b; }

void mark_known(ScalarBounds& r, uint64_t v);    // __mark_reg_known (numeric part)
void mark_known32(ScalarBounds& r, uint64_t v);  // __mark_reg32_known: only the subregister
void mark_unbounded(ScalarBounds& r);            // __mark_reg_unbounded (keeps var_off)
void mark64_unbounded(ScalarBounds& r);
void mark32_unbounded(ScalarBounds& r);
void update_reg32_bounds(ScalarBounds& r);
void update_reg64_bounds(ScalarBounds& r);
void update_reg_bounds(ScalarBounds& r);
void reg_deduce_bounds(ScalarBounds& r);
void reg_bound_offset(ScalarBounds& r);
void assign_32_into_64(ScalarBounds& r);  // __reg_assign_32_into_64

}  // namespace bpfkit::verifier::detail
