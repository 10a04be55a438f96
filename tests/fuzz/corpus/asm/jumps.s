# every conditional jump, with immediate and register, 64- and 32-bit
  r1 = -5
  r2 = 3
  r0 = 0
  if r1 == -5 goto +1
  r0 += 1
  if r1 != r2 goto +1
  r0 += 2
  if r1 > r2 goto +1
  r0 += 4
  if r1 >= 3 goto +1
  r0 += 8
  if r1 < r2 goto +1
  r0 += 16
  if r1 <= 3 goto +1
  r0 += 32
  if r1 s> r2 goto +1
  r0 += 64
  if r1 s>= -5 goto +1
  r0 += 128
  if r1 s< r2 goto +1
  r0 += 256
  if r1 s<= -6 goto +1
  r0 += 512
  if r1 & 2 goto +1
  r0 += 1024
  if w1 == w2 goto +1
  r0 += 2048
  if w1 s< 0 goto +1
  r0 += 4096
  if w1 > 100 goto +1
  r0 += 8192
  if w1 & w2 goto +1
  r0 += 16384
  goto +0
  exit
