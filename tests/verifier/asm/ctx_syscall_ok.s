// A syscall program reads its context (user memory) with a sized access.
// type: syscall
// sleepable: yes
r0 = 0
exit
