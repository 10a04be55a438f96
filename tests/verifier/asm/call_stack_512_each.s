// 512 bytes of stack in each of 8 frames: the kernel allows 512 in all.
// type: socket_filter
r1 = 0
*(u64 *)(r10 - 512) = r1
call f1
exit
f1: r1 = 0
*(u64 *)(r10 - 512) = r1
call f2
exit
f2: r1 = 0
*(u64 *)(r10 - 512) = r1
call f3
exit
f3: r1 = 0
*(u64 *)(r10 - 512) = r1
call f4
exit
f4: r1 = 0
*(u64 *)(r10 - 512) = r1
call f5
exit
f5: r1 = 0
*(u64 *)(r10 - 512) = r1
call f6
exit
f6: r1 = 0
*(u64 *)(r10 - 512) = r1
call f7
exit
f7: r1 = 0
*(u64 *)(r10 - 512) = r1
r0 = 0
exit
