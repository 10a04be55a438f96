// Internals of the CO-RE relocation engine (core_*.cc): libbpf's relo_core.c vocabulary.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "bpfkit/btf.h"
#include "bpfkit/core.h"
#include "bpfkit/error.h"

namespace bpfkit::core_detail {

using btf::Btf;
using btf::CoreReloKind;
using btf::TypeId;

inline constexpr size_t kSpecMaxLen = 64;  // BPF_CORE_SPEC_MAX_LEN

bool is_field_based(CoreReloKind kind);
bool is_type_based(CoreReloKind kind);
bool is_enumval_based(CoreReloKind kind);

// Length of name without its `___flavour` suffix (bpf_core_essential_name_len).
size_t essential_name_len(std::string_view name);

// One high-level step of an access: a named member (name set) or an array index.
struct Accessor {
  TypeId type_id = 0;
  uint32_t idx = 0;
  std::string_view name;  // empty for an array index (and for the first, pointer-like, step)
};

// bpf_core_spec: a parsed access string against one BTF.
struct Spec {
  const Btf* btf = nullptr;
  TypeId root_type_id = 0;
  CoreReloKind kind = CoreReloKind::FieldByteOffset;
  std::vector<Accessor> spec;  // high-level: named fields and array indices
  std::vector<uint32_t> raw;   // low-level: one entry per access string element
  uint32_t bit_offset = 0;
};

// bpf_core_relo_res.
struct ReloResult {
  uint64_t orig_val = 0, new_val = 0;
  bool poison = false;
  bool validate = true;
  bool fail_memsz_adjust = false;
  uint32_t orig_sz = 0, new_sz = 0;
  TypeId orig_type_id = 0, new_type_id = 0;
};

// A negative errno, as libbpf's functions return, with a message for the error.
struct Failure {
  int err = 0;
  std::string message;
};

// core_spec.cc
// bpf_core_parse_spec: 0 on success, else a negative errno.
int parse_spec(const Btf& btf, TypeId type_id, std::string_view access, CoreReloKind kind, Spec& spec);
// bpf_core_spec_match: 1 if the candidate matches (targ filled), 0 if not, <0 on error.
int spec_match(const Spec& local, const Btf& targ_btf, TypeId targ_id, Spec& targ);
// bpf_core_calc_relo: the values for one candidate (targ nullptr: no candidate matched). 0, or a negative errno
// with a message in failure.
int calc_relo(const Spec& local, const Spec* targ, ReloResult& res, std::string& failure);
// "struct foo.a[3].b" (bpf_core_dump_spec's C view) and "0:1:3:2".
std::string describe_spec(const Spec& spec);

// core_types.cc
int fields_are_compat(const Btf& local, TypeId local_id, const Btf& targ, TypeId targ_id);
int types_are_compat(const Btf& local, TypeId local_id, const Btf& targ, TypeId targ_id);
int types_match(const Btf& local, TypeId local_id, const Btf& targ, TypeId targ_id);
// btf_kind_core_compat: the same kind, or both ENUM/ENUM64.
bool kinds_core_compat(const btf::Type& a, const btf::Type& b);

// core_patch.cc: bpf_core_patch_insn on insn[0] (and insn[1] for an LD_IMM64; avail says how many of insn[] exist).
// 0, or a negative errno with a message.
int patch_insn(Insn* insn, size_t avail, const ReloResult& res, std::string& failure);
void poison_insn(Insn& insn);

}  // namespace bpfkit::core_detail
