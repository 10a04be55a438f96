// xdp_md is read-only.
// type: xdp
r2 = 0
*(u32 *)(r1 + 12) = r2
r0 = 2
exit
