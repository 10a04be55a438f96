// The context as ARG_PTR_TO_CTX of bpf_get_stackid's first argument... here bpf_skb_load_bytes.
// type: sched_cls
r2 = 0
r3 = r10
r3 += -8
r4 = 4
call 26
r0 = 0
exit
