// bpf_ringbuf_output from the stack.
// type: socket_filter
// map: ringbuf key=0 value=0 entries=4096
r1 = 0
*(u64 *)(r10 - 8) = r1
r1 = map[fd:0]
r2 = r10
r2 += -8
r3 = 8
r4 = 0
call bpf_ringbuf_output
r0 = 0
exit
