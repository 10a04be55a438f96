// Fill half of a spilled pointer: it is a scalar now and cannot be dereferenced.
// type: socket_filter
*(u64 *)(r10 - 8) = r1
r2 = *(u32 *)(r10 - 8)
r0 = *(u32 *)(r2 + 0)
exit
