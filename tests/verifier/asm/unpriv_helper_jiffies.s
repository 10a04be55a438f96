// bpf_jiffies64 needs CAP_BPF.
// type: socket_filter
// privileged: no
// unprivileged-kernel: reject: program of this type cannot use helper bpf_jiffies64#118
call bpf_jiffies64
r0 = 0
exit
