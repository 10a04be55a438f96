// An unprivileged pointer comparison.
// type: socket_filter
// privileged: no
// unprivileged-kernel: reject: R1 pointer comparison prohibited
r0 = 0
if r1 == r10 goto +1
r0 = 1
exit
