// LD_ABS is not allowed in XDP.
// type: xdp
r6 = r1
r0 = *(u8 *)skb[12]
r0 = 2
exit
