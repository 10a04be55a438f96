// Helpers against the running kernel: the same program (data on the stack, one helper call, exit with R0) is run
// by bpfkit and by the kernel (SCHED_CLS, BPF_PROG_TEST_RUN), and the low 32 bits of R0 (the test-run retval)
// must agree. Skipped without bpf().
#include <gtest/gtest.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include "bpfkit/helpers.h"
#include "support/kernel_refusal.h"
#include "support/kernel_runner.h"

#ifdef BPFKIT_HAVE_LIBBPF
#include <bpf/bpf.h>
#include <unistd.h>
#endif

namespace {

namespace bk = bpfkit;
using Prog = std::vector<bk::Insn>;

void st_b(Prog& p, int16_t off, uint8_t b) { p.push_back({0x72, 10, 0, off, int32_t(b)}); }
void st_w(Prog& p, int16_t off, uint32_t w) { p.push_back({0x62, 10, 0, off, int32_t(w)}); }
void mov(Prog& p, uint8_t r, int32_t imm) { p.push_back({0xb7, r, 0, 0, imm}); }
void stack_ptr(Prog& p, uint8_t r, int16_t off) {
  p.push_back({0xbf, r, 10, 0, 0});
  p.push_back({0x07, r, 0, 0, off});
}
void call_exit(Prog& p, int32_t id) {
  p.push_back({0x85, 0, 0, 0, id});
  p.push_back({0x95, 0, 0, 0, 0});
}

uint32_t run_bpfkit(const Prog& prog) {
  bk::HelperTable table = bk::standard_helpers();
  auto p = bk::Program::load(prog, &table);
  EXPECT_TRUE(p) << p.error().to_string();
  if (!p) return 0;
  bk::HelperEnv env;
  bk::RunContext ctx;
  env.prepare(ctx);
  auto r = p->run(ctx);
  EXPECT_TRUE(r) << r.error().to_string();
  return r ? uint32_t(*r) : 0;
}

// What the kernel said when it last refused a program (for kernel_lacks_feature).
bk::testing::KernelFailure g_last_refusal;

// The kernel's retval, or nullopt if the verifier refused the program (its log in *log).
std::optional<uint32_t> run_kernel(const Prog& prog, std::string* log = nullptr) {
  g_last_refusal = bk::testing::KernelFailure{};
  g_last_refusal.prog_types = {3};  // BPF_PROG_TYPE_SCHED_CLS
  if (auto sim = bk::testing::simulated_refusal(prog)) {  // BPFKIT_TEST_KERNEL_LACKS_HELPERS
    g_last_refusal.err = sim->err;
    g_last_refusal.log = sim->log;
    if (log) *log = sim->log;
    return std::nullopt;
  }
#ifdef BPFKIT_HAVE_LIBBPF
  std::vector<char> buf(1 << 16);
  LIBBPF_OPTS(bpf_prog_load_opts, opts, .log_level = 1, .log_size = uint32_t(buf.size()), .log_buf = buf.data());
  const int fd = bpf_prog_load(BPF_PROG_TYPE_SCHED_CLS, "helpers", "GPL",
                               reinterpret_cast<const bpf_insn*>(prog.data()), prog.size(), &opts);
  if (fd < 0) {
    g_last_refusal.err = errno;
    g_last_refusal.log = buf.data();
    if (log) *log = buf.data();
    return std::nullopt;
  }
  uint8_t pkt[64] = {};
  LIBBPF_OPTS(bpf_test_run_opts, run, .data_in = pkt, .data_size_in = sizeof pkt);
  const int rc = bpf_prog_test_run_opts(fd, &run);
  close(fd);
  EXPECT_EQ(rc, 0);
  return run.retval;
#else
  (void)prog;
  (void)log;
  return std::nullopt;
#endif
}

// After run_kernel refused prog: true (with the skip recorded, after bpfkit's half ran) if the kernel lacks the
// helper, false if the refusal is a failure. bpfkit's results are checked against fixed values in helpers_test.
bool kernel_lacks_feature(const Prog& prog) {
  return bk::testing::skip_for_kernel_refusal(g_last_refusal, [&] { run_bpfkit(prog); });
}

#define SKIP_WITHOUT_KERNEL()                                                                  \
  do {                                                                                         \
    if (const auto& why = bk::testing::kernel_unavailable()) GTEST_SKIP() << *why;             \
  } while (0)

// 512 bytes of stack filled with a pattern, then csum_diff(r10 - 512 + fo, fs, r10 - 512 + to, ts, seed).
Prog csum_prog(int fo, uint32_t fs, int to, uint32_t ts, uint32_t seed) {
  Prog p;
  for (int i = 0; i < 128; ++i) st_w(p, int16_t(-512 + 4 * i), 0x9e3779b9u * uint32_t(i + 1) ^ uint32_t(i << 7));
  if (fs == 0) mov(p, 1, 0);
  else stack_ptr(p, 1, int16_t(-512 + fo));
  mov(p, 2, int32_t(fs));
  if (ts == 0) mov(p, 3, 0);
  else stack_ptr(p, 3, int16_t(-512 + to));
  mov(p, 4, int32_t(ts));
  mov(p, 5, int32_t(seed));
  call_exit(p, 28);
  return p;
}

TEST(HelpersKernel, CsumDiff) {
  SKIP_WITHOUT_KERNEL();
  struct Case { int fo; uint32_t fs; int to; uint32_t ts; uint32_t seed; };
  const Case cases[] = {
      {0, 0, 0, 4, 0},       {0, 0, 0, 8, 0},        {0, 0, 4, 64, 0x12345678}, {0, 4, 0, 0, 0},
      {8, 20, 0, 0, 0xffff}, {0, 16, 100, 16, 0},    {0, 4, 0, 4, 0},           {0, 0, 0, 0, 0xdeadbeef},
      {0, 0, 0, 0, 0},       {0, 256, 0, 256, 7},    {0, 0, 0, 512, 0xffffffff}, {0, 12, 16, 8, 0xffffffff},
      {0, 256, 0, 260, 0},   {0, 2, 0, 4, 0},        {0, 4, 0, 6, 0},            {0, 0, 4, 508, 1},
  };
  for (const Case& c : cases) {
    const Prog p = csum_prog(c.fo, c.fs, c.to, c.ts, c.seed);
    std::string log;
    const auto k = run_kernel(p, &log);
    if (!k && kernel_lacks_feature(p)) continue;
    ASSERT_TRUE(k) << log;
    EXPECT_EQ(run_bpfkit(p), *k) << "from " << c.fo << "+" << c.fs << " to " << c.to << "+" << c.ts << " seed "
                                 << c.seed;
  }
}

// fmt bytes on the stack at r10 - 64, trace_printk(fmt, len + 1, a1, a2, a3).
Prog printk_prog(const std::string& fmt, int32_t a1, int32_t a2, int32_t a3) {
  Prog p;
  for (int i = 0; i < 64; ++i) st_b(p, int16_t(-64 + i), i < int(fmt.size()) ? uint8_t(fmt[size_t(i)]) : 0);
  stack_ptr(p, 1, -64);
  mov(p, 2, int32_t(fmt.size() + 1));
  mov(p, 3, a1);
  mov(p, 4, a2);
  mov(p, 5, a3);
  call_exit(p, 6);
  return p;
}

TEST(HelpersKernel, TracePrintkFormats) {
  SKIP_WITHOUT_KERNEL();
  // Exact results (no pointers printed).
  const char* exact[] = {"plain", "%d %i %u", "%x %X %c", "%ld %li %lu %lx", "%lld %lli %llu %llx",
                         "%5d|%-5u|%05x|%+d|% d", "%%", "%s.", "[%s]", "%pI4", "%pi4", "%pI6", "%pi6 %d",
                         "%f", "%.2d", "%hd", "%n", "%sx", "%d %d %d %d", "%lu%", "%*d", "%e", "%o", "%z",
                         "%Lu", "%hhd", "%lX", "%pZ", "%pi5", "\x01", "\t\n", "%10s|", "%pks %pus", "%pksx",
                         "%llld", "%-0+ 12lld", "%c%c%c"};
  for (const char* f : exact) {
    const Prog p = printk_prog(f, -7, 0x41, 0x1234);
    std::string log;
    const auto k = run_kernel(p, &log);
    if (!k && kernel_lacks_feature(p)) continue;
    ASSERT_TRUE(k) << f << "\n" << log;
    EXPECT_EQ(run_bpfkit(p), *k) << f;
  }
  // Pointer formats: the kernel hashes or resolves the value, so only acceptance is compared.
  for (const char* f : {"%p", "%pK", "%px", "%ps", "%pS", "%pB", "%p.", "%pa", "%pM", "%pxz"}) {
    const Prog p = printk_prog(f, 0x41, 0x42, 0x43);
    std::string log;
    const auto k = run_kernel(p, &log);
    if (!k && kernel_lacks_feature(p)) continue;
    ASSERT_TRUE(k) << f << "\n" << log;
    EXPECT_EQ(int32_t(run_bpfkit(p)) < 0, int32_t(*k) < 0) << f << " kernel " << int32_t(*k);
    if (int32_t(*k) < 0) {
      EXPECT_EQ(run_bpfkit(p), *k) << f;
    }
  }
}

// Field widths as lib/vsprintf.c reads them: any number of flags, and a width that skip_atoi() accumulates in an
// int (wrapping; negative means none), so widths far above a page are printed (and counted) in full.
TEST(HelpersKernel, TracePrintkWidths) {
  SKIP_WITHOUT_KERNEL();
  const std::string many_flags(55, '0');
  const std::string formats[] = {
      "%4096d",       "%4097d|",      "%8388607d",        "%8388608d",       "%16777217x",
      "%2147483648d", "%4294967301u", "%99999999999999999999999d|",     "%-8388609c|",
      "%" + many_flags + "4096d",     "%-+ 0-+ 0-+ 0-+ 0-+ 0-+ 0-+ 0-+ 0-+ 0-+ 0-+ 0-+ 0-+ 07d",
      "%70000s|",     "%-70000lld|",
  };
  for (const std::string& f : formats) {
    ASSERT_LT(f.size(), 64u);
    const Prog p = printk_prog(f, -7, 0x41, 0x1234);
    std::string log;
    const auto k = run_kernel(p, &log);
    ASSERT_TRUE(k) << f << "\n" << log;
    EXPECT_EQ(run_bpfkit(p), *k) << f;
  }
}

// "hello" at r10 - 32, dst at r10 - 64 filled with 0xaa; returns probe_read_kernel_str(dst, size, src) in the
// low 16 bits and the dst byte at index `peek` in bits 16-23.
Prog str_prog(int32_t size, int32_t src_off, int peek, int32_t helper) {
  Prog p;
  for (int i = 0; i < 32; ++i) st_b(p, int16_t(-64 + i), 0xaa);
  const char* s = "hello world";
  for (int i = 0; i < 32; ++i) st_b(p, int16_t(-32 + i), i < 11 ? uint8_t(s[i]) : (i == 11 ? 0 : 'z'));
  stack_ptr(p, 1, -64);
  mov(p, 2, size);
  stack_ptr(p, 3, int16_t(-32 + src_off));
  p.push_back({0x85, 0, 0, 0, helper});
  p.push_back({0x57, 0, 0, 0, 0xffff});               // r0 &= 0xffff
  p.push_back({0x71, 1, 10, int16_t(-64 + peek), 0});  // r1 = *(u8 *)(r10 - 64 + peek)
  p.push_back({0x67, 1, 0, 0, 16});                   // r1 <<= 16
  p.push_back({0x4f, 0, 1, 0, 0});                    // r0 |= r1
  p.push_back({0x95, 0, 0, 0, 0});
  return p;
}

TEST(HelpersKernel, ProbeReadKernelStr) {
  SKIP_WITHOUT_KERNEL();
  struct Case { int32_t size, src_off; int peek; };
  const Case cases[] = {{32, 0, 11}, {32, 0, 12}, {32, 0, 20}, {5, 0, 4}, {5, 0, 5}, {12, 0, 11},
                        {11, 0, 10}, {1, 0, 0}, {32, 6, 5}, {32, 6, 6}, {20, 12, 19}, {4, 28, 3}, {2, 11, 0}};
  // bpf_probe_read_str (45) is for tracing programs and _user_str (114) faults on kernel (stack) memory in the
  // kernel, so only _kernel_str compares here.
  for (int32_t helper : {115}) {
    for (const Case& c : cases) {
      const Prog p = str_prog(c.size, c.src_off, c.peek, helper);
      std::string log;
      const auto k = run_kernel(p, &log);
      if (!k && kernel_lacks_feature(p)) continue;
      ASSERT_TRUE(k) << log;
      EXPECT_EQ(run_bpfkit(p), *k) << "helper " << helper << " size " << c.size << " src " << c.src_off
                                   << " peek " << c.peek;
    }
  }
}

}  // namespace

namespace {

// Programs whose constant string (bpf_snprintf's fmt, bpf_strncmp's s2) lives in a frozen BPF_F_RDONLY_PROG array,
// loaded with LD_IMM64 src=2 at insn `ld`: the kernel gets the map fd, bpfkit an equivalent map bound with
// bind_map.
struct ConstStr {
  std::unique_ptr<bk::Map> map;
  int fd = -1;
  explicit ConstStr(const std::string& s) {
    std::vector<uint8_t> v(128, 0);
    std::memcpy(v.data(), s.data(), std::min<size_t>(s.size(), 127));
    bk::MapSpec spec;
    spec.type = bk::MapType::Array;
    spec.key_size = 4;
    spec.value_size = 128;
    spec.max_entries = 1;
    spec.map_flags = bk::BPF_F_RDONLY_PROG;
    auto m = bk::create_map(spec);
    EXPECT_TRUE(m);
    map = std::move(*m);
    uint32_t k = 0;
    EXPECT_EQ(map->update_elem(&k, v.data()), 0);
#ifdef BPFKIT_HAVE_LIBBPF
    LIBBPF_OPTS(bpf_map_create_opts, o, .map_flags = bk::BPF_F_RDONLY_PROG);
    fd = bpf_map_create(BPF_MAP_TYPE_ARRAY, "cstr", 4, 128, 1, &o);
    EXPECT_GE(fd, 0);
    EXPECT_EQ(bpf_map_update_elem(fd, &k, v.data(), 0), 0);
    EXPECT_EQ(bpf_map_freeze(fd), 0);
#endif
  }
  ~ConstStr() {
#ifdef BPFKIT_HAVE_LIBBPF
    if (fd >= 0) close(fd);
#endif
  }
  // Runs prog (LD_IMM64 at ld) on both sides; false if the kernel refused it.
  bool both(Prog prog, size_t ld, uint32_t& kernel, uint32_t& ours, std::string& log) {
    Prog kp = prog;
    kp[ld].src = 2;
    kp[ld].imm = fd;
    kp[ld + 1].imm = 0;
    const auto k = run_kernel(kp, &log);
    kernel = k.value_or(0);
    EXPECT_TRUE(bk::bind_map(prog, ld, map.get(), true, 0));
    bk::HelperTable table = bk::standard_helpers();
    auto p = bk::Program::load(prog, &table);
    EXPECT_TRUE(p);
    bk::HelperEnv env;
    env.add_map(map.get());
    bk::RunContext ctx;
    env.prepare(ctx);
    auto r = p->run(ctx);
    EXPECT_TRUE(r) << r.error().to_string();
    ours = r ? uint32_t(*r) : 0;
    return k.has_value();
  }
};

TEST(HelpersKernel, Strncmp) {
  SKIP_WITHOUT_KERNEL();
  struct Case { const char* s1; int32_t n; const char* s2; };
  const Case cases[] = {{"abcdef", 3, "abc"}, {"abcdef", 4, "abc"}, {"abc", 8, "abd"}, {"abd", 8, "abc"},
                        {"", 4, ""},         {"abc", 8, "abc"},    {"x", 1, "y"},     {"abc", 2, ""},
                        {"\xff", 2, "a"}};
  for (const Case& c : cases) {
    ConstStr s2(c.s2);
    Prog p;
    for (int i = 0; i < 16; ++i) st_b(p, int16_t(-16 + i), i < int(std::strlen(c.s1)) ? uint8_t(c.s1[i]) : 0);
    stack_ptr(p, 1, -16);
    mov(p, 2, c.n);
    const size_t ld = p.size();
    p.push_back({0x18, 3, 0, 0, 0});
    p.push_back({0, 0, 0, 0, 0});
    call_exit(p, 182);
    uint32_t k = 0, o = 0;
    std::string log;
    const bool ran = s2.both(p, ld, k, o, log);
    if (!ran && bk::testing::skip_for_kernel_refusal(g_last_refusal, {})) continue;  // bpfkit ran in both()
    ASSERT_TRUE(ran) << log;
    EXPECT_EQ(o, k) << c.s1 << " / " << c.s2 << " n " << c.n;
  }
}

TEST(HelpersKernel, Snprintf) {
  SKIP_WITHOUT_KERNEL();
  struct Case { const char* fmt; int32_t size; int32_t nargs; int peek; };
  const Case cases[] = {
      {"plain", 32, 0, 5},         {"%d|%u|%x", 32, 3, 4},    {"%d|%u|%x", 4, 3, 3},     {"%lld %llx", 32, 2, 0},
      {"%d %d", 32, 1, 0},         {"%5d|%-3x|%03u", 32, 3, 7}, {"%s!", 32, 1, 0},       {"%c%c", 32, 2, 1},
      {"%f", 32, 1, 0},            {"%pI4", 32, 1, 0},        {"%d", 0, 1, 0},            {"%%%d", 32, 1, 1},
      {"%ld %lu %li %lx %lX", 32, 5, 2}, {"%d %d %d %d %d %d %d %d %d %d %d %d", 64, 12, 10}, {"%q", 32, 1, 0},
      {"%d", 32, 2, 0},
  };
  for (const Case& c : cases) {
    ConstStr fmt(c.fmt);
    Prog p;
    // args: u64 array at r10 - 96 (12 slots): -1, 0x41, 0x1234, ...
    for (int i = 0; i < 12; ++i) {
      const int32_t v = i == 0 ? -1 : (i == 1 ? 0x41 : 0x1234 + i);
      p.push_back({0x7a, 10, 0, int16_t(-96 + 8 * i), v});  // *(u64 *)(r10 - 96 + 8i) = v
    }
    for (int i = 0; i < 64; ++i) st_b(p, int16_t(-160 + i), 0xaa);
    stack_ptr(p, 1, -160);
    mov(p, 2, c.size);
    const size_t ld = p.size();
    p.push_back({0x18, 3, 0, 0, 0});
    p.push_back({0, 0, 0, 0, 0});
    if (c.nargs == 0) mov(p, 4, 0);
    else stack_ptr(p, 4, -96);
    mov(p, 5, c.nargs * 8);
    p.push_back({0x85, 0, 0, 0, 165});
    p.push_back({0x57, 0, 0, 0, 0xffff});
    p.push_back({0x71, 1, 10, int16_t(-160 + c.peek), 0});
    p.push_back({0x67, 1, 0, 0, 16});
    p.push_back({0x4f, 0, 1, 0, 0});
    p.push_back({0x95, 0, 0, 0, 0});
    uint32_t k = 0, o = 0;
    std::string log;
    const bool ran = fmt.both(p, ld, k, o, log);
    if (!ran && bk::testing::skip_for_kernel_refusal(g_last_refusal, {})) continue;  // bpfkit ran in both()
    if (!ran) {
      // The verifier checks a constant format at load time: what it refuses, our helper must refuse at run time.
      EXPECT_NE(log.find("Invalid format string"), std::string::npos) << c.fmt << "\n" << log;
      EXPECT_EQ(o & 0xffff, uint32_t(-EINVAL) & 0xffff) << c.fmt;
      continue;
    }
    EXPECT_EQ(o, k) << c.fmt << " size " << c.size << " nargs " << c.nargs;
  }
}

}  // namespace
