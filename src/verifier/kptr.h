// kptrs in map values (kernel/bpf/verifier.c 6.18: check_map_access's special fields, check_map_kptr_access,
// map_kptr_match_type, process_kptr_func and bpf_kptr_xchg's arguments and result).
#pragma once

#include "bpfkit/map.h"
#include "object/map_fields.h"
#include "verifier/env.h"

namespace bpfkit::verifier {

// btf_struct_ids_match over one BTF: is the object at `off` in struct `id` (0: found by the name `have`), or, not
// strict, a struct it starts with (walking members that contain `off`), the struct named `need`?
bool struct_ids_match(const btf::Btf* b, uint32_t id, int off, const char* have, const char* need, bool strict);
// check_map_access's walk over the value's special fields for an access [off, off + size) through map value
// pointer `reg` (off includes reg.off); helper: the access is a helper's (ACCESS_HELPER), not a load or store.
bool check_map_fields(Env& e, const RegState& reg, const MapSpec& m, int off, int size, bool helper);
// btf_record_find(map->record, off, BPF_KPTR | BPF_UPTR)
const MapField* kptr_field_at(const MapSpec& m, int64_t off);
// check_map_kptr_access: a load or store of exactly the kptr field f by instruction insn_idx.
bool check_map_kptr_access(Env& e, int insn_idx, int value_regno, const MapField& f);
// process_kptr_func: bpf_kptr_xchg's first argument must point exactly at a referenced kptr; out receives it.
bool process_kptr_func(Env& e, int regno, MapField& out, int& map_out);
// bpf_kptr_xchg's second argument (a non-NULL register): check_reg_type's rules for it, then map_kptr_match_type.
bool check_kptr_xchg_arg(Env& e, int regno, const MapField& f);
// bpf_kptr_xchg's R0: the field's type, maybe NULL (the reference is acquired by the caller).
RegState kptr_xchg_ret(Env& e, const MapField& f);
// The reference given to bpf_kptr_xchg moves into the map: registers holding it become invalid, except a percpu
// object's, which stay usable under RCU (check_helper_call's kptr_xchg release).
bool release_kptr_xchg_ref(Env& e, uint32_t ref_obj_id);

}  // namespace bpfkit::verifier
