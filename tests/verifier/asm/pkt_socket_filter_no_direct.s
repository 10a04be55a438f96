// A socket filter has no direct packet access: __sk_buff->data is not readable.
// type: socket_filter
r2 = *(u32 *)(r1 + 76)
r0 = 0
exit
