# cpu v4: sign-extending moves and loads, signed division, unconditional byte swaps, long jumps
  r2 = *(u64 *)(r1 + 0)
  r3 = (s8)r2
  r4 = (s16)r2
  r5 = (s32)r2
  w6 = (s8)w2
  w7 = (s16)w2
  r6 = *(s8 *)(r1 + 1)
  r7 = *(s16 *)(r1 + 2)
  r8 = *(s32 *)(r1 + 4)
  r3 s/= r4
  r5 s%= r8
  w6 s/= w7
  w7 s%= 3
  r0 = r3
  r0 = bswap16 r0
  r0 = bswap32 r0
  r0 = bswap64 r0
  gotol +1
  r0 = 0
  r0 += r5
  r0 += r6
  r0 += r7
  exit
