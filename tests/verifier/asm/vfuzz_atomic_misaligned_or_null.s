// Found by verifier_kernel_diff: a misaligned atomic add through a lookup result not yet null-checked; the kernel checks the alignment first and names no pointer kind ("misaligned access"), as map_value_or_null is not map_value (a hash map: an array lookup with a constant key in range is never NULL on 6.18).
// type: xdp
// map: hash key=4 value=16 entries=4 name=h
*(u32 *)(r10 - 4) = 0
r2 = r10
r2 += -4
r1 = map[fd:0]
call 1
r7 = 1
lock *(u64 *)(r0 + 12) += r7
r0 = 0
exit
