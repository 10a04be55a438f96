// bpf_loop given a number instead of a callback.
// type: socket_filter
r1 = 10
r2 = 0
r3 = 0
r4 = 0
call bpf_loop
r0 = 0
exit
