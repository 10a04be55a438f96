// Tail calls: from the main program, from a subprogram, and with more than 256 bytes of stack in the frames above.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_PROG_ARRAY);
  __uint(max_entries, 2);
  __type(key, __u32);
  __type(value, __u32);
} jmp SEC(".maps");

SEC("tc")
int c_tail_call_ok(struct __sk_buff *skb) {
  bpf_tail_call(skb, &jmp, 0);
  return 0;
}

static __noinline int tail_from_sub(struct __sk_buff *skb) {
  bpf_tail_call(skb, &jmp, 1);
  return skb->len;
}

SEC("tc")
int c_tail_call_subprog_ok(struct __sk_buff *skb) {
  volatile char buf[64];
  buf[0] = 1;
  return tail_from_sub(skb) + buf[0];
}

SEC("tc")
int c_tail_call_subprog_big_stack(struct __sk_buff *skb) {
  volatile char buf[300];
  buf[skb->len & 255] = 1;  // a variable index keeps the whole array on the stack
  return tail_from_sub(skb) + buf[0];
}

char LICENSE[] SEC("license") = "GPL";
