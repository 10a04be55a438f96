// r0 s>>= 63: the largest shift allowed.
// type: socket_filter
r0 = -1
r0 s>>= 63
r0 &= 1
exit
