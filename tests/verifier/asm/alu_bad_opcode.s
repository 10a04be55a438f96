// An opcode that does not exist (ALU64 0xf0).
// type: socket_filter
// raw 1: 0xf7 0 0 0 0
r0 = 0
r0 = 0
exit
