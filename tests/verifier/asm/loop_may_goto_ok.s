// may_goto bounds an otherwise infinite loop.
// type: socket_filter
r0 = 0
l: may_goto +1
goto l
exit
