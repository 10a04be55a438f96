// A bpf-to-bpf call.
// type: socket_filter
r1 = 3
call f
exit
f:
r0 = r1
r0 += 1
exit
