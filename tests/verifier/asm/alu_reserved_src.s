// An ALU instruction with an immediate and a non-zero source register field.
// type: socket_filter
// raw 1: 0x07 0 3 0 1
r0 = 0
r0 += 1
exit
