// bpf_get_prandom_u32 returns a number; dereferencing it fails.
// type: socket_filter
call bpf_get_prandom_u32
r0 = *(u8 *)(r0 + 0)
exit
