// bpf_trace_printk and bpf_snprintf: the kernel's bpf_bprintf_prepare() format rules, then the formatting.
//
// Accepted conversions (kernel/bpf/helpers.c, bpf_bprintf_prepare): "%%"; optional flags [0 +-]* and a width
// [1-9][0-9]* (no precision); then %d %i %u %x %X with an optional l or ll, %c, %s, %p, %pK %px %ps %pS %pB (the
// pointer printed), %pks %pus (strings), %pI4 %pi4 %pI6 %pi6 (an address read from the pointer). %s and %p must be
// followed by NUL, a space or punctuation. Every format byte must be printable ASCII or a space. More conversions
// than arguments, anything else, or running out of the 512-byte argument buffer give -EINVAL / -ENOSPC.
//
// Flags may repeat and widths may have any number of digits: lib/vsprintf.c reads the width with skip_atoi() into
// an int (wrapping modulo 2^32) and set_field_width() clamps it to +-FIELD_WIDTH_MAX (2^23 - 1); a negative width
// means no padding (checked against 6.18 in helpers_kernel_test). The output is counted in full (the return
// value) but only kept up to what the caller can use. Pointers
// print as their raw value: the kernel hashes %p for unprivileged readers and resolves %pS to symbols, neither of
// which has a userspace meaning.
#include <cctype>
#include <cstdio>
#include <algorithm>
#include <string>
#include <string_view>

#include "helpers/internal.h"

namespace bpfkit::helpers {
namespace {

constexpr size_t kBinArgs = 512;      // MAX_BPRINTF_BIN_ARGS
constexpr size_t kPrintkBuf = 1024;   // MAX_BPRINTF_BUF
constexpr uint32_t kSnprintfArgs = 12;  // MAX_BPRINTF_VARARGS
constexpr uint32_t kTracePrintkArgs = 3;
constexpr int64_t kFieldWidthMax = (1 << 23) - 1;  // FIELD_WIDTH_MAX (lib/vsprintf.c)

bool k_isspace(uint8_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool k_ispunct(uint8_t c) { return c < 128 && std::ispunct(c); }

// Reads a string from program memory for %s, as strncpy_from_kernel_nofault into at most room bytes: the string
// (cut to room - 1), or "" if it faults. Returns the bytes it takes in the argument buffer (length + NUL).
size_t copy_str(RunContext& ctx, uint64_t p, size_t room, std::string& out) {
  out.clear();
  for (size_t i = 0; i + 1 < room; ++i) {
    if (!readable(ctx, p + i, 1)) {
      out.clear();
      return 1;
    }
    const char c = char(*ptr(p + i));
    if (c == 0) break;
    out.push_back(c);
  }
  return out.size() + 1;
}

// The output of bstr_printf(): every byte is counted (len), the first `cap` are kept.
struct Sink {
  explicit Sink(size_t c) : cap(c) {}
  void put(std::string_view s) {
    len += s.size();
    text.append(s.substr(0, cap - std::min(cap, text.size())));
  }
  void fill(char c, uint64_t n) {
    len += n;
    text.append(size_t(std::min<uint64_t>(n, cap - std::min(cap, text.size()))), c);
  }
  size_t cap;
  uint64_t len = 0;
  std::string text;
};

// printf_spec flags (lib/vsprintf.c).
constexpr unsigned kLeft = 1, kPlus = 2, kSpace = 4, kZeroPad = 8, kSign = 16, kSmall = 32;

// number() without precision or "0x" prefix: the kernel's order of space padding, sign, zero padding, digits and
// trailing spaces, for a field width of `width` (negative: none).
void number(Sink& out, uint64_t num, unsigned flags, unsigned base, int64_t width) {
  if (flags & kLeft) flags &= ~kZeroPad;
  char sign = 0;
  if (flags & kSign) {
    if (int64_t(num) < 0) {
      sign = '-';
      num = 0 - num;
    } else if (flags & kPlus) {
      sign = '+';
    } else if (flags & kSpace) {
      sign = ' ';
    }
    if (sign != 0) --width;
  }
  char digits[24];
  int n = 0;
  const char* set = (flags & kSmall) ? "0123456789abcdef" : "0123456789ABCDEF";
  do {
    digits[n++] = set[num % base];
    num /= base;
  } while (num != 0);
  width -= n;
  const uint64_t pad = width > 0 ? uint64_t(width) : 0;
  if (!(flags & (kZeroPad | kLeft))) out.fill(' ', pad);
  if (sign != 0) out.put(std::string_view(&sign, 1));
  if (!(flags & kLeft) && (flags & kZeroPad)) out.fill('0', pad);
  while (n > 0) out.put(std::string_view(&digits[--n], 1));
  if (flags & kLeft) out.fill(' ', pad);
}

// widen_string(): a string padded with spaces to the field width, on the left unless '-'.
void padded(Sink& out, unsigned flags, int64_t width, std::string_view s) {
  const uint64_t pad = width > int64_t(s.size()) ? uint64_t(width) - s.size() : 0;
  if (!(flags & kLeft)) out.fill(' ', pad);
  out.put(s);
  if (flags & kLeft) out.fill(' ', pad);
}

// bpf_bprintf_prepare + bstr_printf: formats fmt (fmt_size bytes at most, must hold a NUL) with args into out.
// Returns 0 or -errno.
long bprintf(RunContext& ctx, const std::string& fmt_in, const uint64_t* args, uint32_t num_args, Sink& out) {
  const size_t nul = fmt_in.find('\0');
  if (nul == std::string::npos) return -EINVAL;
  const std::string fmt = fmt_in.substr(0, nul);
  const auto at = [&](size_t i) -> uint8_t { return i < fmt.size() ? uint8_t(fmt[i]) : 0; };
  size_t used = 0;  // bytes of the binary argument buffer taken so far
  uint32_t num_spec = 0;
  for (size_t i = 0; i < fmt.size(); ++i) {
    const uint8_t c = at(i);
    if ((!std::isprint(c) && !k_isspace(c)) || c >= 128) return -EINVAL;
    if (c != '%') {
      out.put(std::string_view(&fmt[i], 1));
      continue;
    }
    if (at(i + 1) == '%') {
      out.put("%");
      ++i;
      continue;
    }
    if (num_spec >= num_args) return -EINVAL;
    ++i;
    unsigned flags = 0;
    for (;; ++i) {
      const uint8_t f = at(i);
      if (f == '0') flags |= kZeroPad;
      else if (f == '+') flags |= kPlus;
      else if (f == '-') flags |= kLeft;
      else if (f == ' ') flags |= kSpace;
      else break;
    }
    int64_t w = -1;  // field_width: -1 when absent
    if (at(i) >= '1' && at(i) <= '9') {
      uint32_t acc = 0;  // skip_atoi() into an int: wraps
      while (at(i) >= '0' && at(i) <= '9') acc = acc * 10 + uint32_t(at(i++) - '0');
      w = std::clamp<int64_t>(int32_t(acc), -kFieldWidthMax, kFieldWidthMax);  // set_field_width()
    }
    const uint64_t arg = args[num_spec];
    used = (used + 3) & ~size_t(3);
    char ptype = 0;
    if (at(i) == 'p') {
      const uint8_t n1 = at(i + 1), n2 = at(i + 2);
      if (n1 == 0 || k_isspace(n1) || k_ispunct(n1) || n1 == 'K' || n1 == 'x' || n1 == 's' || n1 == 'S' ||
          n1 == 'B') {
        if (!(n1 == 0 || k_isspace(n1) || k_ispunct(n1))) ++i;
        if (kBinArgs - used < 8) return -ENOSPC;
        used += 8;
        if (n1 == 's' || n1 == 'S' || n1 == 'B') {
          char buf[32];
          std::snprintf(buf, sizeof buf, "0x%llx", (unsigned long long)arg);
          padded(out, flags, w, buf);
        } else if (w == -1) {  // pointer_string(): 16 zero-padded digits by default
          number(out, arg, flags | kSmall | kZeroPad, 16, 16);
        } else {
          number(out, arg, flags | kSmall, 16, w);
        }
        ++num_spec;
        continue;
      }
      if ((n1 == 'k' || n1 == 'u') && n2 == 's') {
        ptype = char(n1);
        i += 2;
      } else {
        if ((n1 != 'i' && n1 != 'I') || (n2 != '4' && n2 != '6')) return -EINVAL;
        i += 2;
        const size_t len = n2 == '4' ? 4 : 16;
        if (kBinArgs - used < len) return -ENOSPC;
        used += len;
        uint8_t ip[16] = {};
        if (readable(ctx, arg, len)) std::memcpy(ip, ptr(arg), len);  // a fault prints zeros
        char buf[64];
        std::string s;
        if (len == 4) {
          std::snprintf(buf, sizeof buf, n1 == 'I' ? "%u.%u.%u.%u" : "%03u.%03u.%03u.%03u", ip[0], ip[1], ip[2],
                        ip[3]);
          s = buf;
        } else {
          for (int g = 0; g < 8; ++g) {
            if (n1 == 'I' && g > 0) s.push_back(':');
            std::snprintf(buf, sizeof buf, "%02x%02x", ip[2 * g], ip[2 * g + 1]);
            s += buf;
          }
        }
        padded(out, flags, w, s);
        ++num_spec;
        continue;
      }
    } else if (at(i) == 's') {
      ptype = 's';
    }
    if (ptype != 0) {
      const uint8_t next = at(i + 1);
      if (next != 0 && !k_isspace(next) && !k_ispunct(next)) return -EINVAL;
      if (used == kBinArgs) return -ENOSPC;
      std::string s;
      used += copy_str(ctx, arg, kBinArgs - used, s);
      padded(out, flags, w, s);
      ++num_spec;
      continue;
    }
    if (at(i) == 'c') {
      if (kBinArgs - used < 1) return -ENOSPC;
      used += 1;
      const char ch = char(uint8_t(arg));
      padded(out, flags, w, std::string_view(&ch, 1));
      ++num_spec;
      continue;
    }
    size_t size = 4;
    if (at(i) == 'l') { size = 8; ++i; }
    if (at(i) == 'l') { size = 8; ++i; }
    const uint8_t conv = at(i);
    if (conv != 'i' && conv != 'd' && conv != 'u' && conv != 'x' && conv != 'X') return -EINVAL;
    if (kBinArgs - used < size) return -ENOSPC;
    used += size;
    const bool is_signed = conv == 'd' || conv == 'i';
    uint64_t v = arg;
    if (size == 4) v = is_signed ? uint64_t(int64_t(int32_t(uint32_t(arg)))) : uint32_t(arg);
    const unsigned base = conv == 'x' || conv == 'X' ? 16 : 10;
    number(out, v, flags | (is_signed ? kSign : 0) | (conv == 'x' ? kSmall : 0), base, w);
    ++num_spec;
  }
  return 0;
}

}  // namespace

namespace {

// bpf_trace_printk(fmt, fmt_size, a1, a2, a3): returns the formatted length (as bstr_printf counts it into its
// 1024-byte buffer) and sends the text, cut to 1023 bytes, to the trace sink.
uint64_t trace_printk(RunContext& ctx, uint64_t fmt, uint64_t fmt_size, uint64_t a1, uint64_t a2, uint64_t a3) {
  HelperEnv* env = env_of(ctx);
  const uint32_t n = uint32_t(fmt_size);
  if (env == nullptr || !need_read(ctx, fmt, n, "R1 (fmt)")) return 0;
  const std::string f(ptr<const char>(fmt), n);
  const uint64_t args[3] = {a1, a2, a3};
  Sink out(kPrintkBuf - 1);
  const long ret = bprintf(ctx, f, args, kTracePrintkArgs, out);
  if (ret < 0) return uint64_t(int64_t(ret));
  if (env->config().trace_sink) env->config().trace_sink(out.text);
  return uint64_t(int64_t(int32_t(uint32_t(out.len))));  // bstr_printf's int result
}

// bpf_trace_vprintk(fmt, fmt_size, data, data_len): bpf_trace_printk with up to MAX_BPRINTF_VARARGS (12) u64
// arguments in memory; data_len must be a multiple of 8, at most 96, and come with data.
uint64_t trace_vprintk(RunContext& ctx, uint64_t fmt, uint64_t fmt_size, uint64_t data, uint64_t data_len,
                       uint64_t) {
  HelperEnv* env = env_of(ctx);
  const uint32_t n = uint32_t(fmt_size), dlen = uint32_t(data_len);
  if (env == nullptr || !need_read(ctx, fmt, n, "R1 (fmt)")) return 0;
  if (dlen % 8 != 0 || dlen > kSnprintfArgs * 8 || (dlen != 0 && data == 0)) return err(EINVAL);
  if (!need_read(ctx, data, dlen, "R3 (data)")) return 0;
  uint64_t args[kSnprintfArgs] = {};
  if (dlen != 0) std::memcpy(args, ptr(data), dlen);
  const std::string f(ptr<const char>(fmt), n);
  Sink out(kPrintkBuf - 1);
  const long ret = bprintf(ctx, f, args, dlen / 8, out);
  if (ret < 0) return uint64_t(int64_t(ret));
  if (env->config().trace_sink) env->config().trace_sink(out.text);
  return uint64_t(int64_t(int32_t(uint32_t(out.len))));
}

// bpf_snprintf(str, str_size, fmt, data, data_len): returns the full length including the NUL; str gets at most
// str_size - 1 bytes and a NUL (nothing when str_size is 0).
uint64_t snprintf_helper(RunContext& ctx, uint64_t str, uint64_t str_size, uint64_t fmt, uint64_t data,
                         uint64_t data_len) {
  const uint32_t size = uint32_t(str_size), dlen = uint32_t(data_len);
  if (!need_write(ctx, str, size, "R1 (str)")) return 0;
  // The format is a constant NUL-terminated string (ARG_PTR_TO_CONST_STR).
  std::string f;
  for (uint64_t p = fmt;; ++p) {
    if (!need_read(ctx, p, 1, "R3 (fmt)")) return 0;
    f.push_back(char(*ptr(p)));
    if (f.back() == 0) break;
  }
  if (dlen % 8 != 0 || dlen > kSnprintfArgs * 8 || (dlen != 0 && data == 0)) return err(EINVAL);
  if (!need_read(ctx, data, dlen, "R4 (data)")) return 0;
  uint64_t args[kSnprintfArgs] = {};
  if (dlen != 0) std::memcpy(args, ptr(data), dlen);
  Sink out(size > 0 ? size - 1 : 0);
  const long ret = bprintf(ctx, f, args, dlen / 8, out);
  if (ret < 0) return uint64_t(int64_t(ret));
  if (size > 0) {
    if (!out.text.empty()) std::memcpy(ptr(str), out.text.data(), out.text.size());
    ptr(str)[out.text.size()] = 0;
  }
  return uint64_t(int64_t(int32_t(uint32_t(out.len) + 1)));  // bstr_printf's int result + 1
}

}  // namespace

void add_printk_helpers(HelperTable& t) {
  t.set(6, trace_printk, "bpf_trace_printk");
  t.set(165, snprintf_helper, "bpf_snprintf");
  t.set(177, trace_vprintk, "bpf_trace_vprintk");
}

}  // namespace bpfkit::helpers
