// A packet pointer compared with a stack pointer.
// type: xdp
r2 = *(u32 *)(r1 + 0)
r3 = r10
if r2 > r3 goto +0
r0 = 2
exit
