// bpf_dynptr_data's size must be a known constant (ARG_CONST_ALLOC_SIZE_OR_ZERO): the slice's size comes from it.
// type: socket_filter
// map: ringbuf key=0 value=0 entries=4096
r6 = r1
r1 = map[fd:0]
r2 = 8
r3 = 0
r4 = r10
r4 += -16
call bpf_ringbuf_reserve_dynptr
r3 = *(u32 *)(r6 + 0)
r3 &= 7
r1 = r10
r1 += -16
r2 = 0
call bpf_dynptr_data
r1 = r10
r1 += -16
r2 = 0
call bpf_ringbuf_discard_dynptr
r0 = 0
exit
