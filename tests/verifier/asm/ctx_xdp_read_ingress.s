// xdp_md->ingress_ifindex is readable.
// type: xdp
r0 = *(u32 *)(r1 + 12)
r0 = 2
exit
