// libFuzzer target: the event readers' record walking (src/events/ring_walk.h) over hostile ring contents.
//
// The input is a ring as the other side could leave it: first byte picks the reader (even: BPF ring buffer, odd:
// perf buffer) and the ring size (64 << (byte >> 1 & 7)), then 8 bytes of consumer/tail position, 8 of
// producer/head position, then the data area (zero-filled if short). The ring buffer's data is laid out twice in
// a row, as the kernel maps it. Every record handed out is read to its last byte, so ASan reports a reader that
// hands out bytes outside the mapping; the positions after a batch are checked against the reader's promises.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

#include "events/ring_walk.h"

namespace {

uint64_t u64_at(const uint8_t* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

// Touches every byte, so an out-of-bounds record is an ASan report, not a silent read.
int touch(bpfkit::events::Record r, uint8_t stop_at) {
  volatile uint8_t sum = 0;
  for (uint8_t b : r) sum = sum + b;
  return r.size() == stop_at ? -1 : 0;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 17) return 0;
  const bool perf = data[0] & 1;
  const uint64_t ring_size = uint64_t(64) << (data[0] >> 1 & 7);
  uint64_t first = u64_at(data + 1), second = u64_at(data + 9);
  const uint8_t* body = data + 17;
  const size_t body_size = size - 17;
  const uint8_t stop_at = body_size > 0 ? body[0] : 0;  // a callback that stops the batch on one record size
  bpfkit::events::Stats stats;

  if (!perf) {
    // Exactly two copies of the data, so reading past them is caught.
    std::unique_ptr<uint8_t[]> area(new uint8_t[2 * ring_size]());
    std::memcpy(area.get(), body, std::min<size_t>(body_size, ring_size));
    std::memcpy(area.get() + ring_size, area.get(), ring_size);
    alignas(8) uint64_t cons = first, prod = second;
    bpfkit::events::detail::RingbufView view{&cons, &prod, area.get(), ring_size};
    const int64_t n = bpfkit::events::detail::consume_ringbuf(view, [&](bpfkit::events::Record r) { return touch(r, stop_at); }, stats);
    // The consumer never passes the producer, and it moves forward unless it found a corrupt ring.
    if (n >= 0 && stats.corrupt == 0 && (cons - first > prod - first)) std::abort();
    if (stats.corrupt != 0 && cons != prod) std::abort();
    return 0;
  }

  std::unique_ptr<perf_event_mmap_page> page(new perf_event_mmap_page());
  page->data_tail = first;
  page->data_head = second;
  std::unique_ptr<uint8_t[]> area(new uint8_t[ring_size]());
  std::memcpy(area.get(), body, std::min<size_t>(body_size, ring_size));
  std::vector<uint8_t> scratch;
  uint64_t lost_seen = 0;
  bpfkit::events::detail::PerfRingView view{page.get(), area.get(), ring_size, 3};
  const int64_t n = bpfkit::events::detail::consume_perf_ring(
      view, scratch, [&](int cpu, bpfkit::events::Record r) { return cpu == 3 ? touch(r, stop_at) : -2; },
      [&](int, uint64_t count) { lost_seen += count; }, stats);
  if (n == -2 || lost_seen != stats.lost) std::abort();
  if (n >= 0 && page->data_tail != page->data_head) std::abort();  // a full batch ends at the head
  return 0;
}
