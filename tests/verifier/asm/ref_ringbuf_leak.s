// A reserved record neither submitted nor discarded.
// type: socket_filter
// map: ringbuf key=0 value=0 entries=4096
r1 = map[fd:0]
r2 = 8
r3 = 0
call bpf_ringbuf_reserve
if r0 == 0 goto +2
r1 = 7
*(u64 *)(r0 + 0) = r1
r0 = 0
exit
