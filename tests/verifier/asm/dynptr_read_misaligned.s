// bpf_dynptr_read from a dynptr pointer 4 bytes into a slot (fp-12): not a dynptr ("cannot pass in dynptr at an
// offset=-12" comes first).
// type: socket_filter
// map: ringbuf key=0 value=0 entries=4096
r1 = map[fd:0]
r2 = 8
r3 = 0
r4 = r10
r4 += -16
call bpf_ringbuf_reserve_dynptr
r1 = r10
r1 += -24
r2 = 4
r3 = r10
r3 += -12
r4 = 0
r5 = 0
call bpf_dynptr_read
r1 = r10
r1 += -16
r2 = 0
call bpf_ringbuf_discard_dynptr
r0 = 0
exit
