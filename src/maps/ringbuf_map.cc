// BPF_MAP_TYPE_RINGBUF (kernel/bpf/ringbuf.c).
//
// Same protocol as the kernel: monotonically increasing 64-bit consumer and producer positions, records with an
// 8-byte header {u32 len; u32 pg_off} where bit 31 of len is BUSY (reserved, not yet committed) and bit 30 DISCARD,
// each record taking roundup(len + 8, 8) bytes. The data area is mapped twice back to back (memfd), as the kernel
// maps its pages twice, so a record that wraps around the end is contiguous for the program.
//
// pg_off is the header's page offset from the start of struct bpf_ringbuf, whose data starts after three meta
// pages (header, consumer page, producer page): 3 + (pos & mask) / PAGE_SIZE.
#include <fmt/format.h>
#include <sys/mman.h>
#include <unistd.h>

#include "maps/internal.h"

namespace bpfkit::maps {

namespace {

constexpr uint64_t kRingbufMaxRecordSize = UINT32_MAX / 4;  // RINGBUF_MAX_RECORD_SZ
constexpr uint32_t kRingbufMetaPages = 3;

class Ringbuf final : public RingbufMap {
 public:
  explicit Ringbuf(const MapSpec& spec) : RingbufMap(spec), size_(spec.max_entries), mask_(size_ - 1) {
    int fd = memfd_create("bpfkit-ringbuf", MFD_CLOEXEC);
    if (fd < 0) return;
    void* base = MAP_FAILED;
    if (ftruncate(fd, static_cast<off_t>(size_)) == 0)
      base = mmap(nullptr, 2 * size_, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (base != MAP_FAILED) {
      auto* b = static_cast<uint8_t*>(base);
      void* lo = mmap(b, size_, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0);
      void* hi = mmap(b + size_, size_, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0);
      if (lo == MAP_FAILED || hi == MAP_FAILED) munmap(base, 2 * size_);
      else data_ = b;
    }
    close(fd);
  }
  ~Ringbuf() override {
    if (data_) munmap(data_, 2 * size_);
  }
  bool ok() const { return data_ != nullptr; }

  // Every map op is -ENOTSUPP (524); the base class answers that.

  void* reserve(uint64_t size, uint64_t flags) override {
    if (flags) return nullptr;
    std::lock_guard lock(mu_);
    return reserve_locked(size);
  }

  void submit(void* sample, uint64_t flags) override { commit(sample, flags, false); }
  void discard(void* sample, uint64_t flags) override { commit(sample, flags, true); }

  long output(const void* data, uint64_t size, uint64_t flags) override {
    if (flags & ~(BPF_RB_NO_WAKEUP | BPF_RB_FORCE_WAKEUP)) return -EINVAL;
    void* rec;
    {
      std::lock_guard lock(mu_);
      rec = reserve_locked(size);
    }
    if (!rec) return -EAGAIN;
    std::memcpy(rec, data, size);
    commit(rec, flags, false);
    return 0;
  }

  uint64_t query(uint64_t flags) override {
    std::lock_guard lock(mu_);
    switch (flags) {
      case BPF_RB_AVAIL_DATA: return producer_pos_ - consumer_pos_;
      case BPF_RB_RING_SIZE: return size_;
      case BPF_RB_CONS_POS: return consumer_pos_;
      case BPF_RB_PROD_POS: return producer_pos_;
      default: return 0;
    }
  }

  uint64_t consumer_pos() const override {
    std::lock_guard lock(mu_);
    return consumer_pos_;
  }
  uint64_t producer_pos() const override {
    std::lock_guard lock(mu_);
    return producer_pos_;
  }
  const uint8_t* data() const override { return data_; }
  uint64_t ring_size() const override { return size_; }
  uint64_t wakeups() const override {
    std::lock_guard lock(mu_);
    return wakeups_;
  }

  // What libbpf's ring_buffer__consume() does with the mmap()ed pages.
  size_t consume(const std::function<void(std::span<const uint8_t>)>& fn) override {
    size_t n = 0;
    for (;;) {
      uint8_t* hdr;
      uint32_t len;
      {
        std::lock_guard lock(mu_);
        if (consumer_pos_ >= producer_pos_) break;
        hdr = data_ + (consumer_pos_ & mask_);
        std::memcpy(&len, hdr, 4);
        if (len & BPF_RINGBUF_BUSY_BIT) break;
        // A record must lie within what the producer has published. Programs cannot write headers, but the
        // consumer must not trust them anyway (an mmap()ing reader shares the pages): a length running past the
        // producer position, or past the ring, stops consumption here instead of reading beyond the ring.
        const uint64_t total = round_up8((len & ~BPF_RINGBUF_DISCARD_BIT) + uint64_t{BPF_RINGBUF_HDR_SZ});
        if (total > producer_pos_ - consumer_pos_ || total > size_) break;
        consumer_pos_ += total;
      }
      if (!(len & BPF_RINGBUF_DISCARD_BIT)) {  // the length is in range: checked above
        fn({hdr + BPF_RINGBUF_HDR_SZ, len});
        n++;
      }
    }
    return n;
  }

  void value_regions(std::vector<MemoryRegion>& out) const override {
    out.push_back(MemoryRegion{data_, 2 * size_, true});
  }

 private:
  // __bpf_ringbuf_reserve(). The pending position skips committed records so that one slow reservation cannot let
  // the producer run more than the ring size ahead of it.
  void* reserve_locked(uint64_t size) {
    if (size > kRingbufMaxRecordSize) return nullptr;
    uint64_t len = round_up8(size + BPF_RINGBUF_HDR_SZ);
    if (len > size_) return nullptr;
    uint64_t prod = producer_pos_, new_prod = prod + len;
    while (pending_pos_ < prod) {
      uint32_t hdr_len;
      std::memcpy(&hdr_len, data_ + (pending_pos_ & mask_), 4);
      if (hdr_len & BPF_RINGBUF_BUSY_BIT) break;
      pending_pos_ += round_up8((hdr_len & ~BPF_RINGBUF_DISCARD_BIT) + uint64_t{BPF_RINGBUF_HDR_SZ});
    }
    if (new_prod - consumer_pos_ > mask_ || new_prod - pending_pos_ > mask_) return nullptr;
    uint8_t* hdr = data_ + (prod & mask_);
    uint32_t hdr_len = static_cast<uint32_t>(size) | BPF_RINGBUF_BUSY_BIT;
    uint32_t pg_off = kRingbufMetaPages + static_cast<uint32_t>((prod & mask_) / kPageSize);
    std::memcpy(hdr, &hdr_len, 4);
    std::memcpy(hdr + 4, &pg_off, 4);
    producer_pos_ = new_prod;
    return hdr + BPF_RINGBUF_HDR_SZ;
  }

  // bpf_ringbuf_commit(): clear BUSY (set DISCARD), then decide on a wakeup.
  void commit(void* sample, uint64_t flags, bool discard) {
    auto* hdr = static_cast<uint8_t*>(sample) - BPF_RINGBUF_HDR_SZ;
    std::lock_guard lock(mu_);
    uint32_t len;
    std::memcpy(&len, hdr, 4);
    len ^= BPF_RINGBUF_BUSY_BIT;
    if (discard) len |= BPF_RINGBUF_DISCARD_BIT;
    std::memcpy(hdr, &len, 4);
    uint64_t rec_pos = static_cast<uint64_t>(hdr - data_) & mask_;
    if (flags & BPF_RB_FORCE_WAKEUP) wakeups_++;
    else if ((consumer_pos_ & mask_) == rec_pos && !(flags & BPF_RB_NO_WAKEUP)) wakeups_++;
  }

  const uint64_t size_, mask_;
  uint8_t* data_ = nullptr;
  uint64_t consumer_pos_ = 0, producer_pos_ = 0, pending_pos_ = 0;
  uint64_t wakeups_ = 0;
};

}  // namespace

// The checks at the top of ringbuf_map_alloc().
Expected<std::unique_ptr<Map>> create_ringbuf(const MapSpec& spec, Admission& admission) {
  if (spec.map_flags & ~BPF_F_NUMA_NODE)
    return create_error(spec, EINVAL, fmt::format("invalid map_flags {:#x}", spec.map_flags));
  if (spec.key_size || spec.value_size) return create_error(spec, EINVAL, "key_size and value_size must be 0");
  const uint32_t n = spec.max_entries;
  if (n == 0 || (n & (n - 1)) || n % kPageSize)
    return create_error(spec, EINVAL, fmt::format("max_entries {} is not a power of 2 and a page multiple", n));
  if (auto admitted = admission.admit(spec); !admitted) return std::move(admitted).error();
  auto map = std::make_unique<Ringbuf>(spec);
  if (!map->ok()) return create_error(spec, ENOMEM, "cannot map the ring");
  return std::unique_ptr<Map>(std::move(map));
}

}  // namespace bpfkit::maps
