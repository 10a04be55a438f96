// w0 s>>= 31 leaves w0 in [-1, 0] (s32); w0 |= 2 forks the path: w0 = 0xffffffff here, and w0 = 0 queued to run
// the OR again, giving 2 (not 0: the fork re-executes the instruction). Neither is 3, so the bad load is never reached.
// type: socket_filter
// processed: exact
call bpf_get_prandom_u32
w0 s>>= 31
w0 |= 2
if w0 == 3 goto +2
r0 = 0
exit
r1 = *(u64 *)(r0 + 0)
exit
