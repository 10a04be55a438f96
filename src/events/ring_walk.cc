// Record walking for the ring buffer and perf buffer readers. The layouts are the kernel's: kernel/bpf/ringbuf.c
// (an 8-byte header {u32 len; u32 pg_off}, BUSY and DISCARD bits in len, records 8-byte aligned) and
// include/uapi/linux/perf_event.h (perf_event_header, PERF_RECORD_SAMPLE with PERF_SAMPLE_RAW, PERF_RECORD_LOST).
// Neither reader trusts the ring: the positions and lengths are checked before any byte is read.
#include "events/ring_walk.h"

#include <atomic>
#include <cstddef>
#include <cstring>

namespace bpfkit::events::detail {
namespace {

constexpr uint32_t kBusyBit = 1u << 31;     // BPF_RINGBUF_BUSY_BIT
constexpr uint32_t kDiscardBit = 1u << 30;  // BPF_RINGBUF_DISCARD_BIT
constexpr uint32_t kHeaderSize = 8;         // BPF_RINGBUF_HDR_SZ

// The positions are unsigned long in the kernel; the kernel writes producer_pos and data_head with
// smp_store_release and reads consumer_pos and data_tail with smp_load_acquire, so the two sides pair with
// acquire/release here.
inline uint64_t load_acquire(const void* p) {
  return std::atomic_ref<const uint64_t>(*static_cast<const uint64_t*>(p)).load(std::memory_order_acquire);
}
inline uint32_t load_acquire32(const void* p) {
  return std::atomic_ref<const uint32_t>(*static_cast<const uint32_t*>(p)).load(std::memory_order_acquire);
}
inline void store_release(void* p, uint64_t v) {
  std::atomic_ref<uint64_t>(*static_cast<uint64_t*>(p)).store(v, std::memory_order_release);
}

// PERF_RECORD_SAMPLE with sample_type PERF_SAMPLE_RAW: the header, then u32 size and the bytes the program sent
// (the kernel pads size so the record stays 8-byte aligned; the program's length is not kept).
struct SampleRaw {
  perf_event_header header;
  uint32_t size;
};
struct LostRecord {
  perf_event_header header;
  uint64_t id;
  uint64_t lost;
};

}  // namespace

int64_t consume_ringbuf(const RingbufView& ring, const RingSampleFn& on_sample, Stats& stats) {
  const uint64_t mask = ring.size - 1;
  uint64_t cons = load_acquire(ring.consumer_pos);
  int64_t handed = 0;
  uint64_t discarded = 0, bytes = 0;
  int stop = 0;
  // Re-read the producer position after each pass: records committed while the callback ran belong to this batch.
  for (bool progressed = true; progressed && stop >= 0;) {
    progressed = false;
    const uint64_t prod = load_acquire(ring.producer_pos);
    // The kernel never lets the producer get more than the ring ahead (its reserve checks against consumer_pos),
    // and keeps both positions 8-byte aligned.
    if (cons != prod && ((cons | prod) & 7 || prod - cons > ring.size)) {
      ++stats.corrupt;
      cons = prod;
      store_release(ring.consumer_pos, cons);
      break;
    }
    while (cons < prod) {
      const uint8_t* hdr = ring.data + (cons & mask);
      const uint32_t len = load_acquire32(hdr);
      if (len & kBusyBit) break;  // reserved, not yet committed: everything after it waits too
      const uint32_t payload = len & ~(kBusyBit | kDiscardBit);
      const uint64_t step = (uint64_t(payload) + kHeaderSize + 7) & ~uint64_t{7};
      if (step > prod - cons) {  // a record past what the producer has reserved
        ++stats.corrupt;
        cons = prod;
        store_release(ring.consumer_pos, cons);
        break;
      }
      progressed = true;
      cons += step;
      if (len & kDiscardBit) {
        ++discarded;
      } else {
        ++handed;
        bytes += payload;
        stop = on_sample(Record(hdr + kHeaderSize, payload));
      }
      store_release(ring.consumer_pos, cons);
      if (stop < 0) break;
    }
  }
  stats.records += static_cast<uint64_t>(handed);
  stats.bytes += bytes;
  stats.discarded += discarded;
  if (handed != 0 || discarded != 0) ++stats.wakeups;
  if (stop < 0) return stop;
  return handed;
}

int64_t consume_perf_ring(const PerfRingView& ring, std::vector<uint8_t>& scratch, const PerfSampleFn& on_sample,
                          const PerfLostFn& on_lost, Stats& stats) {
  const uint64_t mask = ring.data_size - 1;
  uint64_t tail = ring.page->data_tail;  // only this reader writes it
  int64_t handed = 0;
  uint64_t bytes = 0, lost = 0;
  int stop = 0;
  for (bool progressed = true; progressed && stop >= 0;) {
    progressed = false;
    const uint64_t head = load_acquire(&ring.page->data_head);
    // The kernel writes 8-byte aligned records and never more than the ring ahead of data_tail.
    if (tail != head && (tail & 7 || head - tail > ring.data_size)) {
      ++stats.corrupt;
      tail = head;
    }
    while (tail != head) {
      const uint8_t* rec = ring.data + (tail & mask);
      perf_event_header hdr;
      const uint64_t to_end = ring.data_size - (tail & mask);
      // The header is 8-byte aligned, so it never wraps; the rest of the record may.
      std::memcpy(&hdr, rec, sizeof(hdr));
      // perf pads every record to 8 bytes; a size that is not would leave the next header unaligned.
      if (hdr.size < sizeof(hdr) || hdr.size % 8 != 0 || hdr.size > head - tail) {
        // A corrupt ring cannot be walked further: skip to the head and count nothing we cannot read.
        ++stats.corrupt;
        tail = head;
        break;
      }
      if (hdr.size > to_end) {
        if (scratch.size() < hdr.size) scratch.resize(hdr.size);
        std::memcpy(scratch.data(), rec, to_end);
        std::memcpy(scratch.data() + to_end, ring.data, hdr.size - to_end);
        rec = scratch.data();
      }
      progressed = true;
      tail += hdr.size;
      if (hdr.type == PERF_RECORD_SAMPLE && hdr.size >= sizeof(SampleRaw)) {
        uint32_t size;
        std::memcpy(&size, rec + offsetof(SampleRaw, size), sizeof(size));
        if (size > hdr.size - sizeof(SampleRaw)) size = hdr.size - sizeof(SampleRaw);
        ++handed;
        bytes += size;
        stop = on_sample(ring.cpu, Record(rec + sizeof(SampleRaw), size));
      } else if (hdr.type == PERF_RECORD_LOST && hdr.size >= sizeof(LostRecord)) {
        uint64_t n;
        std::memcpy(&n, rec + offsetof(LostRecord, lost), sizeof(n));
        lost += n;
        if (on_lost) on_lost(ring.cpu, n);
      }
      if (stop < 0) break;
    }
    store_release(&ring.page->data_tail, tail);
  }
  stats.records += static_cast<uint64_t>(handed);
  stats.bytes += bytes;
  stats.lost += lost;
  if (handed != 0 || lost != 0) ++stats.wakeups;
  if (stop < 0) return stop;
  return handed;
}

}  // namespace bpfkit::events::detail
