// A local dynptr may be overwritten by a new one (destroy_if_dynptr_stack_slot); the ring buffer dynptr next to it
// is untouched and released.
// type: socket_filter
// map: array key=4 value=16 entries=1
// map: ringbuf key=0 value=0 entries=4096
r1 = map[fd:0][0]+0
r2 = 16
r3 = 0
r4 = r10
r4 += -32
call bpf_dynptr_from_mem
r1 = map[fd:0][0]+0
r2 = 8
r3 = 0
r4 = r10
r4 += -32
call bpf_dynptr_from_mem
r1 = map[fd:1]
r2 = 8
r3 = 0
r4 = r10
r4 += -16
call bpf_ringbuf_reserve_dynptr
r1 = r10
r1 += -16
r2 = 0
call bpf_ringbuf_discard_dynptr
r0 = 0
exit
