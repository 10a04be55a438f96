// Pruning: a saved r7 = r6 +32 1 (alu32) does not match a current r7 = r6 +64 1 (alu64) even with the same delta
// and range: the link kinds differ (alu32 zero-extends when synced), so the second path is explored again.
// type: socket_filter
// processed: exact
call bpf_get_prandom_u32
r0 &= 255
r6 = r0
r7 = r6
call bpf_get_prandom_u32
if r0 == 0 goto +8
w7 += 1
r8 = 0
r8 = 1
r8 = 2
r8 = 3
r8 = 4
r8 = 5
goto +1
r7 += 1
r1 = r10
r1 += -512
r1 += r7
r2 = 0
*(u8 *)(r1 + 0) = r2
r0 = 0
exit
