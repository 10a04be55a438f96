// Found by verifier_kernel_diff: store_release into xdp_md->data_end; 6.18 checks the access before the pointer type, so the context offset is what it reports.
// type: xdp
// raw 1: 0xc3 1 2 4 0x110
r2 = 1
r0 = 0
r0 = 2
exit
