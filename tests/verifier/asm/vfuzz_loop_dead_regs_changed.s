// Found by verifier_kernel_diff (seed 500091): the loop head is reached again with a dead register (r1, r2) and a stack slot changed; the kernel's states_maybe_looping compares every register, so it is no infinite loop yet, and the kernel goes on to its own verdict.
// processed: exact
// type: xdp
// map: array key=4 value=48 entries=4 name=arr
// map: hash key=4 value=48 entries=8 name=hash
// map: ringbuf key=0 value=0 entries=4096 name=rb
r6 = r1
r7 = *(u32 *)(r6 + 12)
r8 = *(u32 *)(r6 + 12)
call 5
r9 = r0
r9 &= 184
r1 = map[fd:2]
r2 = 48
r3 = 0
call 131
if r0 == 0 goto +6
r7 = *(u16 *)(r0 + 38)
*(u8 *)(r0 + 4) = r9
*(u64 *)(r0 + 8) = r9
r1 = r0
r2 = 0
call 132
r7 = 0
r8 = bswap32 r8
r1 = r7
r1 &= 7
r1 <<= 3
r2 = r10
r2 += -64
r2 += r1
*(u64 *)(r2 + 0) = r7
r7 += 0
if r7 != 10 goto -10
r0 = r9
exit

