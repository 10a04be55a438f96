// Dereferencing a function pointer.
// type: socket_filter
r2 = func[cb]
r0 = *(u64 *)(r2 + 0)
exit
cb:
r0 = 0
exit
