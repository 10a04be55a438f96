// Writing through the task_struct pointer bpf_get_current_task_btf returns.
// type: kprobe
call bpf_get_current_task_btf
r1 = 0
*(u32 *)(r0 + 0) = r1
r0 = 0
exit
