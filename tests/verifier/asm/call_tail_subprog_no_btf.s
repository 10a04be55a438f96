// A tail call from a subprogram of a program without BTF.
// type: socket_filter
// map: prog_array key=4 value=4 entries=1
r1 = 0
*(u64 *)(r10 - 264) = r1
r1 = r10
call f
r0 = 0
exit
f: r6 = r1
r2 = map[fd:0]
r3 = 0
call bpf_tail_call
r0 = 0
exit
