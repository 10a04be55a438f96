// An XDP firewall: source prefixes blocked through an LPM trie (longest match wins, so an allow entry can punch a
// hole in a blocked prefix), destination ports blocked through a hash, per-verdict statistics in a per-CPU hash.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/tcp.h>
#include <linux/udp.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct lpm_v4_key {
  __u32 prefixlen;
  __u8 addr[4];
};

enum rule_action { RULE_ALLOW = 1, RULE_BLOCK = 2 };

struct {
  __uint(type, BPF_MAP_TYPE_LPM_TRIE);
  __uint(max_entries, 64);
  __uint(map_flags, BPF_F_NO_PREALLOC);
  __type(key, struct lpm_v4_key);
  __type(value, __u32);  // enum rule_action
} src_rules SEC(".maps");

struct port_key {
  __u8 proto;
  __u8 pad;
  __be16 port;
};

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 32);
  __type(key, struct port_key);
  __type(value, __u64);  // hits
} blocked_ports SEC(".maps");

enum reason { R_PASS_NON_IP, R_PASS, R_DROP_PREFIX, R_DROP_PORT, R_DROP_MALFORMED, R_ALLOW_RULE };

struct verdict_stat {
  __u64 packets;
  __u64 bytes;
};

struct {
  __uint(type, BPF_MAP_TYPE_PERCPU_HASH);
  __uint(max_entries, 16);
  __type(key, __u32);
  __type(value, struct verdict_stat);
} stats SEC(".maps");

static __always_inline int account(__u32 reason, __u64 bytes, int action) {
  struct verdict_stat *st = bpf_map_lookup_elem(&stats, &reason);
  if (st) {
    st->packets++;
    st->bytes += bytes;
  } else {
    struct verdict_stat init = {1, bytes};
    bpf_map_update_elem(&stats, &reason, &init, BPF_NOEXIST);
  }
  return action;
}

SEC("xdp")
int xdp_firewall(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data;
  void *data_end = (void *)(long)ctx->data_end;
  __u64 len = data_end - data;
  struct ethhdr *eth = data;
  if ((void *)(eth + 1) > data_end) return account(R_DROP_MALFORMED, len, XDP_DROP);
  if (eth->h_proto != bpf_htons(ETH_P_IP)) return account(R_PASS_NON_IP, len, XDP_PASS);
  struct iphdr *ip = (void *)(eth + 1);
  if ((void *)(ip + 1) > data_end || ip->ihl < 5) return account(R_DROP_MALFORMED, len, XDP_DROP);

  struct lpm_v4_key k = {.prefixlen = 32};
  __builtin_memcpy(k.addr, &ip->saddr, 4);
  __u32 *rule = bpf_map_lookup_elem(&src_rules, &k);
  if (rule && *rule == RULE_BLOCK) return account(R_DROP_PREFIX, len, XDP_DROP);
  if (rule && *rule == RULE_ALLOW) return account(R_ALLOW_RULE, len, XDP_PASS);

  void *l4 = (void *)ip + ip->ihl * 4;
  struct port_key pk = {.proto = ip->protocol};
  if (ip->protocol == IPPROTO_TCP) {
    struct tcphdr *tcp = l4;
    if ((void *)(tcp + 1) > data_end) return account(R_DROP_MALFORMED, len, XDP_DROP);
    pk.port = tcp->dest;
  } else if (ip->protocol == IPPROTO_UDP) {
    struct udphdr *udp = l4;
    if ((void *)(udp + 1) > data_end) return account(R_DROP_MALFORMED, len, XDP_DROP);
    pk.port = udp->dest;
  } else {
    return account(R_PASS, len, XDP_PASS);
  }
  __u64 *hits = bpf_map_lookup_elem(&blocked_ports, &pk);
  if (hits) {
    __sync_fetch_and_add(hits, 1);
    return account(R_DROP_PORT, len, XDP_DROP);
  }
  return account(R_PASS, len, XDP_PASS);
}

char LICENSE[] SEC("license") = "GPL";
