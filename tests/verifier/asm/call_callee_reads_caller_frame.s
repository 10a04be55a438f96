// A callee reaching its caller's frame through r10 (positive offset).
// type: socket_filter
r1 = 0
*(u64 *)(r10 - 8) = r1
call f
exit
f: r0 = *(u64 *)(r10 + 8)
exit
