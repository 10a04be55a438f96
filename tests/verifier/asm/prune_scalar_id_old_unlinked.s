// Pruning: a saved state whose r6 and r7 carry no scalar id matches a current state where r7 = r6 linked them
// (an old scalar without an id relied on no link; 6.18 stable's check_scalar_ids returns true for old id 0).
// type: socket_filter
// processed: exact
call bpf_get_prandom_u32
r6 = r0
r6 &= 127
call bpf_get_prandom_u32
r7 = r0
r7 &= 127
call bpf_get_prandom_u32
if r0 == 0 goto +8
r8 = 0
r8 = 1
r8 = 2
r8 = 3
r8 = 4
r8 = 5
r8 = 6
goto +1
r7 = r6
r1 = r10
r1 += -512
r1 += r6
r1 += r7
r2 = 0
*(u8 *)(r1 + 0) = r2
r0 = 0
exit
