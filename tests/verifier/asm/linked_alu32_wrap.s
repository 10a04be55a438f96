// w1 += 0x100 wraps r1 = r0 + 0x100 in 32 bits; r1 <= 0x80 then bounds r0 to [0xffffff00, 0xffffff80] zero-extended,
// so r0 >> 32 is 0.
// type: socket_filter
call bpf_get_prandom_u32
w0 |= -256
r1 = r0
w1 += 256
if r1 > 128 goto +4
r2 = r0
r2 >>= 32
if r2 == 0 goto +1
r0 /= 0
r0 = 0
exit
