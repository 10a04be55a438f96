// The same shape, but the slot is read after the join: it stays live in the saved state, so the path that spilled
// a scalar there is not pruned against the one that spilled the context pointer, and its dereference is refused.
// type: socket_filter
// processed: exact
r6 = r1
call 7
if r0 == 0 goto +3
*(u64 *)(r10 -16) = r6
r1 = 0
goto +2
*(u64 *)(r10 -16) = r0
r1 = 0
r1 += 1
r1 += 1
r1 += 1
r1 += 1
r1 += 1
r1 += 1
r2 = *(u64 *)(r10 -16)
r0 = *(u32 *)(r2 +0)
r0 = 0
exit
