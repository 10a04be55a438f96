// A subprogram calling itself.
// type: socket_filter
call f
exit
f: r0 = 0
call f
exit
