// bpf_jiffies64 with CAP_BPF.
// type: socket_filter
call bpf_jiffies64
r0 = 0
exit
