// Maps of maps, as per-tenant tables are built: an array of maps (tenant id -> that tenant's counter array) and a
// hash of maps (name hash -> a per-service hash), both with initial inner maps set by the loader (__array
// values). The program looks up the outer map, then the inner one, and updates inner values; an empty outer slot
// gives NULL. Which inner map sits in which slot is compared by name, and the inner maps' contents as maps.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct counters {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __u64);
};

struct counters tenant_a SEC(".maps"), tenant_b SEC(".maps"), tenant_c SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS);
  __uint(max_entries, 4);
  __type(key, __u32);
  __array(values, struct counters);
} tenants SEC(".maps") = {
    .values = {[0] = &tenant_a, [2] = &tenant_b},
};

struct svc {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 8);
  __type(key, __u32);
  __type(value, __u32);
};

struct svc svc_dns SEC(".maps"), svc_web SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_HASH_OF_MAPS);
  __uint(max_entries, 4);
  __type(key, __u32);
  __array(values, struct svc);
} services SEC(".maps") = {
    .values = {[53] = &svc_dns, [80] = &svc_web},
};

struct args {
  __u32 tenant;
  __u32 counter;
  __u32 service;
  __u32 client;
  __s64 rc[4];
};

SEC("syscall")
int route(struct args *a) {
  __u32 t = a->tenant;
  void *inner = bpf_map_lookup_elem(&tenants, &t);
  a->rc[0] = inner != 0;
  if (inner) {
    __u32 c = a->counter;
    __u64 *v = bpf_map_lookup_elem(inner, &c);
    a->rc[1] = v != 0;
    if (v) *v += 1 + t;
  }
  __u32 s = a->service;
  void *svc = bpf_map_lookup_elem(&services, &s);
  a->rc[2] = svc != 0;
  if (svc) {
    __u32 client = a->client;
    __u32 *hits = bpf_map_lookup_elem(svc, &client);
    if (hits) {
      (*hits)++;
      a->rc[3] = *hits;
    } else {
      __u32 one = 1;
      a->rc[3] = bpf_map_update_elem(svc, &client, &one, BPF_NOEXIST);
    }
  }
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
