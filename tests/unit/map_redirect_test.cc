// DEVMAP, DEVMAP_HASH, CPUMAP and XSKMAP: userspace operations against the kernel's (each call on both maps, every
// return code and value compared), and the program-side view bpf_redirect_map uses.
#include <gtest/gtest.h>

#include <cerrno>
#include <cstring>

#include "bpfkit/map.h"
#include "support/map_oracle.h"
#include "support/map_test_util.h"

namespace {

namespace bk = bpfkit;
using bk::MapType;
using bk::testing::Bytes;
using bk::testing::DiffMap;
using bk::testing::le;
using bk::testing::make;
using bk::testing::S;

constexpr uint32_t kLo = 1;                 // the loopback device: ifindex 1 in every network namespace
constexpr uint32_t kNoDev = 0x7ffffff0;     // no device has this ifindex

Bytes dev_val(uint32_t ifindex, int32_t prog_fd) {
  Bytes b = le(ifindex);
  Bytes p = le(uint32_t(prog_fd));
  b.insert(b.end(), p.begin(), p.end());
  return b;
}

bk::RedirectMap& redirect(bk::Map& m) { return dynamic_cast<bk::RedirectMap&>(m); }

TEST(Devmap, DocumentedErrnosAndTargets) {
  auto m = make(S(MapType::Devmap, 4, 8, 4));
  ASSERT_TRUE(m);
  EXPECT_TRUE(m->map_flags() & bk::BPF_F_RDONLY_PROG);  // dev_map_init_map: programs may only read values
  uint32_t k = 1, big = 4;
  Bytes v = dev_val(kLo, -1), out(8);
  EXPECT_EQ(m->update_elem(&k, v.data(), bk::BPF_NOEXIST), -EEXIST);
  EXPECT_EQ(m->update_elem(&big, v.data()), -E2BIG);
  EXPECT_EQ(m->update_elem(&k, dev_val(kNoDev, 0).data()), -EINVAL);
  EXPECT_EQ(m->update_elem(&k, dev_val(0, 3).data()), -EINVAL);  // a program fd without a device
  EXPECT_EQ(m->update_elem(&k, dev_val(kLo, 3).data()), -EBADF);  // bpfkit has no program fds
  EXPECT_FALSE(redirect(*m).has_redirect_target(1));
  ASSERT_EQ(m->update_elem(&k, v.data()), 0);
  EXPECT_TRUE(redirect(*m).has_redirect_target(1));
  ASSERT_EQ(m->lookup_elem(&k, out.data()), 0);
  EXPECT_EQ(out, dev_val(kLo, 0));  // the program id, 0: none
  auto* prog_view = static_cast<const uint32_t*>(m->prog_lookup_elem(&k));
  ASSERT_NE(prog_view, nullptr);
  EXPECT_EQ(*prog_view, kLo);
  EXPECT_EQ(redirect(*m).redirect_flag_mask(), bk::BPF_F_BROADCAST | bk::BPF_F_EXCLUDE_INGRESS);
  EXPECT_EQ(m->update_elem(&k, dev_val(0, 0).data()), 0);  // ifindex 0 clears the slot
  EXPECT_FALSE(redirect(*m).has_redirect_target(1));
  EXPECT_EQ(m->delete_elem(&big), -EINVAL);
  EXPECT_EQ(m->delete_elem(&k), 0);  // an empty slot deletes fine
}

TEST(Devmap, MatchesKernel) {
  SKIP_WITHOUT_KERNEL();
  for (uint32_t vs : {4u, 8u}) {
    DiffMap d(S(MapType::Devmap, 4, vs, 4));
    ASSERT_TRUE(d.ok());
    auto val = [&](uint32_t ifindex, int32_t fd) {
      Bytes b = dev_val(ifindex, fd);
      b.resize(vs);
      return b;
    };
    d.lookup(le(0u));
    d.update(le(0u), val(kLo, -1));
    d.update(le(2u), val(kLo, 0));
    d.update(le(3u), val(kLo, 0), bk::BPF_NOEXIST);
    d.update(le(3u), val(kLo, 0), bk::BPF_EXIST);
    d.update(le(3u), val(kLo, 0), 3);
    d.update(le(4u), val(kLo, 0));
    d.update(le(1u), val(kNoDev, 0));
    d.update(le(1u), val(0, 0));
    if (vs == 8) d.update(le(1u), val(0, 5));
    d.lookup(le(0u));
    d.lookup(le(2u));
    d.lookup(le(1u));
    d.lookup(le(9u));
    d.next_key(nullptr);
    Bytes k = le(3u), k9 = le(9u);
    d.next_key(&k);
    d.next_key(&k9);
    d.erase(le(2u));
    d.erase(le(2u));
    d.erase(le(7u));
    d.expect_same_contents(true);
  }
}

TEST(DevmapHash, MatchesKernel) {
  SKIP_WITHOUT_KERNEL();
  DiffMap d(S(MapType::DevmapHash, 4, 8, 3));
  ASSERT_TRUE(d.ok());
  d.update(le(10u), dev_val(kLo, -1));
  d.update(le(14u), dev_val(kLo, 0));  // same bucket as 10 (4 buckets)
  d.update(le(3u), dev_val(kLo, 0));
  d.update(le(5u), dev_val(kLo, 0));  // full: E2BIG
  d.update(le(3u), dev_val(kLo, 0), bk::BPF_NOEXIST);
  d.update(le(3u), dev_val(kLo, 0), bk::BPF_EXIST);
  d.update(le(7u), dev_val(kNoDev, 0));
  d.update(le(7u), dev_val(0, 0));
  d.lookup(le(14u));
  d.lookup(le(7u));
  d.expect_same_contents(true);  // iteration order too: buckets, newest first
  d.erase(le(14u));
  d.erase(le(14u));
  d.update(le(5u), dev_val(kLo, 0), bk::BPF_EXIST);  // no EXIST check for a new key
  d.expect_same_contents(true);
}

TEST(Cpumap, DocumentedErrnos) {
  auto m = make(S(MapType::Cpumap, 4, 4, bk::num_possible_cpus() + 1));
  ASSERT_TRUE(m);
  uint32_t cpu0 = 0, past = bk::num_possible_cpus(), qsize = 64, huge = 16385, zero = 0;
  EXPECT_EQ(m->update_elem(&cpu0, &huge), -EOVERFLOW);
  EXPECT_EQ(m->update_elem(&past, &qsize), -ENODEV);
  EXPECT_EQ(m->update_elem(&cpu0, &qsize, bk::BPF_NOEXIST), -EEXIST);
  ASSERT_EQ(m->update_elem(&cpu0, &qsize), 0);
  EXPECT_TRUE(redirect(*m).has_redirect_target(0));
  EXPECT_EQ(redirect(*m).redirect_flag_mask(), 0u);
  EXPECT_EQ(m->update_elem(&cpu0, &zero), 0);  // qsize 0 removes the entry
  EXPECT_FALSE(redirect(*m).has_redirect_target(0));
}

TEST(Cpumap, MatchesKernel) {
  SKIP_WITHOUT_KERNEL();
  const uint32_t n = bk::num_possible_cpus();
  DiffMap d(S(MapType::Cpumap, 4, 8, n + 1));
  ASSERT_TRUE(d.ok());
  Bytes q64 = le(uint64_t(64) | (uint64_t(0xffffffff) << 32));  // qsize 64, prog fd -1
  d.update(le(0u), q64);
  d.update(le(n), q64);                   // not a possible CPU
  d.update(le(n + 1), q64);               // past max_entries
  d.update(le(0u), le(uint64_t(16385)));  // qsize too big
  d.update(le(0u), q64, bk::BPF_NOEXIST);
  d.lookup(le(0u));
  d.lookup(le(n));
  d.erase(le(n + 1));
  d.expect_same_contents(true);
  d.update(le(0u), le(uint64_t(0)));
  d.expect_same_contents(true);
}

TEST(Xskmap, MatchesKernel) {
  SKIP_WITHOUT_KERNEL();
  DiffMap d(S(MapType::Xskmap, 4, 4, 4));
  ASSERT_TRUE(d.ok());
  d.lookup(le(0u));
  d.update(le(4u), le(0u));
  d.update(le(0u), le(0u), 3);
  d.erase(le(1u));
  d.erase(le(4u));
  Bytes k = le(1u);
  d.next_key(nullptr);
  d.next_key(&k);
  EXPECT_FALSE(redirect(d.ours()).has_redirect_target(0));
}

}  // namespace
