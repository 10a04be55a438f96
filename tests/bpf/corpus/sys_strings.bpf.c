// String helpers: bpf_snprintf (every conversion it accepts, truncation, and its return value, which counts the
// untruncated length plus the NUL), bpf_strncmp against constant strings (it returns -1/0/1 in the kernel's
// strncmp style), and bpf_trace_printk, whose return value (the number of bytes written, or -EINVAL for an
// unsupported format) is compared; the trace pipe itself is not.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct args {
  char word[16];     // in: a NUL-terminated word
  __s64 num;         // in
  char out[64];      // out: snprintf result
  char small[8];     // out: a truncated snprintf
  char ip[16];       // out: %pI4
  __s64 rets[12];    // out
};

SEC("syscall")
int strings(struct args *a) {
  // Helpers take stack or map memory, not the context: work on copies. bpf_snprintf writes only the string and
  // its NUL, so the buffers start zeroed (uninitialised stack would leak whatever the kernel had there).
  char word[16], out[64] = {}, small[8] = {};
  __builtin_memcpy(word, a->word, sizeof(word));
  __u64 data[6];
  data[0] = a->num;
  data[1] = (__u64)a->num;
  data[2] = (__u64)(long)word;  // %s reads a string from a pointer
  data[3] = 0xbeef;
  data[4] = 'Z';
  data[5] = (__u64)-1;
  a->rets[0] = bpf_snprintf(out, sizeof(out), "%lld|%llu|%s|%llx|%c|%u", data, sizeof(data));
  a->rets[1] = bpf_snprintf(small, sizeof(small), "%s-%s", data + 2, 2 * 8);  // truncated to 7 + NUL
  __u64 pct[1] = {42};
  char tmp[16];
  a->rets[2] = bpf_snprintf(tmp, sizeof(tmp), "100%% %05d", pct, sizeof(pct));
  // Pointer formats read through the pointer: %pI4 prints an IPv4 address.
  __u8 addr[4] = {192, 0, 2, (__u8)a->num};
  __u64 ptr[1] = {(__u64)(long)addr};
  char ipbuf[16] = {};
  a->rets[3] = bpf_snprintf(ipbuf, sizeof(ipbuf), "%pI4", ptr, sizeof(ptr));
  __builtin_memcpy(a->ip, ipbuf, sizeof(ipbuf));
  __builtin_memcpy(a->out, out, sizeof(out));
  __builtin_memcpy(a->small, small, sizeof(small));

  a->rets[4] = bpf_strncmp(word, sizeof(word), "hello");
  a->rets[5] = bpf_strncmp(word, 3, "hello");  // only 3 bytes compared
  a->rets[6] = bpf_strncmp(word, sizeof(word), "zzz");
  a->rets[7] = bpf_strncmp(word, sizeof(word), "");

  a->rets[8] = bpf_printk("corpus: %d %s", (int)a->num, word);
  a->rets[9] = bpf_printk("no args");
  static const char bad[] = "bad %q";
  a->rets[10] = bpf_trace_printk(bad, sizeof(bad), 1);
  a->rets[11] = bpf_printk("%lx %llu %x", 255UL, 7ULL, 16);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
