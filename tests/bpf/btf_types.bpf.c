// BTF test object: one of everything clang 14 emits into .BTF and .BTF.ext, for the BTF parser tests
// (tests/unit/btf_test.cc, btf_ext_test.cc). bpftool's `btf dump` of this object is the oracle, so the shapes
// here only need to be varied, not meaningful: structs, unions, bitfields, enums (32 and 64-bit values),
// typedefs, const/volatile/restrict, arrays, function pointers, BTF-defined maps, globals in .data/.rodata/.bss,
// decl/type tags, two program sections, a global subprogram (func_info in .text) and CO-RE relocations.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

#define __tag(x) __attribute__((btf_decl_tag(x)))
#define __ttag(x) __attribute__((btf_type_tag(x)))

typedef unsigned long long btf_u64_t;
typedef int (*btf_callback_t)(void *ctx, const char *name, unsigned long len);

enum btf_color { BTF_RED = 0, BTF_GREEN = 5, BTF_BLUE = -1 };
enum btf_big : unsigned long long { BTF_BIG_SMALL = 1, BTF_BIG_HUGE = 0xfedcba9876543210ULL };

struct btf_bits {
  unsigned int a : 3;
  unsigned int b : 13;
  int c : 7;
  unsigned char d;
  unsigned long long e : 40;
};

union btf_word {
  unsigned int u;
  float f;
  unsigned char bytes[4];
};

struct btf_fwd_only;  // never defined: a FWD

struct btf_inner {
  short s;
  char name[16];
};

struct btf_record {
  int id __tag("record_id");
  const volatile unsigned short flags;
  struct btf_bits bits;
  union btf_word word;
  enum btf_color color;
  enum btf_big big;
  btf_u64_t counters[2][3];
  struct btf_inner inner;
  struct btf_fwd_only *opaque;
  btf_callback_t cb;
  int *__ttag("user") user_ptr;
  double ratio;
  union {
    int anon_i;
    long anon_l;
  };
  struct {
    char tag;
  } nested;
  char tail[0];
} __tag("record");

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 128);
  __type(key, __u32);
  __type(value, struct btf_record);
} btf_records SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 2);
  __type(key, int);
  __type(value, union btf_word);
} btf_words SEC(".maps");

int btf_data_counter = 7;
long btf_data_pair[2] = {1, 2};
const volatile int btf_rodata_limit = 42;
const char btf_rodata_msg[] = "hello";
struct btf_record btf_bss_record;
enum btf_color btf_bss_color;

int btf_global_helper(struct btf_record *restrict r, int k) __tag("global_fn");

__attribute__((noinline)) int btf_global_helper(struct btf_record *restrict r, int k) {
  if (!r) return 0;
  return r->id + k + r->bits.b;
}

__attribute__((noinline)) static int btf_static_helper(int x) { return x * 3 + btf_rodata_limit; }

struct btf_sk_buff_view {
  __u32 len;
  __u32 mark;
} __attribute__((preserve_access_index));

SEC("xdp")
int btf_xdp(struct xdp_md *ctx) {
  __u32 key = 0;
  struct btf_record *r = bpf_map_lookup_elem(&btf_records, &key);
  if (!r) return XDP_PASS;
  btf_data_counter += btf_static_helper(r->inner.s) + btf_rodata_msg[1];
  btf_bss_record.big = BTF_BIG_HUGE;
  btf_bss_color = BTF_GREEN;
  return btf_global_helper(r, btf_data_pair[1]) > 0 ? XDP_DROP : XDP_PASS;
}

SEC("tc")
int btf_tc(struct __sk_buff *skb) {
  struct btf_sk_buff_view *v = (void *)skb;
  int have_mark = bpf_core_field_exists(v->mark);
  __u32 size = bpf_core_field_size(v->len);
  int k = 0;
  union btf_word *w = bpf_map_lookup_elem(&btf_words, &k);
  if (w) w->u = BPF_CORE_READ(v, len) + size + have_mark;
  return bpf_core_type_exists(struct btf_record) + bpf_core_enum_value(enum btf_color, BTF_BLUE);
}

char LICENSE[] SEC("license") = "GPL";
