// Arithmetic on a map pointer.
// type: socket_filter
// map: array key=4 value=16 entries=1
r1 = map[fd:0]
r1 += 8
r0 = 0
exit
