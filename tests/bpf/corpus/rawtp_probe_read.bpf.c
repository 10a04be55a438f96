// The probe_read family in a tracing program, as tracers use it to copy kernel structures and user strings:
//   - bpf_probe_read_kernel / _str and the legacy bpf_probe_read / _str on kernel memory (a stack buffer, a map
//     value): they copy; the _str forms stop at the NUL (returning the length with it) or truncate;
//   - NULL and unmapped addresses: -EFAULT with the destination zeroed;
//   - bpf_probe_read_user / _str on a real user address of the calling process (a path string, passed in the
//     tracepoint arguments the way openat's filename is), and on a kernel address, which user reads refuse.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct out {
  __s64 rc[12];
  char k[16];       // probe_read_kernel of a stack buffer
  char kstr[8];     // probe_read_kernel_str, truncated
  char legacy[16];  // probe_read_str (legacy) of a map value
  char zeroed[8];   // after a faulting read
  char user[32];    // probe_read_user_str of the user path
  char user_raw[8]; // probe_read_user of the same
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct out);
} results SEC(".maps");

const char greeting[] = "kernel string!";  // .rodata: map memory

SEC("raw_tp/sys_enter")
int probes(__u64 *ctx) {
  __u32 zero = 0;
  struct out *o = bpf_map_lookup_elem(&results, &zero);
  if (!o) return 0;
  char stack[16] = "on the stack";
  o->rc[0] = bpf_probe_read_kernel(o->k, sizeof(o->k), stack);
  o->rc[1] = bpf_probe_read_kernel_str(o->kstr, sizeof(o->kstr), stack);  // 7 chars + NUL: returns 8
  o->rc[2] = bpf_probe_read_str(o->legacy, sizeof(o->legacy), greeting);
  __builtin_memset(o->zeroed, 0x77, sizeof(o->zeroed));
  o->rc[3] = bpf_probe_read_kernel(o->zeroed, sizeof(o->zeroed), (void *)0);
  char tmp[8];
  o->rc[4] = bpf_probe_read(tmp, sizeof(tmp), (void *)16);  // a NULL-page address
  o->rc[5] = bpf_probe_read_kernel_str(tmp, sizeof(tmp), (void *)0);
  o->rc[6] = bpf_probe_read_user(tmp, sizeof(tmp), (void *)0);
  o->rc[7] = bpf_probe_read_user_str(tmp, sizeof(tmp), (void *)0);
  // A user pointer from the arguments: the calling process's memory.
  const void *upath = (const void *)ctx[0];
  o->rc[8] = bpf_probe_read_user_str(o->user, sizeof(o->user), upath);
  o->rc[9] = bpf_probe_read_user(o->user_raw, sizeof(o->user_raw), upath);
  // A kernel address given to the user variant.
  o->rc[10] = bpf_probe_read_user(tmp, sizeof(tmp), stack);
  o->rc[11] = bpf_probe_read_user_str(tmp, sizeof(tmp), greeting);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
