// A write one byte past an 8-byte record.
// type: socket_filter
// map: ringbuf key=0 value=0 entries=4096
r1 = map[fd:0]
r2 = 8
r3 = 0
call bpf_ringbuf_reserve
if r0 == 0 goto +5
r1 = 7
*(u8 *)(r0 + 8) = r1
r1 = r0
r2 = 0
call bpf_ringbuf_discard
r0 = 0
exit
