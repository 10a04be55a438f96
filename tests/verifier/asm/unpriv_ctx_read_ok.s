// An unprivileged socket filter reading skb->len.
// type: socket_filter
// privileged: no
// unprivileged-kernel: accept
r0 = *(u32 *)(r1 + 0)
exit
