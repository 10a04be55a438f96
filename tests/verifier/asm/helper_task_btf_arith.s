// A variable offset added to a task_struct pointer.
// type: kprobe
r6 = *(u64 *)(r1 + 0)
call bpf_get_current_task_btf
r0 += r6
r0 = *(u32 *)(r0 + 0)
r0 = 0
exit
