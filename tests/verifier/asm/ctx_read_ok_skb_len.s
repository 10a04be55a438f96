// Reading __sk_buff->len in a socket filter.
// type: socket_filter
r0 = *(u32 *)(r1 + 0)
exit
