// Arithmetic on R10 itself is a write to it.
// type: socket_filter
r10 += -8
r0 = 0
exit
