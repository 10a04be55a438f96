// A queue of 2^20 slots of 1 KiB (1 GiB in the kernel): over the default 1 GiB memory limit with the header, and
// it loads with a higher --memory-limit without taking 1 GiB of real memory (the slots are reserved lazily).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct big {
  __u8 bytes[1024];
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct big);
} res_scratch SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_QUEUE);
  __uint(max_entries, 1 << 20);
  __type(value, struct big);
} res_big_queue SEC(".maps");

SEC("xdp")
int res_push(struct xdp_md *ctx) {
  __u32 key = 0;
  struct big *b = bpf_map_lookup_elem(&res_scratch, &key);
  if (!b) return XDP_ABORTED;
  b->bytes[0] = 7;
  bpf_map_push_elem(&res_big_queue, b, 0);
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
