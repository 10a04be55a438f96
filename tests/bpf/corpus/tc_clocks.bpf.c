// Clocks in a tc program (a packet timestamper checks its clocks before trusting them), compared through facts
// rather than raw values, since the two runners read them at different moments: monotonic time moves forward,
// boot time is never behind it, the coarse clock lags by at most a few ticks, jiffies move forward, and every
// clock is within a few seconds after what userspace read just before (put into `cfg` by the case). Each fact
// is one bit of the result, so a runner returning zeros or garbage fails.
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

#define SEC_NS 1000000000ULL

struct cfg {
  __u64 user_mono;  // CLOCK_MONOTONIC read by userspace right before the run
  __u64 user_boot;  // CLOCK_BOOTTIME
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct cfg);
} cfg SEC(".maps");

struct result {
  __u64 facts;
  __u64 checked;
  __u64 runs;
};

struct result result;  // .bss

SEC("tc")
int clocks(struct __sk_buff *skb) {
  __u32 zero = 0;
  struct cfg *c = bpf_map_lookup_elem(&cfg, &zero);
  if (!c) return TC_ACT_SHOT;
  __u64 f = 0, n = 0;
#define FACT(cond)            \
  do {                        \
    if (cond) f |= 1ULL << n; \
    n++;                      \
  } while (0)
  __u64 t1 = bpf_ktime_get_ns();
  __u64 b1 = bpf_ktime_get_boot_ns();
  __u64 c1 = bpf_ktime_get_coarse_ns();
  __u64 j1 = bpf_jiffies64();
  __u64 t2 = bpf_ktime_get_ns();
  __u64 b2 = bpf_ktime_get_boot_ns();
  __u64 j2 = bpf_jiffies64();
  FACT(t1 != 0);
  FACT(t2 >= t1);
  FACT(t2 - t1 < SEC_NS);        // two reads a few instructions apart
  FACT(b1 >= t1);                // boot time includes suspend: never behind
  FACT(b2 >= b1);
  FACT(c1 <= t2);                // coarse lags, never leads
  FACT(c1 + SEC_NS / 10 >= t1);  // ...by far less than 100 ms
  FACT(j1 != 0);
  FACT(j2 >= j1);
  FACT(j2 - j1 <= 1);
  FACT(t1 >= c->user_mono);      // the kernel's clock is the one userspace reads
  FACT(t1 - c->user_mono < 5 * SEC_NS);
  FACT(b1 >= c->user_boot);
  FACT(b1 - c->user_boot < 5 * SEC_NS);
  FACT(c1 + SEC_NS / 10 >= c->user_mono);
  result.facts = f;
  result.checked = n;
  result.runs++;
  return f == (1ULL << n) - 1 ? TC_ACT_OK : TC_ACT_SHOT;
}

char LICENSE[] SEC("license") = "GPL";
