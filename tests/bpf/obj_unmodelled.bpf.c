// An object with a map type bpfkit cannot model (a user ring buffer) next to ordinary ones: it must load, and only
// the program that uses the user ring buffer must fail.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_USER_RINGBUF);
  __uint(max_entries, 4096);
} from_user SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, __u64);
} hits SEC(".maps");

static long on_sample(struct bpf_dynptr* dynptr, void* ctx) { return 0; }

SEC("xdp")
int uses_user_ringbuf(struct xdp_md* ctx) {
  bpf_user_ringbuf_drain(&from_user, on_sample, 0, 0);
  return XDP_PASS;
}

SEC("xdp")
int counts(struct xdp_md* ctx) {
  __u32 k = 0;
  __u64* v = bpf_map_lookup_elem(&hits, &k);
  if (v) *v += 1;
  return XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
