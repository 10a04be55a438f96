#include "support/map_oracle.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

#ifdef BPFKIT_HAVE_LIBBPF
#include <bpf/bpf.h>
#endif

namespace bpfkit::testing {

#ifdef BPFKIT_HAVE_LIBBPF

const std::optional<std::string>& kernel_maps_unavailable() {
  static const std::optional<std::string> why = []() -> std::optional<std::string> {
    int fd = bpf_map_create(BPF_MAP_TYPE_ARRAY, nullptr, 4, 4, 1, nullptr);
    if (fd < 0) return "bpf(BPF_MAP_CREATE) is not permitted here (errno " + std::to_string(-fd) + ")";
    close(fd);
    return std::nullopt;
  }();
  return why;
}

int KernelMap::create(const MapSpec& spec, int inner_map_fd) {
  LIBBPF_OPTS(bpf_map_create_opts, opts);
  opts.map_flags = spec.map_flags;
  opts.map_extra = spec.map_extra;
  opts.numa_node = spec.numa_node;
  if (inner_map_fd >= 0) opts.inner_map_fd = static_cast<__u32>(inner_map_fd);
  int fd = bpf_map_create(static_cast<bpf_map_type>(spec.type), spec.name.empty() ? nullptr : spec.name.c_str(),
                          spec.key_size, spec.value_size, spec.max_entries, &opts);
  return fd < 0 ? -errno : fd;
}

KernelMap& KernelMap::operator=(KernelMap&& o) noexcept {
  if (this != &o) {
    if (fd_ >= 0) close(fd_);
    fd_ = o.fd_;
    o.fd_ = -1;
  }
  return *this;
}

KernelMap::~KernelMap() {
  if (fd_ >= 0) close(fd_);
}

namespace {
int rc(int r) { return r < 0 ? -errno : r; }
}  // namespace

int KernelMap::lookup_elem(const void* key, void* value, uint64_t flags) const {
  return rc(bpf_map_lookup_elem_flags(fd_, key, value, flags));
}
int KernelMap::update_elem(const void* key, const void* value, uint64_t flags) const {
  return rc(bpf_map_update_elem(fd_, key, value, flags));
}
int KernelMap::delete_elem(const void* key) const { return rc(bpf_map_delete_elem(fd_, key)); }
int KernelMap::get_next_key(const void* key, void* next_key) const {
  return rc(bpf_map_get_next_key(fd_, key, next_key));
}
int KernelMap::lookup_and_delete_elem(const void* key, void* value, uint64_t flags) const {
  return rc(bpf_map_lookup_and_delete_elem_flags(fd_, key, value, flags));
}
int KernelMap::lookup_batch(void* in_batch, void* out_batch, void* keys, void* values, uint32_t* count,
                            uint64_t elem_flags, uint64_t flags) const {
  LIBBPF_OPTS(bpf_map_batch_opts, opts, .elem_flags = elem_flags, .flags = flags);
  return rc(bpf_map_lookup_batch(fd_, in_batch, out_batch, keys, values, count, &opts));
}
int KernelMap::lookup_and_delete_batch(void* in_batch, void* out_batch, void* keys, void* values, uint32_t* count,
                                       uint64_t elem_flags, uint64_t flags) const {
  LIBBPF_OPTS(bpf_map_batch_opts, opts, .elem_flags = elem_flags, .flags = flags);
  return rc(bpf_map_lookup_and_delete_batch(fd_, in_batch, out_batch, keys, values, count, &opts));
}
int KernelMap::update_batch(const void* keys, const void* values, uint32_t* count, uint64_t elem_flags,
                            uint64_t flags) const {
  LIBBPF_OPTS(bpf_map_batch_opts, opts, .elem_flags = elem_flags, .flags = flags);
  return rc(bpf_map_update_batch(fd_, keys, values, count, &opts));
}
int KernelMap::delete_batch(const void* keys, uint32_t* count, uint64_t elem_flags, uint64_t flags) const {
  LIBBPF_OPTS(bpf_map_batch_opts, opts, .elem_flags = elem_flags, .flags = flags);
  return rc(bpf_map_delete_batch(fd_, keys, count, &opts));
}

#else  // no libbpf: every kernel test skips

const std::optional<std::string>& kernel_maps_unavailable() {
  static const std::optional<std::string> why = std::string("bpfkit was built without libbpf");
  return why;
}
int KernelMap::create(const MapSpec&, int) { return -ENOSYS; }
KernelMap& KernelMap::operator=(KernelMap&& o) noexcept {
  std::swap(fd_, o.fd_);
  return *this;
}
KernelMap::~KernelMap() {
  if (fd_ >= 0) close(fd_);
}
int KernelMap::lookup_elem(const void*, void*, uint64_t) const { return -ENOSYS; }
int KernelMap::update_elem(const void*, const void*, uint64_t) const { return -ENOSYS; }
int KernelMap::delete_elem(const void*) const { return -ENOSYS; }
int KernelMap::get_next_key(const void*, void*) const { return -ENOSYS; }
int KernelMap::lookup_and_delete_elem(const void*, void*, uint64_t) const { return -ENOSYS; }
int KernelMap::lookup_batch(void*, void*, void*, void*, uint32_t*, uint64_t, uint64_t) const { return -ENOSYS; }
int KernelMap::lookup_and_delete_batch(void*, void*, void*, void*, uint32_t*, uint64_t, uint64_t) const {
  return -ENOSYS;
}
int KernelMap::update_batch(const void*, const void*, uint32_t*, uint64_t, uint64_t) const { return -ENOSYS; }
int KernelMap::delete_batch(const void*, uint32_t*, uint64_t, uint64_t) const { return -ENOSYS; }

#endif

// --- DiffMap ---------------------------------------------------------------------------------------------------------

DiffMap::DiffMap(const MapSpec& spec, int inner_map_fd) {
  auto made = create_map(spec);
  EXPECT_TRUE(made.has_value()) << (made ? "" : made.error().to_string());
  if (made) ours_ = std::move(*made);
  int fd = KernelMap::create(spec, inner_map_fd);
  EXPECT_GE(fd, 0) << "kernel map creation failed: errno " << -fd;
  if (fd >= 0) kern_ = KernelMap(fd);
}

int DiffMap::update(const Bytes& key, const Bytes& value, uint64_t flags) {
  int a = ours_->update_elem(key.data(), value.data(), flags);
  int b = kern_.update_elem(key.data(), value.data(), flags);
  EXPECT_EQ(a, b) << "update_elem flags=" << flags;
  return a;
}

int DiffMap::lookup(const Bytes& key, uint64_t flags, Bytes* out) {
  size_t vs = std::max<size_t>(ours_->user_value_size(), 1);
  Bytes va(vs, 0xaa), vb(vs, 0xaa);
  int a = ours_->lookup_elem(key.data(), va.data(), flags);
  int b = kern_.lookup_elem(key.data(), vb.data(), flags);
  EXPECT_EQ(a, b) << "lookup_elem flags=" << flags;
  if (a == 0 && b == 0) {
    EXPECT_EQ(va, vb) << "lookup_elem value";
  }
  if (out) *out = va;
  return a;
}

int DiffMap::lookup_value(const Bytes& value) {
  Bytes va = value, vb = value;
  int a = ours_->lookup_elem(nullptr, va.data(), 0);
  int b = kern_.lookup_elem(nullptr, vb.data(), 0);
  EXPECT_EQ(a, b) << "lookup_elem (membership)";
  return a;
}

int DiffMap::erase(const Bytes& key) {
  int a = ours_->delete_elem(key.data());
  int b = kern_.delete_elem(key.data());
  EXPECT_EQ(a, b) << "delete_elem";
  return a;
}

int DiffMap::next_key(const Bytes* key, Bytes* out) {
  size_t ks = std::max<size_t>(ours_->key_size(), 1);
  Bytes ka(ks, 0xaa), kb(ks, 0xaa);
  int a = ours_->get_next_key(key ? key->data() : nullptr, ka.data());
  int b = kern_.get_next_key(key ? key->data() : nullptr, kb.data());
  EXPECT_EQ(a, b) << "get_next_key";
  if (a == 0 && b == 0) {
    EXPECT_EQ(ka, kb) << "get_next_key key";
  }
  if (out) *out = ka;
  return a;
}

int DiffMap::lookup_and_delete(const Bytes& key, uint64_t flags, Bytes* out) {
  size_t vs = std::max<size_t>(ours_->user_value_size(), 1);
  Bytes va(vs, 0xaa), vb(vs, 0xaa);
  const void* k = ours_->key_size() ? key.data() : nullptr;
  int a = ours_->lookup_and_delete_elem(k, va.data(), flags);
  int b = kern_.lookup_and_delete_elem(k, vb.data(), flags);
  EXPECT_EQ(a, b) << "lookup_and_delete_elem flags=" << flags;
  if (a == 0 && b == 0) {
    EXPECT_EQ(va, vb) << "lookup_and_delete_elem value";
  }
  if (out) *out = va;
  return a;
}

namespace {
template <class M>
std::vector<std::pair<Bytes, Bytes>> dump(M& m, size_t ks, size_t vs) {
  std::vector<std::pair<Bytes, Bytes>> out;
  Bytes key(ks), next(ks), value(vs);
  const void* prev = nullptr;
  while (m.get_next_key(prev, next.data()) == 0 && out.size() < 100000) {
    if (m.lookup_elem(next.data(), value.data(), 0) == 0) out.emplace_back(next, value);
    key = next;
    prev = key.data();
  }
  return out;
}
}  // namespace

std::vector<std::pair<Bytes, Bytes>> DiffMap::dump_ours() {
  return dump(*ours_, ours_->key_size(), ours_->user_value_size());
}
std::vector<std::pair<Bytes, Bytes>> DiffMap::dump_kern() {
  return dump(kern_, ours_->key_size(), ours_->user_value_size());
}

void DiffMap::expect_same_contents(bool ordered) {
  auto a = dump_ours(), b = dump_kern();
  if (!ordered) {
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
  }
  EXPECT_EQ(a, b) << "map contents differ (" << a.size() << " vs " << b.size() << " entries)";
}

}  // namespace bpfkit::testing
