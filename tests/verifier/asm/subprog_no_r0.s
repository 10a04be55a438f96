// A subprogram that exits without setting R0.
// type: socket_filter
call f
exit
f: exit
