// A 32-bit ALU operation on a pointer.
// type: socket_filter
w1 += 4
r0 = 0
exit
