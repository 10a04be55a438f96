// Negating a pointer.
// type: socket_filter
r1 = -r1
r0 = 0
exit
