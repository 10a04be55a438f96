// XDP may not call bpf_skb_store_bytes.
// type: xdp
r2 = 0
r3 = r10
r3 += -8
r4 = 4
r5 = 0
call bpf_skb_store_bytes
r0 = 2
exit
