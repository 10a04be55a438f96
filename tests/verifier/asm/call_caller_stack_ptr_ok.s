// A callee writing into the caller's stack through a pointer argument.
// type: socket_filter
r1 = r10
r1 += -8
call f
r0 = *(u64 *)(r10 - 8)
exit
f: r2 = 5
*(u64 *)(r1 + 0) = r2
r0 = 0
exit
