// A jump into the second slot of LD_IMM64.
// type: socket_filter
r0 = 0
if r1 == 0 goto +1
r2 = 0x100000000 ll
exit
