// bpf_ringbuf_reserve with a size that is not a constant.
// type: socket_filter
// map: ringbuf key=0 value=0 entries=4096
r2 = *(u32 *)(r1 + 0)
r2 &= 63
r1 = map[fd:0]
r3 = 0
call bpf_ringbuf_reserve
if r0 == 0 goto +3
r1 = r0
r2 = 0
call bpf_ringbuf_discard
r0 = 0
exit
