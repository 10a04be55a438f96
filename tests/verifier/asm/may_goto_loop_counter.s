// Found by verifier_kernel_diff: a loop only may_goto ends, its counter bumped each time; the queued fall-through is widened (imprecise r7 becomes unknown), so the second visit prunes.
// type: xdp
// raw 1: 0xe5 0 0 2 0
r7 = 1
r0 = 0
r7 += 1
goto -3
r0 = 1
exit
