// Multiplying the context pointer.
// type: socket_filter
r1 *= 2
r0 = 0
exit
