// Walking the records of a mapped ring: the part of the event readers that reads memory another party writes.
// Kept apart from the mmap and fd handling so that it can be driven over plain memory (tests/fuzz/fuzz_events.cc).
#pragma once

#include <linux/perf_event.h>

#include <cstdint>
#include <vector>

#include "bpfkit/events.h"

namespace bpfkit::events::detail {

// A BPF_MAP_TYPE_RINGBUF as mapped: the consumer position (read-write), the producer position, and the data area
// of size bytes (a power of 2) mapped twice in a row, so data[0, 2 * size) is readable.
struct RingbufView {
  void* consumer_pos;
  const void* producer_pos;
  const uint8_t* data;
  uint64_t size;
};

// Hands out every committed record between the positions, publishing the consumer position after each. A ring
// whose positions or record lengths cannot be what the kernel writes (positions not 8-byte aligned, more than
// size bytes apart, a record longer than the ring or past the producer) is not walked further: the consumer
// position jumps to the producer's and stats.corrupt counts it. Returns the records handed out or the callback's
// negative return.
int64_t consume_ringbuf(const RingbufView& ring, const RingSampleFn& on_sample, Stats& stats);

// One perf event ring as mapped: the perf_event_mmap_page and data_size (a power of 2) bytes of data, mapped
// once (records that wrap are copied into scratch).
struct PerfRingView {
  perf_event_mmap_page* page;
  const uint8_t* data;
  uint64_t data_size;
  int cpu;
};

// Hands out PERF_RECORD_SAMPLE raw records and sums PERF_RECORD_LOST, advancing data_tail. A corrupt ring (a
// header shorter than itself, a record size that is not a multiple of 8, a record past data_head, head more than data_size ahead of tail, an unaligned
// tail) is skipped to data_head and counted in stats.corrupt. Same return as consume_ringbuf.
int64_t consume_perf_ring(const PerfRingView& ring, std::vector<uint8_t>& scratch, const PerfSampleFn& on_sample,
                          const PerfLostFn& on_lost, Stats& stats);

}  // namespace bpfkit::events::detail
