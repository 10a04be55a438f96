// cgroup_skb is one of the two types an unprivileged user may load.
// type: cgroup_skb
// privileged: no
// unprivileged-kernel: accept
r0 = 1
exit
