// An atomic add on a stack slot nothing wrote.
// type: socket_filter
r1 = 1
lock *(u64 *)(r10 - 8) += r1
r0 = 0
exit
