// clang 14 puts a `static const char table[]` string in .rodata.str1.1 but lists its VAR in the .rodata DATASEC at
// offset 0 with its full size, past .rodata's real size. libbpf opens and loads such an object.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

const volatile int rs_limit = 3;

SEC("syscall")
int rs_read(void *ctx) {
  static const char table[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFG";
  int i = rs_limit;
  return table[i] + table[sizeof(table) - 2];
}

char LICENSE[] SEC("license") = "GPL";
