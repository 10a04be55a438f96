// An unprivileged pointer comparison (check_cond_jmp_op looks at the source register first).
// type: socket_filter
// privileged: no
// unprivileged-kernel: reject: R10 pointer comparison prohibited
r0 = 0
if r1 == r10 goto +1
r0 = 1
exit
