// BTF-typed map values for `run --map` / `--map-in`: a struct key, and a value with a signed int, an enum,
// bitfields, a char array, an anonymous union, an array of structs, a bool and an s64; global data with a
// negative short and a string. mapin_typed_noop only exists so the object has a program to run.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

enum color { RED = 1, GREEN = 2, BLUE = 4 };

struct flow_key {
  __u32 addr;
  __u16 port;
  __u8 proto;
  __u8 pad;
};

struct typed_value {
  __s32 delta;
  enum color color;
  __u8 flags : 3;
  __u8 level : 5;
  char name[8];
  union {
    __u32 as_u32;
    __u8 bytes[4];
  };
  struct {
    __u16 lo, hi;
  } pair[2];
  _Bool on;
  __s64 big;
};

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 8);
  __type(key, struct flow_key);
  __type(value, struct typed_value);
} typed SEC(".maps");

__s16 offset = -3;
char label[6] = "abc";

SEC("xdp")
int mapin_typed_noop(struct xdp_md *ctx) { return XDP_PASS; }

char LICENSE[] SEC("license") = "GPL";
