// BPF_MAP_TYPE_QUEUE and BPF_MAP_TYPE_STACK (kernel/bpf/queue_stack_maps.c).
//
// A ring of max_entries + 1 value slots, reserved lazily, with head (next push) and tail (oldest). Values are
// copied in and out, so programs never point into this map and it exposes no regions. From userspace, lookup is
// peek, update is push and lookup_and_delete is pop, as bpf(2) maps them.
#include <fmt/format.h>

#include "maps/internal.h"

namespace bpfkit::maps {

namespace {

class QueueStack final : public Map {
 public:
  explicit QueueStack(const MapSpec& spec)
      : Map(spec), stack_(spec.type == MapType::Stack), size_(spec.max_entries + 1),
        elems_(static_cast<size_t>(size_) * spec.value_size) {}
  bool ok() const { return elems_.ok(); }

  int lookup_elem(const void*, void* value, uint64_t flags) override {
    if (int err = check_sys_read(flags)) return err;
    return static_cast<int>(prog_peek_elem(value));
  }
  int update_elem(const void*, const void* value, uint64_t flags) override {
    if (int err = check_sys_write(flags)) return err;
    return static_cast<int>(prog_push_elem(value, flags));
  }
  int delete_elem(const void*) override {
    if (map_flags() & BPF_F_RDONLY) return -EPERM;
    return -EINVAL;
  }
  int get_next_key(const void*, void*) override {
    if (map_flags() & BPF_F_WRONLY) return -EPERM;
    return -EINVAL;
  }
  // map_lookup_and_delete_elem(): pop, and queues and stacks take no flags at all.
  int lookup_and_delete_elem(const void*, void* value, uint64_t flags) override {
    if (flags & ~BPF_F_LOCK) return -EINVAL;
    if (map_flags() & (BPF_F_RDONLY | BPF_F_WRONLY)) return -EPERM;
    if (flags) return -EINVAL;
    return static_cast<int>(prog_pop_elem(value));
  }

  void* prog_lookup_elem(const void*) override { return nullptr; }
  long prog_update_elem(const void*, const void*, uint64_t) override { return -EINVAL; }
  long prog_delete_elem(const void*) override { return -EINVAL; }

  // queue_stack_map_push_elem(): BPF_EXIST makes room by dropping the oldest element.
  long prog_push_elem(const void* value, uint64_t flags) override {
    if ((flags & BPF_NOEXIST) || flags > BPF_EXIST) return -EINVAL;
    std::lock_guard lock(mu_);
    if (full()) {
      if (!(flags & BPF_EXIST)) return -E2BIG;
      if (++tail_ >= size_) tail_ = 0;
    }
    std::memcpy(slot(head_), value, value_size());
    if (++head_ >= size_) head_ = 0;
    return 0;
  }

  long prog_pop_elem(void* value) override { return take(value, /*remove=*/true); }
  long prog_peek_elem(void* value) override { return take(value, /*remove=*/false); }

  void value_regions(std::vector<MemoryRegion>&) const override {}

 private:
  bool empty() const { return head_ == tail_; }
  bool full() const {
    uint32_t h = head_ + 1;
    if (h >= size_) h = 0;
    return h == tail_;
  }
  uint8_t* slot(uint32_t i) { return elems_.data() + static_cast<size_t>(i) * value_size(); }

  long take(void* value, bool remove) {
    std::lock_guard lock(mu_);
    if (empty()) {
      std::memset(value, 0, value_size());  // the kernel zeroes the output on -ENOENT
      return -ENOENT;
    }
    if (!stack_) {
      std::memcpy(value, slot(tail_), value_size());
      if (remove && ++tail_ >= size_) tail_ = 0;
      return 0;
    }
    uint32_t index = head_ == 0 ? size_ - 1 : head_ - 1;
    std::memcpy(value, slot(index), value_size());
    if (remove) head_ = index;
    return 0;
  }

  const bool stack_;
  const uint32_t size_;
  LazyZeroed elems_;  // a ring of 1 GiB costs only the slots ever pushed
  uint32_t head_ = 0, tail_ = 0;
};

}  // namespace

// queue_stack_map_alloc_check().
Expected<std::unique_ptr<Map>> create_queue_stack(const MapSpec& spec, Admission& admission) {
  constexpr uint32_t kQueueStackCreateFlags = BPF_F_NUMA_NODE | kAccessMask;
  if (spec.max_entries == 0 || spec.key_size != 0 || spec.value_size == 0 ||
      (spec.map_flags & ~kQueueStackCreateFlags) || !flags_access_ok(spec.map_flags))
    return create_error(spec, EINVAL, "needs key_size 0, value_size and max_entries nonzero, valid map_flags");
  if (spec.value_size > kKmallocMaxSize) return create_error(spec, E2BIG, "value_size too large");
  // The ring has max_entries + 1 slots, counted in a u32 (queue_stack_map_alloc: size + 1 overflows to 0).
  if (uint64_t{spec.max_entries} + 1 > UINT32_MAX) return create_error(spec, ENOMEM, "max_entries too large");
  if (auto admitted = admission.admit(spec); !admitted) return std::move(admitted).error();
  auto map = std::make_unique<QueueStack>(spec);
  if (!map->ok()) return create_error(spec, ENOMEM, "cannot reserve memory for the slots");
  return std::unique_ptr<Map>(std::move(map));
}

}  // namespace bpfkit::maps
