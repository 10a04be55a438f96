// Found by verifier_kernel_diff: a byte load-acquire from xdp_md->data_end; 6.18.44 refuses the pointer type before it looks at the (also invalid) context access.
// type: xdp
// raw 0: 0xd3 2 1 4 0x100
r0 = 0
r0 = 2
exit
