// Division by a register that may be 0 is allowed (the result is 0).
// type: socket_filter
r0 = *(u32 *)(r1 + 0)
r2 = 10
r2 /= r0
r0 = r2
exit
