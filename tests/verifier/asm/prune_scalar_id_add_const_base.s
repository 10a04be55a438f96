// Pruning: a saved r9 = r6 + 10 does not match a current r9 = r7 + 10 while r6 keeps its id: the base of a linked
// `id + delta` must map consistently with the plain id (6.18 stable, "Enforce regsafe base id consistency").
// type: socket_filter
// processed: exact
call bpf_get_prandom_u32
r0 &= 127
r6 = r0
call bpf_get_prandom_u32
r0 &= 127
r7 = r0
call bpf_get_prandom_u32
if r0 == 0 goto +9
r9 = r6
r9 += 10
r8 = 0
r8 = 1
r8 = 2
r8 = 3
r8 = 4
r8 = 5
goto +2
r9 = r7
r9 += 10
r1 = r10
r1 += -512
r1 += r6
r1 += r9
r2 = 0
*(u8 *)(r1 + 0) = r2
r0 = 0
exit
