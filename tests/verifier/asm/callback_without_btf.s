// A callback (BPF_PSEUDO_FUNC) in a program without BTF func_info.
// type: socket_filter
r1 = 10
r2 = func[cb]
r3 = 0
r4 = 0
call bpf_loop
r0 = 0
exit
cb:
r0 = 0
exit
