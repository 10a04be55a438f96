// XDP packet helpers (net/core/filter.c): bpf_xdp_adjust_head/meta/tail, bpf_xdp_load_bytes/store_bytes and
// bpf_xdp_get_buff_len, on the xdp_buff of a test run (src/attach/packet_context.h).
//
// Every helper that moves a packet bound resyncs the xdp_md the program reads and the packet's memory region, the
// way the verifier forgets packet pointers after such a call (clear_all_pkt_pointers): an old pointer past the new
// bounds faults here where the kernel's verifier would have refused the access.
#include <algorithm>
#include <cstring>

#include <fmt/format.h>

#include "attach/packet_context.h"
#include "helpers/dynptr_internal.h"
#include "helpers/internal.h"

namespace bpfkit::helpers {
namespace {

using attach::XdpBuff;
using attach::kEthHlen;
using attach::kXdpFrameSize;

uint64_t ret(long v) { return uint64_t(int64_t(v)); }

// BPF_CALL_2(bpf_xdp_adjust_head, struct xdp_buff *, xdp, int, offset)
uint64_t xdp_adjust_head(RunContext& rc, uint64_t r1, uint64_t r2, uint64_t, uint64_t, uint64_t) {
  XdpBuff* xdp = attach::xdp_context(rc, r1, "bpf_xdp_adjust_head");
  if (xdp == nullptr) return 0;
  const int64_t offset = int32_t(uint32_t(r2));
  const int64_t metalen = xdp->data - xdp->data_meta;
  const int64_t data = (xdp->data - xdp->hard_start) + offset;  // positions relative to data_hard_start
  const int64_t data_start = int64_t(kXdpFrameSize) + metalen;
  if (data < data_start || data > (xdp->data_end - xdp->hard_start) - int64_t(kEthHlen)) return err(EINVAL);
  if (metalen != 0) std::memmove(xdp->data_meta + offset, xdp->data_meta, size_t(metalen));
  xdp->data_meta += offset;
  xdp->data += offset;
  xdp->sync(rc);
  return 0;
}

// BPF_CALL_2(bpf_xdp_adjust_meta, struct xdp_buff *, xdp, int, offset)
uint64_t xdp_adjust_meta(RunContext& rc, uint64_t r1, uint64_t r2, uint64_t, uint64_t, uint64_t) {
  XdpBuff* xdp = attach::xdp_context(rc, r1, "bpf_xdp_adjust_meta");
  if (xdp == nullptr) return 0;
  const int64_t offset = int32_t(uint32_t(r2));
  const int64_t meta = (xdp->data_meta - xdp->hard_start) + offset;
  const int64_t data = xdp->data - xdp->hard_start;
  if (meta < int64_t(kXdpFrameSize) || meta > data) return err(EINVAL);
  // xdp_metalen_invalid(): 4-byte aligned and at most min(u8 max, XDP_PACKET_HEADROOM - sizeof(xdp_frame)).
  const int64_t metalen = data - meta;
  const int64_t max = std::min<int64_t>(attach::kXdpMetaMax, attach::kXdpPacketHeadroom - kXdpFrameSize);
  if ((metalen & 3) != 0 || metalen > max) return err(EACCES);
  xdp->data_meta += offset;
  xdp->sync(rc);
  return 0;
}

// bpf_xdp_frags_shrink_tail(): drops whole fragments from the end, then shortens the last one kept; once no
// fragment is left the rest comes off the linear part.
long frags_shrink_tail(XdpBuff& xdp, int64_t offset) {
  if (offset > int64_t(xdp.buff_len()) - int64_t(kEthHlen)) return -EINVAL;
  while (!xdp.frags.empty() && offset > 0) {
    XdpBuff::Frag& frag = xdp.frags.back();
    const int64_t shrink = std::min<int64_t>(offset, frag.size);
    offset -= shrink;
    xdp.frags_size -= uint32_t(shrink);
    if (shrink == frag.size) {
      xdp.frags.pop_back();
    } else {
      frag.size -= uint32_t(shrink);
      break;
    }
  }
  if (xdp.frags.empty()) xdp.data_end -= offset;  // the xdp_buff loses its frags flag
  return 0;
}

// bpf_xdp_frags_increase_tail(): the last fragment grows into the rest of its page (rxq->frag_size).
long frags_increase_tail(XdpBuff& xdp, int64_t offset) {
  if (xdp.rxq_frag_size == 0 || xdp.rxq_frag_size > xdp.frame_sz) return -EOPNOTSUPP;
  XdpBuff::Frag& frag = xdp.frags.back();
  const int64_t tailroom = int64_t(xdp.rxq_frag_size) - frag.size;  // skb_frag_off() is 0 for test-run pages
  if (offset > tailroom) return -EINVAL;
  std::memset(frag.page.data() + frag.size, 0, size_t(offset));
  frag.size += uint32_t(offset);
  xdp.frags_size += uint32_t(offset);
  return 0;
}

// BPF_CALL_2(bpf_xdp_adjust_tail, struct xdp_buff *, xdp, int, offset)
uint64_t xdp_adjust_tail(RunContext& rc, uint64_t r1, uint64_t r2, uint64_t, uint64_t, uint64_t) {
  XdpBuff* xdp = attach::xdp_context(rc, r1, "bpf_xdp_adjust_tail");
  if (xdp == nullptr) return 0;
  const int64_t offset = int32_t(uint32_t(r2));
  if (xdp->has_frags()) {
    const long r = offset < 0 ? frags_shrink_tail(*xdp, -offset) : frags_increase_tail(*xdp, offset);
    xdp->sync(rc);
    return ret(r);
  }
  const int64_t data_end = (xdp->data_end - xdp->hard_start) + offset;
  // xdp_data_hard_end() keeps the skb_shared_info tailroom out of reach.
  if (data_end > xdp->hard_end() - xdp->hard_start) return err(EINVAL);
  if (data_end < (xdp->data - xdp->hard_start) + int64_t(kEthHlen)) return err(EINVAL);
  if (offset > 0) std::memset(xdp->data_end, 0, size_t(offset));  // the kernel clears grown memory
  xdp->data_end += offset;
  xdp->sync(rc);
  return 0;
}

// bpf_xdp_pointer() + bpf_xdp_copy_buf(): copies len bytes at offset of the whole buffer (linear part, then
// fragments) to or from buf. Returns 0, -EFAULT (offset or len above 0xffff) or -EINVAL (past the end).
long xdp_copy(XdpBuff& xdp, uint32_t offset, uint8_t* buf, uint32_t len, bool to_packet) {
  if (offset > 0xffff || len > 0xffff) return -EFAULT;
  if (uint64_t(offset) + len > xdp.buff_len()) return -EINVAL;
  uint64_t pos = 0;  // start of the current piece in the buffer
  auto piece = [&](uint8_t* base, uint32_t size) {
    if (len != 0 && offset < pos + size) {
      const uint32_t at = uint32_t(offset - pos);
      const uint32_t n = std::min<uint32_t>(len, size - at);
      if (to_packet)
        std::memmove(base + at, buf, n);
      else
        std::memmove(buf, base + at, n);
      offset += n;
      len -= n;
      buf += n;
    }
    pos += size;
  };
  piece(xdp.data, uint32_t(xdp.data_end - xdp.data));
  for (XdpBuff::Frag& f : xdp.frags) piece(f.page.data(), f.size);
  return 0;
}

// BPF_CALL_4(bpf_xdp_load_bytes, struct xdp_buff *, xdp, u32, offset, void *, buf, u32, len)
uint64_t xdp_load_bytes(RunContext& rc, uint64_t r1, uint64_t offset, uint64_t buf, uint64_t len, uint64_t) {
  XdpBuff* xdp = attach::xdp_context(rc, r1, "bpf_xdp_load_bytes");
  if (xdp == nullptr || !need_write(rc, buf, uint32_t(len), "R3 (buf)")) return 0;
  return ret(xdp_copy(*xdp, uint32_t(offset), ptr(buf), uint32_t(len), false));
}

// BPF_CALL_4(bpf_xdp_store_bytes, struct xdp_buff *, xdp, u32, offset, void *, buf, u32, len)
uint64_t xdp_store_bytes(RunContext& rc, uint64_t r1, uint64_t offset, uint64_t buf, uint64_t len, uint64_t) {
  XdpBuff* xdp = attach::xdp_context(rc, r1, "bpf_xdp_store_bytes");
  if (xdp == nullptr || !need_read(rc, buf, uint32_t(len), "R3 (buf)")) return 0;
  return ret(xdp_copy(*xdp, uint32_t(offset), ptr(buf), uint32_t(len), true));
}

// BPF_CALL_1(bpf_xdp_get_buff_len, struct xdp_buff*, xdp)
uint64_t xdp_get_buff_len(RunContext& rc, uint64_t r1, uint64_t, uint64_t, uint64_t, uint64_t) {
  XdpBuff* xdp = attach::xdp_context(rc, r1, "bpf_xdp_get_buff_len");
  return xdp == nullptr ? 0 : xdp->buff_len();
}

}  // namespace

long dynptr_xdp_copy(XdpBuff& xdp, uint32_t offset, uint8_t* buf, uint32_t len, bool to_packet) {
  return xdp_copy(xdp, offset, buf, len, to_packet);
}

void add_xdp_helpers(HelperTable& t) {
  t.set(44, xdp_adjust_head, "bpf_xdp_adjust_head");
  t.set(54, xdp_adjust_meta, "bpf_xdp_adjust_meta");
  t.set(65, xdp_adjust_tail, "bpf_xdp_adjust_tail");
  t.set(188, xdp_get_buff_len, "bpf_xdp_get_buff_len");
  t.set(189, xdp_load_bytes, "bpf_xdp_load_bytes");
  t.set(190, xdp_store_bytes, "bpf_xdp_store_bytes");
}

}  // namespace bpfkit::helpers
