// bpf_skb_load_bytes needs the context in R1.
// type: sched_cls
r1 = r10
r2 = 0
r3 = r10
r3 += -8
r4 = 4
call bpf_skb_load_bytes
r0 = 0
exit
