// Reading a register nothing wrote.
// type: socket_filter
r0 = r2
exit
