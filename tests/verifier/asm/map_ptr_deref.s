// Dereferencing a map pointer (CONST_PTR_TO_MAP).
// type: socket_filter
// map: array key=4 value=16 entries=1
r1 = map[fd:0]
r0 = *(u64 *)(r1 + 0)
r0 = 0
exit
