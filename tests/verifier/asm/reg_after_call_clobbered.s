// R1-R5 are scratched by a helper call.
// type: kprobe
call 5
r0 = r1
exit
