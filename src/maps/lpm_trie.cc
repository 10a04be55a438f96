// BPF_MAP_TYPE_LPM_TRIE (kernel/bpf/lpm_trie.c).
//
// The same tree as the kernel's: a binary trie of nodes carrying a prefix, where intermediate nodes (no value)
// have exactly two children. Building the same tree with the same insert and delete rules makes get_next_key's
// postorder walk (more specific prefixes first) return the kernel's order.
//
// Keys are {u32 prefixlen (host order); u8 data[key_size - 4] (network order)}. Nodes are indices; node i's value is
// slot i of a growing SlotArena (BPF_F_NO_PREALLOC is mandatory, as in the kernel). Where the kernel replaces a
// node with a fresh one on update, we overwrite the node in place.
#include <fmt/format.h>

#include <algorithm>
#include <deque>

#include "maps/internal.h"

namespace bpfkit::maps {

namespace {

class LpmTrie final : public Map {
 public:
  explicit LpmTrie(const MapSpec& spec)
      : Map(spec),
        data_size_(spec.key_size - 4),
        max_prefixlen_(data_size_ * 8),
        // Up to max_entries value nodes plus max_entries - 1 intermediate ones.
        values_(round_up8(spec.value_size), 2 * spec.max_entries, /*prealloc=*/false) {
    batch_ops_ = kLookupBatch | kUpdateBatch | kDeleteBatch;
  }

  int lookup_elem(const void* key, void* value, uint64_t flags) override {
    if (int err = check_sys_read(flags)) return err;
    std::lock_guard lock(mu_);
    int32_t n = longest_match(static_cast<const uint8_t*>(key));
    if (n < 0) return -ENOENT;
    copy_map_value(spec(), value, values_.at(n));
    return 0;
  }

  int update_elem(const void* key, const void* value, uint64_t flags) override {
    if (int err = check_sys_write(flags)) return err;
    return static_cast<int>(prog_update_elem(key, value, flags));
  }

  int delete_elem(const void* key) override {
    if (map_flags() & BPF_F_RDONLY) return -EPERM;
    return static_cast<int>(prog_delete_elem(key));
  }

  int get_next_key(const void* key, void* next_key) override;

  void* prog_lookup_elem(const void* key) override {
    std::lock_guard lock(mu_);
    int32_t n = longest_match(static_cast<const uint8_t*>(key));
    return n < 0 ? nullptr : values_.at(n);
  }

  long prog_update_elem(const void* key, const void* value, uint64_t flags) override;
  long prog_delete_elem(const void* key) override;

  void value_regions(std::vector<MemoryRegion>& out) const override {
    std::lock_guard lock(mu_);
    values_.regions(out, !(map_flags() & BPF_F_RDONLY_PROG));
  }

 private:
  struct Node {
    uint32_t prefixlen = 0;
    bool im = false;  // intermediate: no value, exactly two children
    int32_t child[2] = {-1, -1};
    std::vector<uint8_t> data;
  };

  static uint32_t prefixlen_of(const uint8_t* key) {
    uint32_t p;
    std::memcpy(&p, key, 4);
    return p;
  }
  static unsigned extract_bit(const uint8_t* data, size_t index) {
    return !!(data[index / 8] & (1 << (7 - (index % 8))));
  }

  // longest_prefix_match(): leading bits node and key share, at most the shorter prefix.
  uint32_t match_len(const Node& node, const uint8_t* key) const {
    const uint32_t limit = std::min(node.prefixlen, prefixlen_of(key));
    const uint8_t* data = key + 4;
    uint32_t prefixlen = 0;
    for (uint32_t i = 0; i < data_size_; i++) {
      uint8_t diff = node.data[i] ^ data[i];
      if (diff) {
        prefixlen += static_cast<uint32_t>(__builtin_clz(diff) - 24);
        break;
      }
      prefixlen += 8;
      if (prefixlen >= limit) break;
    }
    return std::min(prefixlen, limit);
  }

  int32_t longest_match(const uint8_t* key) const {
    if (prefixlen_of(key) > max_prefixlen_) return -1;  // trie_lookup_elem() rejects it (seen on 6.18)
    int32_t found = -1;
    for (int32_t n = root_; n >= 0;) {
      const Node& node = nodes_[n];
      uint32_t m = match_len(node, key);
      if (m == max_prefixlen_) return n;
      if (m < node.prefixlen) break;
      if (!node.im) found = n;
      n = node.child[extract_bit(key + 4, node.prefixlen)];
    }
    return found;
  }

  // A node slot, growing the value arena. -1 if memory ran out.
  int32_t alloc_node() {
    int32_t n;
    if (!free_.empty()) {
      n = free_.back();
      free_.pop_back();
    } else {
      n = static_cast<int32_t>(nodes_.size());
      int grew = values_.ensure(static_cast<uint32_t>(n));
      if (grew < 0) return -1;
      if (grew > 0) bump_regions_version();
      nodes_.emplace_back();
    }
    nodes_[n] = Node{};
    nodes_[n].data.assign(data_size_, 0);
    return n;
  }
  void free_node(int32_t n) { free_.push_back(n); }

  // trie_check_add_elem(): a new value node needs room and is not allowed with BPF_EXIST.
  long check_add(uint64_t flags) {
    if (flags == BPF_EXIST) return -ENOENT;
    if (n_entries_ == max_entries()) return -ENOSPC;
    n_entries_++;
    return 0;
  }

  const uint32_t data_size_;
  const uint32_t max_prefixlen_;
  SlotArena values_;
  std::deque<Node> nodes_;  // a deque: growing it keeps pointers to nodes valid
  std::vector<int32_t> free_;
  int32_t root_ = -1;
  uint32_t n_entries_ = 0;
};

// trie_update_elem(): walk down while the node's prefix is a proper prefix of the key, then either fill an empty
// slot, replace an equal node, insert the key above the node, or split with an intermediate node.
long LpmTrie::prog_update_elem(const void* key_v, const void* value, uint64_t flags) {
  const auto* key = static_cast<const uint8_t*>(key_v);
  if (flags > BPF_EXIST) return -EINVAL;
  const uint32_t plen = prefixlen_of(key);
  if (plen > max_prefixlen_) return -EINVAL;
  std::lock_guard lock(mu_);

  int32_t* slot = &root_;
  int32_t node = -1;
  uint32_t m = 0;
  while ((node = *slot) >= 0) {
    m = match_len(nodes_[node], key);
    if (nodes_[node].prefixlen != m || nodes_[node].prefixlen == plen) break;
    slot = &nodes_[node].child[extract_bit(key + 4, nodes_[node].prefixlen)];
  }
  auto fill = [&](int32_t n) {
    nodes_[n].prefixlen = plen;
    nodes_[n].im = false;
    std::memcpy(nodes_[n].data.data(), key + 4, data_size_);
    copy_map_value(spec(), values_.at(static_cast<uint32_t>(n)), value);
  };
  // nodes_ is a deque, so slot (a pointer into a node) survives alloc_node().
  if (node < 0) {
    if (long err = check_add(flags)) return err;
    int32_t n = alloc_node();
    if (n < 0) {
      n_entries_--;
      return -ENOMEM;
    }
    fill(n);
    *slot = n;
    return 0;
  }
  if (nodes_[node].prefixlen == m) {  // same prefix: take the node over
    if (!nodes_[node].im) {
      if (flags == BPF_NOEXIST) return -EEXIST;
    } else if (long err = check_add(flags)) {
      return err;
    }
    fill(node);
    return 0;
  }
  if (long err = check_add(flags)) return err;
  int32_t n = alloc_node();
  if (n < 0) {
    n_entries_--;
    return -ENOMEM;
  }
  fill(n);
  if (m == plen) {  // the key is a prefix of the node: insert it above
    nodes_[n].child[extract_bit(nodes_[node].data.data(), m)] = node;
    *slot = n;
    return 0;
  }
  int32_t im = alloc_node();
  if (im < 0) {
    free_node(n);
    n_entries_--;
    return -ENOMEM;
  }
  nodes_[im].prefixlen = m;
  nodes_[im].im = true;
  nodes_[im].data = nodes_[node].data;
  if (extract_bit(key + 4, m)) {
    nodes_[im].child[0] = node;
    nodes_[im].child[1] = n;
  } else {
    nodes_[im].child[0] = n;
    nodes_[im].child[1] = node;
  }
  *slot = im;
  return 0;
}

// trie_delete_elem(): an exact match only; a node with two children becomes intermediate, an intermediate parent
// left with one child is removed too.
long LpmTrie::prog_delete_elem(const void* key_v) {
  const auto* key = static_cast<const uint8_t*>(key_v);
  const uint32_t plen = prefixlen_of(key);
  if (plen > max_prefixlen_) return -EINVAL;
  std::lock_guard lock(mu_);
  int32_t* trim = &root_;
  int32_t* trim2 = trim;
  int32_t parent = -1, node = -1;
  uint32_t m = 0;
  while ((node = *trim) >= 0) {
    m = match_len(nodes_[node], key);
    if (nodes_[node].prefixlen != m || nodes_[node].prefixlen == plen) break;
    parent = node;
    trim2 = trim;
    trim = &nodes_[node].child[extract_bit(key + 4, nodes_[node].prefixlen)];
  }
  if (node < 0 || nodes_[node].prefixlen != plen || nodes_[node].prefixlen != m || nodes_[node].im) return -ENOENT;
  n_entries_--;
  Node& n = nodes_[node];
  if (n.child[0] >= 0 && n.child[1] >= 0) {
    n.im = true;
    return 0;
  }
  if (parent >= 0 && nodes_[parent].im && n.child[0] < 0 && n.child[1] < 0) {
    *trim2 = nodes_[parent].child[nodes_[parent].child[0] == node ? 1 : 0];
    free_node(parent);
    free_node(node);
    return 0;
  }
  *trim = n.child[0] >= 0 ? n.child[0] : n.child[1];
  free_node(node);
  return 0;
}

// trie_get_next_key(): postorder. A missing or invalid key gives the leftmost value node.
int LpmTrie::get_next_key(const void* key_v, void* next_key) {
  if (map_flags() & BPF_F_WRONLY) return -EPERM;
  const auto* key = static_cast<const uint8_t*>(key_v);
  std::lock_guard lock(mu_);
  int32_t search_root = root_;
  if (search_root < 0) return -ENOENT;
  int32_t next = -1;
  bool leftmost = !key || prefixlen_of(key) > max_prefixlen_;
  if (!leftmost) {
    std::vector<int32_t> stack;
    int32_t node = search_root;
    uint32_t m = 0;
    while (node >= 0) {
      stack.push_back(node);
      m = match_len(nodes_[node], key);
      if (nodes_[node].prefixlen != m || nodes_[node].prefixlen == prefixlen_of(key)) break;
      node = nodes_[node].child[extract_bit(key + 4, nodes_[node].prefixlen)];
    }
    if (node < 0 || nodes_[node].prefixlen != m || nodes_[node].im) {
      leftmost = true;
    } else {
      node = stack.back();
      size_t sp = stack.size() - 1;
      while (sp > 0 && next < 0) {
        int32_t par = stack[sp - 1];
        if (nodes_[par].child[0] == node && nodes_[par].child[1] >= 0) {
          search_root = nodes_[par].child[1];
          leftmost = true;
          break;
        }
        if (!nodes_[par].im) {
          next = par;
          break;
        }
        node = par;
        sp--;
      }
      if (next < 0 && !leftmost) return -ENOENT;
    }
  }
  if (leftmost) {
    for (int32_t node = search_root; node >= 0;) {
      if (nodes_[node].im) {
        node = nodes_[node].child[0];
      } else {
        next = node;
        node = nodes_[node].child[0];
        if (node < 0) node = nodes_[next].child[1];
      }
    }
  }
  auto* out = static_cast<uint8_t*>(next_key);
  std::memcpy(out, &nodes_[next].prefixlen, 4);
  std::memcpy(out + 4, nodes_[next].data.data(), data_size_);
  return 0;
}

}  // namespace

// The checks at the top of trie_alloc().
Expected<std::unique_ptr<Map>> create_lpm_trie(const MapSpec& spec, Admission& admission) {
  constexpr uint32_t kLpmCreateFlags = BPF_F_NO_PREALLOC | BPF_F_NUMA_NODE | kAccessMask;
  constexpr uint32_t kNodeSize = 32;  // sizeof(struct lpm_trie_node) on x86-64
  if (spec.max_entries == 0) return create_error(spec, EINVAL, "max_entries is 0");
  if (!(spec.map_flags & BPF_F_NO_PREALLOC)) return create_error(spec, EINVAL, "BPF_F_NO_PREALLOC is required");
  if ((spec.map_flags & ~kLpmCreateFlags) || !flags_access_ok(spec.map_flags))
    return create_error(spec, EINVAL, fmt::format("invalid map_flags {:#x}", spec.map_flags));
  if (spec.key_size < 4 + 1 || spec.key_size > 4 + 256)
    return create_error(spec, EINVAL, fmt::format("key_size {} is not 4 + 1..256", spec.key_size));
  if (spec.value_size < 1 || spec.value_size > kKmallocMaxSize - 256 - kNodeSize)
    return create_error(spec, EINVAL, fmt::format("value_size {} out of range", spec.value_size));
  if (auto admitted = admission.admit(spec); !admitted) return std::move(admitted).error();
  return std::unique_ptr<Map>(std::make_unique<LpmTrie>(spec));
}

}  // namespace bpfkit::maps
