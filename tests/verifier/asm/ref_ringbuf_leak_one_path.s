// Submitted on one path, leaked on the other.
// type: socket_filter
// map: ringbuf key=0 value=0 entries=4096
r6 = *(u32 *)(r1 + 0)
r1 = map[fd:0]
r2 = 8
r3 = 0
call bpf_ringbuf_reserve
if r0 == 0 goto +4
if r6 == 0 goto +3
r1 = r0
r2 = 0
call bpf_ringbuf_submit
r0 = 0
exit
