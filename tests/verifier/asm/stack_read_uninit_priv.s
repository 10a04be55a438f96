// Root reads a stack slot nothing wrote.
// type: socket_filter
r0 = *(u64 *)(r10 - 8)
r0 = 0
exit
