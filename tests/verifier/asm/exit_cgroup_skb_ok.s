// A cgroup_skb program returning 1.
// type: cgroup_skb
r0 = 1
exit
