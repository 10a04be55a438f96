// A direct map-value reference past the value.
// type: socket_filter
// map: array key=4 value=16 entries=1
r1 = map[fd:0][0]+12
r0 = *(u64 *)(r1 + 0)
exit
