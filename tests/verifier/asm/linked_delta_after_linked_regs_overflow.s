// A jump on r0 links at most six registers (LINKED_REGS_MAX); r6 and r8 = r0 + 3 are left over and lose their id
// and delta: the copy r9 = r8 made afterwards gets a fresh id without a stale delta, so r9 = r8 + 1 = 11 when r8 == 10.
// type: socket_filter
call bpf_get_prandom_u32
r1 = r0
r2 = r0
r3 = r0
r4 = r0
r5 = r0
r6 = r0
r8 = r0
r8 += 3
if r0 > 100 goto +14
r7 = r1
r7 += r2
r7 += r3
r7 += r4
r7 += r5
r7 += r6
r9 = r8
r9 += 1
if r8 != 10 goto +4
if r9 == 8 goto +3
if r9 == 11 goto +2
r0 /= 0
exit
r0 = 0
exit
