// bpf_map_peek_elem on a bloom filter looks for the value it is given: it reads that memory (resolve_map_arg_type
// makes the argument a plain map value), where on a queue or stack it writes it. The slot is read, not written:
// the level-2 log shows nothing touched by the call but R0.
// type: socket_filter
// map: bloom_filter key=0 value=4 entries=16
r1 = 7
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = map[fd:0]
call bpf_map_peek_elem
r0 = 0
exit
