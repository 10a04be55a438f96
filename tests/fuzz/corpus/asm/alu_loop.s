# FNV-1a over a counter (the alu_loop benchmark)
  r0 = -3750763034362895579 ll
  r2 = 1099511628211 ll
  r1 = 0
loop:
  r0 ^= r1
  r0 *= r2
  r1 += 1
  if r1 < 100000 goto loop
  exit
