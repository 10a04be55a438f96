// The target BTF of the CO-RE tests: a small "kernel" whose types differ from what core_fields.bpf.c and
// core_types.bpf.c were compiled against (members moved, renamed, narrowed, nested in anonymous structs; enumerators
// renumbered or missing). Its .BTF is given as --btf / CoreOptions::btf_path, and to libbpf as btf_custom_path, so
// these tests need no /sys/kernel/btf/vmlinux. It has no programs.
struct core_item {
  int key;
  long long value;
};

struct core_task {
  int pid;
  long long start;
  unsigned int flags : 3;
  unsigned int prio : 7;
  int nice : 6;
  struct {
    int inner_a;
    int inner_b;
  };
  char comm[16];
  unsigned short narrow;
  int state_new;
  struct core_item items[4];
  short snarrow;
};

enum core_kind { CK_ALPHA = 10, CK_GAMMA = 30, CK_BIG = -5 };

typedef unsigned int core_u32_t;

struct core_only_target {
  int x;
  int y;
  int z;
};

struct core_shape {
  int a;
  long long b;
};

// Two flavours that both match core_dup's access: a relocation on core_dup must agree on both or fail.
struct core_dup {
  int a;
  int b;
};
struct core_dup___x {
  int b;
  int a;
};

struct core_task core_task_anchor;
enum core_kind core_kind_anchor;
struct core_only_target core_only_anchor;
core_u32_t core_typedef_anchor;
struct core_shape core_shape_anchor;
struct core_dup core_dup_anchor;
struct core_dup___x core_dup_x_anchor;
