// Per-cgroup traffic accounting and a policy, as a cgroup_skb/ingress program: count bytes per remote address
// (read from the socket fields of __sk_buff), refuse ingress from a deny list, and note the context test-run
// builds (family, local/remote addresses and ports, which come from the packet). Returns 1 to allow, 0 to drop.
#include <linux/bpf.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 64);
  __type(key, __u32);    // remote IPv4 (network order)
  __type(value, __u64);  // bytes
} bytes_by_remote SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 16);
  __type(key, __u32);
  __type(value, __u8);
} deny SEC(".maps");

struct sk_view {
  __u32 family, remote_ip4, local_ip4, remote_port, local_port, protocol, len, data_len;
  __u8 first_byte;
  __u8 pad[7];
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct sk_view);
} view SEC(".maps");

SEC("cgroup_skb/ingress")
int ingress_acct(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct sk_view *v = bpf_map_lookup_elem(&view, &zero);
  if (v) {
    v->family = skb->family;
    v->remote_ip4 = skb->remote_ip4;
    v->local_ip4 = skb->local_ip4;
    v->remote_port = skb->remote_port;
    v->local_port = skb->local_port;
    v->protocol = skb->protocol;
    v->len = skb->len;
    v->data_len = skb->data_end - skb->data;
    // Direct packet access: cgroup_skb programs see the packet from the IP header.
    __u8 *p = (void *)(long)skb->data;
    if ((void *)(p + 1) <= (void *)(long)skb->data_end) v->first_byte = *p;
  }
  if (skb->family != 2 /* AF_INET */) return 1;
  __u32 remote = skb->remote_ip4;
  if (bpf_map_lookup_elem(&deny, &remote)) return 0;
  __u64 *b = bpf_map_lookup_elem(&bytes_by_remote, &remote);
  if (b) {
    __sync_fetch_and_add(b, skb->len);
  } else {
    __u64 len = skb->len;
    bpf_map_update_elem(&bytes_by_remote, &remote, &len, BPF_NOEXIST);
  }
  return 1;
}

char LICENSE[] SEC("license") = "GPL";
