// Root may compare pointers of different kinds.
// type: socket_filter
r0 = 0
if r1 == r10 goto +1
r0 = 1
exit
