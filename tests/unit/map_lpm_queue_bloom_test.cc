// LPM_TRIE, QUEUE/STACK and BLOOM_FILTER: documented errnos and differential runs against the kernel.
#include <gtest/gtest.h>

#include <cerrno>
#include <cstring>
#include <random>

#include "bpfkit/map.h"
#include "support/map_oracle.h"
#include "support/map_test_util.h"

namespace {

namespace bk = bpfkit;
using bk::MapSpec;
using bk::MapType;
using bk::testing::S;
using bk::testing::make;
using bk::testing::Bytes;
using bk::testing::DiffMap;
using bk::testing::le;




// {prefixlen; a.b.c.d}
Bytes v4(uint32_t plen, uint8_t a, uint8_t b = 0, uint8_t c = 0, uint8_t d = 0) {
  Bytes k = le(plen);
  k.insert(k.end(), {a, b, c, d});
  return k;
}

TEST(LpmTrie, LongestPrefixMatch) {
  auto m = make(S(MapType::LpmTrie, 8, 4, 8, bk::BPF_F_NO_PREALLOC));
  uint32_t v16 = 16, v24 = 24, out;
  ASSERT_EQ(m->update_elem(v4(16, 192, 168).data(), &v16), 0);
  ASSERT_EQ(m->update_elem(v4(24, 192, 168, 1).data(), &v24), 0);
  ASSERT_EQ(m->lookup_elem(v4(32, 192, 168, 1, 7).data(), &out), 0);
  EXPECT_EQ(out, 24u);
  ASSERT_EQ(m->lookup_elem(v4(32, 192, 168, 2, 7).data(), &out), 0);
  EXPECT_EQ(out, 16u);
  EXPECT_EQ(m->lookup_elem(v4(32, 10, 0, 0, 1).data(), &out), -ENOENT);
  auto* p = static_cast<uint32_t*>(m->prog_lookup_elem(v4(32, 192, 168, 1, 9).data()));
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(*p, 24u);
  EXPECT_EQ(m->update_elem(v4(33, 1).data(), &v16), -EINVAL);
  EXPECT_EQ(m->delete_elem(v4(33, 1).data()), -EINVAL);
  EXPECT_EQ(m->delete_elem(v4(20, 192, 168).data()), -ENOENT);  // exact match only
  EXPECT_EQ(m->update_elem(v4(16, 192, 168).data(), &v16, bk::BPF_NOEXIST), -EEXIST);
  EXPECT_EQ(m->update_elem(v4(8, 10).data(), &v16, bk::BPF_EXIST), -ENOENT);
}

TEST(LpmTrie, FullIsEnospc) {
  auto m = make(S(MapType::LpmTrie, 8, 4, 2, bk::BPF_F_NO_PREALLOC));
  uint32_t v = 1;
  ASSERT_EQ(m->update_elem(v4(8, 1).data(), &v), 0);
  ASSERT_EQ(m->update_elem(v4(8, 2).data(), &v), 0);
  EXPECT_EQ(m->update_elem(v4(8, 3).data(), &v), -ENOSPC);
  EXPECT_EQ(m->update_elem(v4(8, 2).data(), &v), 0);  // replacing is fine
}

TEST(LpmTrie, RandomOpsMatchKernel) {
  SKIP_WITHOUT_KERNEL();
  for (uint32_t seed : {1u, 2u, 3u}) {
    DiffMap d(S(MapType::LpmTrie, 6, 4, 12, bk::BPF_F_NO_PREALLOC));  // 16-bit prefixes
    ASSERT_TRUE(d.ok());
    std::mt19937 rng(seed);
    for (int i = 0; i < 1500; i++) {
      uint32_t plen = rng() % 18;  // some invalid (> 16)
      Bytes key = le(plen);
      uint16_t bits = static_cast<uint16_t>(rng() & 0xf0f0);  // few distinct prefixes
      key.push_back(static_cast<uint8_t>(bits >> 8));
      key.push_back(static_cast<uint8_t>(bits));
      switch (rng() % 5) {
        case 0: case 1: d.update(key, le(uint32_t(rng())), rng() % 4); break;
        case 2: d.lookup(key); break;
        case 3: d.erase(key); break;
        case 4: d.next_key(&key); break;
      }
    }
    d.next_key(nullptr);
    d.expect_same_contents(/*ordered=*/true);  // same tree, same postorder
  }
}

TEST(LpmTrie, BatchMatchesKernel) {
  SKIP_WITHOUT_KERNEL();
  DiffMap d(S(MapType::LpmTrie, 8, 4, 16, bk::BPF_F_NO_PREALLOC));
  ASSERT_TRUE(d.ok());
  for (uint32_t i = 0; i < 10; i++) d.update(v4(8 + i, static_cast<uint8_t>(i * 16), 1, 2, 3), le(i));
  Bytes ka(8 * 4), kb(8 * 4), va(4 * 4), vb(4 * 4), oa(8), ob(8);
  uint32_t ca = 4, cb = 4;
  EXPECT_EQ(d.ours().lookup_batch(nullptr, oa.data(), ka.data(), va.data(), &ca),
            d.kern().lookup_batch(nullptr, ob.data(), kb.data(), vb.data(), &cb));
  EXPECT_EQ(ca, cb);
  EXPECT_EQ(ka, kb);
  EXPECT_EQ(va, vb);
  EXPECT_EQ(oa, ob);
  ca = cb = 4;
  EXPECT_EQ(d.ours().delete_batch(ka.data(), &ca), d.kern().delete_batch(kb.data(), &cb));
  EXPECT_EQ(ca, cb);
  d.expect_same_contents(true);
}

TEST(QueueStack, Semantics) {
  auto q = make(S(MapType::Queue, 0, 4, 2));
  auto s = make(S(MapType::Stack, 0, 4, 2));
  for (auto* m : {q.get(), s.get()}) {
    uint32_t v, out = 9;
    EXPECT_EQ(m->prog_peek_elem(&out), -ENOENT);
    EXPECT_EQ(out, 0u);  // zeroed on -ENOENT
    v = 1;
    EXPECT_EQ(m->prog_push_elem(&v, bk::BPF_ANY), 0);
    v = 2;
    EXPECT_EQ(m->prog_push_elem(&v, bk::BPF_ANY), 0);
    v = 3;
    EXPECT_EQ(m->prog_push_elem(&v, bk::BPF_ANY), -E2BIG);
    EXPECT_EQ(m->prog_push_elem(&v, bk::BPF_NOEXIST), -EINVAL);
    EXPECT_EQ(m->prog_push_elem(&v, 4), -EINVAL);
    EXPECT_EQ(m->prog_push_elem(&v, bk::BPF_EXIST), 0);  // drops the oldest (1)
    EXPECT_EQ(m->prog_pop_elem(&out), 0);
    EXPECT_EQ(out, m == q.get() ? 2u : 3u);
    EXPECT_EQ(m->delete_elem(nullptr), -EINVAL);
    EXPECT_EQ(m->get_next_key(nullptr, &out), -EINVAL);
    EXPECT_EQ(m->prog_lookup_elem(nullptr), nullptr);
  }
}

TEST(QueueStack, MatchesKernel) {
  SKIP_WITHOUT_KERNEL();
  for (MapType t : {MapType::Queue, MapType::Stack}) {
    DiffMap d(S(t, 0, 4, 3));
    ASSERT_TRUE(d.ok());
    std::mt19937 rng(static_cast<uint32_t>(t));
    for (int i = 0; i < 300; i++) {
      switch (rng() % 4) {
        case 0: d.update({}, le(uint32_t(rng())), rng() % 4 == 0 ? rng() % 6 : 0); break;
        case 1: d.lookup({}, rng() % 6 == 0 ? 4 : 0); break;
        case 2: d.lookup_and_delete({}, rng() % 6 == 0 ? rng() % 5 : 0); break;
        case 3: d.erase({}); d.next_key(nullptr); break;
      }
    }
    Bytes ka(4), va(4), oa(4), ob(4);
    uint32_t ca = 1, cb = 1;
    EXPECT_EQ(d.ours().lookup_batch(nullptr, oa.data(), ka.data(), va.data(), &ca),
              d.kern().lookup_batch(nullptr, ob.data(), ka.data(), va.data(), &cb));
  }
}

TEST(BloomFilter, NoFalseNegatives) {
  auto m = make(S(MapType::BloomFilter, 0, 8, 100, 0, 3));
  for (uint64_t i = 0; i < 100; i++) ASSERT_EQ(m->update_elem(nullptr, &i), 0);
  for (uint64_t i = 0; i < 100; i++) EXPECT_EQ(m->lookup_elem(nullptr, &i), 0);
  int positives = 0;
  for (uint64_t i = 1000; i < 2000; i++) positives += m->prog_peek_elem(&i) == 0;
  EXPECT_LT(positives, 300);  // a Bloom filter, not a set
  uint64_t v = 1;
  EXPECT_EQ(m->update_elem(nullptr, &v, bk::BPF_EXIST), -EINVAL);
  EXPECT_EQ(m->prog_pop_elem(&v), -EOPNOTSUPP);
  EXPECT_EQ(m->delete_elem(nullptr), -EOPNOTSUPP);
  EXPECT_EQ(m->get_next_key(nullptr, &v), -EOPNOTSUPP);
  EXPECT_EQ(m->lookup_and_delete_elem(nullptr, &v), -bk::ENOTSUPP_KERNEL);
}

// With BPF_F_ZERO_SEED the bit layout is the kernel's, so even false positives agree.
TEST(BloomFilter, ZeroSeedMatchesKernelExactly) {
  SKIP_WITHOUT_KERNEL();
  for (uint64_t hashes : {0ull, 1ull, 7ull}) {
    for (uint32_t vs : {4u, 6u, 16u}) {
      DiffMap d(S(MapType::BloomFilter, 0, vs, 20, bk::BPF_F_ZERO_SEED, hashes));
      ASSERT_TRUE(d.ok());
      for (uint32_t i = 0; i < 20; i++) d.update({}, le(i * 977, vs));
      d.update({}, le(1u, vs), bk::BPF_NOEXIST);
      int positives = 0;
      for (uint32_t i = 0; i < 2000; i++) positives += d.lookup_value(le(i, vs)) == 0;
      EXPECT_LT(positives, 2000);
      for (uint32_t i = 0; i < 20; i++) EXPECT_EQ(d.lookup_value(le(i * 977, vs)), 0);
      d.erase({});
      d.next_key(nullptr);
      d.lookup_and_delete({});
    }
  }
}

}  // namespace
