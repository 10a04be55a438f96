// Found by verifier_kernel_diff: data_meta minus up to 0x7fffffff8; the result's offset is checked as a pointer's (check_reg_sane_offset_ptr), which names the pointer offset, not the scalar.
// type: xdp
r7 = *(u32 *)(r1 + 12)
r7 *= 8
r8 = *(u32 *)(r1 + 8)
r8 -= r7
r0 = 2
exit
