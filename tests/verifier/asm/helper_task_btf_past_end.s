// A read far past struct task_struct.
// type: kprobe
call bpf_get_current_task_btf
r0 = *(u32 *)(r0 + 32760)
r0 = 0
exit
