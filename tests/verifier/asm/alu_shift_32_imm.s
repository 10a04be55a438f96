// w0 >>= 32 by immediate: an invalid shift for 32-bit.
// type: socket_filter
w0 = 1
w0 >>= 32
exit
