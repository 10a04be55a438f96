// store_release into a writable __sk_buff field (mark): the access is fine, the pointer type is not.
// type: sched_cls
// raw 1: 0xc3 1 2 8 0x110
r2 = 1
r0 = 0
r0 = 0
exit
