// A misaligned 8-byte stack access (the kernel enforces stack alignment).
// type: socket_filter
r1 = 0
*(u64 *)(r10 - 12) = r1
r0 = 0
exit
