// bpf_prog_test_run_skb(): an sk_buff for the skb program types (socket filter, tc, cgroup_skb, lwt).
//
// As the kernel builds it: data_in copied after NET_SKB_PAD of headroom, eth_type_trans() against the loopback
// device (or ctx_in's ifindex) sets protocol and pkt_type and pulls the MAC header; tc programs get it pushed back
// (data starts at L2), the others see data at L3. After the run a non-L2 skb gets ETH_HLEN zero bytes pushed in
// front, so data_out again starts with a (zeroed) MAC header. The socket test-run allocates gets the addresses of
// an IPv4/IPv6 packet (what cgroup_skb programs read as family, local_ip4, ...).
#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstring>
#include <memory>

#include <fmt/format.h>

#include "attach/packet_context.h"
#include "attach/test_run_internal.h"
#include "helpers/csum.h"

namespace bpfkit::attach {
namespace {

constexpr uint32_t kMaxSkbData = kPageSize - kNetSkbPad - kSkbSharedInfo;  // 3712
constexpr uint32_t kGsoLegacyMaxSize = 65536;
constexpr uint32_t kGsoMaxSegs = 65535;
constexpr uint32_t PACKET_BROADCAST = 1, PACKET_MULTICAST = 2, PACKET_OTHERHOST = 3;
constexpr uint16_t ETH_P_802_3 = 0x0001, ETH_P_802_2 = 0x0004, ETH_P_802_3_MIN = 0x0600;
constexpr uint16_t ETH_P_IP = 0x0800, ETH_P_IPV6 = 0x86dd;
constexpr uint32_t AF_INET_ = 2, AF_INET6_ = 10;
constexpr uint32_t kTcpClose = 7;  // TCP_CLOSE

uint16_t be16(const uint8_t* p) { return uint16_t(p[0] << 8 | p[1]); }
uint16_t htons_(uint16_t v) { return uint16_t(v << 8 | v >> 8); }

// eth_type_trans(): pkt_type from the destination address, then the MAC header is pulled and the protocol is the
// ethertype, or the 802.3 / 802.2 guesses for length fields.
uint16_t eth_type_trans(SkBuff& skb, const NetDevice& dev) {
  skb.mac_header = skb.data;
  const uint8_t* dest = skb.data;
  const uint8_t* proto = skb.data + 12;
  skb.data += kEthHlen;
  skb.len -= kEthHlen;
  if (std::memcmp(dest, dev.dev_addr, 6) != 0) {
    if (dest[0] & 1)
      skb.md.pkt_type = std::memcmp(dest, dev.broadcast, 6) == 0 ? PACKET_BROADCAST : PACKET_MULTICAST;
    else
      skb.md.pkt_type = PACKET_OTHERHOST;
  }
  if (be16(proto) >= ETH_P_802_3_MIN) return htons_(be16(proto));
  if (skb.len >= 2 && skb.data[0] == 0xff && skb.data[1] == 0xff) return htons_(ETH_P_802_3);
  return htons_(ETH_P_802_2);
}

// The __sk_buff fields the sk_buff keeps in 16 bits (bpf_convert_ctx_access stores them with BPF_H): queue_mapping
// and tc_index in the sk_buff, tc_classid in qdisc_skb_cb.
constexpr uint32_t kQueueMappingOff = offsetof(SkBuffMd, queue_mapping), kTcIndexOff = offsetof(SkBuffMd, tc_index),
                   kTcClassidOff = offsetof(SkBuffMd, tc_classid);
constexpr uint64_t kNoQueueMapping = 0xffff;  // NO_QUEUE_MAPPING (USHRT_MAX)

// The context as memory: all of it readable, all of it writable but for the 16-bit fields, whose stores come to
// narrow_ctx_store (which fields a program may write at all is the verifier's business).
void add_ctx_regions(RunContext& rc, SkBuffMd& md) {
  auto* base = reinterpret_cast<uint8_t*>(&md);
  rc.add_region(MemoryRegion{base, sizeof(SkBuffMd), false});
  uint32_t from = 0;
  for (uint32_t narrow : {kQueueMappingOff, kTcIndexOff, kTcClassidOff}) {
    rc.add_region(MemoryRegion{base + from, narrow - from, true});
    from = narrow + 4;
  }
  rc.add_region(MemoryRegion{base + from, sizeof(SkBuffMd) - from, true});
}

// A 4-byte store to one of the 16-bit fields, as the kernel rewrites it: the low 16 bits are stored; a
// queue_mapping of NO_QUEUE_MAPPING or more is dropped (a register compared as u64, BPF_JGE; a BPF_ST's immediate
// compared as the s32 it is, so a negative one is stored).
bool narrow_ctx_store(RunContext& rc, uint64_t addr, unsigned size, uint64_t value, bool imm) {
  auto* pc = static_cast<ProgramContext*>(rc.program_context);
  if (pc == nullptr || pc->kind != ProgramContext::Kind::Skb || size != 4 || addr < pc->ctx_addr()) return false;
  SkBuffMd& md = static_cast<SkBuff*>(pc)->md;
  switch (addr - pc->ctx_addr()) {
    case kQueueMappingOff:
      if (imm ? int64_t(value) >= int64_t(kNoQueueMapping) : value >= kNoQueueMapping) return true;
      md.queue_mapping = uint16_t(value);
      return true;
    case kTcIndexOff:
      md.tc_index = uint16_t(value);
      return true;
    case kTcClassidOff:
      md.tc_classid = uint16_t(value);
      return true;
    default:
      return false;
  }
}

// The fields ctx_in may set; everything else must be zero (convert___skb_to_skb()).
bool only_allowed_fields(const SkBuffMd& in) {
  SkBuffMd allowed{};
  allowed.mark = in.mark;
  allowed.priority = in.priority;
  allowed.ingress_ifindex = in.ingress_ifindex;
  allowed.ifindex = in.ifindex;
  std::memcpy(allowed.cb, in.cb, sizeof in.cb);
  allowed.tstamp = in.tstamp;
  allowed.wire_len = in.wire_len;
  allowed.gso_segs = in.gso_segs;
  allowed.gso_size = in.gso_size;
  allowed.hwtstamp = in.hwtstamp;
  return std::memcmp(&allowed, &in, sizeof in) == 0;
}

// The checksum of everything from the network header on, as skb_checksum() computes it on a linear skb.
uint32_t network_csum(const SkBuff& skb) {
  const uint8_t* end = skb.data + skb.len;
  return csum::partial(skb.network_header, uint32_t(end - skb.network_header), 0);
}

}  // namespace

Expected<TestRunResult> test_run_skb(const Program& prog, const TestRunTarget& target, HelperEnv& env,
                                     const TestRunOptions& opt) {
  if ((opt.flags & ~BPF_F_TEST_SKB_CHECKSUM_COMPLETE) || opt.cpu != 0)
    return test_run_error(EINVAL, fmt::format("flags {:#x} / cpu {} (skb test runs take only "
                                              "BPF_F_TEST_SKB_CHECKSUM_COMPLETE)",
                                              opt.flags, opt.cpu));
  const uint32_t size = uint32_t(opt.data_in.size());
  if (size < kEthHlen || size > kMaxSkbData)
    return test_run_error(EINVAL, fmt::format("data_size_in {} is outside [{}, {}]", size, kEthHlen, kMaxSkbData));
  Expected<std::optional<std::vector<uint8_t>>> ctx_buf = ctx_init(opt, sizeof(SkBuffMd));
  if (!ctx_buf) return std::move(ctx_buf).error();
  std::optional<SkBuffMd> ctx;
  if (*ctx_buf) {
    ctx.emplace();
    std::memcpy(&*ctx, (*ctx_buf)->data(), sizeof(SkBuffMd));
  }

  auto skb = std::make_unique<SkBuff>();
  skb->type = target.type;
  switch (target.type) {
    case ProgType::SchedCls:
    case ProgType::SchedAct:
      skb->is_l2 = true;
      skb->direct_packet_access = true;
      skb->packet_writable = true;
      break;
    case ProgType::LwtXmit:
      skb->packet_writable = true;
      [[fallthrough]];
    case ProgType::LwtIn:
    case ProgType::LwtOut:
      skb->direct_packet_access = true;
      break;
    default:
      break;
  }
  Expected<LowPage> buffer = LowPage::allocate(kPageSize);
  if (!buffer) return std::move(buffer).error();
  skb->buffer = std::move(*buffer);
  skb->head = skb->buffer.data();
  skb->data = skb->head + kNetSkbPad;
  skb->len = size;
  std::memcpy(skb->data, opt.data_in.data(), size);

  NetDevice dev = loopback_dev();
  if (ctx && ctx->ifindex > 1) {
    std::optional<NetDevice> d = dev_get_by_index(ctx->ifindex);
    if (!d) return test_run_error(ENODEV, fmt::format("no device with ifindex {}", ctx->ifindex));
    dev = *d;
  }
  SkBuffMd& md = skb->md;
  md.protocol = eth_type_trans(*skb, dev);
  skb->ifindex = dev.ifindex;
  skb->network_header = skb->data;
  // The test-run socket takes the packet's addresses (family, local_ip4, remote_ip6 ... for cgroup_skb); an IPv4
  // or IPv6 packet too short for its header is refused (6.18; older kernels only skipped the addresses).
  if (md.protocol == htons_(ETH_P_IP)) {
    md.family = AF_INET_;
    if (skb->len < 20) return test_run_error(EINVAL, "an IPv4 packet shorter than its 20-byte header");
    std::memcpy(&md.local_ip4, skb->network_header + 12, 4);
    std::memcpy(&md.remote_ip4, skb->network_header + 16, 4);
  } else if (md.protocol == htons_(ETH_P_IPV6)) {
    md.family = AF_INET6_;
    if (skb->len < 40) return test_run_error(EINVAL, "an IPv6 packet shorter than its 40-byte header");
    std::memcpy(md.local_ip6, skb->network_header + 8, 16);
    std::memcpy(md.remote_ip6, skb->network_header + 24, 16);
  }
  // The same socket through __sk_buff.sk (struct bpf_sock): sock_init_data(NULL, sk) leaves it unbound and unconnected
  // (TCP_CLOSE, no type or protocol, no rx queue), with the addresses above.
  BpfSock& sock = skb->sock;
  sock.family = md.family;
  sock.src_ip4 = md.local_ip4;
  sock.dst_ip4 = md.remote_ip4;
  std::memcpy(sock.src_ip6, md.local_ip6, sizeof sock.src_ip6);
  std::memcpy(sock.dst_ip6, md.remote_ip6, sizeof sock.dst_ip6);
  sock.state = kTcpClose;
  sock.rx_queue_mapping = -1;
  md.sk = reinterpret_cast<uintptr_t>(&sock);
  if (skb->is_l2) {
    skb->data -= kEthHlen;
    skb->len += kEthHlen;
  }
  // cgroup_skb programs see a valid data_end too (checked against 6.18), though test-run computes the pointers
  // only for the direct-access types.
  skb->data_end_valid = true;

  uint32_t wire_len = skb->len;
  if (ctx) {
    if (!only_allowed_fields(*ctx))
      return test_run_error(EINVAL, "__sk_buff ctx_in sets fields test-run does not take (only mark, priority, "
                                    "ingress_ifindex, ifindex, cb, tstamp, wire_len, gso_segs, gso_size, hwtstamp)");
    md.mark = ctx->mark;
    md.priority = ctx->priority;
    md.ingress_ifindex = ctx->ingress_ifindex;
    md.tstamp = ctx->tstamp;
    std::memcpy(md.cb, ctx->cb, sizeof md.cb);
    if (ctx->wire_len != 0) {
      if (ctx->wire_len < skb->len || ctx->wire_len > kGsoLegacyMaxSize)
        return test_run_error(EINVAL, fmt::format("wire_len {} is outside [len {}, {}]", ctx->wire_len, skb->len,
                                                  kGsoLegacyMaxSize));
      wire_len = ctx->wire_len;
    }
    if (ctx->gso_segs > kGsoMaxSegs)
      return test_run_error(EINVAL, fmt::format("gso_segs {} is above GSO_MAX_SEGS", ctx->gso_segs));
    md.gso_segs = ctx->gso_segs;
    md.gso_size = ctx->gso_size;
    md.hwtstamp = ctx->hwtstamp;
  }
  md.wire_len = ctx ? wire_len : 0;  // qdisc_skb_cb()->pkt_len is only set from a ctx_in
  // What the kernel keeps outside the program's reach, for ctx_out.
  const uint32_t skb_iif = md.ingress_ifindex, gso_segs = md.gso_segs;
  const uint64_t hwtstamp = md.hwtstamp;

  const bool csum_complete = (opt.flags & BPF_F_TEST_SKB_CHECKSUM_COMPLETE) != 0;
  if (csum_complete) {
    skb->ip_summed = SkBuff::Summed::Complete;
    skb->csum = network_csum(*skb);
  }

  RunContext rc;
  rc.loop_limit = opt.loop_limit;
  add_ctx_regions(rc, skb->md);
  rc.ctx_store = narrow_ctx_store;
  rc.add_region(MemoryRegion{reinterpret_cast<uint8_t*>(&skb->sock), sizeof(BpfSock), false});
  skb->sync(rc);
  env.prepare(rc);
  rc.program_context = skb.get();
  rc.args[0] = skb->ctx_addr();
  Expected<RunOutcome> run = run_repeat(prog, rc, opt.repeat);
  // The socket goes with the run (sk_free -> bpf_sk_storage_free), and its storage with it.
  for (Map* m : env.maps())
    if (auto* storage = dynamic_cast<LocalStorageMap*>(m); storage != nullptr && m->type() == MapType::SkStorage)
      storage->release_owner(md.sk);
  if (!run) return std::move(run).error();

  if (!skb->is_l2) {
    // The packet goes back out with a MAC header, zeroed (the headroom always has room: nothing here moves head).
    skb->data -= kEthHlen;
    skb->len += kEthHlen;
    std::memset(skb->data, 0, kEthHlen);
  }
  if (csum_complete && csum::fold(skb->csum) != csum::fold(network_csum(*skb)))
    return test_run_error(EBADMSG, "CHECKSUM_COMPLETE: skb->csum does not match the packet after the run");

  TestRunResult res;
  res.redirect = redirect_target(skb->redirect, /*xdp=*/false, run->retval);
  if (!finish_data(opt, res, std::span<const uint8_t>(skb->data, skb->len), {}, run->retval, run->duration) ||
      res.err != 0 || !ctx)
    return res;
  // convert_skb_to___skb(): the fields the program may have changed come from the context it wrote, the rest
  // from the skb; anything else keeps the value ctx_in had.
  SkBuffMd out = *ctx;
  out.mark = md.mark;
  out.priority = md.priority;
  out.ingress_ifindex = skb_iif;
  out.ifindex = skb->ifindex;
  out.tstamp = md.tstamp;
  std::memcpy(out.cb, md.cb, sizeof out.cb);
  out.wire_len = md.wire_len;
  out.gso_segs = gso_segs;
  out.hwtstamp = hwtstamp;
  finish_ctx(opt, res, std::span(reinterpret_cast<const uint8_t*>(&out), sizeof out));
  return res;
}

}  // namespace bpfkit::attach
