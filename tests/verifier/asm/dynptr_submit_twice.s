// A ring buffer dynptr submitted twice: the first submit released its reference, so the second has none.
// type: socket_filter
// map: ringbuf key=0 value=0 entries=4096
r1 = map[fd:0]
r2 = 8
r3 = 0
r4 = r10
r4 += -16
call bpf_ringbuf_reserve_dynptr
r1 = r10
r1 += -16
r2 = 0
call bpf_ringbuf_submit_dynptr
r1 = r10
r1 += -16
r2 = 0
call bpf_ringbuf_submit_dynptr
r0 = 0
exit
