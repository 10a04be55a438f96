// A kprobe may not call bpf_redirect.
// type: kprobe
r1 = 1
r2 = 0
call bpf_redirect
r0 = 0
exit
