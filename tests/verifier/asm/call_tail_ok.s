// A tail call from the main program.
// type: socket_filter
// map: prog_array key=4 value=4 entries=1
r2 = map[fd:0]
r3 = 0
call bpf_tail_call
r0 = 0
exit
