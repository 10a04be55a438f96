// Registers a helper does not take are dead before the call: bpf_get_prandom_u32 has no parameters, so R2 and R3,
// set on one path only, do not keep the paths apart at the join (compute_live_registers' call summary).
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
call 7
r0 = 0
exit
