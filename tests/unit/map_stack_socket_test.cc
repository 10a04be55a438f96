// STACK_TRACE (the map side of bpf_get_stackid and userspace reads), and the maps holding kernel objects bpfkit does
// not have (CGROUP_ARRAY, SOCKMAP, SOCKHASH): their userspace commands against the kernel's.
#include <gtest/gtest.h>

#include <cerrno>
#include <cstring>
#include <vector>

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

bk::StackTraceMap& stack_map(bk::Map& m) { return dynamic_cast<bk::StackTraceMap&>(m); }

TEST(StackTraceMap, StackIdsAndFlags) {
  auto m = make(S(MapType::StackTrace, 4, 4 * 8, 8));
  ASSERT_TRUE(m);
  auto& s = stack_map(*m);
  EXPECT_EQ(s.max_depth(), 4u);
  const std::vector<uint64_t> a = {0x1000, 0x2000, 0x3000}, b = {0x4000};
  EXPECT_EQ(s.get_stackid({}, 0), -EFAULT);
  const long id = s.get_stackid(a, 0);
  ASSERT_GE(id, 0);
  EXPECT_LT(id, 8);
  EXPECT_EQ(s.get_stackid(a, 0), id);  // the same stack, the same id
  // The id is the bucket of jhash2(ips, 0), as the kernel computes it.
  EXPECT_EQ(uint32_t(id), bk::jhash(a.data(), 24, 0) & 7);
  uint32_t key = uint32_t(id);
  std::vector<uint64_t> out(4, 0xff);
  ASSERT_EQ(m->lookup_elem(&key, out.data()), 0);
  EXPECT_EQ(out, (std::vector<uint64_t>{0x1000, 0x2000, 0x3000, 0}));  // zero-padded
  // A stack whose bucket is taken: -EEXIST, unless BPF_F_REUSE_STACKID.
  std::vector<uint64_t> other;
  for (uint64_t ip = 1; other.empty() && ip < 100000; ++ip)
    if ((bk::jhash(&ip, 8, 0) & 7) == uint32_t(id)) other = {ip};
  ASSERT_FALSE(other.empty());
  EXPECT_EQ(s.get_stackid(other, 0), -EEXIST);
  EXPECT_EQ(s.get_stackid(other, bk::BPF_F_REUSE_STACKID), id);
  ASSERT_EQ(m->lookup_elem(&key, out.data()), 0);
  EXPECT_EQ(out[0], other[0]);
  EXPECT_EQ(out[1], 0u);
  // Userspace: update is EINVAL, delete frees the bucket, get_next_key walks the filled buckets.
  EXPECT_EQ(m->update_elem(&key, out.data()), -EINVAL);
  uint32_t next = 99, big = 8;
  ASSERT_EQ(m->get_next_key(nullptr, &next), 0);
  EXPECT_EQ(next, key);
  EXPECT_EQ(m->get_next_key(&key, &next), -ENOENT);
  EXPECT_EQ(m->delete_elem(&big), -E2BIG);
  EXPECT_EQ(m->delete_elem(&key), 0);
  EXPECT_EQ(m->delete_elem(&key), -ENOENT);
  EXPECT_EQ(m->lookup_elem(&key, out.data()), -ENOENT);
  EXPECT_EQ(s.get_stackid(b, 0) >= 0, true);
}

TEST(StackTraceMap, FreelistRunsOut) {
  auto m = make(S(MapType::StackTrace, 4, 8, 1));  // one preallocated bucket (n_buckets 1)
  ASSERT_TRUE(m);
  auto& s = stack_map(*m);
  const std::vector<uint64_t> a = {1}, b = {2};
  EXPECT_EQ(s.get_stackid(a, 0), 0);
  EXPECT_EQ(s.get_stackid(b, 0), -EEXIST);
  // Replacing needs a new bucket off the freelist first, and the only one is in use.
  EXPECT_EQ(s.get_stackid(b, bk::BPF_F_REUSE_STACKID), -ENOMEM);
  EXPECT_EQ(s.get_stackid(b, bk::BPF_F_FAST_STACK_CMP), -EEXIST);
}

TEST(StackTraceMap, EmptyMatchesKernel) {
  SKIP_WITHOUT_KERNEL();
  DiffMap d(S(MapType::StackTrace, 4, 16, 4));
  ASSERT_TRUE(d.ok());
  d.lookup(le(0u));
  d.lookup(le(9u));
  d.update(le(0u), Bytes(16, 1));
  d.erase(le(0u));
  d.erase(le(4u));
  d.next_key(nullptr);
  Bytes k = le(2u);
  d.next_key(&k);
}

TEST(CgroupArray, MatchesKernel) {
  SKIP_WITHOUT_KERNEL();
  DiffMap d(S(MapType::CgroupArray, 4, 4, 2));
  ASSERT_TRUE(d.ok());
  d.update(le(2u), le(0u));
  d.update(le(0u), le(0u), bk::BPF_NOEXIST);
  d.lookup(le(0u));
  d.erase(le(0u));
  d.erase(le(2u));
  Bytes k = le(0u), k1 = le(1u);
  d.next_key(nullptr);
  d.next_key(&k);
  d.next_key(&k1);
}

TEST(SockMaps, MatchExceptUpdate) {
  SKIP_WITHOUT_KERNEL();
  for (uint32_t vs : {4u, 8u}) {
    DiffMap m(S(MapType::Sockmap, 4, vs, 4));
    ASSERT_TRUE(m.ok());
    m.lookup(le(0u));
    m.lookup(le(7u));
    m.erase(le(0u));
    m.erase(le(7u));
    Bytes k = le(3u), k9 = le(9u);
    m.next_key(nullptr);
    m.next_key(&k);
    m.next_key(&k9);
    m.update(le(0u), Bytes(vs, 0xff));  // an fd above INT_MAX (8-byte values) or -1: no such socket
    DiffMap h(S(MapType::Sockhash, 8, vs, 4));
    ASSERT_TRUE(h.ok());
    h.lookup(le(uint64_t(1)));
    h.erase(le(uint64_t(1)));
    h.next_key(nullptr);
  }
}

TEST(SockMaps, NoSocketsInBpfkit) {
  auto m = make(S(MapType::Sockmap, 4, 8, 4));
  ASSERT_TRUE(m);
  uint32_t k = 0;
  uint64_t fd = 0, big = 1ull << 40;
  EXPECT_EQ(m->update_elem(&k, &fd), -EBADF);
  EXPECT_EQ(m->update_elem(&k, &big), -EINVAL);
  EXPECT_EQ(m->prog_lookup_elem(&k), nullptr);
  auto storage = [] {
    auto s = S(MapType::TaskStorage, 4, 8, 0, bk::BPF_F_NO_PREALLOC);
    s.btf_key_type_id = 1;
    s.btf_value_type_id = 1;
    return s;
  }();
  auto t = make(storage);
  ASSERT_TRUE(t);
  int pidfd = 3;
  EXPECT_EQ(t->update_elem(&pidfd, &fd), -EBADF);
  EXPECT_EQ(t->lookup_elem(&pidfd, &fd), -EBADF);
  EXPECT_EQ(t->get_next_key(nullptr, &k), -bk::ENOTSUPP_KERNEL);
}

}  // namespace
