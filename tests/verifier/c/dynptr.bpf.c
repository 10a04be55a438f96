// Dynptrs: ring buffer dynptrs hold a reference until submit/discard (even when the reserve failed), local dynptrs
// over map values, skb/xdp dynptrs and their slices, and the misuses the kernel refuses.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_RINGBUF);
  __uint(max_entries, 4096);
} rb SEC(".maps");

struct val {
  __u64 a;
  __u64 b;
  __u8 bytes[16];
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct val);
} arr SEC(".maps");

extern int bpf_dynptr_from_skb(struct __sk_buff *s, __u64 flags, struct bpf_dynptr *ptr__uninit) __ksym;
extern int bpf_dynptr_from_xdp(struct xdp_md *x, __u64 flags, struct bpf_dynptr *ptr__uninit) __ksym;
extern void *bpf_dynptr_slice(const struct bpf_dynptr *p, __u32 offset, void *buffer__opt,
                              __u32 buffer__szk) __ksym;
extern void *bpf_dynptr_slice_rdwr(const struct bpf_dynptr *p, __u32 offset, void *buffer__opt,
                                   __u32 buffer__szk) __ksym;
extern int bpf_dynptr_adjust(const struct bpf_dynptr *p, __u32 start, __u32 end) __ksym;
extern int bpf_dynptr_clone(const struct bpf_dynptr *p, struct bpf_dynptr *clone__uninit) __ksym;
extern __u32 bpf_dynptr_size(const struct bpf_dynptr *p) __ksym;
extern int bpf_dynptr_is_null(const struct bpf_dynptr *p) __ksym;
extern int bpf_dynptr_is_rdonly(const struct bpf_dynptr *p) __ksym;

static __always_inline struct val *lookup(void) {
  __u32 k = 0;
  return bpf_map_lookup_elem(&arr, &k);
}

SEC("tc")
int c_dynptr_ringbuf_ok(struct __sk_buff *skb) {
  struct bpf_dynptr d;
  __u64 x = skb->len;
  if (bpf_ringbuf_reserve_dynptr(&rb, 16, 0, &d)) {
    bpf_ringbuf_discard_dynptr(&d, 0);  // a failed reserve still holds the reference
    return 0;
  }
  bpf_dynptr_write(&d, 0, &x, sizeof(x), 0);
  __u64 *p = bpf_dynptr_data(&d, 8, 8);
  if (p) *p = 7;
  bpf_ringbuf_submit_dynptr(&d, 0);
  return 0;
}

SEC("tc")
int c_dynptr_ringbuf_leak(struct __sk_buff *skb) {
  struct bpf_dynptr d;
  if (bpf_ringbuf_reserve_dynptr(&rb, 16, 0, &d)) return 0;  // leaks: the failed reserve needs a discard too
  bpf_ringbuf_submit_dynptr(&d, 0);
  return 0;
}

SEC("tc")
int c_dynptr_slice_after_submit(struct __sk_buff *skb) {
  struct bpf_dynptr d;
  bpf_ringbuf_reserve_dynptr(&rb, 16, 0, &d);
  __u64 *p = bpf_dynptr_data(&d, 0, 8);
  bpf_ringbuf_submit_dynptr(&d, 0);
  if (p) *p = 1;  // the slice went with the record
  return 0;
}

SEC("tc")
int c_dynptr_overwrite_ref(struct __sk_buff *skb) {
  struct bpf_dynptr d;
  bpf_ringbuf_reserve_dynptr(&rb, 16, 0, &d);
  *(volatile __u64 *)&d = 0;
  bpf_ringbuf_discard_dynptr(&d, 0);
  return 0;
}

SEC("tc")
int c_dynptr_local_submit(struct __sk_buff *skb) {
  struct bpf_dynptr d;
  struct val *v = lookup();
  if (!v) return 0;
  bpf_dynptr_from_mem(v, sizeof(*v), 0, &d);
  bpf_ringbuf_submit_dynptr(&d, 0);
  return 0;
}

SEC("tc")
int c_dynptr_uninit_read(struct __sk_buff *skb) {
  struct bpf_dynptr d;
  __u64 x = 0;
  bpf_dynptr_read(&x, sizeof(x), &d, 0, 0);
  return x;
}

SEC("tc")
int c_dynptr_map_ok(struct __sk_buff *skb) {
  struct bpf_dynptr d;
  __u64 x = 0;
  struct val *v = lookup();
  if (!v) return 0;
  if (bpf_dynptr_from_mem(v, sizeof(*v), 0, &d)) return 1;
  if (bpf_dynptr_read(&x, sizeof(x), &d, 8, 0)) return 2;
  x += 1;
  bpf_dynptr_write(&d, 16, &x, sizeof(x), 0);
  __u8 *b = bpf_dynptr_data(&d, 16, 4);
  if (!b) return 3;
  return b[3] + bpf_dynptr_size(&d);
}

SEC("tc")
int c_dynptr_from_stack(struct __sk_buff *skb) {
  struct bpf_dynptr d;
  char buf[16] = {};
  bpf_dynptr_from_mem(buf, sizeof(buf), 0, &d);
  return 0;
}

SEC("tc")
int c_dynptr_var_off(struct __sk_buff *skb) {
  struct bpf_dynptr d[2];
  struct val *v = lookup();
  if (!v) return 0;
  __u32 i = skb->len & 1;
  bpf_dynptr_from_mem(v, sizeof(*v), 0, &d[i]);
  return 0;
}

SEC("tc")
int c_dynptr_partial_clobber(struct __sk_buff *skb) {
  struct bpf_dynptr d;
  __u64 x = 0;
  struct val *v = lookup();
  if (!v) return 0;
  bpf_dynptr_from_mem(v, sizeof(*v), 0, &d);
  *((volatile __u8 *)&d + 9) = 1;  // a byte of the second slot destroys the dynptr
  bpf_dynptr_read(&x, sizeof(x), &d, 0, 0);
  return x;
}

SEC("tc")
int c_dynptr_data_after_clobber(struct __sk_buff *skb) {
  struct bpf_dynptr d;
  struct val *v = lookup();
  if (!v) return 0;
  bpf_dynptr_from_mem(v, sizeof(*v), 0, &d);
  __u64 *p = bpf_dynptr_data(&d, 0, 8);
  if (!p) return 0;
  *(volatile __u64 *)&d = 0;  // destroying the dynptr invalidates its slices
  return *p;
}

SEC("tc")
int c_dynptr_skb_slice_ok(struct __sk_buff *skb) {
  struct bpf_dynptr d;
  __u8 buf[14];
  if (bpf_dynptr_from_skb(skb, 0, &d)) return 0;
  __u8 *eth = bpf_dynptr_slice(&d, 0, buf, sizeof(buf));
  if (!eth) return 0;
  return eth[12] + bpf_dynptr_is_rdonly(&d);
}

SEC("tc")
int c_dynptr_skb_slice_write(struct __sk_buff *skb) {
  struct bpf_dynptr d;
  __u8 buf[14];
  if (bpf_dynptr_from_skb(skb, 0, &d)) return 0;
  __u8 *eth = bpf_dynptr_slice(&d, 0, buf, sizeof(buf));
  if (!eth) return 0;
  eth[0] = 1;  // bpf_dynptr_slice is read-only
  return 0;
}

SEC("xdp")
int c_dynptr_xdp_clone_ok(struct xdp_md *ctx) {
  struct bpf_dynptr d, c;
  if (bpf_dynptr_from_xdp(ctx, 0, &d)) return XDP_DROP;
  __u8 *eth = bpf_dynptr_slice(&d, 0, 0, 14);
  if (!eth || eth[0] == 0xff) return XDP_PASS;
  if (bpf_dynptr_clone(&d, &c)) return XDP_DROP;
  if (bpf_dynptr_adjust(&c, 6, 12)) return XDP_DROP;
  return bpf_dynptr_size(&c) == 6 && !bpf_dynptr_is_null(&c) ? XDP_TX : XDP_PASS;
}

// This kernel build (6.18.44-fc) refuses bpf_dynptr_slice_rdwr in every program ("bpf_dynptr_slice_rdwr() is not
// allowed"); upstream 6.18 accepts it in XDP and refuses it where packet writes are not allowed.
SEC("xdp")
int c_dynptr_xdp_rdwr(struct xdp_md *ctx) {
  struct bpf_dynptr d;
  if (bpf_dynptr_from_xdp(ctx, 0, &d)) return XDP_DROP;
  __u8 *eth = bpf_dynptr_slice_rdwr(&d, 0, 0, 14);
  if (!eth) return XDP_PASS;
  eth[0] ^= 0xff;
  return XDP_TX;
}

SEC("cgroup_skb/ingress")
int c_dynptr_cgroup_rdwr(struct __sk_buff *skb) {
  struct bpf_dynptr d;
  if (bpf_dynptr_from_skb(skb, 0, &d)) return 1;
  __u8 *p = bpf_dynptr_slice_rdwr(&d, 0, 0, 4);
  if (!p) return 1;
  return 1;
}

SEC("tc")
int c_dynptr_skb_write_slice_gone(struct __sk_buff *skb) {
  struct bpf_dynptr d;
  __u8 buf[4], x = 1;
  if (bpf_dynptr_from_skb(skb, 0, &d)) return 0;
  __u8 *p = bpf_dynptr_slice(&d, 0, buf, sizeof(buf));
  if (!p) return 0;
  bpf_dynptr_write(&d, 0, &x, 1, 0);  // an skb write may move the data: the slice is gone
  return p[0];
}

char LICENSE[] SEC("license") = "GPL";
