// __sk_buff->cb[0] is writable in a socket filter.
// type: socket_filter
r2 = 3
*(u32 *)(r1 + 48) = r2
r0 = *(u32 *)(r1 + 48)
exit
