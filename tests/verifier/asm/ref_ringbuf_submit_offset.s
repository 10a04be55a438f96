// Submitting a pointer into the middle of the record.
// type: socket_filter
// map: ringbuf key=0 value=0 entries=4096
r1 = map[fd:0]
r2 = 16
r3 = 0
call bpf_ringbuf_reserve
if r0 == 0 goto +4
r1 = r0
r1 += 8
r2 = 0
call bpf_ringbuf_submit
r0 = 0
exit
