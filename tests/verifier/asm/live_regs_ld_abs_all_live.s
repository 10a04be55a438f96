// LD_ABS counts as reading every register (compute_live_registers keeps its defaults for it), so a register set
// on one path only keeps the paths apart at an LD_ABS join.
// type: socket_filter
// processed: exact
r6 = r1
call 7
if r0 == 0 goto +9
r2 = r0
r2 += 1
r2 += 1
r2 += 1
r2 += 1
r2 += 1
r3 = r2
r3 += 1
r3 += 1
r0 = *(u8 *)skb[0]
r0 = 0
exit
