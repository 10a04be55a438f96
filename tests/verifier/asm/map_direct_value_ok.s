// A direct map-value reference (BPF_PSEUDO_MAP_VALUE) into an array.
// type: socket_filter
// map: array key=4 value=16 entries=1
r1 = map[fd:0][0]+8
r0 = *(u64 *)(r1 + 0)
exit
