// Reading past struct xdp_md (24 bytes).
// type: xdp
r0 = *(u32 *)(r1 + 24)
r0 = 2
exit
