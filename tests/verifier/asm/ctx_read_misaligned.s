// Reading __sk_buff->len at a byte offset inside the field.
// type: socket_filter
r0 = *(u32 *)(r1 + 2)
exit
