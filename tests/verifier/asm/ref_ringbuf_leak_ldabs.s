// LD_ABS while a ringbuf record is held.
// type: socket_filter
// map: ringbuf key=0 value=0 entries=4096
r6 = r1
r1 = map[fd:0]
r2 = 8
r3 = 0
call bpf_ringbuf_reserve
if r0 == 0 goto +5
r7 = r0
r0 = *(u8 *)skb[0]
r1 = r7
r2 = 0
call bpf_ringbuf_discard
r0 = 0
exit
