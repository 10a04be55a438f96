// R6-R9 survive a helper call.
// type: kprobe
r6 = 7
call 5
r0 = r6
exit
