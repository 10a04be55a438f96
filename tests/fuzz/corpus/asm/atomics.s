# atomic read-modify-write on the stack and on the raw buffer in r1
  r2 = 1
  *(u64 *)(r10 - 8) = r2
  *(u32 *)(r10 - 16) = r2
  lock *(u64 *)(r10 - 8) += r2
  lock *(u32 *)(r10 - 16) += w2
  r3 = 5
  r3 = atomic_fetch_add((u64 *)(r10 - 8), r3)
  r0 = 7
  r4 = 9
  r0 = cmpxchg_64(r10 - 8, r0, r4)
  r4 = xchg_64(r10 - 8, r4)
  lock *(u64 *)(r1 + 0) |= r2
  lock *(u64 *)(r1 + 0) &= r3
  lock *(u64 *)(r1 + 0) ^= r4
  w5 = 3
  w5 = atomic_fetch_or((u32 *)(r1 + 4), w5)
  w0 = cmpxchg32_32(r1 + 4, w0, w5)
  r0 += r4
  r0 += r3
  exit
