// The last instruction is neither exit nor a jump.
// type: socket_filter
r0 = 0
exit
r0 = 1
