// AND on a pointer.
// type: socket_filter
r2 = r10
r2 &= 0xff
r0 = 0
exit
