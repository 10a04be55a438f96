// tc redirects: bpf_redirect to a device from the packet (egress, or ingress with BPF_F_INGRESS), bad flags, and
// bpf_clone_redirect's refusals (unknown device, bad flags), whose results are stored.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __s64);
} results SEC(".maps");

static __always_inline void store(__u32 k, __s64 v) {
  __s64* p = bpf_map_lookup_elem(&results, &k);
  if (p) *p = v;
}

SEC("tc")
int tc_redirect(struct __sk_buff* skb) {
  void* data = (void*)(long)skb->data;
  void* end = (void*)(long)skb->data_end;
  struct iphdr* ip = data + sizeof(struct ethhdr);
  if ((void*)(ip + 1) > end) return TC_ACT_OK;
  __u8 b = ((__u8*)&ip->daddr)[3];
  // Devices that cannot exist: clone_redirect refuses before sending anything.
  store(0, bpf_clone_redirect(skb, 0x7ffffff0, 0));
  store(1, bpf_clone_redirect(skb, 1, 1ULL << 4));
  if (b == 1) return bpf_redirect(1, 0);
  if (b == 2) return bpf_redirect(1, BPF_F_INGRESS);
  if (b == 3) return bpf_redirect(1, 1ULL << 3);
  return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
