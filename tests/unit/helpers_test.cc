// The standard helpers: results and errno paths, called through the HelperTable, plus programs that call them.
#include <gtest/gtest.h>

#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <thread>

#include "bpfkit/helpers.h"
#include "bpfkit/map.h"

namespace {

namespace bk = bpfkit;
using bk::MapSpec;
using bk::MapType;

uint64_t A(const void* p) { return uint64_t(reinterpret_cast<uintptr_t>(p)); }
uint64_t neg(int e) { return uint64_t(-int64_t(e)); }

std::unique_ptr<bk::Map> make(MapType type, uint32_t k, uint32_t v, uint32_t n, uint32_t flags = 0) {
  MapSpec s;
  s.type = type;
  s.key_size = k;
  s.value_size = v;
  s.max_entries = n;
  s.map_flags = flags;
  auto m = bk::create_map(s);
  EXPECT_TRUE(m) << (m ? "" : m.error().to_string());
  return m ? std::move(*m) : nullptr;
}

// A prepared context with one writable scratch region and the helper table.
struct Fixture : ::testing::Test {
  bk::HelperTable table = bk::standard_helpers();
  bk::HelperEnv env;
  bk::RunContext ctx;
  alignas(8) uint8_t mem[1024] = {};

  void SetUp() override {
    ctx.add_region({mem, sizeof mem, true});
  }
  void prepare() { env.prepare(ctx); }
  uint64_t call(int id, uint64_t r1 = 0, uint64_t r2 = 0, uint64_t r3 = 0, uint64_t r4 = 0, uint64_t r5 = 0) {
    const bk::HelperEntry* e = table.find(id);
    EXPECT_NE(e, nullptr) << "helper " << id;
    return e ? e->fn(ctx, r1, r2, r3, r4, r5) : 0;
  }
};

using Helpers = Fixture;

TEST_F(Helpers, TableHasKernelNames) {
  EXPECT_STREQ(table.find(1)->name, "bpf_map_lookup_elem");
  EXPECT_STREQ(table.find(165)->name, "bpf_snprintf");
  ASSERT_NE(table.find(12), nullptr);  // the engine runs tail calls itself, but the id is known
  EXPECT_STREQ(table.find(12)->name, "bpf_tail_call");
  ASSERT_NE(table.find(181), nullptr);
  EXPECT_STREQ(table.find(181)->name, "bpf_loop");
  EXPECT_EQ(table.find(0), nullptr);     // bpf_unspec
  EXPECT_EQ(table.find(100000), nullptr);
}

TEST_F(Helpers, UnknownMapPointerFailsTheRun) {
  auto m = make(MapType::Array, 4, 8, 4);
  prepare();  // m not added
  call(1, A(m.get()), A(mem));
  EXPECT_TRUE(ctx.failed());
  EXPECT_NE(ctx.failure().find("R1 is not a map"), std::string::npos);
}

TEST_F(Helpers, NoEnvFailsTheRun) {
  call(5 + 113, 0, 0, 0);  // jiffies64 needs the env
  EXPECT_TRUE(ctx.failed());
}

TEST_F(Helpers, ArrayLookupUpdateDelete) {
  auto m = make(MapType::Array, 4, 8, 4);
  env.add_map(m.get());
  prepare();
  uint32_t* key = reinterpret_cast<uint32_t*>(mem);
  uint64_t* val = reinterpret_cast<uint64_t*>(mem + 8);
  *key = 2;
  *val = 0x1122334455667788;
  EXPECT_EQ(call(2, A(m.get()), A(key), A(val), bk::BPF_ANY), 0u);
  const uint64_t p = call(1, A(m.get()), A(key));
  ASSERT_NE(p, 0u);
  EXPECT_EQ(*reinterpret_cast<uint64_t*>(p), 0x1122334455667788u);
  EXPECT_EQ(call(2, A(m.get()), A(key), A(val), bk::BPF_NOEXIST), neg(EEXIST));
  EXPECT_EQ(call(2, A(m.get()), A(key), A(val), 8), neg(EINVAL));
  EXPECT_EQ(call(3, A(m.get()), A(key)), neg(EINVAL));  // arrays cannot delete
  *key = 4;
  EXPECT_EQ(call(1, A(m.get()), A(key)), 0u);
  EXPECT_EQ(call(2, A(m.get()), A(key), A(val), 0), neg(E2BIG));
  EXPECT_FALSE(ctx.failed());
  // The returned pointer is registered memory: the program may use it.
  bool found = false;
  for (const auto& r : ctx.regions()) found |= p >= A(r.base) && p + 8 <= A(r.base) + r.size && r.writable;
  EXPECT_TRUE(found);
}

TEST_F(Helpers, KeyOutsideKnownMemoryFailsTheRun) {
  auto m = make(MapType::Array, 4, 8, 4);
  env.add_map(m.get());
  prepare();
  uint32_t key = 0;  // host memory, not registered
  call(1, A(m.get()), A(&key));
  EXPECT_TRUE(ctx.failed());
}

TEST_F(Helpers, HashGrowthReregistersRegions) {
  auto m = make(MapType::Hash, 4, 8, 10000, bk::BPF_F_NO_PREALLOC);
  env.add_map(m.get());
  prepare();
  uint32_t* key = reinterpret_cast<uint32_t*>(mem);
  uint64_t* val = reinterpret_cast<uint64_t*>(mem + 8);
  for (uint32_t i = 0; i < 3000; ++i) {
    *key = i;
    *val = i * 3;
    ASSERT_EQ(call(2, A(m.get()), A(key), A(val), 0), 0u);
  }
  for (uint32_t i = 0; i < 3000; i += 97) {
    *key = i;
    const uint64_t p = call(1, A(m.get()), A(key));
    ASSERT_NE(p, 0u);
    bool found = false;
    for (const auto& r : ctx.regions()) found |= p >= A(r.base) && p + 8 <= A(r.base) + r.size;
    EXPECT_TRUE(found) << i;
    EXPECT_EQ(*reinterpret_cast<uint64_t*>(p), i * 3u);
  }
  *key = 5;
  EXPECT_EQ(call(3, A(m.get()), A(key)), 0u);
  EXPECT_EQ(call(3, A(m.get()), A(key)), neg(ENOENT));
  EXPECT_EQ(ctx.regions()[0].base, mem);  // the caller's own region is kept
}

TEST_F(Helpers, QueuePushPopPeek) {
  auto q = make(MapType::Queue, 0, 4, 2);
  env.add_map(q.get());
  prepare();
  uint32_t* v = reinterpret_cast<uint32_t*>(mem);
  EXPECT_EQ(call(89, A(q.get()), A(v)), neg(ENOENT));
  EXPECT_EQ(call(88, A(q.get()), A(v)), neg(ENOENT));
  *v = 1;
  EXPECT_EQ(call(87, A(q.get()), A(v), 0), 0u);
  *v = 2;
  EXPECT_EQ(call(87, A(q.get()), A(v), 0), 0u);
  *v = 3;
  EXPECT_EQ(call(87, A(q.get()), A(v), 0), neg(E2BIG));
  EXPECT_EQ(call(87, A(q.get()), A(v), bk::BPF_EXIST), 0u);  // overwrites the oldest
  EXPECT_EQ(call(89, A(q.get()), A(v)), 0u);
  EXPECT_EQ(*v, 2u);
  EXPECT_EQ(call(88, A(q.get()), A(v)), 0u);
  EXPECT_EQ(*v, 2u);
  EXPECT_EQ(call(88, A(q.get()), A(v)), 0u);
  EXPECT_EQ(*v, 3u);
}

TEST_F(Helpers, PercpuLookup) {
  auto m = make(MapType::PercpuArray, 4, 8, 2);
  env.add_map(m.get());
  prepare();
  uint32_t* key = reinterpret_cast<uint32_t*>(mem);
  *key = 1;
  EXPECT_NE(call(195, A(m.get()), A(key), 0), 0u);
  EXPECT_EQ(call(195, A(m.get()), A(key), bk::num_possible_cpus()), 0u);
  auto a = make(MapType::Array, 4, 8, 2);
  env.add_map(a.get());
  prepare();
  EXPECT_EQ(call(195, A(a.get()), A(key), 0), 0u);  // not a per-CPU map
}

TEST_F(Helpers, Clocks) {
  prepare();
  timespec ts{};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  const uint64_t before = uint64_t(ts.tv_sec) * 1000000000ULL + uint64_t(ts.tv_nsec);
  const uint64_t t = call(5);
  EXPECT_GE(t, before);
  EXPECT_LT(t - before, 1000000000ULL);
  clock_gettime(CLOCK_BOOTTIME, &ts);
  EXPECT_GE(call(125), uint64_t(ts.tv_sec) * 1000000000ULL);
  EXPECT_GT(call(160), 0u);
  env.config().hz = 1000;
  const uint64_t j = call(118);
  EXPECT_NEAR(double(j), double(t) / 1e6, 1000.0);
}

TEST_F(Helpers, CpuNumaRandom) {
  prepare();
  EXPECT_EQ(call(8), 0u);
  {
    bk::CpuScope cpu(3);
    EXPECT_EQ(call(8), 3u);
  }
  env.config().numa_node = 2;
  EXPECT_EQ(call(42), 2u);
  bk::HelperConfig c;
  c.prandom_seed = 42;
  bk::HelperEnv e1(c), e2(c);
  bk::RunContext c1, c2;
  e1.prepare(c1);
  e2.prepare(c2);
  uint64_t x = 0;
  for (int i = 0; i < 8; ++i) {
    const uint64_t a = table.find(7)->fn(c1, 0, 0, 0, 0, 0), b = table.find(7)->fn(c2, 0, 0, 0, 0, 0);
    EXPECT_EQ(a, b);
    EXPECT_LE(a, 0xffffffffu);
    x |= a;
  }
  EXPECT_NE(x, 0u);
}

TEST_F(Helpers, Identity) {
  prepare();
  EXPECT_EQ(call(14), uint64_t(getpid()) << 32 | uint64_t(gettid()));
  EXPECT_EQ(call(15), uint64_t(getgid()) << 32 | getuid());
  env.config().use_host_identity = false;
  env.config().identity = {7, 9, 1000, 100, "a-very-long-command-name"};
  EXPECT_EQ(call(14), 9ull << 32 | 7);
  EXPECT_EQ(call(15), 100ull << 32 | 1000);
  std::memset(mem, 0xff, 32);
  EXPECT_EQ(call(16, A(mem), 32), 0u);
  EXPECT_EQ(std::string(reinterpret_cast<char*>(mem)), "a-very-long-com");  // 15 bytes
  for (int i = 15; i < 32; ++i) EXPECT_EQ(mem[i], 0) << i;             // strscpy_pad
  std::memset(mem, 0xff, 32);
  EXPECT_EQ(call(16, A(mem), 4), 0u);
  EXPECT_EQ(std::string(reinterpret_cast<char*>(mem)), "a-v");
  EXPECT_EQ(mem[4], 0xff);
}

// Known memory (mem) is kernel memory; the host process's own memory is the current task's user memory.
TEST_F(Helpers, ProbeReadKeepsTheAddressSpacesApart) {
  prepare();
  std::memcpy(mem + 100, "hello", 6);
  const char host[8] = "secret";
  struct Expect {
    int id;
    uint64_t known, host, null, kernel_unmapped, non_canonical;
  };
  const uint64_t ok = 0, fault = neg(EFAULT), range = neg(ERANGE);
  for (const Expect& e : {Expect{113, ok, range, range, fault, range},   // bpf_probe_read_kernel
                          Expect{112, fault, ok, fault, fault, fault},   // bpf_probe_read_user
                          Expect{4, ok, ok, fault, fault, range}}) {     // bpf_probe_read: by address
    SCOPED_TRACE(e.id);
    std::memset(mem, 0xaa, 16);
    EXPECT_EQ(call(e.id, A(mem), 6, A(mem + 100)), e.known);
    EXPECT_EQ(std::string(reinterpret_cast<char*>(mem), 5), e.known == ok ? "hello" : std::string(5, '\0'));
    EXPECT_EQ(mem[6], 0xaa);
    std::memset(mem, 0xaa, 16);
    EXPECT_EQ(call(e.id, A(mem), 8, A(host)), e.host);
    if (e.host == ok) EXPECT_STREQ(reinterpret_cast<char*>(mem), "secret");
    else for (int i = 0; i < 8; ++i) EXPECT_EQ(mem[i], 0) << i;
    EXPECT_EQ(call(e.id, A(mem), 8, 0), e.null);
    EXPECT_EQ(call(e.id, A(mem), 8, 0xffff888000000000ull), e.kernel_unmapped);
    EXPECT_EQ(call(e.id, A(mem), 8, 0x8000000000000000ull), e.non_canonical);
    // Straddling the end of known memory faults.
    EXPECT_EQ(call(e.id, A(mem), 8, A(mem + sizeof mem - 4)), fault);
  }
  EXPECT_EQ(call(113, A(mem), 0, 0), range);  // the kernel checks the address even for 0 bytes
  EXPECT_EQ(call(112, A(mem), 0, 0), ok);
  EXPECT_FALSE(ctx.failed());
  call(4, 0x10, 4, A(mem));  // a bad destination stops the program
  EXPECT_TRUE(ctx.failed());
}

TEST_F(Helpers, ProbeReadStrFromKernelMemory) {
  prepare();
  std::memcpy(mem + 100, "hello", 6);
  for (int id : {45, 115}) {
    SCOPED_TRACE(id);
    std::memset(mem, 0xaa, 16);
    EXPECT_EQ(call(id, A(mem), 16, A(mem + 100)), 6u);
    EXPECT_STREQ(reinterpret_cast<char*>(mem), "hello");
    EXPECT_EQ(mem[6], 0xaa);  // byte by byte: no zero padding
    std::memset(mem, 0xaa, 16);
    EXPECT_EQ(call(id, A(mem), 4, A(mem + 100)), 4u);  // cut: "hel" + NUL
    EXPECT_STREQ(reinterpret_cast<char*>(mem), "hel");
    EXPECT_EQ(call(id, A(mem), 6, A(mem + 100)), 6u);
    EXPECT_EQ(call(id, A(mem), 0, A(mem + 100)), 0u);
    // A string running off the end of known memory faults, even after bytes were copied.
    std::memset(mem + sizeof mem - 3, 'x', 3);
    std::memset(mem, 0xaa, 16);
    EXPECT_EQ(call(id, A(mem), 16, A(mem + sizeof mem - 3)), neg(EFAULT));
    for (int i = 0; i < 16; ++i) EXPECT_EQ(mem[i], 0) << i;
  }
  EXPECT_EQ(call(115, A(mem), 16, 0x1000), neg(ERANGE));  // a user address
  EXPECT_EQ(call(114, A(mem), 16, A(mem + 100)), neg(EFAULT));  // kernel memory to the user variant
  for (int i = 0; i < 16; ++i) EXPECT_EQ(mem[i], 0) << i;
}

TEST_F(Helpers, ProbeReadUserStrCopiesWordsLikeTheKernel) {
  prepare();
  // Two pages, the second unmapped: strings at the end of the first.
  const long page = sysconf(_SC_PAGESIZE);
  auto* pages = static_cast<char*>(mmap(nullptr, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
  ASSERT_NE(pages, MAP_FAILED);
  ASSERT_EQ(munmap(pages + page, page), 0);
  std::memcpy(pages, "hello\0zzzzzzzzzzzzzzzz", 22);
  for (int id : {114, 45}) {
    SCOPED_TRACE(id);
    std::memset(mem, 0xaa, 32);
    EXPECT_EQ(call(id, A(mem), 16, A(pages)), 6u);
    EXPECT_STREQ(reinterpret_cast<char*>(mem), "hello");
    EXPECT_EQ(mem[6], 0);  // the rest of the word holding the NUL is cleared
    EXPECT_EQ(mem[7], 0);
    EXPECT_EQ(mem[8], 0xaa);  // and nothing after it
    std::memset(mem, 0xaa, 32);
    EXPECT_EQ(call(id, A(mem), 7, A(pages)), 6u);  // fewer than 8 bytes: byte by byte
    EXPECT_EQ(mem[6], 0xaa);
    EXPECT_EQ(call(id, A(mem), 4, A(pages)), 4u);  // cut
    EXPECT_STREQ(reinterpret_cast<char*>(mem), "hel");
    // "abc" at the very end of the page: the word read would fault, so bytes, no padding.
    std::memcpy(pages + page - 4, "abc", 4);
    std::memset(mem, 0xaa, 32);
    EXPECT_EQ(call(id, A(mem), 16, A(pages + page - 4)), 4u);
    EXPECT_EQ(mem[4], 0xaa);
    // No NUL before the unmapped page: a fault, the whole destination zeroed.
    std::memcpy(pages + page - 4, "abcd", 4);
    std::memset(mem, 0xaa, 32);
    EXPECT_EQ(call(id, A(mem), 16, A(pages + page - 4)), neg(EFAULT));
    for (int i = 0; i < 16; ++i) EXPECT_EQ(mem[i], 0) << i;
    EXPECT_EQ(call(id, A(mem), 4, A(pages + page - 4)), 4u);  // but n bytes that fit are fine
  }
  munmap(pages, page);
}

TEST_F(Helpers, ProbeReadUserUsesTheConfiguredTaskMemory) {
  const char task[] = "from the task";
  std::vector<uint64_t> asked;
  env.config().read_user_memory = [&](uint64_t addr, void* dst, size_t n) {
    asked.push_back(addr);
    if (addr < 0x10000 || addr + n > 0x10000 + sizeof task) return false;
    std::memcpy(dst, task + (addr - 0x10000), n);
    return true;
  };
  prepare();
  EXPECT_EQ(call(112, A(mem), 4, 0x10000), 0u);
  EXPECT_EQ(std::string(reinterpret_cast<char*>(mem), 4), "from");
  EXPECT_EQ(call(114, A(mem), 32, 0x10005), 9u);
  EXPECT_STREQ(reinterpret_cast<char*>(mem), "the task");
  EXPECT_EQ(call(112, A(mem), 4, 0x20000), neg(EFAULT));
  EXPECT_FALSE(asked.empty());
}

TEST_F(Helpers, Strncmp) {
  prepare();
  std::memcpy(mem, "abcdef", 7);
  std::memcpy(mem + 16, "abcxyz", 7);
  std::memcpy(mem + 32, "abc", 4);
  EXPECT_EQ(call(182, A(mem), 3, A(mem + 16)), 0u);
  EXPECT_EQ(call(182, A(mem), 4, A(mem + 16)), uint64_t(-1));
  EXPECT_EQ(call(182, A(mem + 16), 4, A(mem)), 1u);
  EXPECT_EQ(call(182, A(mem), 6, A(mem + 32)), 1u);  // "abcd" vs "abc\0"
  EXPECT_EQ(call(182, A(mem + 32), 6, A(mem + 32)), 0u);  // stops at the NUL
  EXPECT_EQ(call(182, A(mem), 0, A(mem + 16)), 0u);
}

TEST_F(Helpers, CsumDiff) {
  prepare();
  const uint8_t a[8] = {0x45, 0x00, 0x00, 0x54, 0xde, 0xad, 0xbe, 0xef};
  std::memcpy(mem, a, 8);
  // 6.12+: no size rules; the result is folded to 16 bits, even for the seed alone.
  EXPECT_EQ(call(28, 0, 0, 0, 0, 0x1234), 0x1234u);
  EXPECT_EQ(call(28, 0, 0, 0, 0, 0xdeadbeef), 0x9d9du);
  EXPECT_EQ(call(28, 0, 0, A(mem), 3, 0), 0x0045u);  // 45 00 00 -> LE word 0x000045
  call(28, 0, 0, A(mem), 2048, 0);  // reads past the registered memory: the program stops
  EXPECT_TRUE(ctx.failed());
  ctx.reset_failure();
  // The selftest's push case: 0xdeadbeefdeadbeef (LE u64) gives 0x3b3b.
  const uint64_t db = 0xdeadbeefdeadbeefULL;
  std::memcpy(mem + 64, &db, 8);
  EXPECT_EQ(call(28, 0, 0, A(mem + 64), 8, 0), 0x3b3bu);
  // A diff of identical data is +0 or -0 in ones' complement.
  const uint64_t same = call(28, A(mem), 8, A(mem), 8, 0);
  EXPECT_TRUE(same == 0 || same == 0xffff) << same;
}

TEST_F(Helpers, Printk) {
  std::string sink;
  env.config().trace_sink = [&](std::string_view s) { sink = s; };
  prepare();
  auto fmt = [&](const char* f) {
    std::memset(mem, 0, 256);
    std::strcpy(reinterpret_cast<char*>(mem), f);
    return std::strlen(f) + 1;
  };
  size_t n = fmt("x=%d y=%lx %s!");
  std::memcpy(mem + 300, "str", 4);
  EXPECT_EQ(call(6, A(mem), n, uint64_t(-5), 0xabc, A(mem + 300)), 15u);
  EXPECT_EQ(sink, "x=-5 y=abc str!");
  n = fmt("%5u|%-4x|%05d|%llu|%c|%%");
  EXPECT_EQ(call(6, A(mem), n, 42, 0xa, 7), neg(EINVAL));  // 5 conversions, 3 arguments
  n = fmt("%5u|%-4x|%05d|%%");
  call(6, A(mem), n, 42, 0xa, uint64_t(-7));
  EXPECT_EQ(sink, "   42|a   |-0007|%");
  for (const char* bad : {"%f", "%ld%", "%.2d", "%hd", "%n", "%sx", "%pZ", "%lld%q", "\x01", "%lu\x80", "%*d"}) {
    n = fmt(bad);
    EXPECT_EQ(call(6, A(mem), n, 1, 2, 3), neg(EINVAL)) << bad;
  }
  for (const char* good : {"%d%i%u", "%x%X%c", "%lli%llx%ld", "%p %pK %px", "%s.", "%pI4 %pi6", "%pks %pus", "\t\n"}) {
    n = fmt(good);
    EXPECT_LT(int64_t(call(6, A(mem), n, A(mem + 300), A(mem + 300), A(mem + 300))), 1024) << good;
    EXPECT_GE(int64_t(call(6, A(mem), n, A(mem + 300), A(mem + 300), A(mem + 300))), 0) << good;
  }
  n = fmt("%99999999999999999999999d|");
  EXPECT_EQ(call(6, A(mem), n, 1, 2, 3), 2u);  // the width wraps to a negative int: no padding
  // No NUL within fmt_size.
  std::memset(mem, 'a', 8);
  EXPECT_EQ(call(6, A(mem), 8, 0, 0, 0), neg(EINVAL));
  // Addresses and a faulting string.
  const uint8_t ip[4] = {192, 168, 1, 2};
  std::memcpy(mem + 400, ip, 4);
  n = fmt("%pI4 %pi4 [%s]");
  call(6, A(mem), n, A(mem + 400), A(mem + 400), 0x10);
  EXPECT_EQ(sink, "192.168.1.2 192.168.001.002 []");
}

TEST_F(Helpers, Snprintf) {
  prepare();
  char* f = reinterpret_cast<char*>(mem + 512);
  std::strcpy(f, "%d-%s-%llx");
  uint64_t* data = reinterpret_cast<uint64_t*>(mem + 600);
  std::memcpy(mem + 700, "ab", 3);
  data[0] = uint64_t(-1);
  data[1] = A(mem + 700);
  data[2] = 0xbeef;
  EXPECT_EQ(call(165, A(mem), 64, A(f), A(data), 24), 11u);  // "-1-ab-beef" + NUL
  EXPECT_STREQ(reinterpret_cast<char*>(mem), "-1-ab-beef");
  std::memset(mem, 0xaa, 16);
  EXPECT_EQ(call(165, A(mem), 4, A(f), A(data), 24), 11u);  // truncated, still the full length
  EXPECT_STREQ(reinterpret_cast<char*>(mem), "-1-");
  EXPECT_EQ(call(165, A(mem), 0, A(f), A(data), 24), 11u);
  EXPECT_EQ(call(165, A(mem), 64, A(f), A(data), 20), neg(EINVAL));   // not a multiple of 8
  EXPECT_EQ(call(165, A(mem), 64, A(f), A(data), 16), neg(EINVAL));   // too few arguments
  EXPECT_EQ(call(165, A(mem), 64, A(f), 0, 24), neg(EINVAL));
  EXPECT_EQ(call(165, A(mem), 64, A(f), A(data), 13 * 8), neg(EINVAL));  // > 12 arguments
  std::strcpy(f, "plain");
  EXPECT_EQ(call(165, A(mem), 64, A(f), 0, 0), 6u);
}

TEST_F(Helpers, Ringbuf) {
  MapSpec s;
  s.type = MapType::Ringbuf;
  s.max_entries = 4096;
  auto cm = bk::create_map(s);
  ASSERT_TRUE(cm);
  std::unique_ptr<bk::Map> m = std::move(*cm);
  auto& rb = static_cast<bk::RingbufMap&>(*m);
  env.add_map(m.get());
  prepare();
  std::memcpy(mem, "12345678", 8);
  EXPECT_EQ(call(130, A(m.get()), A(mem), 8, 0), 0u);
  EXPECT_EQ(call(130, A(m.get()), A(mem), 8, 4), neg(EINVAL));
  EXPECT_EQ(call(134, A(m.get()), bk::BPF_RB_AVAIL_DATA), 16u);
  EXPECT_EQ(call(134, A(m.get()), bk::BPF_RB_RING_SIZE), 4096u);
  EXPECT_EQ(call(131, A(m.get()), 8, 1), 0u);  // reserve takes flags 0
  const uint64_t rec = call(131, A(m.get()), 8, 0);
  ASSERT_NE(rec, 0u);
  std::memcpy(reinterpret_cast<void*>(rec), "abcdefgh", 8);
  const uint64_t rec2 = call(131, A(m.get()), 4, 0);
  ASSERT_NE(rec2, 0u);
  call(132, rec, 0);
  call(133, rec2, 0);
  EXPECT_FALSE(ctx.failed());
  call(132, rec, 0);  // already committed
  EXPECT_TRUE(ctx.failed());
  ctx.reset_failure();
  call(132, A(mem), 0);  // not a record at all
  EXPECT_TRUE(ctx.failed());
  ctx.reset_failure();
  std::vector<std::string> got;
  rb.consume([&](std::span<const uint8_t> r) { got.emplace_back(r.begin(), r.end()); });
  EXPECT_EQ(got, (std::vector<std::string>{"12345678", "abcdefgh"}));
  auto a = make(MapType::Array, 4, 8, 1);
  env.add_map(a.get());
  prepare();
  call(130, A(a.get()), A(mem), 8, 0);
  EXPECT_TRUE(ctx.failed());
}

TEST_F(Helpers, PerfEventOutput) {
  auto m = make(MapType::PerfEventArray, 4, 4, 4);
  auto& pm = static_cast<bk::PerfEventArrayMap&>(*m);
  std::vector<std::pair<uint32_t, std::string>> got;
  pm.set_sink([&](uint32_t i, std::span<const uint8_t> r) { got.emplace_back(i, std::string(r.begin(), r.end())); });
  uint32_t k = 0, ev = 7;
  ASSERT_EQ(m->update_elem(&k, &ev), 0);
  env.add_map(m.get());
  prepare();
  std::memcpy(mem, "data", 4);
  EXPECT_EQ(call(25, 0, A(m.get()), bk::BPF_F_CURRENT_CPU, A(mem), 4), 0u);
  EXPECT_EQ(call(25, 0, A(m.get()), 1, A(mem), 4), neg(ENOENT));
  EXPECT_EQ(call(25, 0, A(m.get()), 9, A(mem), 4), neg(E2BIG));
  EXPECT_EQ(call(25, 0, A(m.get()), 4ull << 32, A(mem), 4), neg(EINVAL));  // no ctx hook
  env.config().perf_ctx_copy = [](bk::RunContext&, uint64_t, uint64_t len, std::vector<uint8_t>& out) -> long {
    if (len > 3) return -EFAULT;
    out.assign(len, 'c');
    return 0;
  };
  EXPECT_EQ(call(25, 0, A(m.get()), 2ull << 32, A(mem), 4), 0u);
  EXPECT_EQ(call(25, 0, A(m.get()), 4ull << 32, A(mem), 4), neg(EFAULT));
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[1].second, "datacc");
}

TEST_F(Helpers, SpinLockExcludes) {
  MapSpec s;
  s.type = MapType::Array;
  s.key_size = 4;
  s.value_size = 16;
  s.max_entries = 1;
  s.spin_lock_off = 0;
  auto cm = bk::create_map(s);
  ASSERT_TRUE(cm);
  std::unique_ptr<bk::Map> m = std::move(*cm);
  env.add_map(m.get());
  prepare();
  uint32_t k = 0;
  auto* v = static_cast<uint8_t*>(m->prog_lookup_elem(&k));
  const uint64_t lock = A(v);
  uint64_t* counter = reinterpret_cast<uint64_t*>(v + 8);
  auto worker = [&] {
    bk::RunContext c;
    env.prepare(c);
    const auto* lk = table.find(93);
    const auto* un = table.find(94);
    for (int i = 0; i < 20000; ++i) {
      lk->fn(c, lock, 0, 0, 0, 0);
      *counter = *counter + 1;
      un->fn(c, lock, 0, 0, 0, 0);
    }
  };
  std::thread t1(worker), t2(worker);
  t1.join();
  t2.join();
  EXPECT_EQ(*counter, 40000u);
  call(93, lock + 2);  // misaligned
  EXPECT_TRUE(ctx.failed());
}

// End to end: a program looks a key up on its own stack and returns the value.
TEST(HelpersProgram, LookupFromStack) {
  auto m = make(MapType::Array, 4, 8, 4);
  uint32_t k = 1;
  uint64_t v = 0xfeed;
  ASSERT_EQ(m->update_elem(&k, &v), 0);
  std::vector<bk::Insn> prog = {
      {0x62, 10, 0, -4, 1},   // *(u32 *)(r10 - 4) = 1
      {0xbf, 2, 10, 0, 0},    // r2 = r10
      {0x07, 2, 0, 0, -4},    // r2 += -4
      {0x18, 1, 1, 0, 0}, {0, 0, 0, 0, 0},  // r1 = map ll
      {0x85, 0, 0, 0, 1},     // call bpf_map_lookup_elem
      {0x15, 0, 0, 1, 0},     // if r0 == 0 goto +1
      {0x79, 0, 0, 0, 0},     // r0 = *(u64 *)(r0 + 0)
      {0x95, 0, 0, 0, 0},     // exit
  };
  ASSERT_TRUE(bk::bind_map(prog, 3, m.get()));
  EXPECT_FALSE(bk::bind_map(prog, 0, m.get()));
  bk::HelperTable table = bk::standard_helpers();
  auto p = bk::Program::load(prog, &table);
  ASSERT_TRUE(p) << p.error().to_string();
  bk::HelperEnv env;
  env.add_map(m.get());
  bk::RunContext ctx;
  env.prepare(ctx);
  auto r = p->run(ctx);
  ASSERT_TRUE(r) << r.error().to_string();
  EXPECT_EQ(*r, 0xfeedu);
  // Outside a run there is no active stack, so nothing but registered memory is accepted.
  EXPECT_TRUE(ctx.active_stack().empty());
}

// A map value reference (src=2) resolves to the value's address.
TEST(HelpersProgram, BindMapValue) {
  auto m = make(MapType::Array, 4, 16, 1);
  uint32_t k = 0;
  uint64_t v[2] = {1, 0x77};
  ASSERT_EQ(m->update_elem(&k, v), 0);
  std::vector<bk::Insn> prog = {{0x18, 0, 2, 0, 0}, {0, 0, 0, 0, 0}, {0x79, 0, 0, 0, 0}, {0x95, 0, 0, 0, 0}};
  ASSERT_TRUE(bk::bind_map(prog, 0, m.get(), true, 8));
  EXPECT_FALSE(bk::bind_map(prog, 0, m.get(), true, 16));
  auto p = bk::Program::load(prog);
  ASSERT_TRUE(p);
  bk::HelperEnv env;
  env.add_map(m.get());
  bk::RunContext ctx;
  env.prepare(ctx);
  auto r = p->run(ctx);
  ASSERT_TRUE(r) << r.error().to_string();
  EXPECT_EQ(*r, 0x77u);
}

}  // namespace

namespace {

// A map-in-map lookup returns the inner map, which then works as R1.
TEST_F(Helpers, MapInMapInnerBecomesUsable) {
  auto inner_spec = std::make_shared<MapSpec>();
  inner_spec->type = MapType::Array;
  inner_spec->key_size = 4;
  inner_spec->value_size = 8;
  inner_spec->max_entries = 2;
  MapSpec outer_spec;
  outer_spec.type = MapType::ArrayOfMaps;
  outer_spec.key_size = 4;
  outer_spec.value_size = 4;
  outer_spec.max_entries = 1;
  outer_spec.inner = inner_spec;
  auto co = bk::create_map(outer_spec);
  ASSERT_TRUE(co) << co.error().to_string();
  auto ci = bk::create_map(*inner_spec);
  ASSERT_TRUE(ci);
  std::shared_ptr<bk::Map> inner = std::move(*ci);
  auto& outer = static_cast<bk::MapOfMaps&>(**co);
  uint32_t k = 0;
  ASSERT_EQ(outer.update_map(&k, inner), 0);
  env.add_map(&outer);
  prepare();
  std::memset(mem, 0, 8);
  const uint64_t im = call(1, A(&outer), A(mem));
  ASSERT_EQ(im, A(inner.get()));
  const uint64_t v = call(1, im, A(mem));  // R1 = the inner map
  EXPECT_FALSE(ctx.failed());
  ASSERT_NE(v, 0u);
  EXPECT_TRUE(env.has_map(inner.get()));
}

// Two contexts share one env; a map grown through one is still usable from the other.
TEST_F(Helpers, GrowthSeenFromAnotherContext) {
  auto m = make(MapType::Hash, 4, 8, 100000, bk::BPF_F_NO_PREALLOC);
  env.add_map(m.get());
  prepare();
  bk::RunContext other;
  alignas(8) uint8_t mem2[16] = {};
  other.add_region({mem2, sizeof mem2, true});
  env.prepare(other);
  uint32_t* key = reinterpret_cast<uint32_t*>(mem);
  for (uint32_t i = 0; i < 5000; ++i) {
    *key = i;
    ASSERT_EQ(call(2, A(m.get()), A(key), A(mem + 8), 0), 0u);
  }
  std::memcpy(mem2, key, 4);  // the last key, most likely in the newest chunk
  const uint64_t p = table.find(1)->fn(other, A(m.get()), A(mem2), 0, 0, 0);
  ASSERT_NE(p, 0u);
  bool found = false;
  for (const auto& r : other.regions()) found |= p >= A(r.base) && p + 8 <= A(r.base) + r.size;
  EXPECT_TRUE(found);
  EXPECT_EQ(other.regions()[0].base, mem2);
}

}  // namespace
