// The kernel-side objects behind a test run's context: bpfkit's xdp_buff and sk_buff.
//
// The program sees the UAPI struct (struct xdp_md, struct __sk_buff) through R1. The kernel rewrites every access to
// it into a load from the real xdp_buff / sk_buff; bpfkit runs the program unrewritten, so the UAPI struct is a
// mirror holding the values those loads would give. The objects here hold the authoritative state (packet bounds,
// device, checksum state); sync() rewrites the mirror and the packet's memory region after anything moved. Fields a
// program may write (mark, priority, cb[] ...) live in the mirror itself, where the program's stores land.
//
// Packet memory is allocated below 4 GiB (LowPage), so that the u32 data/data_end fields hold real addresses.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "bpfkit/error.h"
#include "bpfkit/map.h"
#include "bpfkit/prog_type.h"
#include "bpfkit/vm.h"
#include "support/ctx_layout.h"

namespace bpfkit::attach {

// Kernel constants of x86-64 that shape the buffers (net/bpf/test_run.c, include/linux/skbuff.h).
inline constexpr uint32_t kPageSize = 4096;
inline constexpr uint32_t kEthHlen = 14;
inline constexpr uint32_t kXdpPacketHeadroom = 256;  // XDP_PACKET_HEADROOM
inline constexpr uint32_t kXdpFrameSize = 40;        // sizeof(struct xdp_frame), reserved at data_hard_start
inline constexpr uint32_t kSkbSharedInfo = 320;      // SKB_DATA_ALIGN(sizeof(struct skb_shared_info))
inline constexpr uint32_t kNetSkbPad = 64;           // NET_SKB_PAD (+ NET_IP_ALIGN, 0 on x86)
inline constexpr uint32_t kMaxSkbFrags = 17;         // MAX_SKB_FRAGS
inline constexpr uint32_t kXdpMetaMax = 255;         // type_max(skb_shared_info::meta_len)

// Memory below 4 GiB (mmap with MAP_32BIT on x86-64), so a packet address fits the u32 fields of xdp_md and
// __sk_buff. Zeroed, owned, movable.
class LowPage {
 public:
  LowPage() = default;
  static Expected<LowPage> allocate(size_t size);
  LowPage(LowPage&& o) noexcept : base_(o.base_), size_(o.size_) { o.base_ = nullptr; o.size_ = 0; }
  LowPage& operator=(LowPage&& o) noexcept;
  ~LowPage();
  uint8_t* data() const { return base_; }
  size_t size() const { return size_; }

 private:
  uint8_t* base_ = nullptr;
  size_t size_ = 0;
};

// struct xdp_md and struct __sk_buff: the one layout the verifier's context tables also read.
using XdpMd = uapi::XdpMd;
using SkBuffMd = uapi::SkBuffMd;
using BpfSock = uapi::BpfSock;

// struct bpf_redirect_info: what the redirect helpers of this test run recorded. The kernel keeps it per CPU for
// one test run (bpf_net_ctx_set in bpf_test_run), so it starts empty each run and carries over between repeats.
struct RedirectInfo {
  bool set = false;         // a redirect helper ran (bpfkit's own: the kernel's state starts zeroed)
  uint32_t tgt_index = 0;   // ifindex (bpf_redirect) or key (bpf_redirect_map)
  uint32_t map_id = 0;      // INT_MAX for an ifindex redirect or a failed map lookup
  MapType map_type = MapType::Unspec;
  const Map* map = nullptr; // the map of the last successful bpf_redirect_map
  uint64_t flags = 0;
};

struct ProgramContext {
  enum class Kind : uint8_t { Xdp, Skb };
  explicit ProgramContext(Kind k) : kind(k) {}
  Kind kind;
  RedirectInfo redirect;
  // The UAPI struct R1 points at, and its memory region.
  uint64_t ctx_addr() const { return uint64_t(reinterpret_cast<uintptr_t>(md_ptr)); }
  void* md_ptr = nullptr;
};

// struct xdp_buff as test-run builds it: one 4 KiB frame (data_hard_start .. + frame_sz) and, for data beyond
// what the frame holds, page-sized fragments (skb_shared_info frags, reachable only through helpers).
struct XdpBuff : ProgramContext {
  XdpBuff() : ProgramContext(Kind::Xdp) { md_ptr = &md; }
  XdpBuff(const XdpBuff&) = delete;
  XdpBuff& operator=(const XdpBuff&) = delete;
  struct Frag {
    std::vector<uint8_t> page;  // kPageSize bytes
    uint32_t size = 0;          // skb_frag_size (data at offset 0 of the page)
  };

  LowPage frame;
  uint8_t* hard_start = nullptr;
  uint8_t* data_meta = nullptr;
  uint8_t* data = nullptr;
  uint8_t* data_end = nullptr;
  uint32_t frame_sz = kPageSize;
  uint32_t rxq_frag_size = kPageSize;  // rxq->frag_size: headroom + max_data_sz + tailroom
  std::vector<Frag> frags;
  uint32_t frags_size = 0;  // sinfo->xdp_frags_size
  uint32_t ingress_ifindex = 1;
  uint32_t rx_queue_index = 0;
  XdpMd md{};

  uint8_t* hard_end() const { return hard_start + frame_sz - kSkbSharedInfo; }  // xdp_data_hard_end()
  bool has_frags() const { return !frags.empty() || frags_size != 0; }
  uint32_t buff_len() const { return uint32_t(data_end - data) + frags_size; }  // xdp_get_buff_len()

  // Rewrites md's packet fields and swaps the packet region in rc ([data_meta, data_end), writable).
  void sync(RunContext& rc);
  MemoryRegion packet_region{};
};

// struct sk_buff as test-run builds it: a linear buffer from slab_build_skb() with NET_SKB_PAD of headroom.
struct SkBuff : ProgramContext {
  SkBuff() : ProgramContext(Kind::Skb) { md_ptr = &md; }
  SkBuff(const SkBuff&) = delete;
  SkBuff& operator=(const SkBuff&) = delete;

  ProgType type = ProgType::Unspec;
  bool is_l2 = false;                 // SCHED_CLS/ACT: data starts at the MAC header
  bool direct_packet_access = false;  // tc and lwt: data/data_end computed at setup
  bool packet_writable = false;       // direct writes allowed (tc, lwt_xmit)
  LowPage buffer;
  uint8_t* head = nullptr;
  uint8_t* data = nullptr;
  uint32_t len = 0;                 // linear: headlen == len
  uint8_t* mac_header = nullptr;
  uint8_t* network_header = nullptr;
  bool data_end_valid = false;      // bpf_compute_data_pointers() has run
  uint32_t ifindex = 1;             // skb->dev->ifindex
  uint32_t hash = 0;
  // The socket test-run attaches to the skb (sk_alloc + sock_init_data, then the packet's addresses), as a program
  // sees it through __sk_buff.sk: read-only, and freed after the run with its local storage.
  BpfSock sock{};
  // sock_gen_cookie() of that socket: given on first use, then fixed for the run.
  uint64_t sk_cookie = 0;
  bool encapsulation = false;  // skb->encapsulation: bpf_skb_adjust_room added an outer header
  // The ip_tunnel_info of the metadata dst bpf_skb_set_tunnel_key attaches (test-run skbs start without a dst).
  struct TunnelInfo {
    bool ipv6 = false;      // IP_TUNNEL_INFO_IPV6
    uint64_t tun_id = 0;    // host order
    uint8_t tos = 0, ttl = 0;
    uint16_t flags = 0;     // IP_TUNNEL_*_BIT bits 0..15
    uint32_t label = 0;     // host order, masked to the flow label
    uint32_t src[4] = {}, dst[4] = {};  // IPv4: host order in [0]; IPv6: the bytes as given
  };
  std::optional<TunnelInfo> tunnel;
  // Checksum state (BPF_F_TEST_SKB_CHECKSUM_COMPLETE).
  enum class Summed : uint8_t { None, Complete } ip_summed = Summed::None;
  uint32_t csum = 0;
  SkBuffMd md{};

  // bpf_compute_data_pointers(): data_end becomes valid for the program.
  void compute_data_pointers(RunContext& rc) {
    data_end_valid = true;
    sync(rc);
  }
  // bpf_try_make_writable(skb, write_len): pskb_may_pull (write_len <= len on a linear skb), then data pointers.
  int try_make_writable(RunContext& rc, uint32_t write_len) {
    const int err = write_len <= len ? 0 : -12;  // -ENOMEM from skb_ensure_writable
    compute_data_pointers(rc);
    return err;
  }
  // skb_cow_head(skb, headroom): at least headroom bytes in front of data, moving the packet to a bigger buffer
  // (as pskb_expand_head does) when the current one has too few. Returns 0 or -ENOMEM.
  int cow_head(uint32_t headroom);
  void sync(RunContext& rc);
  MemoryRegion packet_region{};
};

// bpf_perf_event_output's packet part for xdp and skb programs (bpf_xdp_event_output / bpf_skb_event_output): the
// first len bytes of the packet (linear part, then xdp fragments) into out; -EFAULT when the packet is shorter.
// Fails the run when rc has no packet context or ctx_ptr is not its UAPI struct.
long packet_ctx_copy(RunContext& rc, uint64_t ctx_ptr, uint64_t len, std::vector<uint8_t>& out);

// The context of the current run, if it is of that kind and R1 is its UAPI struct; otherwise fails the run with a
// message naming the helper and returns nullptr.
XdpBuff* xdp_context(RunContext& rc, uint64_t r1, const char* helper);
SkBuff* skb_context(RunContext& rc, uint64_t r1, const char* helper);

}  // namespace bpfkit::attach
