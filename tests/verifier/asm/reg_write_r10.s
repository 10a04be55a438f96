// R10, the frame pointer, is read-only.
// type: socket_filter
r10 = 0
r0 = 0
exit
