// xdp_md->data read with 2 bytes.
// type: xdp
r2 = *(u16 *)(r1 + 0)
r0 = 2
exit
