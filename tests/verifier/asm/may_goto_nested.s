// Two nested loops that only may_goto ends, each with a counter.
// type: xdp
// raw 1: 0xe5 0 0 6 0
// raw 3: 0xe5 0 0 2 0
r7 = 0
r0 = 0
r8 = 0
r0 = 0
r8 += 1
goto -3
r7 += 1
goto -7
r0 = 2
exit
