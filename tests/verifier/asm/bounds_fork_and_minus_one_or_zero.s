// r0 s>>= 63 leaves r0 in [-1, 0]; r0 &= 3 forks the path (maybe_fork_scalars): r0 = 3 here, and r0 = 0 queued to
// run the AND again. Neither is 1, so the bad load is never reached (a range [0, 3] would reach it).
// type: socket_filter
// processed: exact
call bpf_get_prandom_u32
r0 s>>= 63
r0 &= 3
if r0 == 1 goto +2
r0 = 0
exit
r1 = *(u64 *)(r0 + 0)
exit
