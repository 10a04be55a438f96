// A cgroup_skb program returning an unknown value.
// type: cgroup_skb
r0 = *(u32 *)(r1 + 0)
exit
