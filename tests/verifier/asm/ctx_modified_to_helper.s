// A modified context pointer passed to a helper.
// type: sched_cls
r1 += 8
r2 = 0
r3 = r10
r3 += -8
r4 = 4
call 26
r0 = 0
exit
