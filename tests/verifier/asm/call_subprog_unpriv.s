// bpf-to-bpf calls need CAP_BPF.
// type: socket_filter
// privileged: no
// unprivileged-kernel: reject: loading/calling other bpf or kernel functions are allowed for CAP_BPF and CAP_SYS_ADMIN
r1 = 3
call f
exit
f:
r0 = r1
exit
