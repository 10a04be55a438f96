// Socket local storage from the packet programs that hold a socket: test-run attaches a socket of its own to
// every skb (net/bpf/test_run.c: sk_alloc, sock_init_data, then the packet's addresses), and tc and cgroup_skb
// programs reach it through __sk_buff.sk. That socket lives for one test run, all of its repeats: repeats find
// the value the first one created, the next run starts without one. A run with mark 1 deletes the value (once:
// the second delete is -ENOENT). The socket's own fields (family, addresses, state, rx queue) are reported too.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct flow {
  __u64 packets;
  __u32 seed;
  __u32 zero;
};

struct {
  __uint(type, BPF_MAP_TYPE_SK_STORAGE);
  __uint(map_flags, BPF_F_NO_PREALLOC);
  __type(key, int);
  __type(value, struct flow);
} flows SEC(".maps");

struct report {
  __u32 family, src_ip4, dst_ip4, state;
  __s32 rx_queue_mapping;
  __u32 bound_dev_if;
  __u64 found_before;   // the socket had a value when this repeat started
  __u64 bad_flags;      // a get with an unknown flag bit gave a value (never)
  __u64 packets;        // the counter after this repeat
  __u64 seed;
  __s64 delete_rc;
  __s64 delete_again_rc;
  __u64 after_delete;   // a get without F_CREATE found a value after the delete
};

struct report tc_report, cg_report;  // .bss

static __always_inline int count(struct __sk_buff *skb, struct report *r) {
  struct bpf_sock *sk = skb->sk;
  if (!sk) return -1;
  r->family = sk->family;
  r->src_ip4 = sk->src_ip4;
  r->dst_ip4 = sk->dst_ip4;
  r->state = sk->state;
  r->rx_queue_mapping = sk->rx_queue_mapping;
  r->bound_dev_if = sk->bound_dev_if;
  struct flow init = {.packets = 10, .seed = 7, .zero = 0};
  r->bad_flags = bpf_sk_storage_get(&flows, sk, 0, 2) != 0;
  struct flow *f = bpf_sk_storage_get(&flows, sk, 0, 0);
  r->found_before = f != 0;
  f = bpf_sk_storage_get(&flows, sk, &init, BPF_SK_STORAGE_GET_F_CREATE);
  if (!f) return -2;
  f->packets++;
  r->packets = f->packets;
  r->seed = f->seed;
  if (skb->mark == 1) {
    r->delete_rc = bpf_sk_storage_delete(&flows, sk);
    r->delete_again_rc = bpf_sk_storage_delete(&flows, sk);
    r->after_delete = bpf_sk_storage_get(&flows, sk, 0, 0) != 0;
  }
  return (int)r->packets;
}

SEC("tc")
int tc_flows(struct __sk_buff *skb) { return count(skb, &tc_report); }

// cgroup_skb may only return 0 or 1: the count goes to the report alone.
SEC("cgroup_skb/ingress")
int cg_flows(struct __sk_buff *skb) { return count(skb, &cg_report) > 0; }

char LICENSE[] SEC("license") = "GPL";
