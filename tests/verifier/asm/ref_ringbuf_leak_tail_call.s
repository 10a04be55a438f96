// A tail call while a ringbuf record is reserved.
// type: socket_filter
// map: ringbuf key=0 value=0 entries=4096
// map: prog_array key=4 value=4 entries=1
r6 = r1
r1 = map[fd:0]
r2 = 8
r3 = 0
call bpf_ringbuf_reserve
if r0 == 0 goto +7
r7 = r0
r1 = r6
r2 = map[fd:1]
r3 = 0
call bpf_tail_call
r1 = r7
r2 = 0
call bpf_ringbuf_discard
r0 = 0
exit
