// ARRAY, PERCPU_ARRAY and the fd arrays (PROG_ARRAY, PERF_EVENT_ARRAY, ARRAY_OF_MAPS): documented errnos, the
// program-side path, and differential runs against the kernel.
#include <gtest/gtest.h>

#include <cerrno>
#include <cstring>

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




TEST(ArrayMap, DocumentedErrnos) {
  auto m = make(S(MapType::Array, 4, 12, 4));
  uint32_t k = 1, big = 4;
  uint8_t v[12] = {1, 2, 3}, out[12];
  EXPECT_EQ(m->update_elem(&k, v, bk::BPF_ANY), 0);
  EXPECT_EQ(m->update_elem(&k, v, bk::BPF_EXIST), 0);
  EXPECT_EQ(m->update_elem(&k, v, bk::BPF_NOEXIST), -EEXIST);
  EXPECT_EQ(m->update_elem(&k, v, 3), -EINVAL);
  EXPECT_EQ(m->update_elem(&k, v, bk::BPF_F_LOCK), -EINVAL);  // no bpf_spin_lock in the value
  EXPECT_EQ(m->update_elem(&big, v, bk::BPF_ANY), -E2BIG);
  EXPECT_EQ(m->delete_elem(&k), -EINVAL);
  EXPECT_EQ(m->lookup_elem(&big, out), -ENOENT);
  EXPECT_EQ(m->lookup_elem(&k, out, 8), -EINVAL);
  ASSERT_EQ(m->lookup_elem(&k, out), 0);
  EXPECT_EQ(std::memcmp(out, v, 12), 0);
  EXPECT_EQ(m->lookup_and_delete_elem(&k, out), -bk::ENOTSUPP_KERNEL);
  uint32_t keys[4], vals[4], count = 4;
  EXPECT_EQ(m->delete_batch(keys, &count), -bk::ENOTSUPP_KERNEL);
  (void)vals;
}

TEST(ArrayMap, GetNextKey) {
  auto m = make(S(MapType::Array, 4, 4, 3));
  uint32_t next = 99, k;
  EXPECT_EQ(m->get_next_key(nullptr, &next), 0);
  EXPECT_EQ(next, 0u);
  k = 1;
  EXPECT_EQ(m->get_next_key(&k, &next), 0);
  EXPECT_EQ(next, 2u);
  k = 2;
  EXPECT_EQ(m->get_next_key(&k, &next), -ENOENT);
  k = 77;  // not an index: restart
  EXPECT_EQ(m->get_next_key(&k, &next), 0);
  EXPECT_EQ(next, 0u);
}

TEST(ArrayMap, ProgramSideAndRegions) {
  auto m = make(S(MapType::Array, 4, 3, 5));
  std::vector<bk::MemoryRegion> regions;
  m->value_regions(regions);
  ASSERT_EQ(regions.size(), 1u);
  EXPECT_TRUE(regions[0].writable);
  EXPECT_EQ(regions[0].size, 5u * 8);  // values are 8-byte aligned slots
  uint32_t k = 2, big = 5;
  auto* p = static_cast<uint8_t*>(m->prog_lookup_elem(&k));
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(p) % 8, 0u);
  EXPECT_EQ(p, regions[0].base + 16);
  EXPECT_EQ(m->prog_lookup_elem(&big), nullptr);
  p[0] = 7;
  uint8_t out[3];
  ASSERT_EQ(m->lookup_elem(&k, out), 0);
  EXPECT_EQ(out[0], 7);
  uint8_t v[3] = {9, 9, 9};
  EXPECT_EQ(m->prog_update_elem(&k, v, bk::BPF_ANY), 0);
  EXPECT_EQ(p[0], 9);  // same memory, still valid
  EXPECT_EQ(m->prog_update_elem(&big, v, bk::BPF_ANY), -E2BIG);
  EXPECT_EQ(m->prog_delete_elem(&k), -EINVAL);

  auto ro = make(S(MapType::Array, 4, 4, 1, bk::BPF_F_RDONLY_PROG));
  regions.clear();
  ro->value_regions(regions);
  EXPECT_FALSE(regions[0].writable);
}

TEST(ArrayMap, UserspaceAccessFlags) {
  auto rd = make(S(MapType::Array, 4, 4, 2, bk::BPF_F_RDONLY));
  auto wr = make(S(MapType::Array, 4, 4, 2, bk::BPF_F_WRONLY));
  uint32_t k = 0, v = 1, out;
  EXPECT_EQ(rd->update_elem(&k, &v), -EPERM);
  EXPECT_EQ(rd->lookup_elem(&k, &out), 0);
  EXPECT_EQ(wr->update_elem(&k, &v), 0);
  EXPECT_EQ(wr->lookup_elem(&k, &out), -EPERM);
  EXPECT_EQ(wr->get_next_key(nullptr, &out), -EPERM);
}

TEST(PercpuArrayMap, ValuesPerCpu) {
  const uint32_t ncpu = bk::num_possible_cpus();
  auto m = make(S(MapType::PercpuArray, 4, 4, 2));
  EXPECT_EQ(m->user_value_size(), 8u * ncpu);
  Bytes all(8 * ncpu);
  for (uint32_t c = 0; c < ncpu; c++) all[8 * c] = static_cast<uint8_t>(c + 1);
  uint32_t k = 1;
  ASSERT_EQ(m->update_elem(&k, all.data()), 0);
  for (uint32_t c = 0; c < ncpu; c++) {
    bk::CpuScope cpu(c);
    auto* p = static_cast<uint8_t*>(m->prog_lookup_elem(&k));
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p[0], c + 1);
    EXPECT_EQ(m->prog_lookup_percpu_elem(&k, c), p);
    uint32_t v = 100 + c;
    EXPECT_EQ(m->prog_update_elem(&k, &v, bk::BPF_ANY), 0);
  }
  EXPECT_EQ(m->prog_lookup_percpu_elem(&k, ncpu), nullptr);
  Bytes out(8 * ncpu);
  ASSERT_EQ(m->lookup_elem(&k, out.data()), 0);
  for (uint32_t c = 0; c < ncpu; c++) EXPECT_EQ(out[8 * c], 100 + c);
  EXPECT_EQ(m->update_elem(&k, all.data(), bk::BPF_NOEXIST), -EEXIST);
  EXPECT_EQ(m->update_elem(&k, all.data(), bk::BPF_F_LOCK), -EINVAL);
}

// The same userspace operations on bpfkit's map and on a kernel map.
void array_sequence(DiffMap& d, uint32_t vs) {
  const uint32_t n = d.ours().max_entries();
  const size_t uvs = d.ours().user_value_size();
  for (uint64_t flags : {0ull, 1ull, 2ull, 3ull, 4ull, 5ull, 8ull}) {
    for (uint32_t i : {0u, 1u, n - 1, n, n + 7}) {
      Bytes v(uvs);
      for (size_t j = 0; j < uvs; j++) v[j] = static_cast<uint8_t>(i * 31 + j + flags);
      d.update(le(i), v, flags);
      d.lookup(le(i));
      d.lookup(le(i), flags);
      d.erase(le(i));
      d.lookup_and_delete(le(i), flags);
      Bytes k = le(i);
      d.next_key(&k);
    }
  }
  d.next_key(nullptr);
  d.expect_same_contents(/*ordered=*/true);
  (void)vs;
}

TEST(ArrayMap, MatchesKernel) {
  SKIP_WITHOUT_KERNEL();
  for (uint32_t vs : {1u, 4u, 12u}) {
    DiffMap d(S(MapType::Array, 4, vs, 6));
    ASSERT_TRUE(d.ok());
    array_sequence(d, vs);
  }
  DiffMap p(S(MapType::PercpuArray, 4, 12, 6));
  ASSERT_TRUE(p.ok());
  array_sequence(p, 12);
  for (uint32_t f : {bk::BPF_F_RDONLY, bk::BPF_F_WRONLY}) {
    DiffMap d(S(MapType::Array, 4, 4, 3, f));
    ASSERT_TRUE(d.ok());
    d.update(le(0), le(1u));
    d.lookup(le(0));
    d.erase(le(0));
    d.next_key(nullptr);
    d.lookup_and_delete(le(0));
  }
}

// Batch commands on arrays: the generic implementation, with the last key as the token.
TEST(ArrayMap, BatchMatchesKernel) {
  SKIP_WITHOUT_KERNEL();
  for (MapType t : {MapType::Array, MapType::PercpuArray}) {
    DiffMap d(S(t, 4, 4, 7));
    ASSERT_TRUE(d.ok());
    const size_t uvs = d.ours().user_value_size();
    // update_batch: keys 0..9, the first out-of-range key stops it with E2BIG and the count done so far
    Bytes keys, vals;
    for (uint32_t i = 0; i < 10; i++) {
      Bytes k = le(i), v(uvs, static_cast<uint8_t>(i + 1));
      keys.insert(keys.end(), k.begin(), k.end());
      vals.insert(vals.end(), v.begin(), v.end());
    }
    for (uint64_t ef : {0ull, 1ull, 4ull}) {
      uint32_t ca = 10, cb = 10;
      int a = d.ours().update_batch(keys.data(), vals.data(), &ca, ef);
      int b = d.kern().update_batch(keys.data(), vals.data(), &cb, ef);
      EXPECT_EQ(a, b) << "update_batch elem_flags " << ef;
      EXPECT_EQ(ca, cb);
    }
    // lookup_batch in chunks of each size
    for (uint32_t chunk : {1u, 3u, 7u, 20u}) {
      Bytes in_a(4), in_b(4), out_a(4), out_b(4);
      bool first = true;
      for (int round = 0; round < 20; round++) {
        Bytes ka(4 * chunk), kb(4 * chunk), va(uvs * chunk), vb(uvs * chunk);
        uint32_t ca = chunk, cb = chunk;
        int a = d.ours().lookup_batch(first ? nullptr : in_a.data(), out_a.data(), ka.data(), va.data(), &ca);
        int b = d.kern().lookup_batch(first ? nullptr : in_b.data(), out_b.data(), kb.data(), vb.data(), &cb);
        ASSERT_EQ(a, b) << "lookup_batch chunk " << chunk << " round " << round;
        ASSERT_EQ(ca, cb);
        EXPECT_EQ(Bytes(ka.begin(), ka.begin() + 4 * ca), Bytes(kb.begin(), kb.begin() + 4 * cb));
        EXPECT_EQ(Bytes(va.begin(), va.begin() + uvs * ca), Bytes(vb.begin(), vb.begin() + uvs * cb));
        if (ca) EXPECT_EQ(out_a, out_b);
        if (a) break;
        in_a = out_a;
        in_b = out_b;
        first = false;
      }
    }
    // count 0, bad elem_flags, delete/lookup_and_delete batches are not array ops
    {
      Bytes ka(4), va(uvs), oa(4), ob(4);
      uint32_t ca = 0, cb = 0;
      EXPECT_EQ(d.ours().lookup_batch(nullptr, oa.data(), ka.data(), va.data(), &ca),
                d.kern().lookup_batch(nullptr, ob.data(), ka.data(), va.data(), &cb));
      ca = cb = 1;
      EXPECT_EQ(d.ours().lookup_batch(nullptr, oa.data(), ka.data(), va.data(), &ca, 2),
                d.kern().lookup_batch(nullptr, ob.data(), ka.data(), va.data(), &cb, 2));
      ca = cb = 1;
      EXPECT_EQ(d.ours().lookup_batch(nullptr, oa.data(), ka.data(), va.data(), &ca, bk::BPF_F_LOCK),
                d.kern().lookup_batch(nullptr, ob.data(), ka.data(), va.data(), &cb, bk::BPF_F_LOCK));
      ca = cb = 1;
      EXPECT_EQ(d.ours().delete_batch(keys.data(), &ca), d.kern().delete_batch(keys.data(), &cb));
      ca = cb = 1;
      EXPECT_EQ(d.ours().lookup_and_delete_batch(nullptr, oa.data(), ka.data(), va.data(), &ca),
                d.kern().lookup_and_delete_batch(nullptr, ob.data(), ka.data(), va.data(), &cb));
    }
    d.expect_same_contents(true);
  }
}

// --- fd arrays ---------------------------------------------------------------------------------------------------

TEST(ProgArrayMap, Slots) {
  auto m = make(S(MapType::ProgArray, 4, 4, 4));
  auto* pa = dynamic_cast<bk::ProgArrayMap*>(m.get());
  ASSERT_NE(pa, nullptr);
  uint32_t k = 1, h = 42, out = 0, big = 4;
  EXPECT_EQ(m->lookup_elem(&k, &out), -ENOENT);
  EXPECT_EQ(m->delete_elem(&k), -ENOENT);
  EXPECT_EQ(m->update_elem(&k, &h, bk::BPF_NOEXIST), -EINVAL);  // only BPF_ANY
  EXPECT_EQ(m->update_elem(&big, &h), -E2BIG);
  EXPECT_EQ(m->delete_elem(&big), -E2BIG);
  ASSERT_EQ(m->update_elem(&k, &h), 0);
  EXPECT_EQ(m->lookup_elem(&k, &out), 0);
  EXPECT_EQ(out, 42u);
  EXPECT_EQ(pa->prog_at(1), 42u);
  EXPECT_FALSE(pa->prog_at(0).has_value());
  EXPECT_FALSE(pa->prog_at(9).has_value());
  EXPECT_EQ(m->delete_elem(&k), 0);
  EXPECT_FALSE(pa->prog_at(1).has_value());
}

TEST(PerfEventArrayMap, OutputToSink) {
  auto m = make(S(MapType::PerfEventArray, 4, 4, bk::num_possible_cpus()));
  auto* pe = dynamic_cast<bk::PerfEventArrayMap*>(m.get());
  ASSERT_NE(pe, nullptr);
  std::vector<std::pair<uint32_t, Bytes>> got;
  pe->set_sink([&](uint32_t i, std::span<const uint8_t> r) { got.emplace_back(i, Bytes(r.begin(), r.end())); });
  uint8_t data[3] = {1, 2, 3};
  EXPECT_EQ(pe->output(bk::BPF_F_CURRENT_CPU, data, 3), -ENOENT);  // no event at this CPU's index
  uint32_t k = 0, fd = 7, out;
  ASSERT_EQ(m->update_elem(&k, &fd), 0);
  EXPECT_EQ(m->lookup_elem(&k, &out), -bk::ENOTSUPP_KERNEL);
  EXPECT_EQ(pe->output(bk::BPF_F_CURRENT_CPU, data, 3), 0);
  EXPECT_EQ(pe->output(0, data, 2), 0);
  EXPECT_EQ(pe->output(1ull << 33, data, 2), 0);  // a context length is the helper's business
  EXPECT_EQ(pe->output(m->max_entries(), data, 3), -E2BIG);
  EXPECT_EQ(pe->output(1ull << 60, data, 3), -EINVAL);
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].first, 0u);
  EXPECT_EQ(got[0].second, Bytes({1, 2, 3}));
  if (m->max_entries() > 1) {
    uint32_t k1 = 1;
    ASSERT_EQ(m->update_elem(&k1, &fd), 0);
    EXPECT_EQ(pe->output(1, data, 3), -EOPNOTSUPP);  // that event lives on CPU 1
  }
}

TEST(ArrayOfMaps, InnerMaps) {
  MapSpec outer = S(MapType::ArrayOfMaps, 4, 4, 2);
  outer.inner = std::make_shared<MapSpec>(S(MapType::Array, 4, 8, 4));
  auto m = make(outer);
  auto* mm = dynamic_cast<bk::MapOfMaps*>(m.get());
  ASSERT_NE(mm, nullptr);
  std::shared_ptr<bk::Map> inner = make(S(MapType::Array, 4, 8, 4));
  std::shared_ptr<bk::Map> wrong = make(S(MapType::Array, 4, 8, 5));
  uint32_t k = 1, fd = 3, out = 0;
  EXPECT_EQ(m->update_elem(&k, &fd), -EBADF);  // no resolver: every fd is bad
  mm->set_fd_resolver([&](uint32_t f) { return f == 3 ? inner : f == 4 ? wrong : nullptr; });
  EXPECT_EQ(m->update_elem(&k, &fd), 0);
  EXPECT_EQ(m->lookup_elem(&k, &out), 0);
  EXPECT_EQ(out, inner->id());
  EXPECT_EQ(m->prog_lookup_elem(&k), inner.get());
  uint32_t bad = 4;
  EXPECT_EQ(m->update_elem(&k, &bad), -EINVAL);  // max_entries differs (no BPF_F_INNER_MAP)
  bad = 5;
  EXPECT_EQ(m->update_elem(&k, &bad), -EBADF);
  EXPECT_EQ(m->update_elem(&k, &fd, bk::BPF_EXIST), -EINVAL);
  EXPECT_EQ(mm->inner_at(&k), inner);
  EXPECT_EQ(m->delete_elem(&k), 0);
  EXPECT_EQ(m->delete_elem(&k), -ENOENT);
  EXPECT_EQ(m->prog_lookup_elem(&k), nullptr);

  outer.inner = std::make_shared<MapSpec>(S(MapType::Array, 4, 8, 4, bk::BPF_F_INNER_MAP));
  auto flexible = make(outer);
  std::shared_ptr<bk::Map> big = make(S(MapType::Array, 4, 8, 100, bk::BPF_F_INNER_MAP));
  EXPECT_EQ(dynamic_cast<bk::MapOfMaps*>(flexible.get())->update_map(&k, big), 0);
}

// Userspace errnos of fd arrays against the kernel (with real fds where the kernel needs them).
TEST(FdArrays, MatchKernel) {
  SKIP_WITHOUT_KERNEL();
  // perf event array: no fd-to-id lookup; deleting empty slots
  {
    DiffMap d(S(MapType::PerfEventArray, 4, 4, 4));
    ASSERT_TRUE(d.ok());
    d.lookup(le(0));
    d.lookup(le(9));
    d.erase(le(0));
    d.erase(le(9));
    d.next_key(nullptr);
    Bytes k = le(3u);
    d.next_key(&k);
    d.lookup_and_delete(le(0));
    d.update(le(9), le(0u), 0);   // E2BIG before the fd is looked at
    d.update(le(0), le(0u), 1);   // EINVAL: only BPF_ANY
  }
  {
    DiffMap d(S(MapType::ProgArray, 4, 4, 4));
    ASSERT_TRUE(d.ok());
    d.lookup(le(0));
    d.erase(le(1));
    d.erase(le(4));
    d.update(le(4), le(0u), 0);
    d.update(le(0), le(0u), 2);
    Bytes k = le(1u);
    d.next_key(&k);
  }
  // array of maps with a real inner map: lookup gives the id (differs), compare return codes only
  {
    MapSpec inner = S(MapType::Array, 4, 8, 4);
    int ifd = bk::testing::KernelMap::create(inner);
    ASSERT_GE(ifd, 0);
    bk::testing::KernelMap ik(ifd);
    MapSpec outer = S(MapType::ArrayOfMaps, 4, 4, 2);
    outer.inner = std::make_shared<MapSpec>(inner);
    DiffMap d(outer, ifd);
    ASSERT_TRUE(d.ok());
    std::shared_ptr<bk::Map> ours_inner = make(inner);
    dynamic_cast<bk::MapOfMaps&>(d.ours()).set_fd_resolver(
        [&](uint32_t f) { return f == static_cast<uint32_t>(ifd) ? ours_inner : nullptr; });
    d.update(le(0), le(uint32_t(ifd)), bk::BPF_NOEXIST);
    d.update(le(5), le(uint32_t(ifd)), 0);
    EXPECT_EQ(d.ours().update_elem(le(0).data(), le(uint32_t(ifd)).data(), 0),
              d.kern().update_elem(le(0).data(), le(uint32_t(ifd)).data(), 0));
    Bytes a(4), b(4);
    EXPECT_EQ(d.ours().lookup_elem(le(0).data(), a.data()), d.kern().lookup_elem(le(0).data(), b.data()));
    d.lookup(le(1));
    d.erase(le(0));
    d.erase(le(0));
    // a mismatching inner map: -EINVAL
    int wfd = bk::testing::KernelMap::create(S(MapType::Array, 4, 8, 5));
    bk::testing::KernelMap wk(wfd);
    std::shared_ptr<bk::Map> ours_wrong = make(S(MapType::Array, 4, 8, 5));
    dynamic_cast<bk::MapOfMaps&>(d.ours()).set_fd_resolver(
        [&](uint32_t) { return ours_wrong; });
    EXPECT_EQ(d.ours().update_elem(le(0).data(), le(uint32_t(wfd)).data(), 0),
              d.kern().update_elem(le(0).data(), le(uint32_t(wfd)).data(), 0));
    // batch support of fd arrays
    Bytes ka(8), va(8), oa(4), ob(4);
    uint32_t ca = 2, cb = 2;
    EXPECT_EQ(d.ours().lookup_batch(nullptr, oa.data(), ka.data(), va.data(), &ca),
              d.kern().lookup_batch(nullptr, ob.data(), ka.data(), va.data(), &cb));
  }
}

}  // namespace
