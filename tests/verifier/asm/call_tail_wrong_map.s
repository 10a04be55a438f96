// bpf_tail_call given an array instead of a prog array.
// type: socket_filter
// map: array key=4 value=4 entries=1
r2 = map[fd:0]
r3 = 0
call bpf_tail_call
r0 = 0
exit
