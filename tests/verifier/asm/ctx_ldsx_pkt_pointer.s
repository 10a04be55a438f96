// Found by verifier_kernel_diff: a sign-extending load of xdp_md->data_end; is_valid_access refuses ldsx of the packet pointer fields (6.11+), bpfkit took it as a packet end pointer.
// type: xdp
r2 = *(u32 *)(r1 + 0)
r3 = *(s32 *)(r1 + 4)
r0 = 2
exit
