// LD_IMM64 cut in half: the program ends after its first slot.
// type: socket_filter
// raw 2: 0x18 0 0 0 1
r0 = 0
exit

