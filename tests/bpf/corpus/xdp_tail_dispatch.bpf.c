// A protocol dispatcher built from tail calls, the way Cilium and Katran chain programs: the entry program parses
// Ethernet and jumps (bpf_tail_call) into a per-protocol handler from a prog array whose initial slots the loader
// fills (__array values); each handler jumps into a shared accounting stage. Slots without a program make the
// tail call fall through, and the entry program then counts a "no handler" miss.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

enum { SLOT_TCP = 0, SLOT_UDP = 1, SLOT_ICMP = 2, SLOT_ACCOUNT = 3, NSLOTS = 8 };
enum { C_ENTRY, C_TCP, C_UDP, C_ICMP, C_ACCOUNT, C_MISS, C_FALLTHROUGH, NC };

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, NC);
  __type(key, __u32);
  __type(value, __u64);
} counts SEC(".maps");

// Scratch state carried between the stages of one packet (tail calls keep only the context).
struct {
  __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, __u32);  // the verdict the handler chose
} scratch SEC(".maps");

static __always_inline void count(__u32 k) {
  __u64 *c = bpf_map_lookup_elem(&counts, &k);
  if (c) __sync_fetch_and_add(c, 1);
}

static __always_inline void set_verdict(__u32 v) {
  __u32 zero = 0;
  __u32 *s = bpf_map_lookup_elem(&scratch, &zero);
  if (s) *s = v;
}

int handle_tcp(struct xdp_md *ctx);
int handle_udp(struct xdp_md *ctx);
int account(struct xdp_md *ctx);

struct {
  __uint(type, BPF_MAP_TYPE_PROG_ARRAY);
  __uint(max_entries, NSLOTS);
  __uint(key_size, sizeof(__u32));
  __array(values, int(struct xdp_md *));
} jmp SEC(".maps") = {
    .values =
        {
            [SLOT_TCP] = (void *)&handle_tcp,
            [SLOT_UDP] = (void *)&handle_udp,
            [SLOT_ACCOUNT] = (void *)&account,
        },
};

SEC("xdp")
int handle_tcp(struct xdp_md *ctx) {
  count(C_TCP);
  set_verdict(XDP_PASS);
  bpf_tail_call(ctx, &jmp, SLOT_ACCOUNT);
  count(C_FALLTHROUGH);
  return XDP_ABORTED;
}

SEC("xdp")
int handle_udp(struct xdp_md *ctx) {
  count(C_UDP);
  void *data = (void *)(long)ctx->data;
  void *data_end = (void *)(long)ctx->data_end;
  // Drop UDP to port 9 (discard) right here, without the accounting stage.
  if (data + 14 + 20 + 4 <= data_end && ((__u8 *)data)[14 + 20 + 2] == 0 && ((__u8 *)data)[14 + 20 + 3] == 9)
    return XDP_DROP;
  set_verdict(XDP_TX);
  bpf_tail_call(ctx, &jmp, SLOT_ACCOUNT);
  count(C_FALLTHROUGH);
  return XDP_ABORTED;
}

SEC("xdp")
int handle_icmp(struct xdp_md *ctx) {
  count(C_ICMP);
  set_verdict(XDP_DROP);
  bpf_tail_call(ctx, &jmp, SLOT_ACCOUNT);
  return XDP_ABORTED;
}

SEC("xdp")
int account(struct xdp_md *ctx) {
  count(C_ACCOUNT);
  __u32 zero = 0;
  __u32 *s = bpf_map_lookup_elem(&scratch, &zero);
  return s ? *s : XDP_ABORTED;
}

SEC("xdp")
int xdp_dispatch(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data;
  void *data_end = (void *)(long)ctx->data_end;
  count(C_ENTRY);
  struct ethhdr *eth = data;
  if ((void *)(eth + 1) > data_end || eth->h_proto != bpf_htons(ETH_P_IP)) return XDP_PASS;
  struct iphdr *ip = (void *)(eth + 1);
  if ((void *)(ip + 1) > data_end) return XDP_DROP;
  __u32 slot = ip->protocol == IPPROTO_TCP ? SLOT_TCP : ip->protocol == IPPROTO_UDP ? SLOT_UDP
             : ip->protocol == IPPROTO_ICMP ? SLOT_ICMP : NSLOTS + ip->protocol;  // out of range for others
  bpf_tail_call(ctx, &jmp, slot);
  count(C_MISS);
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
