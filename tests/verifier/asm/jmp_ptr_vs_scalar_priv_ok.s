// Root may compare a pointer with a number.
// type: socket_filter
r0 = 0
r2 = 5
if r1 > r2 goto +1
r0 = 1
exit
