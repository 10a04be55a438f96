// A spilled pointer partly overwritten by a scalar byte, then filled and dereferenced.
// type: socket_filter
*(u64 *)(r10 - 8) = r1
r3 = 0
*(u8 *)(r10 - 8) = r3
r2 = *(u64 *)(r10 - 8)
r0 = *(u32 *)(r2 + 0)
exit
