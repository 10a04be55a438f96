// bpf_prog_test_run_xdp(): an xdp_buff over one 4 KiB frame with XDP_PACKET_HEADROOM, optional metadata from
// ctx_in, and page-sized fragments for data past the linear part (checked against Linux 6.18 in test_run_test).
//
// Frame layout, as the kernel's: data_hard_start at the frame start, metadata (ctx_in.data bytes) right below
// data, data at XDP_PACKET_HEADROOM, and the frame's last SKB_DATA_ALIGN(sizeof(skb_shared_info)) bytes reserved,
// so the linear part holds at most 4096 - 256 - 320 = 3520 bytes (+ the metadata). ctx_in.data_end sets the linear
// size (clamped to that); the rest of data_in goes to fragments of up to a page each, at most MAX_SKB_FRAGS.
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>

#include <fmt/format.h>

#include "attach/packet_context.h"
#include "attach/test_run_internal.h"

namespace bpfkit::attach {
namespace {

constexpr uint32_t BPF_XDP_DEVMAP = 39;  // enum bpf_attach_type
constexpr uint32_t BPF_XDP_CPUMAP = 40;

// xdp_metalen_invalid() of 6.18: 4-byte aligned, at most min(u8 max, XDP_PACKET_HEADROOM - sizeof(xdp_frame)).
bool metalen_invalid(uint32_t metalen) {
  const uint32_t max = std::min(kXdpMetaMax, kXdpPacketHeadroom - kXdpFrameSize);
  return (metalen & 3) != 0 || metalen > max;
}

// xdp_convert_md_to_buff(): the device and rx queue ctx_in names.
Expected<void> convert_md_to_buff(const XdpMd& md, XdpBuff& xdp) {
  if (md.egress_ifindex != 0) return test_run_error(EINVAL, "xdp_md.egress_ifindex must be 0");
  if (md.ingress_ifindex == 0 && md.rx_queue_index != 0)
    return test_run_error(EINVAL, "xdp_md.rx_queue_index needs an ingress_ifindex");
  if (md.ingress_ifindex != 0) {
    std::optional<NetDevice> dev = dev_get_by_index(md.ingress_ifindex);
    if (!dev) return test_run_error(ENODEV, fmt::format("no device with ifindex {}", md.ingress_ifindex));
    if (md.rx_queue_index >= dev->real_num_rx_queues)
      return test_run_error(EINVAL, fmt::format("rx_queue_index {} is past the {} rx queues of ifindex {}",
                                                md.rx_queue_index, dev->real_num_rx_queues, md.ingress_ifindex));
    xdp.ingress_ifindex = md.ingress_ifindex;
    xdp.rx_queue_index = md.rx_queue_index;
  }
  xdp.data = xdp.data_meta + md.data;
  return {};
}

// xdp_convert_buff_to_md(): only the packet offsets change.
void convert_buff_to_md(const XdpBuff& xdp, XdpMd& md) {
  md.data = uint32_t(xdp.data - xdp.data_meta);
  md.data_end = uint32_t(xdp.data_end - xdp.data_meta);
}

}  // namespace

Expected<TestRunResult> test_run_xdp(const Program& prog, const TestRunTarget& target, HelperEnv& env,
                                     const TestRunOptions& opt) {
  if (target.expected_attach_type == BPF_XDP_DEVMAP || target.expected_attach_type == BPF_XDP_CPUMAP)
    return test_run_error(EINVAL, "devmap and cpumap XDP programs cannot be test-run");
  if (opt.flags & ~BPF_F_TEST_XDP_LIVE_FRAMES) return test_run_error(EINVAL, fmt::format("flags {:#x}", opt.flags));
  if (opt.flags & BPF_F_TEST_XDP_LIVE_FRAMES)
    return test_run_error(EOPNOTSUPP, "BPF_F_TEST_XDP_LIVE_FRAMES sends frames through the kernel's stack");

  Expected<std::optional<std::vector<uint8_t>>> ctx_buf = ctx_init(opt, sizeof(XdpMd));
  if (!ctx_buf) return std::move(ctx_buf).error();
  std::optional<XdpMd> ctx;
  if (*ctx_buf) {
    ctx.emplace();
    std::memcpy(&*ctx, (*ctx_buf)->data(), sizeof(XdpMd));
  }

  const uint32_t size = uint32_t(opt.data_in.size());
  uint32_t headroom = kXdpPacketHeadroom;
  uint32_t linear = size;
  if (ctx) {
    // There can't be user data before the metadata, and the linear part is ctx_in.data_end long.
    if (ctx->data_meta != 0 || ctx->data_end > size || ctx->data > ctx->data_end || metalen_invalid(ctx->data))
      return test_run_error(EINVAL, fmt::format("xdp_md ctx_in (data_meta {}, data {}, data_end {}) does not fit "
                                                "{} bytes of data",
                                                ctx->data_meta, ctx->data, ctx->data_end, size));
    headroom -= ctx->data;  // the metadata is taken from the headroom
    linear = ctx->data_end;
  }
  const uint32_t max_linear = kPageSize - headroom - kSkbSharedInfo;
  linear = std::min(linear, max_linear);
  if (size < kEthHlen) return test_run_error(EINVAL, fmt::format("data_size_in {} is below ETH_HLEN", size));

  auto xdp = std::make_unique<XdpBuff>();
  Expected<LowPage> frame = LowPage::allocate(kPageSize);
  if (!frame) return std::move(frame).error();
  xdp->frame = std::move(*frame);
  xdp->hard_start = xdp->frame.data();
  xdp->data_meta = xdp->hard_start + headroom;
  xdp->data = xdp->data_meta;
  xdp->data_end = xdp->data_meta + linear;
  std::memcpy(xdp->data_meta, opt.data_in.data(), linear);
  xdp->frame_sz = kPageSize;
  xdp->rxq_frag_size = headroom + max_linear + kSkbSharedInfo;
  const NetDevice lo = loopback_dev();
  xdp->ingress_ifindex = lo.ifindex;
  xdp->rx_queue_index = 0;
  if (ctx) {
    if (Expected<void> ok = convert_md_to_buff(*ctx, *xdp); !ok) return std::move(ok).error();
  }

  for (uint32_t off = linear; off < size;) {
    if (xdp->frags.size() == kMaxSkbFrags)
      return test_run_error(ENOMEM, fmt::format("{} bytes of data need more than MAX_SKB_FRAGS ({}) fragments", size,
                                                kMaxSkbFrags));
    XdpBuff::Frag frag;
    frag.page.assign(kPageSize, 0);
    frag.size = std::min(size - off, kPageSize);
    std::memcpy(frag.page.data(), opt.data_in.data() + off, frag.size);
    xdp->frags_size += frag.size;
    off += frag.size;
    xdp->frags.push_back(std::move(frag));
  }

  RunContext rc;
  rc.loop_limit = opt.loop_limit;
  // xdp_md is read-only for XDP programs; the packet region is added by sync().
  rc.add_region(MemoryRegion{reinterpret_cast<uint8_t*>(&xdp->md), sizeof(XdpMd), false});
  xdp->sync(rc);
  env.prepare(rc);
  rc.program_context = xdp.get();
  rc.args[0] = xdp->ctx_addr();
  Expected<RunOutcome> run = run_repeat(prog, rc, opt.repeat);
  if (ctx) convert_buff_to_md(*xdp, *ctx);
  if (!run) return std::move(run).error();

  // The output runs from data_meta: metadata, linear data, then the fragments.
  std::vector<std::span<const uint8_t>> frags;
  for (const XdpBuff::Frag& f : xdp->frags) frags.emplace_back(f.page.data(), f.size);
  TestRunResult res;
  res.redirect = redirect_target(xdp->redirect, /*xdp=*/true, run->retval);
  if (finish_data(opt, res, std::span<const uint8_t>(xdp->data_meta, xdp->data_end), frags, run->retval,
                  run->duration) &&
      res.err == 0 && ctx)
    finish_ctx(opt, res, std::span(reinterpret_cast<const uint8_t*>(&*ctx), sizeof(XdpMd)));
  return res;
}

}  // namespace bpfkit::attach
