# helper calls and a bpf-to-bpf call with its own stack frame
  r6 = r1
  call 5
  r1 = r0
  r2 = 7
  call mix
  r7 = r0
  *(u64 *)(r10 - 8) = r7
  r1 = 3
  r2 = r7
  call mix
  r0 += r7
  exit
mix:
  *(u32 *)(r10 - 4) = r1
  r0 = r2
  r1 *= 31
  r0 >>= 3
  r0 ^= r1
  r1 = *(u32 *)(r10 - 4)
  r0 -= r1
  exit
