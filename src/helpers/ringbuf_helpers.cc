// Ring buffer helpers (bpf_ringbuf_output/reserve/submit/discard/query) and bpf_perf_event_output.
#include <algorithm>

#include <fmt/format.h>

#include "attach/packet_context.h"
#include "helpers/internal.h"

namespace bpfkit::helpers {
namespace {

RingbufMap* need_ringbuf(RunContext& ctx, uint64_t r, const char* which) {
  HelperEnv* env = env_of(ctx);
  if (env == nullptr) return nullptr;
  if (!env->has_map(ptr<void>(r)) || ptr<Map>(r)->type() != MapType::Ringbuf) {
    ctx.fail(fmt::format("{} is not a ring buffer map ({:#x})", which, r));
    return nullptr;
  }
  return static_cast<RingbufMap*>(ptr<Map>(r));
}

uint64_t ringbuf_output(RunContext& ctx, uint64_t r1, uint64_t data, uint64_t size, uint64_t flags, uint64_t) {
  RingbufMap* rb = need_ringbuf(ctx, r1, "R1");
  if (rb == nullptr || !need_read(ctx, data, size, "R2 (data)")) return 0;
  return uint64_t(int64_t(rb->output(ptr<void>(data), size, flags)));
}

// The program gets the record's payload only, as a hand-out: the header, other records and the rest of the ring
// are not program memory, and submit/discard revoke the hand-out, so a committed record cannot be changed after
// the consumer may have seen it.
uint64_t ringbuf_reserve(RunContext& ctx, uint64_t r1, uint64_t size, uint64_t flags, uint64_t, uint64_t) {
  RingbufMap* rb = need_ringbuf(ctx, r1, "R1");
  if (rb == nullptr) return 0;
  void* rec = rb->reserve(size, flags);
  if (rec == nullptr) return 0;
  HandOut h;
  h.base = uint64_t(reinterpret_cast<uintptr_t>(rec));
  h.size = size;
  h.kind = HandOut::RingbufRecord;
  h.owner = rb;
  ctx.hand_out(h);
  return h.base;
}

// The ring buffer holding sample, which must be a record this run reserved and has not committed yet (the kernel's
// verifier tracks this reference; here a stale or forged pointer stops the program instead). Revokes the record.
RingbufMap* take_record(RunContext& ctx, uint64_t sample) {
  const std::span<const HandOut> all = ctx.hand_outs();
  auto it = std::lower_bound(all.begin(), all.end(), sample,
                             [](const HandOut& o, uint64_t base) { return o.base < base; });
  if (it != all.end() && it->base == sample && it->kind == HandOut::RingbufRecord) {
    auto* rb = static_cast<RingbufMap*>(const_cast<void*>(it->owner));
    ctx.revoke_hand_out(sample);
    return rb;
  }
  ctx.fail(fmt::format("R1 ({:#x}) is not a reserved ring buffer record", sample));
  return nullptr;
}

uint64_t ringbuf_submit(RunContext& ctx, uint64_t sample, uint64_t flags, uint64_t, uint64_t, uint64_t) {
  if (RingbufMap* rb = take_record(ctx, sample)) rb->submit(ptr<void>(sample), flags);
  return 0;
}

uint64_t ringbuf_discard(RunContext& ctx, uint64_t sample, uint64_t flags, uint64_t, uint64_t, uint64_t) {
  if (RingbufMap* rb = take_record(ctx, sample)) rb->discard(ptr<void>(sample), flags);
  return 0;
}

uint64_t ringbuf_query(RunContext& ctx, uint64_t r1, uint64_t flags, uint64_t, uint64_t, uint64_t) {
  RingbufMap* rb = need_ringbuf(ctx, r1, "R1");
  return rb != nullptr ? rb->query(flags) : 0;
}

// bpf_perf_event_output(ctx, map, flags, data, size). BPF_F_CTXLEN_MASK asks for that many bytes of the context
// (the packet, for skb and xdp programs) after data: that needs HelperConfig::perf_ctx_copy; without it the call
// behaves as in tracing programs, which accept only index flags (-EINVAL).
uint64_t perf_event_output(RunContext& ctx, uint64_t r1, uint64_t r2, uint64_t flags, uint64_t data, uint64_t size) {
  HelperEnv* env = env_of(ctx);
  if (env == nullptr) return 0;
  if (!env->has_map(ptr<void>(r2)) || ptr<Map>(r2)->type() != MapType::PerfEventArray) {
    ctx.fail(fmt::format("R2 is not a perf event array map ({:#x})", r2));
    return 0;
  }
  auto* pm = static_cast<PerfEventArrayMap*>(ptr<Map>(r2));
  if (!need_read(ctx, data, size, "R4 (data)")) return 0;
  const uint64_t ctx_len = (flags & BPF_F_CTXLEN_MASK) >> 32;
  // Packet bytes come from the configured copier, else from a test run's xdp/skb context.
  const bool packet_ctx = env->config().perf_ctx_copy || ctx.program_context != nullptr;
  if (flags & ~(BPF_F_INDEX_MASK | (packet_ctx ? BPF_F_CTXLEN_MASK : 0))) return err(EINVAL);
  if (ctx_len == 0) return uint64_t(int64_t(pm->output(flags, ptr<void>(data), size)));
  std::vector<uint8_t> rec(ptr<uint8_t>(data), ptr<uint8_t>(data) + size);
  std::vector<uint8_t> extra;
  const long ret = env->config().perf_ctx_copy ? env->config().perf_ctx_copy(ctx, r1, ctx_len, extra)
                                               : attach::packet_ctx_copy(ctx, r1, ctx_len, extra);
  if (ctx.failed()) return 0;
  if (ret < 0) return uint64_t(int64_t(ret));
  rec.insert(rec.end(), extra.begin(), extra.end());
  return uint64_t(int64_t(pm->output(flags & BPF_F_INDEX_MASK, rec.data(), rec.size())));
}

}  // namespace

void add_ringbuf_helpers(HelperTable& t) {
  t.set(25, perf_event_output, "bpf_perf_event_output");
  // bpf_xdp_output (tracing programs attached to XDP): bpf_perf_event_output on an xdp_buff, packet bytes from
  // BPF_F_CTXLEN_MASK included; a context that is not a test-run xdp_md fails the run like a bad ctx does there.
  t.set(121, perf_event_output, "bpf_xdp_output");
  t.set(130, ringbuf_output, "bpf_ringbuf_output");
  t.set(131, ringbuf_reserve, "bpf_ringbuf_reserve");
  t.set(132, ringbuf_submit, "bpf_ringbuf_submit");
  t.set(133, ringbuf_discard, "bpf_ringbuf_discard");
  t.set(134, ringbuf_query, "bpf_ringbuf_query");
}

}  // namespace bpfkit::helpers
