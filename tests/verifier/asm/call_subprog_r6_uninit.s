// A callee reads its caller's callee-saved register: it is not passed.
// type: socket_filter
r6 = 3
call f
exit
f:
r0 = r6
exit
