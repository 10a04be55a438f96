// The context passed to a static subprogram and read there.
// type: socket_filter
call f
exit
f: r0 = *(u32 *)(r1 + 0)
exit
