// sync_linked_regs zero-extends a linked register made by alu32 (w7 += 1) when the jump narrows its base r6:
// r6 == 0xffffffff makes r7 0, not 0x100000000.
// type: socket_filter
call bpf_get_prandom_u32
w6 = w0
r7 = r6
w7 += 1
r8 = 0xffffffff ll
if r6 < r8 goto +3
r7 >>= 32
if r7 == 0 goto +1
r0 /= 0
r0 = 0
exit
