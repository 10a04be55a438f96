// Division by the constant 0.
// type: socket_filter
r0 = 10
r0 /= 0
exit
