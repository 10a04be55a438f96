// Found by verifier_kernel_diff --log 2 (seed 501820): a may_goto loop queues its fall-through with the scalars that changed since the previous visit widened; a register whose bounds are the same but which gained a link (an id) is no exact match either (regs_exact checks the ids), so the kernel widens it.
// type: socket_filter
// map: array key=4 value=16 entries=4 name=arr
// map: hash key=4 value=48 entries=8 name=hash
// map: ringbuf key=0 value=0 entries=4096 name=rb
r6 = r1
call 7
r7 = r0
r8 = *(u32 *)(r6 + 0)
r9 = *(u32 *)(r6 + 0)
r0 = *(u32 *)skb[25]
r8 = r0
if r8 != 32 goto +53
r1 = map[fd:2]
r2 = 16
r3 = 0
call 131
if r0 == 0 goto +5
*(u8 *)(r0 + 10) = r7
*(u64 *)(r0 + 0) = r7
r1 = r0
r2 = 0
call 133
r7 = 0
may_goto +32
r9 = 0
may_goto +27
r8 = 1
may_goto +16
*(u32 *)(r10 - 72) = 4
r1 = *(u32 *)(r10 - 72)
r2 = r10
r2 += -64
r2 += r1
r7 = *(u8 *)(r2 + 0)
r1 = r8
r1 &= 7
r1 <<= 3
r2 = r10
r2 += -64
r2 += r1
*(u64 *)(r2 + 0) = r8
r8 += 1
if r8 > 40 goto +1
goto -17
r1 = r9
if r1 > 64 goto +4
r2 = r10
r2 += -64
r2 += r1
*(u8 *)(r2 + 0) = r7
r9 += 2
if r9 > 28 goto +1
goto -28
r7 += 1
if r7 > 54 goto +1
goto -33
r1 = r10
r1 += -56
r2 = 37
r3 = r10
r3 += -8
call 113
r0 = 2
exit
r9 s/= r7
r1 = r9
if r1 s< 0 goto +5
if r1 s> 63 goto +4
r2 = r10
r2 += -64
r2 += r1
*(u8 *)(r2 + 0) = r8
r8 >>= r7
r1 = r7
r1 &= 7
r1 <<= 3
r2 = r10
r2 += -64
r2 += r1
*(u8 *)(r2 + 0) = r7
*(u64 *)(r10 - 24) = r7
r9 = atomic_fetch_xor((u64 *)(r10 - 24), r9)
r1 = r9
r1 &= 63
r2 = r10
r2 += -64
r2 += r1
*(u8 *)(r2 + 0) = r9
*(u64 *)(r10 - 32) = r9
store_release((u32 *)(r10 - 32), w7)
r1 = r6
r2 = r10
r2 += -16
r3 = r7
call +24
r9 = r0
w1 = (s8)w7
if w1 > 64 goto +4
r2 = r10
r2 += -64
r2 += r1
r7 = *(u8 *)(r2 + 0)
r1 = map[fd:2]
r2 = r10
r2 += -32
r3 = 32
r4 = 0
call 130
r8 s/= 7
r1 = r7
r1 &= 7
r1 <<= 3
r2 = r10
r2 += -64
r2 += r1
*(u32 *)(r2 + 0) = r9
r0 = 1
exit
r6 = r1
r7 = r3
*(u64 *)(r2 + 8) = r7
call 5
r8 = r0
r8 &= 147
r9 = 16
r8 s%= 5
*(u64 *)(r10 - 24) = r9
r9 = *(s8 *)(r10 - 21)
r1 = map[fd:2]
r2 = 16
r3 = 0
call 131
if r0 == 0 goto +1
r8 = *(u64 *)(r0 + 8)
r0 = r8
exit

