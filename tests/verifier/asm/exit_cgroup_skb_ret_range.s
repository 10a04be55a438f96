// A cgroup_skb program must return 0 or 1 (this one returns 2).
// type: cgroup_skb
r0 = 2
exit
