// A pseudo call whose target is outside the program.
// type: socket_filter
// raw 0: 0x85 0 1 0 5
r0 = 0
r0 = 0
exit
