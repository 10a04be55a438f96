// Reading past struct __sk_buff.
// type: socket_filter
r0 = *(u32 *)(r1 + 400)
exit
