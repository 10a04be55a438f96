// The dynptr helpers and kfuncs (dynptr_helpers.cc) and the packet accessors they share with the skb and xdp
// helpers.
#pragma once

#include <cstdint>
#include <vector>

#include "attach/packet_context.h"
#include "helpers/kfunc_internal.h"

namespace bpfkit::helpers {

void add_dynptr_helpers(HelperTable& t);
std::vector<KfuncDef> dynptr_kfuncs();

// __bpf_skb_load_bytes / __bpf_skb_store_bytes on the run's skb (skb_helpers.cc); helper return values.
uint64_t dynptr_skb_load(RunContext& rc, attach::SkBuff& skb, uint32_t offset, uint64_t to, uint32_t len);
uint64_t dynptr_skb_store(RunContext& rc, attach::SkBuff& skb, uint32_t offset, uint64_t from, uint32_t len,
                          uint64_t flags);
// __bpf_xdp_load_bytes / __bpf_xdp_store_bytes (xdp_helpers.cc): 0, -EFAULT or -EINVAL.
long dynptr_xdp_copy(attach::XdpBuff& xdp, uint32_t offset, uint8_t* buf, uint32_t len, bool to_packet);

}  // namespace bpfkit::helpers
