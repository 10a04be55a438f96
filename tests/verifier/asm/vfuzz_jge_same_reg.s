// Found by verifier_kernel_diff: `if r8 >= r8` on an unknown r8; 6.18 still walks the fall-through (it refines r8 against itself) and finds the misaligned read there.
// type: sched_cls
call 8
r8 = r0
if r8 >= r8 goto +2
r7 = *(u32 *)(r10 - 6)
r0 = 1
r0 = 0
exit
