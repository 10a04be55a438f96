// An unprivileged socket filter returning a pointer.
// type: socket_filter
// privileged: no
// unprivileged-kernel: reject: R0 leaks addr as return value
r0 = r10
exit
