// For the CLI: a raw tracepoint program that asks for a signal (recorded by bpfkit, not sent) and returns its
// attach cookie.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("raw_tp/sys_enter")
int signal_and_cookie(void *ctx) {
  if (bpf_send_signal(10) != 0) return -1;
  return (int)bpf_get_attach_cookie(ctx);
}

char _license[] SEC("license") = "GPL";
