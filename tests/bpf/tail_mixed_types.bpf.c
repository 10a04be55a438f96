// A prog array shared by two program types: tc_caller (sched_cls) tail-calls through `jumps`, whose slot 0 the
// object fills with an XDP program. The kernel gives a prog array to the type of the first program that uses it
// (bpf_prog_map_compatible), so libbpf's update of slot 0 with xdp_target fails with EINVAL and the object does not
// load; bpfkit's userspace loader must refuse it the same way. Each program alone is valid.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

int xdp_target(struct xdp_md *ctx);

struct {
  __uint(type, BPF_MAP_TYPE_PROG_ARRAY);
  __uint(max_entries, 2);
  __uint(key_size, sizeof(__u32));
  __array(values, int(void *));
} jumps SEC(".maps") = {
    .values = {[0] = (void *)&xdp_target},
};

SEC("tc")
int tc_caller(struct __sk_buff *skb) {
  bpf_tail_call(skb, &jumps, 0);
  return 0;
}

SEC("xdp")
int xdp_target(struct xdp_md *ctx) { return XDP_PASS; }

char LICENSE[] SEC("license") = "GPL";
