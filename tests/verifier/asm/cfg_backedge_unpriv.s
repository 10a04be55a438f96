// A loop in an unprivileged program: no back-edges without CAP_BPF.
// type: socket_filter
// privileged: no
// unprivileged-kernel: reject: back-edge from insn 2 to 1
r0 = 0
r0 += 1
if r0 < 4 goto -2
exit
