// The program falls off its end without exit.
// type: socket_filter
r0 = 0
r0 += 1
