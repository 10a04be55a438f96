// bpf_probe_read{,_user,_kernel}{,_str} and bpf_strncmp.
//
// The kernel keeps two address spaces apart, and so do we:
//   - kernel memory is what the runtime knows (registered regions and the active stacks). The _kernel variants
//     copy from it; an address below TASK_SIZE_MAX + PAGE_SIZE (or non-canonical) is refused with -ERANGE, as
//     x86-64's copy_from_kernel_nofault_allowed() refuses user addresses; any other unknown address faults.
//   - user memory is the current task's (HelperConfig::read_user_memory, by default this host process). The _user
//     variants refuse kernel memory with -EFAULT, as access_ok() does.
//   - the legacy bpf_probe_read(_str) pick the space by address (x86-64 has non-overlapping address spaces): kernel
//     memory the runtime knows stays kernel memory, whatever host address it happens to live at.
// Every failure zeroes the whole destination, as bpf_probe_read_*_common do. The destination itself is checked
// like any helper argument (the verifier's job).
#include <sys/uio.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

#include "helpers/internal.h"

namespace bpfkit::helpers {
namespace {

// x86-64 with 4-level page tables.
constexpr uint64_t kPageSize = 4096;
constexpr uint64_t kTaskSizeMax = (uint64_t(1) << 47) - kPageSize;

bool canonical(uint64_t addr) { return int64_t(addr << 16) >> 16 == int64_t(addr); }

bool read_own_memory(uint64_t addr, void* dst, size_t n) {
  iovec local{dst, n};
  iovec remote{reinterpret_cast<void*>(static_cast<uintptr_t>(addr)), n};
  return process_vm_readv(getpid(), &local, 1, &remote, 1, 0) == ssize_t(n);
}

// Copies user memory page by page (a page is mapped or not as a whole); false if any byte is unmapped.
bool read_user(RunContext& ctx, uint64_t addr, uint8_t* dst, uint64_t n) {
  if (n == 0) return true;
  if (addr >= kTaskSizeMax || kTaskSizeMax - addr < n || touches_known_memory(ctx, addr, n)) return false;
  HelperEnv* env = HelperEnv::from(ctx);
  const auto& reader = env != nullptr ? env->config().read_user_memory : nullptr;
  while (n > 0) {
    const uint64_t chunk = std::min(n, kPageSize - addr % kPageSize);
    if (!(reader ? reader(addr, dst, chunk) : read_own_memory(addr, dst, chunk))) return false;
    addr += chunk;
    dst += chunk;
    n -= chunk;
  }
  return true;
}

// copy_from_kernel_nofault(): 0, -ERANGE or -EFAULT.
int kernel_access(RunContext& ctx, uint64_t addr, uint64_t n) {
  if (addr >= kTaskSizeMax + kPageSize && canonical(addr))
    return n == 0 ? 0 : -EFAULT;  // a kernel address nothing of ours lives at: unmapped
  // A host address of memory the runtime knows is a kernel address in our model; any other is a user address.
  if (!touches_known_memory(ctx, addr, 1)) return -ERANGE;
  return readable(ctx, addr, n) ? 0 : -EFAULT;
}

bool is_kernel_pointer(RunContext& ctx, uint64_t addr) {
  return addr >= kTaskSizeMax || touches_known_memory(ctx, addr, 1);
}

uint64_t read_kernel(RunContext& ctx, uint64_t dst, uint32_t n, uint64_t src) {
  const int rc = kernel_access(ctx, src, n);
  if (rc != 0) {
    if (n != 0) std::memset(ptr(dst), 0, n);
    return uint64_t(int64_t(rc));
  }
  if (n != 0) std::memmove(ptr(dst), ptr(src), n);  // n == 0 may come with NULL pointers
  return 0;
}

uint64_t read_user_bytes(RunContext& ctx, uint64_t dst, uint32_t n, uint64_t src) {
  if (!read_user(ctx, src, ptr(dst), n)) {
    if (n != 0) std::memset(ptr(dst), 0, n);
    return err(EFAULT);
  }
  return 0;
}

// strncpy_from_kernel_nofault(): byte by byte up to and including the NUL, at most n bytes; a string that does not
// fit is cut to n - 1 bytes plus a NUL and n is returned, otherwise the length with the NUL. Bytes after the NUL are
// left as they were.
uint64_t read_kernel_str(RunContext& ctx, uint64_t dst, uint32_t n, uint64_t src) {
  uint8_t* out = ptr(dst);
  if (const int rc = kernel_access(ctx, src, 1); rc != 0) {
    std::memset(out, 0, n);
    return uint64_t(int64_t(rc));
  }
  for (uint32_t i = 0; i < n; ++i) {
    if (!readable(ctx, src + i, 1)) {
      std::memset(out, 0, n);
      return err(EFAULT);
    }
    out[i] = *ptr(src + i);
    if (out[i] == 0) return i + 1;
  }
  out[n - 1] = 0;
  return n;
}

// strncpy_from_user_nofault(): the same results, but x86-64's do_strncpy_from_user() copies a word at a time while
// 8 bytes remain, and the word holding the NUL is stored whole with the bytes after the NUL cleared. A word that
// would fault falls back to bytes, which store nothing past the NUL.
//
// The source is read a page at a time through a page-sized bounce buffer, so a size of 4 GiB costs no more memory
// than a short one, and the copy stops at the NUL.
uint64_t read_user_str(RunContext& ctx, uint64_t dst, uint32_t n, uint64_t src) {
  uint8_t* out = ptr(dst);
  const uint64_t max = src < kTaskSizeMax ? std::min<uint64_t>(n, kTaskSizeMax - src) : 0;
  uint8_t page[kPageSize];
  // The readable length of [at, at + want) (want <= one page's worth starting at `at`), copied into page[].
  auto read_piece = [&](uint64_t at, uint64_t want) -> uint64_t {
    if (read_user(ctx, at, page, want)) return want;
    // Host pages are mapped whole, but a configured reader may stop anywhere: find the readable prefix.
    uint64_t got = 0;
    while (got < want && read_user(ctx, at + got, page + got, 1)) ++got;
    return got;
  };
  uint64_t done = 0;  // bytes of [src, src + max) copied to out, none of them a NUL
  while (done < max) {
    const uint64_t want = std::min(max - done, kPageSize - (src + done) % kPageSize);
    const uint64_t got = read_piece(src + done, want);
    const uint8_t* nul = std::find(page, page + got, uint8_t(0));
    if (nul != page + got) {
      const uint64_t len = done + uint64_t(nul - page);
      std::memcpy(out + done, page, len + 1 - done);
      // The word holding the NUL is stored whole (NUL-padded) if all 8 of its bytes were in reach.
      const uint64_t word_end = len / 8 * 8 + 8;
      if (word_end <= max) {
        uint64_t readable_to = done + got;
        if (readable_to < word_end && got == want) readable_to += read_piece(src + readable_to, word_end - readable_to);
        if (readable_to >= word_end) std::memset(out + len + 1, 0, word_end - len - 1);
      }
      return len + 1;
    }
    std::memcpy(out + done, page, got);
    done += got;
    if (got < want) break;  // faulted before a NUL
  }
  if (done < n) {  // faulted (or hit TASK_SIZE_MAX) before a NUL and before n bytes
    std::memset(out, 0, n);
    return err(EFAULT);
  }
  out[n - 1] = 0;  // no NUL in n bytes: truncated
  return n;
}

// Legacy bpf_probe_read(_str): the side by address.
uint64_t read_compat(RunContext& ctx, uint64_t dst, uint32_t n, uint64_t src) {
  return is_kernel_pointer(ctx, src) ? read_kernel(ctx, dst, n, src) : read_user_bytes(ctx, dst, n, src);
}

uint64_t read_compat_str(RunContext& ctx, uint64_t dst, uint32_t n, uint64_t src) {
  return is_kernel_pointer(ctx, src) ? read_kernel_str(ctx, dst, n, src) : read_user_str(ctx, dst, n, src);
}

using ProbeRead = uint64_t (*)(RunContext& ctx, uint64_t dst, uint32_t n, uint64_t src);

// Each probe helper: the destination is checked like any helper argument, and the _str forms copy nothing for a
// size of 0 (strncpy_from_*_nofault's count <= 0), while the byte forms still check the source address.
template <ProbeRead read, bool kString>
uint64_t probe_helper(RunContext& ctx, uint64_t dst, uint64_t size, uint64_t src, uint64_t, uint64_t) {
  const uint32_t n = uint32_t(size);
  if (!need_write(ctx, dst, n, "R1 (dst)")) return 0;
  if (kString && n == 0) return 0;
  return read(ctx, dst, n, src);
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
  t.set(4, probe_helper<read_compat, false>, "bpf_probe_read");
  t.set(45, probe_helper<read_compat_str, true>, "bpf_probe_read_str");
  t.set(112, probe_helper<read_user_bytes, false>, "bpf_probe_read_user");
  t.set(113, probe_helper<read_kernel, false>, "bpf_probe_read_kernel");
  t.set(114, probe_helper<read_user_str, true>, "bpf_probe_read_user_str");
  t.set(115, probe_helper<read_kernel_str, true>, "bpf_probe_read_kernel_str");
  t.set(182, strncmp_helper, "bpf_strncmp");
}

}  // namespace bpfkit::helpers
