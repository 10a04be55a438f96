// Found by verifier_kernel_diff --log 2 (seed 500005): a packet load (LD_IND) may leave the program, so the stack slots written after it are not surely written before it (bpf_insn_successors gives it the exit as a second successor); the level-2 stack-liveness lines show it.
// type: sched_cls
// map: array key=4 value=12 entries=4 name=arr
// map: hash key=4 value=8 entries=8 name=hash
// map: ringbuf key=0 value=0 entries=4096 name=rb
r6 = r1
r7 = *(u32 *)(r6 + 0)
call 5
r8 = r0
r8 &= 12
call 5
r9 = r0
r9 &= 102
r1 = r10
r1 += -8
r2 = r9
call +57
r8 = r0
*(u64 *)(r10 - 24) = r6
r1 = *(u64 *)(r10 - 24)
r2 = *(u32 *)(r1 + 4)
if w8 != 1 goto +29
*(u64 *)(r10 - 32) = r10
r1 = *(u64 *)(r10 - 32)
r2 = *(u64 *)(r1 - 24)
r7 = 0
r8 = 0
r9 s%= 7
r1 = r9
if r1 s< 0 goto +5
if r1 s> 63 goto +4
r2 = r10
r2 += -64
r2 += r1
*(u8 *)(r2 + 0) = r8
r8 += 3
r7 += 1
if r7 < 4 goto -11
r1 = r8
r1 &= 63
r2 = r10
r2 += -64
r2 += r1
r9 = *(u8 *)(r2 + 0)
r1 = r8
r1 &= 7
r1 <<= 3
r2 = r10
r2 += -64
r2 += r1
*(u32 *)(r2 + 0) = r7
r1 = r6
r2 = 8
r3 = r10
r3 += -32
r4 = 19
call 26
r0 = *(u16 *)skb[r7 + 4]
r7 = r0
*(u8 *)(r10 - 5) = 10
r8 s>>= r7
*(u64 *)(r10 - 24) = r8
store_release((u32 *)(r10 - 24), w9)
r0 = *(u8 *)skb[63]
r9 = r0
r2 = *(u32 *)(r6 + 76)
r3 = *(u32 *)(r6 + 80)
r4 = r2
r4 += 2
if r4 > r3 goto +1
r8 = *(u8 *)(r2 + 0)
r7 = *(u32 *)(r6 + 8)
r0 = 2
exit
r3 = *(u64 *)(r1 + 0)
*(u32 *)(r1 + 0) = r2
*(u64 *)(r10 - 40) = r2
r0 = *(u64 *)(r10 - 40)
r0 &= 255
exit

