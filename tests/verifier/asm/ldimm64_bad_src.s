// LD_IMM64 with a pseudo source the kernel does not know.
// type: socket_filter
// raw 0: 0x18 1 9 0 0
r1 = 0 ll
r0 = 0
exit
