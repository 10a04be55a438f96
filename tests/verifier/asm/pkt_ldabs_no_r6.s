// LD_ABS needs the context in R6.
// type: socket_filter
r6 = 0
r0 = *(u8 *)skb[12]
exit
