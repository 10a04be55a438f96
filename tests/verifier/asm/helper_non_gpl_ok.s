// A helper that is not GPL-only (bpf_ktime_get_ns) from a non-GPL program.
// type: kprobe
// license: Proprietary
call bpf_ktime_get_ns
r0 = 0
exit
