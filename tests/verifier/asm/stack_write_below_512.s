// A write at fp-520, below the 512-byte stack.
// type: socket_filter
r1 = 0
*(u64 *)(r10 - 520) = r1
r0 = 0
exit
