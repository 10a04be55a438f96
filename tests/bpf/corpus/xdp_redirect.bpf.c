// XDP redirects: a port table in a devmap, a devmap_hash keyed by VLAN-like ids, a cpumap spreading flows, an
// xskmap that stays empty (no AF_XDP socket), and plain ifindex redirects. The key comes from the packet (the last
// byte of the IPv4 destination), so a case can hit and miss entries; each verdict is also counted per program.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_DEVMAP);
  __uint(max_entries, 8);
  __type(key, __u32);
  __type(value, __u32);
} tx_port SEC(".maps");

struct devmap_val {
  __u32 ifindex;
  __u32 prog_id;
};

struct {
  __uint(type, BPF_MAP_TYPE_DEVMAP_HASH);
  __uint(max_entries, 16);
  __type(key, __u32);
  __type(value, struct devmap_val);
} tx_hash SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_CPUMAP);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, __u32);
} cpus SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_XSKMAP);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __u32);
} xsks SEC(".maps");

// verdicts[prog * 8 + action]: how often each program returned each action; seen[0] is the ifindex a devmap
// lookup found for the last packet (0: none).
struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 32);
  __type(key, __u32);
  __type(value, __u64);
} verdicts SEC(".maps");

static __always_inline int count(__u32 prog, long action) {
  __u32 k = prog * 8 + ((__u32)action & 7);
  __u64* v = bpf_map_lookup_elem(&verdicts, &k);
  if (v) __sync_fetch_and_add(v, 1);
  return (int)action;
}

static __always_inline __u32 dst_low_byte(struct xdp_md* ctx) {
  void* data = (void*)(long)ctx->data;
  void* end = (void*)(long)ctx->data_end;
  struct ethhdr* eth = data;
  struct iphdr* ip = (void*)(eth + 1);
  if ((void*)(ip + 1) > end) return 0xff;
  return ((__u8*)&ip->daddr)[3];
}

SEC("xdp")
int xdp_port(struct xdp_md* ctx) {
  __u32 key = dst_low_byte(ctx);
  __u32* ifindex = bpf_map_lookup_elem(&tx_port, &key);
  __u32 k0 = 24;
  __u64* seen = bpf_map_lookup_elem(&verdicts, &k0);
  if (seen) *seen = ifindex ? *ifindex : 0;
  return count(0, bpf_redirect_map(&tx_port, key, XDP_PASS));
}

SEC("xdp")
int xdp_hash(struct xdp_md* ctx) {
  __u32 key = dst_low_byte(ctx) * 100;
  return count(1, bpf_redirect_map(&tx_hash, key, XDP_DROP));
}

SEC("xdp")
int xdp_cpu(struct xdp_md* ctx) {
  __u32 key = dst_low_byte(ctx);
  return count(2, bpf_redirect_map(&cpus, key, XDP_TX));
}

SEC("xdp")
int xdp_xsk(struct xdp_md* ctx) {
  return count(3, bpf_redirect_map(&xsks, ctx->rx_queue_index, XDP_PASS));
}

// bpf_redirect: ifindex from the packet; flags must be 0 in XDP (else XDP_ABORTED).
SEC("xdp")
int xdp_ifindex(struct xdp_md* ctx) {
  __u32 b = dst_low_byte(ctx);
  return count(4, bpf_redirect(b, b == 7 ? 1 : 0));
}

// Flags outside the action bits and the devmap flags abort; BPF_F_BROADCAST redirects even without an entry.
SEC("xdp")
int xdp_flags(struct xdp_md* ctx) {
  __u32 b = dst_low_byte(ctx);
  if (b == 1) return count(5, bpf_redirect_map(&cpus, 0, BPF_F_BROADCAST));
  if (b == 2) return count(5, bpf_redirect_map(&tx_port, 5, BPF_F_BROADCAST | BPF_F_EXCLUDE_INGRESS));
  if (b == 3) return count(5, bpf_redirect_map(&tx_port, 5, 1ULL << 5));
  // A miss after a hit: the last call decides.
  bpf_redirect_map(&tx_port, 0, 0);
  return count(5, bpf_redirect_map(&tx_port, 6, XDP_DROP));
}

char LICENSE[] SEC("license") = "GPL";
