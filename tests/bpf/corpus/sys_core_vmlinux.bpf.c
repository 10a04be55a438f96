// CO-RE against the running kernel's BTF (/sys/kernel/btf/vmlinux), with local types written the way programs
// without vmlinux.h write them: task_struct's `state` renamed to `__state` in 5.14 (the ___pre514 / ___post514
// flavours), an enumerator found through a flavoured enum, one that does not exist, a type that does not exist,
// and offsets, sizes, bitfield shifts and a type id that only the kernel's BTF knows. Each fact goes into an array;
// the fixed ones are also `expect` lines, the kernel-specific ones are compared between the two loaders.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

struct task_struct {
  int pid;
  int tgid;
} __attribute__((preserve_access_index));

struct task_struct___pre514 {
  long state;
} __attribute__((preserve_access_index));

struct task_struct___post514 {
  unsigned int __state;
} __attribute__((preserve_access_index));

struct sk_buff {
  unsigned int len;
  unsigned char pkt_type : 3;
} __attribute__((preserve_access_index));

struct bpfkit_not_a_kernel_type {
  int a;
};

enum bpf_map_type___local { BPF_MAP_TYPE_RINGBUF___local = 5, BPF_MAP_TYPE_BPFKIT_NO_SUCH_TYPE = 6 };

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 16);
  __type(key, __u32);
  __type(value, __u64);
} core_facts SEC(".maps");

static void fact(__u32 key, __u64 value) { bpf_map_update_elem(&core_facts, &key, &value, BPF_ANY); }

SEC("syscall")
int core_vmlinux(void *ctx) {
  fact(0, bpf_core_field_exists(struct task_struct___pre514, state));
  fact(1, bpf_core_field_exists(struct task_struct___post514, __state));
  fact(2, bpf_core_enum_value(enum bpf_map_type___local, BPF_MAP_TYPE_RINGBUF___local));
  fact(3, bpf_core_enum_value_exists(enum bpf_map_type___local, BPF_MAP_TYPE_BPFKIT_NO_SUCH_TYPE));
  fact(4, bpf_core_type_exists(struct bpfkit_not_a_kernel_type));
  fact(5, bpf_core_type_exists(struct task_struct));
  fact(6, bpf_core_field_offset(struct task_struct, pid));
  fact(7, bpf_core_field_offset(struct task_struct, tgid));
  fact(8, bpf_core_field_size(struct task_struct, pid));
  fact(9, bpf_core_type_size(struct task_struct));
  fact(10, bpf_core_field_offset(struct sk_buff, len));
  fact(11, bpf_core_field_size(struct task_struct___post514, __state));
  fact(12, bpf_core_type_id_kernel(struct task_struct));
  fact(13, __builtin_preserve_field_info(((struct sk_buff *)0)->pkt_type, BPF_FIELD_LSHIFT_U64));
  fact(14, __builtin_preserve_field_info(((struct sk_buff *)0)->pkt_type, BPF_FIELD_RSHIFT_U64));
  fact(15, bpf_core_field_offset(struct sk_buff, pkt_type));
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
