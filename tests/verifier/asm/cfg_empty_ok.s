// The smallest program.
// type: socket_filter
r0 = 0
exit
