// Two deltas whose difference leaves s32 (S32_MIN and +1): sync_linked_regs computes it in 64 bits.
// type: socket_filter
call bpf_get_prandom_u32
r0 &= 255
r1 = r0
r2 = r0
r1 += -2147483648
r2 += 1
if r2 s< 100 goto +2
if r1 s< 0 goto +1
r0 /= 0
r0 = 0
exit
