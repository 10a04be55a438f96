// A slot written on one path and never read after the join: 6.18's stack liveness forgets it in the saved state
// at the join, so the other path is pruned there (processed insns equal the kernel's only with that analysis).
// type: socket_filter
// processed: exact
r6 = r1
call 7
if r0 == 0 goto +9
call 5
*(u64 *)(r10 -16) = r0
r1 = *(u64 *)(r10 -16)
r1 += 1
r1 += 1
r1 += 1
r1 += 1
r1 += 1
r1 += 1
r0 = 0
exit
