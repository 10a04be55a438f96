// The hash family: documented errnos, program-side behaviour, LRU properties, and differential runs against the
// kernel. With BPF_F_ZERO_SEED both tables hash alike, so iteration and batch order are compared exactly.
#include <gtest/gtest.h>

#include <cerrno>
#include <cstring>
#include <random>
#include <set>

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




TEST(HashMap, DocumentedErrnos) {
  for (uint32_t flags : {0u, bk::BPF_F_NO_PREALLOC}) {
    auto m = make(S(MapType::Hash, 4, 8, 2, flags));
    uint64_t v = 5, out = 0;
    uint32_t k1 = 1, k2 = 2, k3 = 3;
    EXPECT_EQ(m->update_elem(&k1, &v, bk::BPF_EXIST), -ENOENT);
    EXPECT_EQ(m->update_elem(&k1, &v, bk::BPF_NOEXIST), 0);
    EXPECT_EQ(m->update_elem(&k1, &v, bk::BPF_NOEXIST), -EEXIST);
    EXPECT_EQ(m->update_elem(&k1, &v, 3), -EINVAL);
    EXPECT_EQ(m->update_elem(&k1, &v, bk::BPF_F_LOCK), -EINVAL);
    EXPECT_EQ(m->update_elem(&k2, &v), 0);
    EXPECT_EQ(m->update_elem(&k3, &v), -E2BIG);  // full
    v = 6;
    EXPECT_EQ(m->update_elem(&k2, &v), 0);  // replacing in a full map is fine
    EXPECT_EQ(m->prog_update_elem(&k3, &v, bk::BPF_ANY), -E2BIG);
    EXPECT_EQ(m->lookup_elem(&k2, &out), 0);
    EXPECT_EQ(out, 6u);
    EXPECT_EQ(m->delete_elem(&k3), -ENOENT);
    EXPECT_EQ(m->lookup_elem(&k3, &out), -ENOENT);
    EXPECT_EQ(m->lookup_and_delete_elem(&k2, &out), 0);
    EXPECT_EQ(m->lookup_and_delete_elem(&k2, &out), -ENOENT);
    EXPECT_EQ(m->lookup_and_delete_elem(&k1, &out, 1), -EINVAL);
    EXPECT_EQ(m->update_elem(&k3, &v), 0);  // room again
  }
}

TEST(HashMap, ProgramPointersStayValid) {
  auto m = make(S(MapType::Hash, 4, 4, 4, bk::BPF_F_NO_PREALLOC));
  uint32_t k = 1, v = 10;
  ASSERT_EQ(m->update_elem(&k, &v), 0);
  auto* p = static_cast<uint32_t*>(m->prog_lookup_elem(&k));
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(*p, 10u);
  std::vector<bk::MemoryRegion> regions;
  m->value_regions(regions);
  bool inside = false;
  for (auto& r : regions)
    inside |= reinterpret_cast<uint8_t*>(p) >= r.base && reinterpret_cast<uint8_t*>(p) + 4 <= r.base + r.size;
  EXPECT_TRUE(inside);
  *p = 11;
  uint32_t out;
  ASSERT_EQ(m->lookup_elem(&k, &out), 0);
  EXPECT_EQ(out, 11u);
  ASSERT_EQ(m->prog_delete_elem(&k), 0);
  EXPECT_EQ(m->prog_lookup_elem(&k), nullptr);
  for (uint32_t i = 0; i < 4; i++) ASSERT_EQ(m->prog_update_elem(&i, &v, bk::BPF_NOEXIST), 0);
  // p still points at map memory (reused by some element), as in the kernel's pools
  regions.clear();
  m->value_regions(regions);
  inside = false;
  for (auto& r : regions)
    inside |= reinterpret_cast<uint8_t*>(p) >= r.base && reinterpret_cast<uint8_t*>(p) + 4 <= r.base + r.size;
  EXPECT_TRUE(inside);
}

TEST(PercpuHashMap, ProgramSeesItsCpu) {
  const uint32_t ncpu = bk::num_possible_cpus();
  auto m = make(S(MapType::PercpuHash, 4, 4, 4));
  uint32_t k = 7, v = 3;
  {
    bk::CpuScope cpu(ncpu - 1);
    ASSERT_EQ(m->prog_update_elem(&k, &v, bk::BPF_ANY), 0);
  }
  Bytes all(8 * ncpu, 0xee);
  ASSERT_EQ(m->lookup_elem(&k, all.data()), 0);
  for (uint32_t c = 0; c < ncpu; c++) EXPECT_EQ(all[8 * c], c == ncpu - 1 ? 3 : 0) << c;  // others zeroed
  EXPECT_EQ(m->prog_lookup_percpu_elem(&k, ncpu), nullptr);
  auto* p0 = static_cast<uint32_t*>(m->prog_lookup_percpu_elem(&k, 0));
  ASSERT_NE(p0, nullptr);
  EXPECT_EQ(p0, m->prog_lookup_elem(&k));  // this thread runs on CPU 0
  EXPECT_EQ(m->update_elem(&k, all.data(), bk::BPF_F_LOCK), -EINVAL);
}

TEST(LruHashMap, EvictsInsteadOfE2big) {
  for (MapType t : {MapType::LruHash, MapType::LruPercpuHash}) {
    auto m = make(S(t, 4, 8, 8));
    Bytes v(m->user_value_size(), 1);
    for (uint32_t i = 0; i < 100; i++) {
      ASSERT_EQ(m->update_elem(&i, v.data()), 0) << i;
      Bytes out(m->user_value_size());
      EXPECT_EQ(m->lookup_elem(&i, out.data()), 0) << "the newest key is present";
    }
    uint32_t n = 0;
    uint32_t key, next;
    const void* prev = nullptr;
    while (m->get_next_key(prev, &next) == 0) {
      n++;
      key = next;
      prev = &key;
    }
    EXPECT_LE(n, 8u);
    EXPECT_GT(n, 0u);
    uint32_t k = 1000;
    EXPECT_EQ(m->update_elem(&k, v.data(), bk::BPF_F_LOCK), -EINVAL);
    EXPECT_EQ(m->update_elem(&k, v.data(), 3), -EINVAL);
  }
}

TEST(LruHashMap, ProgramLookupsKeepKeysAlive) {
  auto m = make(S(MapType::LruHash, 4, 4, 4));
  uint32_t v = 0;
  for (uint32_t i = 0; i < 4; i++) ASSERT_EQ(m->update_elem(&i, &v), 0);
  for (uint32_t i = 4; i < 20; i++) {
    uint32_t hot = 0;
    ASSERT_NE(m->prog_lookup_elem(&hot), nullptr) << i;  // used by "programs" all the time
    ASSERT_EQ(m->update_elem(&i, &v), 0);
  }
}

// A random mix of userspace operations over a small key space, on both maps.
// With a random hash seed the two iteration orders differ, so get_next_key is only compared with ordered.
void random_ops(DiffMap& d, uint32_t key_space, int n, uint32_t seed, bool lru, bool ordered = true) {
  std::mt19937 rng(seed);
  const size_t ks = d.ours().key_size(), uvs = d.ours().user_value_size();
  for (int i = 0; i < n; i++) {
    Bytes key = le(rng() % key_space, ks);
    Bytes value(uvs);
    for (auto& b : value) b = static_cast<uint8_t>(rng());
    switch (rng() % 6) {
      case 0: case 1: d.update(key, value, lru ? rng() % 3 : rng() % 5); break;
      case 2: d.lookup(key, rng() % 8 == 0 ? 8 : 0); break;
      case 3: d.erase(key); break;
      case 4: d.lookup_and_delete(key, rng() % 8 == 0 ? 1 : 0); break;
      case 5: if (ordered) d.next_key(&key); break;
    }
  }
}

TEST(HashMap, RandomOpsMatchKernel) {
  SKIP_WITHOUT_KERNEL();
  uint32_t seed = 1;
  for (MapType t : {MapType::Hash, MapType::PercpuHash}) {
    for (uint32_t flags : {0u, bk::BPF_F_NO_PREALLOC}) {
      for (uint32_t ks : {4u, 3u, 13u}) {
        DiffMap d(S(t, ks, 12, 10, flags | bk::BPF_F_ZERO_SEED));
        ASSERT_TRUE(d.ok());
        random_ops(d, 16, 600, seed++, false);
        d.expect_same_contents(/*ordered=*/true);
      }
      DiffMap d(S(t, 4, 8, 10, flags));  // random seeds: compare as sets
      ASSERT_TRUE(d.ok());
      random_ops(d, 16, 300, seed++, false, false);
      d.expect_same_contents(false);
    }
  }
}

// LRU maps below their capacity never evict, so they must match exactly.
TEST(LruHashMap, UnderCapacityMatchesKernel) {
  SKIP_WITHOUT_KERNEL();
  uint32_t seed = 100;
  for (MapType t : {MapType::LruHash, MapType::LruPercpuHash}) {
    DiffMap d(S(t, 4, 8, 1024, bk::BPF_F_ZERO_SEED));
    ASSERT_TRUE(d.ok());
    random_ops(d, 16, 600, seed++, true);
    d.expect_same_contents(true);
  }
}

TEST(HashMap, AccessFlagsMatchKernel) {
  SKIP_WITHOUT_KERNEL();
  for (uint32_t f : {bk::BPF_F_RDONLY, bk::BPF_F_WRONLY}) {
    DiffMap d(S(MapType::Hash, 4, 4, 4, f));
    ASSERT_TRUE(d.ok());
    d.update(le(1u), le(1u));
    d.lookup(le(1u));
    d.erase(le(1u));
    d.next_key(nullptr);
    d.lookup_and_delete(le(1u));
  }
}

// Batches: whole buckets, the token is a bucket index; ENOSPC when the first bucket does not fit.
TEST(HashMap, BatchMatchesKernel) {
  SKIP_WITHOUT_KERNEL();
  for (MapType t : {MapType::Hash, MapType::PercpuHash, MapType::LruHash}) {
    DiffMap d(S(t, 4, 4, 64, bk::BPF_F_ZERO_SEED));
    ASSERT_TRUE(d.ok());
    const size_t uvs = d.ours().user_value_size();
    // update_batch 40 keys
    Bytes keys, vals;
    for (uint32_t i = 0; i < 40; i++) {
      Bytes k = le(i * 7919), v(uvs, static_cast<uint8_t>(i));
      keys.insert(keys.end(), k.begin(), k.end());
      vals.insert(vals.end(), v.begin(), v.end());
    }
    for (uint64_t ef : {1ull, 0ull}) {
      uint32_t ca = 40, cb = 40;
      EXPECT_EQ(d.ours().update_batch(keys.data(), vals.data(), &ca, ef),
                d.kern().update_batch(keys.data(), vals.data(), &cb, ef));
      EXPECT_EQ(ca, cb);
    }
    d.expect_same_contents(true);
    for (bool del : {false, true}) {
      for (uint32_t chunk : {1u, 2u, 5u, 64u}) {
        Bytes in_a(4), in_b(4), out_a(4), out_b(4);
        bool first = true;
        for (int round = 0; round < 100; round++) {
          Bytes ka(4 * chunk), kb(4 * chunk), va(uvs * chunk), vb(uvs * chunk);
          uint32_t ca = chunk, cb = chunk;
          const void* ia = first ? nullptr : in_a.data();
          void* ib = first ? nullptr : in_b.data();
          int a = del ? d.ours().lookup_and_delete_batch(ia, out_a.data(), ka.data(), va.data(), &ca)
                      : d.ours().lookup_batch(ia, out_a.data(), ka.data(), va.data(), &ca);
          int b = del ? d.kern().lookup_and_delete_batch(ib, out_b.data(), kb.data(), vb.data(), &cb)
                      : d.kern().lookup_batch(ib, out_b.data(), kb.data(), vb.data(), &cb);
          ASSERT_EQ(a, b) << "chunk " << chunk << " round " << round << " delete " << del;
          ASSERT_EQ(ca, cb);
          EXPECT_EQ(Bytes(ka.begin(), ka.begin() + 4 * ca), Bytes(kb.begin(), kb.begin() + 4 * cb));
          EXPECT_EQ(Bytes(va.begin(), va.begin() + uvs * ca), Bytes(vb.begin(), vb.begin() + uvs * cb));
          if (a == 0 || a == -ENOENT) {
            EXPECT_EQ(out_a, out_b);
          }
          if (a) break;
          in_a = out_a;
          in_b = out_b;
          first = false;
        }
        if (del) break;  // the map is empty now
      }
    }
    d.expect_same_contents(true);
    // error paths
    Bytes ka(4), va(uvs), oa(4), ob(4);
    Bytes past = le(64u);  // bucket index past the end
    Bytes past_b = past;
    uint32_t ca = 1, cb = 1;
    EXPECT_EQ(d.ours().lookup_batch(past.data(), oa.data(), ka.data(), va.data(), &ca),
              d.kern().lookup_batch(past_b.data(), ob.data(), ka.data(), va.data(), &cb));
    ca = cb = 1;
    EXPECT_EQ(d.ours().lookup_batch(nullptr, oa.data(), ka.data(), va.data(), &ca, 0, 1),
              d.kern().lookup_batch(nullptr, ob.data(), ka.data(), va.data(), &cb, 0, 1));
    ca = cb = 1;
    EXPECT_EQ(d.ours().lookup_batch(nullptr, oa.data(), ka.data(), va.data(), &ca, 2),
              d.kern().lookup_batch(nullptr, ob.data(), ka.data(), va.data(), &cb, 2));
    ca = cb = 0;
    EXPECT_EQ(d.ours().lookup_batch(nullptr, oa.data(), ka.data(), va.data(), &ca),
              d.kern().lookup_batch(nullptr, ob.data(), ka.data(), va.data(), &cb));
    // delete_batch stops at the first missing key
    ca = cb = 3;
    EXPECT_EQ(d.ours().delete_batch(keys.data(), &ca), d.kern().delete_batch(keys.data(), &cb));
    EXPECT_EQ(ca, cb);
  }
}

// A full table's bucket that holds more than count keys: -ENOSPC with nothing copied.
TEST(HashMap, BatchEnospcMatchesKernel) {
  SKIP_WITHOUT_KERNEL();
  DiffMap d(S(MapType::Hash, 4, 4, 2, bk::BPF_F_ZERO_SEED));  // 2 buckets: collisions are certain
  ASSERT_TRUE(d.ok());
  for (uint32_t i = 0; i < 2; i++) d.update(le(i), le(i));
  for (uint32_t chunk : {1u, 2u}) {
    Bytes ka(8), kb(8), va(8), vb(8), oa(4), ob(4);
    uint32_t ca = chunk, cb = chunk;
    EXPECT_EQ(d.ours().lookup_batch(nullptr, oa.data(), ka.data(), va.data(), &ca),
              d.kern().lookup_batch(nullptr, ob.data(), kb.data(), vb.data(), &cb));
    EXPECT_EQ(ca, cb);
  }
}

TEST(HashOfMaps, MatchesKernel) {
  SKIP_WITHOUT_KERNEL();
  MapSpec inner = S(MapType::Hash, 4, 4, 8);
  int ifd = bk::testing::KernelMap::create(inner);
  ASSERT_GE(ifd, 0);
  bk::testing::KernelMap ik(ifd);
  MapSpec outer = S(MapType::HashOfMaps, 4, 4, 2);
  outer.inner = std::make_shared<MapSpec>(inner);
  DiffMap d(outer, ifd);
  ASSERT_TRUE(d.ok());
  std::shared_ptr<bk::Map> ours_inner = make(inner);
  auto& mm = dynamic_cast<bk::MapOfMaps&>(d.ours());
  mm.set_fd_resolver([&](uint32_t f) { return f == static_cast<uint32_t>(ifd) ? ours_inner : nullptr; });
  Bytes fd = le(uint32_t(ifd));
  d.update(le(1u), fd, bk::BPF_EXIST);
  d.update(le(1u), fd, 0);
  d.update(le(1u), fd, bk::BPF_NOEXIST);
  d.update(le(2u), fd, 0);
  d.update(le(3u), fd, 0);  // full
  d.update(le(3u), le(999u), 0);  // bad fd first
  d.update(le(3u), fd, 7);  // flags checked after the fd
  EXPECT_EQ(d.ours().prog_lookup_elem(le(1u).data()), ours_inner.get());
  EXPECT_EQ(mm.inner_at(le(2u).data()), ours_inner);
  d.erase(le(1u));
  d.erase(le(1u));
  Bytes ka(8), va(8), oa(4), ob(4);
  uint32_t ca = 2, cb = 2;
  EXPECT_EQ(d.ours().lookup_batch(nullptr, oa.data(), ka.data(), va.data(), &ca),
            d.kern().lookup_batch(nullptr, ob.data(), ka.data(), va.data(), &cb));
  EXPECT_EQ(ca, cb);
}

}  // namespace
