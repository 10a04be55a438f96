// Root may return a pointer from a socket filter.
// type: socket_filter
r0 = r10
exit
