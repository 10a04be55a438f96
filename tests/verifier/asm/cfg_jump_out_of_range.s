// A jump past the last instruction.
// type: socket_filter
r0 = 0
if r1 == 0 goto +5
exit
