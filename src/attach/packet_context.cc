// Low memory for packets, and keeping the UAPI mirrors and packet regions in step with the kernel-side state.
#include "attach/packet_context.h"

#include <sys/mman.h>

#include <cerrno>
#include <algorithm>
#include <cstring>
#include <utility>
#include <vector>

#include <fmt/format.h>

namespace bpfkit::attach {
namespace {

constexpr uint64_t k4GiB = 1ull << 32;

uint32_t low32(const void* p) { return uint32_t(reinterpret_cast<uintptr_t>(p)); }

void* map_low(size_t size) {
#ifdef MAP_32BIT
  void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT, -1, 0);
  if (p != MAP_FAILED) return p;
#endif
  // Elsewhere (or when the 2 GiB MAP_32BIT area is full): ask for hints below 4 GiB until one is honoured.
  for (uint64_t hint = 1ull << 28; hint + size <= k4GiB; hint += 1ull << 26) {
    void* p = mmap(reinterpret_cast<void*>(hint), size, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    if (p != MAP_FAILED) return p;
  }
  return nullptr;
}

// Freed packet pages, kept per thread for the next test run: replaying a capture does one run per packet, and an
// mmap/munmap pair (plus the page faults) per run cost more than the run itself.
class PagePool {
 public:
  ~PagePool() {
    for (const auto& [p, size] : free_) munmap(p, size);
  }
  uint8_t* take(size_t size) {
    for (auto it = free_.begin(); it != free_.end(); ++it) {
      if (it->second != size) continue;
      uint8_t* p = it->first;
      free_.erase(it);
      std::memset(p, 0, size);  // as fresh as mmap's: test-run's buffers start zeroed (kzalloc)
      return p;
    }
    return nullptr;
  }
  void give(uint8_t* p, size_t size) {
    if (free_.size() < kKeep && size <= kLargestKept) {
      free_.emplace_back(p, size);
      return;
    }
    munmap(p, size);
  }

 private:
  static constexpr size_t kKeep = 8;
  static constexpr size_t kLargestKept = 1 << 20;
  std::vector<std::pair<uint8_t*, size_t>> free_;
};

thread_local PagePool page_pool;

}  // namespace

Expected<LowPage> LowPage::allocate(size_t size) {
  size = (size + kPageSize - 1) & ~size_t(kPageSize - 1);
  if (uint8_t* reused = page_pool.take(size)) {
    LowPage page;
    page.base_ = reused;
    page.size_ = size;
    return page;
  }
  void* p = map_low(size);
  if (p == nullptr || uint64_t(reinterpret_cast<uintptr_t>(p)) + size > k4GiB) {
    if (p != nullptr) munmap(p, size);
    return make_error(fmt::format("cannot allocate {} bytes of packet memory below 4 GiB", size)).with_errno(ENOMEM);
  }
  LowPage page;
  page.base_ = static_cast<uint8_t*>(p);
  page.size_ = size;
  return page;
}

LowPage& LowPage::operator=(LowPage&& o) noexcept {
  if (this != &o) {
    if (base_ != nullptr) page_pool.give(base_, size_);
    base_ = o.base_;
    size_ = o.size_;
    o.base_ = nullptr;
    o.size_ = 0;
  }
  return *this;
}

LowPage::~LowPage() {
  if (base_ != nullptr) page_pool.give(base_, size_);
}

void XdpBuff::sync(RunContext& rc) {
  md.data = low32(data);
  md.data_end = low32(data_end);
  md.data_meta = low32(data_meta);
  md.ingress_ifindex = ingress_ifindex;
  md.rx_queue_index = rx_queue_index;
  md.egress_ifindex = 0;  // no txq outside of a devmap program
  // The verifier only lets a program reach [data_meta, data_end) (after checks against data_end); the headroom and
  // tailroom stay out of reach, so an access there faults here.
  const MemoryRegion now{data_meta, size_t(data_end - data_meta), true};
  if (packet_region.base != now.base || packet_region.size != now.size) {
    if (packet_region.base != nullptr) rc.remove_region(packet_region);
    if (now.size != 0) rc.add_region(now);
    packet_region = now;
  }
}

void SkBuff::sync(RunContext& rc) {
  md.len = len;
  md.ifindex = ifindex;
  md.hash = hash;
  md.data = low32(data);
  // Without bpf_compute_data_pointers() the kernel's data_end slot in skb->cb is still zero.
  md.data_end = data_end_valid ? low32(data + len) : 0;
  md.data_meta = low32(data);  // no metadata in front of an skb test-run packet
  // Socket filters may not touch the packet directly (only through LD_ABS and helpers); cgroup_skb and lwt_in/out
  // may read it; tc and lwt_xmit may write it.
  const bool reachable = type != ProgType::SocketFilter;
  const MemoryRegion now{data, reachable ? size_t(len) : 0, packet_writable};
  if (packet_region.base != now.base || packet_region.size != now.size) {
    if (packet_region.base != nullptr) rc.remove_region(packet_region);
    if (now.size != 0) rc.add_region(now);
    packet_region = now;
  }
  rc.set_packet(data, len);  // LD_ABS/LD_IND offsets are relative to skb->data
  rc.set_packet_headers({head, data + len, mac_header, network_header});
}

int SkBuff::cow_head(uint32_t headroom) {
  const size_t have = size_t(data - head);
  if (have >= headroom) return 0;
  // The new head keeps NET_SKB_PAD more than asked for; where exactly is invisible to the program.
  const size_t front = headroom + kNetSkbPad;
  Expected<LowPage> bigger = LowPage::allocate(front + len + kSkbSharedInfo);
  if (!bigger) return -ENOMEM;
  uint8_t* new_head = bigger->data();
  uint8_t* new_data = new_head + front;
  std::memcpy(new_data, data, len);
  const auto moved = [&](uint8_t* p) { return p == nullptr ? nullptr : new_data + (p - data); };
  mac_header = moved(mac_header);
  network_header = moved(network_header);
  head = new_head;
  data = new_data;
  buffer = std::move(*bigger);
  return 0;
}

namespace {

ProgramContext* context_of(RunContext& rc, uint64_t r1, ProgramContext::Kind kind, const char* helper,
                           const char* what) {
  auto* pc = static_cast<ProgramContext*>(rc.program_context);
  if (pc == nullptr || pc->kind != kind) {
    rc.fail(fmt::format("{}: the program context is not {} (the helper needs a test-run {} context)", helper, what,
                        what));
    return nullptr;
  }
  if (r1 != pc->ctx_addr()) {
    rc.fail(fmt::format("{}: R1 ({:#x}) is not the program context", helper, r1));
    return nullptr;
  }
  return pc;
}

}  // namespace

long packet_ctx_copy(RunContext& rc, uint64_t ctx_ptr, uint64_t len, std::vector<uint8_t>& out) {
  auto* pc = static_cast<ProgramContext*>(rc.program_context);
  if (pc != nullptr && pc->kind == ProgramContext::Kind::Xdp) {
    XdpBuff* xdp = xdp_context(rc, ctx_ptr, "bpf_perf_event_output");
    if (xdp == nullptr) return 0;
    if (len > xdp->buff_len()) return -EFAULT;
    out.assign(xdp->data, xdp->data + std::min<uint64_t>(len, uint64_t(xdp->data_end - xdp->data)));
    for (const XdpBuff::Frag& f : xdp->frags) {
      if (out.size() >= len) break;
      out.insert(out.end(), f.page.begin(), f.page.begin() + std::min<uint64_t>(f.size, len - out.size()));
    }
    return 0;
  }
  SkBuff* skb = skb_context(rc, ctx_ptr, "bpf_perf_event_output");
  if (skb == nullptr) return 0;
  if (len > skb->len) return -EFAULT;
  out.assign(skb->data, skb->data + len);
  return 0;
}

XdpBuff* xdp_context(RunContext& rc, uint64_t r1, const char* helper) {
  return static_cast<XdpBuff*>(context_of(rc, r1, ProgramContext::Kind::Xdp, helper, "an xdp_md"));
}

SkBuff* skb_context(RunContext& rc, uint64_t r1, const char* helper) {
  return static_cast<SkBuff*>(context_of(rc, r1, ProgramContext::Kind::Skb, helper, "an __sk_buff"));
}

}  // namespace bpfkit::attach
