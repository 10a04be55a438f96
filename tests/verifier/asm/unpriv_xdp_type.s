// Unprivileged users may load only socket filters and cgroup_skb programs: EPERM before the verifier runs.
// type: xdp
// privileged: no
// unprivileged-kernel: reject:
r0 = 2
exit
