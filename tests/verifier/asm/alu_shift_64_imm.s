// r0 <<= 64 by immediate: an invalid shift.
// type: socket_filter
r0 = 1
r0 <<= 64
exit
