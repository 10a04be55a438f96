// A callee returning a pointer into its own frame, dereferenced by the caller.
// type: socket_filter
call f
r0 = *(u64 *)(r0 + 0)
exit
f: r1 = 0
*(u64 *)(r10 - 8) = r1
r0 = r10
r0 += -8
exit
