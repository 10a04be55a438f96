// A map reference to a map that does not exist.
// type: socket_filter
r1 = map[fd:7]
r0 = 0
exit
