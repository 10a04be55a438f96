# raw mode: r1 = buffer, r2 = its size; bounds-checked loads and stores, legacy packet loads, byte swaps
  r6 = r1
  if r2 < 16 goto out
  r3 = *(u32 *)(r1 + 0)
  r4 = *(u16 *)(r1 + 4)
  r5 = *(u8 *)(r1 + 6)
  r3 = be32 r3
  r4 = be16 r4
  r4 = le16 r4
  r3 += r4
  r3 |= r5
  *(u64 *)(r1 + 8) = r3
  *(u8 *)(r1 + 15) = 255
  *(u16 *)(r1 + 12) = -2
  *(u32 *)(r1 + 8) = 305419896
  r0 = *(u8 *)skb[12]
  r7 = r0
  r0 = *(u16 *)skb[2]
  r7 += r0
  r1 = 4
  r0 = *(u32 *)skb[r1 + 0]
  r0 += r7
  r0 = be64 r0
  exit
out:
  r0 = 0
  exit
