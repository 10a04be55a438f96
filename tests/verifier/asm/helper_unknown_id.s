// A helper id past the last one.
// type: socket_filter
call 999
r0 = 0
exit
