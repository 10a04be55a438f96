// A program without a GPL-compatible license calling a GPL-only helper, and one calling only non-GPL helpers.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("kprobe/do_nanosleep")
int c_nongpl_printk(void *ctx) {
  char fmt[] = "hi\n";
  bpf_trace_printk(fmt, sizeof(fmt));
  return 0;
}

SEC("kprobe/do_nanosleep")
int c_nongpl_ktime_ok(void *ctx) {
  return bpf_ktime_get_ns() & 1;
}

char LICENSE[] SEC("license") = "Proprietary";
