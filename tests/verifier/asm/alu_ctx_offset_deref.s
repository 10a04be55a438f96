// The context pointer moved, then dereferenced: ctx must be accessed at a constant offset from its start.
// type: socket_filter
r1 += 4
r0 = *(u32 *)(r1 + 0)
exit
