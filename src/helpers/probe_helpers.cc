// bpf_probe_read{,_user,_kernel}{,_str} and bpf_strncmp.
//
// Probe helpers read "arbitrary" memory. Here that means memory the runtime knows (registered regions, the
// program's stack): anything else behaves as a faulting address does in the kernel, -EFAULT with the whole
// destination zeroed. The destination itself is checked like any helper argument (the verifier's job).
#include "helpers/internal.h"

namespace bpfkit::helpers {
namespace {

// bpf_probe_read_{kernel,user}_common: copy, or zero dst and -EFAULT.
uint64_t probe_read(RunContext& ctx, uint64_t dst, uint64_t size, uint64_t src, uint64_t, uint64_t) {
  const uint32_t n = uint32_t(size);
  if (!need_write(ctx, dst, n, "R1 (dst)")) return 0;
  if (!readable(ctx, src, n)) {
    std::memset(ptr(dst), 0, n);
    return err(EFAULT);
  }
  std::memmove(ptr(dst), ptr(src), n);
  return 0;
}

// strncpy_from_{kernel,user}_nofault as the _str helpers use them: copies up to and including the NUL, at most
// size bytes; a string that does not fit is cut to size - 1 bytes plus a NUL and size is returned; otherwise the
// length including the NUL. Bytes after the NUL are left as they were (no padding). A fault anywhere (even after
// some bytes were copied) zeroes the whole destination and returns -EFAULT.
uint64_t probe_read_str(RunContext& ctx, uint64_t dst, uint64_t size, uint64_t src, uint64_t, uint64_t) {
  const uint32_t n = uint32_t(size);
  if (!need_write(ctx, dst, n, "R1 (dst)")) return 0;
  if (n == 0) return 0;
  uint8_t* out = ptr(dst);
  for (uint32_t i = 0; i < n; ++i) {
    if (!readable(ctx, src + i, 1)) {
      std::memset(out, 0, n);
      return err(EFAULT);
    }
    const uint8_t c = *ptr(src + i);
    out[i] = c;
    if (c == 0) return i + 1;
  }
  out[n - 1] = 0;
  return n;
}

// bpf_strncmp(s1, s1_sz, s2): the kernel's strncmp, which returns -1, 0 or 1 (not the byte difference). s2 is a
// NUL-terminated constant string.
uint64_t strncmp_helper(RunContext& ctx, uint64_t s1, uint64_t s1_sz, uint64_t s2, uint64_t, uint64_t) {
  const uint32_t n = uint32_t(s1_sz);
  if (!need_read(ctx, s1, n, "R1 (s1)")) return 0;
  for (uint32_t i = 0; i < n; ++i) {
    if (!need_read(ctx, s2 + i, 1, "R3 (s2)")) return 0;
    const uint8_t c1 = *ptr(s1 + i), c2 = *ptr(s2 + i);
    if (c1 != c2) return c1 < c2 ? uint64_t(-1) : 1;
    if (c1 == 0) break;
  }
  return 0;
}

}  // namespace

void add_probe_helpers(HelperTable& t) {
  t.set(4, probe_read, "bpf_probe_read");
  t.set(45, probe_read_str, "bpf_probe_read_str");
  t.set(112, probe_read, "bpf_probe_read_user");
  t.set(113, probe_read, "bpf_probe_read_kernel");
  t.set(114, probe_read_str, "bpf_probe_read_user_str");
  t.set(115, probe_read_str, "bpf_probe_read_kernel_str");
  t.set(182, strncmp_helper, "bpf_strncmp");
}

}  // namespace bpfkit::helpers
