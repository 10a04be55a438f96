// The main program falls through into a subprogram.
// type: socket_filter
r0 = 0
call f
r0 = 1
f: r0 = 2
exit
