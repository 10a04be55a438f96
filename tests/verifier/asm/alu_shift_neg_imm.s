// A negative shift amount.
// type: socket_filter
r0 = 1
r0 >>= -1
exit
