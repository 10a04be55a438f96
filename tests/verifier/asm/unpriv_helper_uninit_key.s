// An unprivileged map key on the stack nothing wrote.
// type: socket_filter
// privileged: no
// unprivileged-kernel: reject: invalid read from stack R2 off -4+0 size 4
// map: hash key=4 value=8 entries=4
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_lookup_elem
r0 = 0
exit
