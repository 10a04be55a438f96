// A small libbpf-style object for the ELF reader and `bpfkit dis` tests: two programs in their own sections, a
// static subprogram in .text (a pseudo call, R_BPF_64_32), a BTF-defined map (LD_IMM64, R_BPF_64_64) and global
// data (.data / .rodata), so every section and relocation kind a simple object has is present.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __u64);
} cli_counters SEC(".maps");

__u64 cli_total = 0;
const volatile __u32 cli_scale = 3;

__attribute__((noinline)) static __u64 cli_mix(__u64 x) {
  return (x ^ (x >> 7)) * cli_scale;
}

SEC("xdp")
int cli_xdp_count(struct xdp_md *ctx) {
  __u32 key = 0;
  __u64 *value = bpf_map_lookup_elem(&cli_counters, &key);
  if (value) __sync_fetch_and_add(value, 1);
  cli_total += cli_mix(ctx->data_end - ctx->data);
  return XDP_PASS;
}

SEC("socket")
int cli_socket_len(struct __sk_buff *skb) {
  return skb->len > 64 ? 0 : skb->len;
}

char LICENSE[] SEC("license") = "GPL";
