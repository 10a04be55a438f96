// 32-bit modulo by the constant 0.
// type: socket_filter
w0 = 10
w0 %= 0
exit
