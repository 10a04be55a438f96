// An atomic fetch from a stack slot is a fill: r9 used as an offset needs r7, spilled at fp-32, precise, so the
// second path (r7 = 0) is not pruned at insn 8 against the first (r7 = 8). As a load's, the fetched register's
// precision goes to the slot it came from (6.18 stable: backtrack_insn's is_atomic_fetch_insn).
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
r9 = 0
*(u64 *)(r10 - 32) = r7
r9 = atomic_fetch_add((u64 *)(r10 - 32), r9)
r1 = r10
r1 += -64
r1 += r9
r2 = 0
*(u8 *)(r1 + 0) = r2
r0 = 0
exit
