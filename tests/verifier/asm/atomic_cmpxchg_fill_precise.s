// cmpxchg loads the slot's old value into r0 (32-bit: a narrowing fill of the 64-bit spill of r7). r0 used as an
// offset needs r7 precise, so the second path (r7 = 0) is not pruned at insn 8 against the first (r7 = 8).
// type: socket_filter
// processed: exact
r6 = 0
r6 = 1
r6 = 2
r6 = 3
call bpf_get_prandom_u32
r7 = 0
if r0 == 0 goto +1
r7 = 8
r0 = 0
*(u64 *)(r10 - 32) = r7
w0 = cmpxchg32_32(r10 - 32, w0, w6)
r1 = r10
r1 += -64
r1 += r0
r2 = 0
*(u8 *)(r1 + 0) = r2
r0 = 0
exit
