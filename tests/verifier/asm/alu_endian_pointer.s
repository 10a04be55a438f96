// Byte-swapping a pointer.
// type: socket_filter
r1 = be64 r1
r0 = 0
exit
