// w6 = w6 of a register that is not a u32 clears its id; what its old delta becomes shows when r8 = r9 + 3 is
// synced from r9 == 10.
// type: socket_filter
call bpf_get_prandom_u32
r6 = r0
r6 += 5
w6 = w6
r8 = r6
r8 += 3
r9 = r6
if r9 != 10 goto +3
if r8 == 8 goto +2
r0 /= 0
exit
r0 = 0
exit
