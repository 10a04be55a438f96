// A socket filter may not call bpf_redirect.
// type: socket_filter
r1 = 1
r2 = 0
call bpf_redirect
r0 = 0
exit
