// Redirect helpers (net/core/filter.c): bpf_redirect, bpf_redirect_map and bpf_clone_redirect.
//
// The kernel's helpers only record the target in the per-CPU struct bpf_redirect_info and return the verdict;
// xdp_do_redirect / skb_do_redirect act on it after the program, which a test run never does. bpfkit records the
// same state in the run's packet context, and test_run() reports it with the verdict (TestRunResult::redirect).
#include <net/if.h>

#include <climits>

#include <fmt/format.h>

#include "attach/packet_context.h"
#include "helpers/internal.h"

namespace bpfkit::helpers {
namespace {

constexpr uint64_t XDP_ABORTED = 0, XDP_REDIRECT = 4;
constexpr uint64_t TC_ACT_SHOT = 2, TC_ACT_REDIRECT = 7;
constexpr uint64_t kXdpActionMask = 3;  // XDP_ABORTED | XDP_DROP | XDP_PASS | XDP_TX

attach::ProgramContext* packet_context(RunContext& rc, const char* helper) {
  auto* pc = static_cast<attach::ProgramContext*>(rc.program_context);
  if (pc == nullptr) rc.fail(fmt::format("{}: the run has no packet context", helper));
  return pc;
}

// BPF_CALL_2(bpf_redirect, u32, ifindex, u64, flags) for skb programs, bpf_xdp_redirect for XDP.
uint64_t redirect(RunContext& rc, uint64_t ifindex, uint64_t flags, uint64_t, uint64_t, uint64_t) {
  attach::ProgramContext* pc = packet_context(rc, "bpf_redirect");
  if (pc == nullptr) return 0;
  attach::RedirectInfo& ri = pc->redirect;
  if (pc->kind == attach::ProgramContext::Kind::Xdp) {
    if (flags != 0) return XDP_ABORTED;
    ri.set = true;
    ri.tgt_index = uint32_t(ifindex);
    ri.map_id = INT_MAX;  // "no map": an ifindex redirect
    ri.map_type = MapType::Unspec;
    ri.map = nullptr;
    return XDP_REDIRECT;
  }
  if (flags & ~BPF_F_INGRESS) return TC_ACT_SHOT;
  ri.set = true;
  ri.flags = flags;
  ri.tgt_index = uint32_t(ifindex);
  return TC_ACT_REDIRECT;
}

// BPF_CALL_3(bpf_xdp_redirect_map, struct bpf_map *, map, u64, key, u64, flags): map->ops->map_redirect, which is
// __bpf_xdp_redirect_map with the type's lookup. The low two bits of flags are the action when the key is empty.
uint64_t redirect_map(RunContext& rc, uint64_t r1, uint64_t key, uint64_t flags, uint64_t, uint64_t) {
  Map* m = need_map(rc, r1);
  if (m == nullptr) return 0;
  auto* target = dynamic_cast<RedirectMap*>(m);
  if (target == nullptr) {
    rc.fail(fmt::format("cannot pass map_type {} into func bpf_redirect_map#51", static_cast<uint32_t>(m->type())));
    return 0;
  }
  attach::ProgramContext* pc = packet_context(rc, "bpf_redirect_map");
  if (pc == nullptr) return 0;
  if (flags & ~(kXdpActionMask | target->redirect_flag_mask())) return XDP_ABORTED;
  attach::RedirectInfo& ri = pc->redirect;
  ri.set = true;
  // The lookup takes a u32 key: the upper half of R2 is dropped, as the kernel's call does.
  const bool found = target->has_redirect_target(uint32_t(key));
  if (!found && !(flags & BPF_F_BROADCAST)) {
    // A failed lookup clears the map part only, so that the last call wins.
    ri.map_id = INT_MAX;
    ri.map_type = MapType::Unspec;
    ri.map = nullptr;
    return flags & kXdpActionMask;
  }
  ri.tgt_index = uint32_t(key);
  ri.map_id = m->id();
  ri.map_type = m->type();
  ri.map = m;
  ri.flags = (flags & BPF_F_BROADCAST) ? flags : 0;
  return XDP_REDIRECT;
}

// BPF_CALL_3(bpf_clone_redirect, struct sk_buff *, skb, u32, ifindex, u64, flags). The clone goes out on its own
// (dev_queue_xmit, or the device's receive path with BPF_F_INGRESS); bpfkit has nowhere to send it, so a clone to a
// device that exists counts as sent (0). The original packet stays with the program, made writable again.
uint64_t clone_redirect(RunContext& rc, uint64_t r1, uint64_t ifindex, uint64_t flags, uint64_t, uint64_t) {
  attach::SkBuff* skb = attach::skb_context(rc, r1, "bpf_clone_redirect");
  if (skb == nullptr) return 0;
  if (flags & ~BPF_F_INGRESS) return err(EINVAL);
  char name[IF_NAMESIZE];
  if (uint32_t(ifindex) == 0 || if_indextoname(uint32_t(ifindex), name) == nullptr) return err(EINVAL);
  if (skb->try_make_writable(rc, skb->len) != 0) return err(ENOMEM);
  // __bpf_redirect_common: the clone must carry a link-layer header.
  if (skb->mac_header >= skb->network_header || skb->len == 0) return err(ERANGE);
  return 0;
}

}  // namespace

void add_redirect_helpers(HelperTable& t) {
  t.set(13, clone_redirect, "bpf_clone_redirect");
  t.set(23, redirect, "bpf_redirect");
  t.set(51, redirect_map, "bpf_redirect_map");
}

}  // namespace bpfkit::helpers
