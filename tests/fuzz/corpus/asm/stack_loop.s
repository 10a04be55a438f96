# two stack slots, loads and stores (the stack_loop benchmark)
  r1 = 0
  *(u64 *)(r10 - 8) = r1
  *(u64 *)(r10 - 16) = r1
  r2 = *(u64 *)(r10 - 8)
  r3 = *(u64 *)(r10 - 16)
  r2 += r1
  r3 ^= r2
  *(u64 *)(r10 - 8) = r3
  *(u64 *)(r10 - 16) = r2
  r1 += 1
  if r1 < 1000 goto -8
  r0 = *(u64 *)(r10 - 8)
  exit
