// A loop whose condition is always true: the state at its head repeats.
// type: socket_filter
r0 = 0
l: if r0 == 0 goto l
exit
