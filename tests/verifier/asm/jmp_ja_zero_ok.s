// goto +0 is a no-op.
// type: socket_filter
r0 = 0
goto +0
exit
