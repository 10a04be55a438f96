// Reading what kernel BPF programs send to userspace: BPF ring buffers (BPF_MAP_TYPE_RINGBUF) and perf buffers
// (BPF_MAP_TYPE_PERF_EVENT_ARRAY), and an epoll-based poller over any number of them.
//
// Both consumers are batched: one call consumes every record available at that moment (and what arrives while it
// runs), so one wakeup costs one epoll_wait however many records it brings. Records are handed to the callback as
// a span pointing into the shared mapping (ring buffer) or the perf ring; nothing is allocated per record. A perf
// record that wraps around the end of its ring is copied once into a per-CPU scratch buffer that only grows.
//
// Drops are reported, never asserted:
//  - a ring buffer has no drop counter the consumer can see: bpf_ringbuf_reserve/output fail in the program, which
//    must count that itself. What the consumer sees is discarded records (bpf_ringbuf_discard), counted here.
//  - a perf buffer reports the samples the kernel could not write as PERF_RECORD_LOST records, summed here per CPU.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "bpfkit/error.h"

namespace bpfkit::events {

// A record's bytes; valid only during the callback.
using Record = std::span<const uint8_t>;

// Called for each record. A negative return stops the batch after this record (the record counts as consumed) and
// is returned by consume()/poll(), as in libbpf; zero or positive continues.
using RingSampleFn = std::function<int(Record)>;
using PerfSampleFn = std::function<int(int cpu, Record)>;
// Called when the kernel reports lost perf samples on a cpu (count is the number lost since the last report).
using PerfLostFn = std::function<void(int cpu, uint64_t count)>;

struct Stats {
  uint64_t records = 0;    // records handed to the callback
  uint64_t bytes = 0;      // their payload bytes
  uint64_t discarded = 0;  // ring buffer: records the program discarded (skipped, not handed out)
  uint64_t lost = 0;       // perf buffer: samples the kernel reported lost (PERF_RECORD_LOST)
  uint64_t wakeups = 0;    // consume calls that found at least one record
  uint64_t corrupt = 0;    // times a ring held what the kernel cannot have written and was skipped to its head
};

// A consumer of one BPF_MAP_TYPE_RINGBUF map.
//
// The map is mmap'ed as the kernel lays it out (kernel/bpf/ringbuf.c): the consumer position page read-write at
// offset 0, then the producer position page and the data area, mapped twice in a row by the kernel, read-only at
// offset page_size, so a record that wraps is contiguous in memory. Each record has an 8-byte header {u32 len;
// u32 pg_off}: bit 31 of len (BUSY) means the producer has not committed it yet, and consumption stops there;
// bit 30 (DISCARD) means skip it. The consumer position is published with release semantics after each record, so
// the producer can reuse the space at once, as libbpf does.
class RingBuffer {
 public:
  // map_fd must be a ring buffer map; it is dup'ed, so the caller may close its own fd.
  static Expected<std::unique_ptr<RingBuffer>> open(int map_fd, RingSampleFn on_sample);
  ~RingBuffer();
  RingBuffer(const RingBuffer&) = delete;
  RingBuffer& operator=(const RingBuffer&) = delete;

  // Consumes everything available now. Returns the number of records handed out, or the callback's negative
  // return.
  int64_t consume();
  // Bytes produced but not yet consumed.
  uint64_t available() const;
  uint64_t ring_size() const { return mask_ + 1; }
  // The map fd to wait on: it is readable (EPOLLIN) when the producer has woken the consumer.
  int fd() const { return fd_; }
  const Stats& stats() const { return stats_; }

 private:
  RingBuffer() = default;
  int fd_ = -1;
  uint64_t mask_ = 0;
  size_t page_size_ = 0;
  void* consumer_page_ = nullptr;  // unsigned long consumer_pos at offset 0
  void* producer_map_ = nullptr;   // producer_pos page, then data twice
  size_t producer_map_size_ = 0;
  const uint8_t* data_ = nullptr;
  RingSampleFn on_sample_;
  Stats stats_;
};

struct PerfBufferOptions {
  size_t pages_per_cpu = 64;  // data pages of each per-CPU ring, a power of 2
  // Wake the reader after this many samples (perf_event_attr.wakeup_events); 1 gives the lowest latency, a larger
  // value fewer wakeups. Records are read in batches either way.
  uint32_t wakeup_events = 1;
  PerfLostFn on_lost;  // optional; lost counts are summed in stats() regardless
};

// A consumer of one BPF_MAP_TYPE_PERF_EVENT_ARRAY map: for each online CPU, a PERF_COUNT_SW_BPF_OUTPUT software
// event (perf_event_open, sample_type PERF_SAMPLE_RAW) with its ring mmap'ed, installed in the map at index cpu so
// bpf_perf_event_output(ctx, &map, BPF_F_CURRENT_CPU, ...) reaches it. The events are removed from the map and
// closed on destruction.
class PerfBuffer {
 public:
  static Expected<std::unique_ptr<PerfBuffer>> open(int map_fd, PerfSampleFn on_sample, PerfBufferOptions options = {});
  ~PerfBuffer();
  PerfBuffer(const PerfBuffer&) = delete;
  PerfBuffer& operator=(const PerfBuffer&) = delete;

  // Consumes everything available on every CPU (or on one). Same return as RingBuffer::consume.
  int64_t consume();
  int64_t consume_cpu(size_t index);
  // One fd per CPU ring, to wait on; index i is cpus()[i].
  size_t ring_count() const { return rings_.size(); }
  int ring_fd(size_t index) const;
  int ring_cpu(size_t index) const;
  const Stats& stats() const { return stats_; }

 private:
  struct Ring;
  PerfBuffer() = default;
  int map_fd_ = -1;
  size_t page_size_ = 0;
  std::vector<std::unique_ptr<Ring>> rings_;
  PerfSampleFn on_sample_;
  PerfLostFn on_lost_;
  Stats stats_;
};

// Waits on many ring and perf buffers with one epoll instance and consumes each one that is ready.
class Poller {
 public:
  static Expected<std::unique_ptr<Poller>> create();
  ~Poller();
  Poller(const Poller&) = delete;
  Poller& operator=(const Poller&) = delete;

  // The buffers are not owned and must outlive the poller (or be removed... they cannot: keep them alive).
  Expected<void> add(RingBuffer& rb);
  Expected<void> add(PerfBuffer& pb);
  // Waits up to timeout_ms (-1: forever, 0: do not wait), then consumes every ready buffer. Returns the records
  // handed out, a negative callback return, or an Error for a failed epoll_wait (EINTR is a 0 return, so a signal
  // handler can end a poll loop).
  Expected<int64_t> poll(int timeout_ms);
  // Consumes every buffer without waiting (what poll does for the ready ones), e.g. a final drain before exit.
  int64_t consume_all();
  int epoll_fd() const { return epoll_fd_; }

 private:
  Poller() = default;
  struct Source {
    RingBuffer* ring = nullptr;
    PerfBuffer* perf = nullptr;
    size_t perf_index = 0;
  };
  int epoll_fd_ = -1;
  std::vector<Source> sources_;
  std::vector<RingBuffer*> rings_;
  std::vector<PerfBuffer*> perfs_;
};

// The online CPUs (/sys/devices/system/cpu/online), in increasing order.
Expected<std::vector<int>> online_cpus();

}  // namespace bpfkit::events
