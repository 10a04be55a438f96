// CO-RE type and enum relocations against core_target.bpf.c's BTF: enumerators renumbered, missing or negative,
// types present, missing or reached through a typedef, type sizes and ids. (clang 14 cannot emit
// bpf_core_type_matches(); the unit tests turn a type_exists record of this object into a type_matches one.)
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

enum core_kind { CK_ALPHA = 1, CK_BETA = 2, CK_GAMMA = 3, CK_BIG = 4 };

struct core_only_target {
  int x;
};

struct core_missing {
  int a;
};

typedef unsigned int core_u32_t;

struct core_shape {
  int a;
  long long b;
};

struct core_shape___bad {
  int a;
  int b;
};

struct {
  long long alpha, gamma, big, beta_exists, gamma_exists, beta;
  long long only_exists, only_size, missing_exists, missing_size, typedef_exists, typedef_size;
  long long shape_matches, bad_matches, local_id, target_id, missing_target_id;
} core_types_out = {};

SEC("syscall")
int core_types(void *ctx) {
  core_types_out.alpha = bpf_core_enum_value(enum core_kind, CK_ALPHA);
  core_types_out.gamma = bpf_core_enum_value(enum core_kind, CK_GAMMA);
  core_types_out.big = bpf_core_enum_value(enum core_kind, CK_BIG);
  core_types_out.beta_exists = bpf_core_enum_value_exists(enum core_kind, CK_BETA);
  core_types_out.gamma_exists = bpf_core_enum_value_exists(enum core_kind, CK_GAMMA);
  // CK_BETA is gone from the target: its value is poisoned (an LD_IMM64, both slots) and never reached.
  if (bpf_core_enum_value_exists(enum core_kind, CK_BETA))
    core_types_out.beta = bpf_core_enum_value(enum core_kind, CK_BETA);
  core_types_out.only_exists = bpf_core_type_exists(struct core_only_target);
  core_types_out.only_size = bpf_core_type_size(struct core_only_target);
  core_types_out.missing_exists = bpf_core_type_exists(struct core_missing);
  core_types_out.missing_size = bpf_core_type_size(struct core_missing);
  core_types_out.typedef_exists = bpf_core_type_exists(core_u32_t);
  core_types_out.typedef_size = bpf_core_type_size(core_u32_t);
  core_types_out.shape_matches = bpf_core_type_exists(struct core_shape);
  core_types_out.bad_matches = bpf_core_type_exists(struct core_shape___bad);
  core_types_out.local_id = bpf_core_type_id_local(struct core_shape);
  core_types_out.target_id = bpf_core_type_id_kernel(struct core_only_target);
  core_types_out.missing_target_id = bpf_core_type_id_kernel(struct core_missing);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
