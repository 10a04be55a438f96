// BPF_MAP_CREATE: every map type's creation checks, against the errno the kernel documents (the expected column)
// and against the running kernel (same spec through libbpf's bpf_map_create).
#include <gtest/gtest.h>

#include <cerrno>

#include "bpfkit/map.h"
#include "support/map_oracle.h"
#include "support/map_test_util.h"

namespace {

using bpfkit::MapSpec;
using bpfkit::MapType;
using bpfkit::testing::S;
namespace bk = bpfkit;

struct Case {
  const char* what;
  MapSpec spec;
  int expected;  // errno, 0 for success
};


constexpr int ENOTSUPP_K = bk::ENOTSUPP_KERNEL;

const Case kCases[] = {
    // array
    {"array ok", S(MapType::Array, 4, 8, 16), 0},
    {"array odd value", S(MapType::Array, 4, 3, 16), 0},
    {"array key 8", S(MapType::Array, 8, 8, 16), EINVAL},
    {"array key 0", S(MapType::Array, 0, 8, 16), EINVAL},
    {"array value 0", S(MapType::Array, 4, 0, 16), EINVAL},
    {"array max 0", S(MapType::Array, 4, 8, 0), EINVAL},
    {"array no_prealloc", S(MapType::Array, 4, 8, 4, bk::BPF_F_NO_PREALLOC), EINVAL},
    {"array mmapable", S(MapType::Array, 4, 8, 4, bk::BPF_F_MMAPABLE), 0},
    {"array inner_map flag", S(MapType::Array, 4, 8, 4, bk::BPF_F_INNER_MAP), 0},
    {"array preserve_elems", S(MapType::Array, 4, 8, 4, bk::BPF_F_PRESERVE_ELEMS), EINVAL},
    {"array rdonly_prog", S(MapType::Array, 4, 8, 4, bk::BPF_F_RDONLY_PROG), 0},
    {"array rdonly+wronly prog", S(MapType::Array, 4, 8, 4, bk::BPF_F_RDONLY_PROG | bk::BPF_F_WRONLY_PROG), EINVAL},
    {"array rdonly+wronly", S(MapType::Array, 4, 8, 4, bk::BPF_F_RDONLY | bk::BPF_F_WRONLY), EINVAL},
    {"array map_extra", S(MapType::Array, 4, 8, 4, 0, 1), EINVAL},
    {"array zero_seed", S(MapType::Array, 4, 8, 4, bk::BPF_F_ZERO_SEED), EINVAL},
    {"array unknown flag", S(MapType::Array, 4, 8, 4, 1u << 25), EINVAL},
    // percpu array
    {"percpu_array ok", S(MapType::PercpuArray, 4, 8, 16), 0},
    {"percpu_array mmapable", S(MapType::PercpuArray, 4, 8, 4, bk::BPF_F_MMAPABLE), EINVAL},
    {"percpu_array value 32K", S(MapType::PercpuArray, 4, 32768, 1), 0},
    {"percpu_array value 32K+1", S(MapType::PercpuArray, 4, 32769, 1), E2BIG},
    {"percpu_array key 2", S(MapType::PercpuArray, 2, 8, 1), EINVAL},
    // fd arrays
    {"prog_array ok", S(MapType::ProgArray, 4, 4, 8), 0},
    {"prog_array value 8", S(MapType::ProgArray, 4, 8, 8), EINVAL},
    {"prog_array rdonly_prog", S(MapType::ProgArray, 4, 4, 8, bk::BPF_F_RDONLY_PROG), EINVAL},
    {"prog_array key 8", S(MapType::ProgArray, 8, 4, 8), EINVAL},
    {"prog_array max 0", S(MapType::ProgArray, 4, 4, 0), EINVAL},
    {"perf_event_array ok", S(MapType::PerfEventArray, 4, 4, 2), 0},
    {"perf_event_array preserve", S(MapType::PerfEventArray, 4, 4, 2, bk::BPF_F_PRESERVE_ELEMS), 0},
    {"prog_array preserve", S(MapType::ProgArray, 4, 4, 2, bk::BPF_F_PRESERVE_ELEMS), EINVAL},
    {"perf_event_array value 0", S(MapType::PerfEventArray, 4, 0, 2), EINVAL},
    // hash family
    {"hash ok", S(MapType::Hash, 4, 8, 16), 0},
    {"hash big key", S(MapType::Hash, 512, 8, 16), 0},
    {"hash key 513", S(MapType::Hash, 513, 8, 16), 0},
    {"hash key 0", S(MapType::Hash, 0, 8, 16), EINVAL},
    {"hash value 0", S(MapType::Hash, 4, 0, 16), EINVAL},
    {"hash max 0", S(MapType::Hash, 4, 8, 0), EINVAL},
    {"hash no_prealloc", S(MapType::Hash, 4, 8, 16, bk::BPF_F_NO_PREALLOC), 0},
    {"hash zero_seed", S(MapType::Hash, 4, 8, 16, bk::BPF_F_ZERO_SEED), 0},
    {"hash no_common_lru", S(MapType::Hash, 4, 8, 16, bk::BPF_F_NO_COMMON_LRU), EINVAL},
    {"hash mmapable", S(MapType::Hash, 4, 8, 16, bk::BPF_F_MMAPABLE), EINVAL},
    {"hash huge value", S(MapType::Hash, 4, 1u << 22, 1), E2BIG},
    {"hash numa 0", [] { auto s = S(MapType::Hash, 4, 8, 16, bk::BPF_F_NUMA_NODE); return s; }(), 0},
    {"hash numa 99", [] { auto s = S(MapType::Hash, 4, 8, 16, bk::BPF_F_NUMA_NODE); s.numa_node = 99; return s; }(),
     EINVAL},
    {"percpu_hash numa", S(MapType::PercpuHash, 4, 8, 16, bk::BPF_F_NUMA_NODE), EINVAL},
    {"percpu_hash ok", S(MapType::PercpuHash, 4, 8, 16), 0},
    {"percpu_hash value 32K+1", S(MapType::PercpuHash, 4, 32769, 16), E2BIG},
    {"lru_hash ok", S(MapType::LruHash, 4, 8, 16), 0},
    {"lru_hash no_prealloc", S(MapType::LruHash, 4, 8, 16, bk::BPF_F_NO_PREALLOC), ENOTSUPP_K},
    {"lru_hash no_common_lru", S(MapType::LruHash, 4, 8, 16, bk::BPF_F_NO_COMMON_LRU), 0},
    {"lru_hash no_common_lru numa", S(MapType::LruHash, 4, 8, 16, bk::BPF_F_NO_COMMON_LRU | bk::BPF_F_NUMA_NODE),
     EINVAL},
    {"lru_percpu_hash ok", S(MapType::LruPercpuHash, 4, 8, 16), 0},
    {"lru_percpu_hash key 0", S(MapType::LruPercpuHash, 0, 8, 16), EINVAL},
    // lpm trie
    {"lpm ok", S(MapType::LpmTrie, 8, 8, 16, bk::BPF_F_NO_PREALLOC), 0},
    {"lpm prealloc", S(MapType::LpmTrie, 8, 8, 16), EINVAL},
    {"lpm key 4", S(MapType::LpmTrie, 4, 8, 16, bk::BPF_F_NO_PREALLOC), EINVAL},
    {"lpm key 5", S(MapType::LpmTrie, 5, 8, 16, bk::BPF_F_NO_PREALLOC), 0},
    {"lpm key 260", S(MapType::LpmTrie, 260, 8, 16, bk::BPF_F_NO_PREALLOC), 0},
    {"lpm key 261", S(MapType::LpmTrie, 261, 8, 16, bk::BPF_F_NO_PREALLOC), EINVAL},
    {"lpm value 0", S(MapType::LpmTrie, 8, 0, 16, bk::BPF_F_NO_PREALLOC), EINVAL},
    {"lpm max 0", S(MapType::LpmTrie, 8, 8, 0, bk::BPF_F_NO_PREALLOC), EINVAL},
    {"lpm zero_seed", S(MapType::LpmTrie, 8, 8, 4, bk::BPF_F_NO_PREALLOC | bk::BPF_F_ZERO_SEED), EINVAL},
    // queue / stack
    {"queue ok", S(MapType::Queue, 0, 8, 16), 0},
    {"queue key 4", S(MapType::Queue, 4, 8, 16), EINVAL},
    {"queue value 0", S(MapType::Queue, 0, 0, 16), EINVAL},
    {"queue max 0", S(MapType::Queue, 0, 8, 0), EINVAL},
    {"queue no_prealloc", S(MapType::Queue, 0, 8, 4, bk::BPF_F_NO_PREALLOC), EINVAL},
    {"stack ok", S(MapType::Stack, 0, 8, 16), 0},
    {"stack huge value", S(MapType::Stack, 0, (1u << 22) + 1, 1), E2BIG},
    // ringbuf
    {"ringbuf ok", S(MapType::Ringbuf, 0, 0, 4096), 0},
    {"ringbuf 64K", S(MapType::Ringbuf, 0, 0, 65536), 0},
    {"ringbuf not pow2", S(MapType::Ringbuf, 0, 0, 3 * 4096), EINVAL},
    {"ringbuf sub-page", S(MapType::Ringbuf, 0, 0, 2048), EINVAL},
    {"ringbuf key", S(MapType::Ringbuf, 4, 0, 4096), EINVAL},
    {"ringbuf value", S(MapType::Ringbuf, 0, 4, 4096), EINVAL},
    {"ringbuf max 0", S(MapType::Ringbuf, 0, 0, 0), EINVAL},
    {"ringbuf rdonly_prog", S(MapType::Ringbuf, 0, 0, 4096, bk::BPF_F_RDONLY_PROG), EINVAL},
    {"ringbuf numa", S(MapType::Ringbuf, 0, 0, 4096, bk::BPF_F_NUMA_NODE), 0},
    // bloom filter
    {"bloom ok", S(MapType::BloomFilter, 0, 8, 100), 0},
    {"bloom 15 hashes", S(MapType::BloomFilter, 0, 8, 100, 0, 15), 0},
    {"bloom 16 hashes", S(MapType::BloomFilter, 0, 8, 100, 0, 16), EINVAL},
    {"bloom key 4", S(MapType::BloomFilter, 4, 8, 100), EINVAL},
    {"bloom value 0", S(MapType::BloomFilter, 0, 0, 100), EINVAL},
    {"bloom max 0", S(MapType::BloomFilter, 0, 8, 0), EINVAL},
    {"bloom zero_seed", S(MapType::BloomFilter, 0, 8, 10, bk::BPF_F_ZERO_SEED), 0},
    {"bloom no_prealloc", S(MapType::BloomFilter, 0, 8, 10, bk::BPF_F_NO_PREALLOC), EINVAL},
    {"bloom huge value key 4", S(MapType::BloomFilter, 4, (1u << 22) + 1, 10), E2BIG},
    // devmap, devmap_hash, cpumap, xskmap
    {"devmap ok", S(MapType::Devmap, 4, 4, 8), 0},
    {"devmap value 8", S(MapType::Devmap, 4, 8, 8), 0},
    {"devmap value 12", S(MapType::Devmap, 4, 12, 8), EINVAL},
    {"devmap key 8", S(MapType::Devmap, 8, 4, 8), EINVAL},
    {"devmap max 0", S(MapType::Devmap, 4, 4, 0), EINVAL},
    {"devmap rdonly_prog", S(MapType::Devmap, 4, 4, 8, bk::BPF_F_RDONLY_PROG), EINVAL},
    {"devmap no_prealloc", S(MapType::Devmap, 4, 4, 8, bk::BPF_F_NO_PREALLOC), EINVAL},
    {"devmap rdonly", S(MapType::Devmap, 4, 4, 8, bk::BPF_F_RDONLY), 0},
    {"devmap_hash ok", S(MapType::DevmapHash, 4, 8, 8), 0},
    {"devmap_hash value 2", S(MapType::DevmapHash, 4, 2, 8), EINVAL},
    {"devmap_hash 2^31+1", S(MapType::DevmapHash, 4, 4, (1u << 31) + 1), EINVAL},
    {"cpumap ok", S(MapType::Cpumap, 4, 4, 4), 0},
    {"cpumap value 8", S(MapType::Cpumap, 4, 8, 4), 0},
    {"cpumap value 16", S(MapType::Cpumap, 4, 16, 4), EINVAL},
    {"cpumap rdonly", S(MapType::Cpumap, 4, 4, 4, bk::BPF_F_RDONLY), EINVAL},
    {"cpumap above NR_CPUS", S(MapType::Cpumap, 4, 4, 8193), E2BIG},
    {"cpumap max 0", S(MapType::Cpumap, 4, 4, 0), EINVAL},
    {"xskmap ok", S(MapType::Xskmap, 4, 4, 4), 0},
    {"xskmap value 8", S(MapType::Xskmap, 4, 8, 4), EINVAL},
    {"xskmap key 2", S(MapType::Xskmap, 2, 4, 4), EINVAL},
    // stack trace
    {"stack_trace ok", S(MapType::StackTrace, 4, 8 * 127, 16), 0},
    {"stack_trace 128 frames", S(MapType::StackTrace, 4, 8 * 128, 16), EINVAL},
    {"stack_trace value 12", S(MapType::StackTrace, 4, 12, 16), EINVAL},
    {"stack_trace value 0", S(MapType::StackTrace, 4, 0, 16), EINVAL},
    {"stack_trace key 8", S(MapType::StackTrace, 8, 8, 16), EINVAL},
    {"stack_trace max 0", S(MapType::StackTrace, 4, 8, 0), EINVAL},
    {"stack_trace build_id", S(MapType::StackTrace, 4, 32 * 4, 16, bk::BPF_F_STACK_BUILD_ID), 0},
    {"stack_trace build_id value 40", S(MapType::StackTrace, 4, 40, 16, bk::BPF_F_STACK_BUILD_ID), EINVAL},
    {"stack_trace no_prealloc", S(MapType::StackTrace, 4, 8, 16, bk::BPF_F_NO_PREALLOC), EINVAL},
    // cgroup array, sockmap, sockhash
    {"cgroup_array ok", S(MapType::CgroupArray, 4, 4, 4), 0},
    {"cgroup_array value 8", S(MapType::CgroupArray, 4, 8, 4), EINVAL},
    {"sockmap ok", S(MapType::Sockmap, 4, 4, 4), 0},
    {"sockmap value 8", S(MapType::Sockmap, 4, 8, 4), 0},
    {"sockmap value 2", S(MapType::Sockmap, 4, 2, 4), EINVAL},
    {"sockmap key 8", S(MapType::Sockmap, 8, 4, 4), EINVAL},
    {"sockmap rdonly_prog", S(MapType::Sockmap, 4, 4, 4, bk::BPF_F_RDONLY_PROG), EINVAL},
    {"sockhash ok", S(MapType::Sockhash, 8, 8, 4), 0},
    {"sockhash key 0", S(MapType::Sockhash, 0, 4, 4), EINVAL},
    {"sockhash key 513", S(MapType::Sockhash, 513, 4, 4), E2BIG},
    {"sockhash max 0", S(MapType::Sockhash, 4, 4, 0), EINVAL},
    // local storage without BTF (the kernel needs it: the valid case is in corpus/sys_map_kinds)
    {"sk_storage no btf", S(MapType::SkStorage, 4, 8, 0, bk::BPF_F_NO_PREALLOC), EINVAL},
    {"task_storage no btf", S(MapType::TaskStorage, 4, 8, 0, bk::BPF_F_NO_PREALLOC), EINVAL},
    {"inode_storage prealloc", S(MapType::InodeStorage, 4, 8, 0), EINVAL},
    {"cgrp_storage max 1", S(MapType::CgrpStorage, 4, 8, 1, bk::BPF_F_NO_PREALLOC), EINVAL},
    // unknown types
    {"unspec", S(MapType::Unspec, 4, 4, 1), EINVAL},
    {"type 200", S(static_cast<MapType>(200), 4, 4, 1), EINVAL},
};

int ours_errno(const MapSpec& spec) {
  auto m = bk::create_map(spec);
  return m ? 0 : m.error().error_number;
}

TEST(MapCreate, DocumentedErrnos) {
  for (const Case& c : kCases) EXPECT_EQ(ours_errno(c.spec), c.expected) << c.what;
}

TEST(MapCreate, ErrorsNameTheMap) {
  MapSpec s = S(MapType::Array, 8, 4, 1);
  s.name = "counters";
  auto m = bk::create_map(s);
  ASSERT_FALSE(m);
  EXPECT_NE(m.error().message.find("array map 'counters'"), std::string::npos) << m.error().message;
  EXPECT_NE(m.error().message.find("key_size"), std::string::npos) << m.error().message;
}

TEST(MapCreate, Names) {
  MapSpec s = S(MapType::Array, 4, 4, 1);
  s.name = "ok_name.1";
  EXPECT_EQ(ours_errno(s), 0);
  s.name = "bad-name";
  EXPECT_EQ(ours_errno(s), EINVAL);
  s.name = "sixteen_chars_xx";  // no room for the NUL in BPF_OBJ_NAME_LEN
  EXPECT_EQ(ours_errno(s), EINVAL);
}

TEST(MapCreate, MatchesKernel) {
  if (auto why = bk::testing::kernel_maps_unavailable()) GTEST_SKIP() << *why;
  for (const Case& c : kCases) {
    int fd = bk::testing::KernelMap::create(c.spec);
    bk::testing::KernelMap km(fd >= 0 ? fd : -1);
    EXPECT_EQ(ours_errno(c.spec), fd >= 0 ? 0 : -fd) << c.what;
  }
  MapSpec s = S(MapType::Array, 4, 4, 1);
  s.name = "bad-name";
  int fd = bk::testing::KernelMap::create(s);
  bk::testing::KernelMap km(fd >= 0 ? fd : -1);
  EXPECT_EQ(ours_errno(s), fd >= 0 ? 0 : -fd) << "name with '-'";
}

// Map-in-map creation needs a real inner map in the kernel.
TEST(MapCreate, MapInMapMatchesKernel) {
  if (auto why = bk::testing::kernel_maps_unavailable()) GTEST_SKIP() << *why;
  const MapSpec inners[] = {
      S(MapType::Array, 4, 8, 4), S(MapType::Hash, 4, 8, 4), S(MapType::Queue, 0, 8, 4),
      S(MapType::Ringbuf, 0, 0, 4096), S(MapType::ProgArray, 4, 4, 4), S(MapType::LpmTrie, 8, 8, 4, bk::BPF_F_NO_PREALLOC),
      S(MapType::PercpuArray, 4, 8, 4), S(MapType::PerfEventArray, 4, 4, 2), S(MapType::BloomFilter, 0, 4, 4),
  };
  for (MapType outer_type : {MapType::ArrayOfMaps, MapType::HashOfMaps}) {
    for (const MapSpec& inner : inners) {
      int ifd = bk::testing::KernelMap::create(inner);
      ASSERT_GE(ifd, 0);
      bk::testing::KernelMap ikm(ifd);
      MapSpec outer = S(outer_type, 4, 4, 4);
      outer.inner = std::make_shared<MapSpec>(inner);
      int fd = bk::testing::KernelMap::create(outer, ifd);
      bk::testing::KernelMap km(fd >= 0 ? fd : -1);
      EXPECT_EQ(ours_errno(outer), fd >= 0 ? 0 : -fd)
          << bk::map_type_name(outer_type) << " of " << bk::map_type_name(inner.type);
      // value_size must be 4 (an fd)
      outer.value_size = 8;
      fd = bk::testing::KernelMap::create(outer, ifd);
      bk::testing::KernelMap km2(fd >= 0 ? fd : -1);
      EXPECT_EQ(ours_errno(outer), fd >= 0 ? 0 : -fd) << "value_size 8";
    }
  }
}

// Local storage with BTF ids (bpfkit checks only that both are given; the kernel also wants an int key).
TEST(MapCreate, LocalStorageWithBtf) {
  for (MapType t : {MapType::SkStorage, MapType::InodeStorage, MapType::TaskStorage, MapType::CgrpStorage}) {
    MapSpec s = S(t, 4, 8, 0, bk::BPF_F_NO_PREALLOC);
    s.btf_key_type_id = 1;
    s.btf_value_type_id = 2;
    EXPECT_EQ(ours_errno(s), 0) << bk::map_type_name(t);
    s.map_flags |= bk::BPF_F_CLONE;
    EXPECT_EQ(ours_errno(s), 0) << bk::map_type_name(t) << " clone";
    s.value_size = 65535 - 128;
    EXPECT_EQ(ours_errno(s), 0) << bk::map_type_name(t) << " biggest value";
    s.value_size++;
    EXPECT_EQ(ours_errno(s), E2BIG) << bk::map_type_name(t) << " value too big";
    s.value_size = 8;
    s.key_size = 8;
    EXPECT_EQ(ours_errno(s), EINVAL) << bk::map_type_name(t) << " key 8";
    s.key_size = 4;
    s.btf_value_type_id = 0;
    EXPECT_EQ(ours_errno(s), EINVAL) << bk::map_type_name(t) << " no value type";
  }
}

// Types bpfkit does not model are refused by create_map (the object loader keeps them as placeholders).
TEST(MapCreate, UnmodelledTypes) {
  for (MapType t : {MapType::StructOps, MapType::CgroupStorage, MapType::PercpuCgroupStorage,
                    MapType::ReuseportSockarray, MapType::UserRingbuf, MapType::Arena}) {
    EXPECT_FALSE(bk::map_type_supported(t)) << bk::map_type_name(t);
    EXPECT_EQ(ours_errno(S(t, 4, 8, 4)), EOPNOTSUPP) << bk::map_type_name(t);
    auto placeholder = bk::create_unsupported_map(S(t, 4, 8, 4));
    EXPECT_TRUE(bk::map_is_unsupported(*placeholder));
    uint32_t key = 0;
    uint64_t value = 0;
    EXPECT_EQ(placeholder->lookup_elem(&key, &value), -EOPNOTSUPP);
    EXPECT_EQ(placeholder->update_elem(&key, &value), -EOPNOTSUPP);
  }
  for (MapType t : {MapType::Devmap, MapType::StackTrace, MapType::Sockmap, MapType::TaskStorage})
    EXPECT_TRUE(bk::map_type_supported(t)) << bk::map_type_name(t);
}

TEST(MapCreate, MapInMapNeedsInner) {
  EXPECT_EQ(ours_errno(S(MapType::ArrayOfMaps, 4, 4, 4)), EBADF);
  EXPECT_EQ(ours_errno(S(MapType::HashOfMaps, 4, 4, 4)), EBADF);
}

}  // namespace
