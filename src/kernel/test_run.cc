// KernelObject::test_run: BPF_PROG_TEST_RUN with TestRunOptions read as the userspace test_run reads them.
#include <algorithm>

#include <fmt/format.h>

#include "bpfkit/kernel.h"

namespace bpfkit {

namespace {

// Types whose test run takes no packet and gives no data_out (the kernel refuses data buffers for them).
bool takes_packet(ProgType t) {
  return t != ProgType::Syscall && t != ProgType::RawTracepoint && t != ProgType::Tracing &&
         t != ProgType::StructOps && t != ProgType::Lsm;
}

// Big enough for any output of a packet run: XDP and skb test runs hand back at most a page-sized frame, and
// bpf_xdp_adjust_tail / bpf_skb_adjust_room may grow the packet past its input size.
constexpr uint32_t kDefaultOut = 1u << 16;
constexpr uint32_t kDefaultCtxOut = 4096;

}  // namespace

Expected<TestRunResult> KernelObject::test_run(std::string_view name, const TestRunOptions& o) const {
  const LoadedProgram* prog = nullptr;
  if (name.empty()) {
    if (programs_.empty())
      return make_error("the object has no loaded program").in_object(spec_.path()).with_errno(ENOENT);
    prog = &programs_.front();
  } else {
    prog = program(name);
    if (prog == nullptr) {
      const bool exists = spec_.program(name) != nullptr;
      return make_error(fmt::format("program '{}' {}", name, exists ? "is not loaded" : "not found"))
          .in_object(spec_.path())
          .with_errno(ENOENT);
    }
  }
  const ProgType type = prog->spec->type;
  const bool packet = takes_packet(type);

  std::vector<uint8_t> data_out, ctx_out, ctx_in;
  kernel::TestRunAttr a;
  a.prog_fd = prog->fd.get();
  a.data_in = o.data_in;
  if (o.data_size_out || packet) {
    data_out.resize(o.data_size_out && *o.data_size_out ? *o.data_size_out
                                                         : std::max<size_t>(kDefaultOut, o.data_in.size() + 4096));
    a.data_out = data_out;
    a.pass_data_out = true;
  }
  if (o.ctx_in) {
    ctx_in = *o.ctx_in;  // SYSCALL programs write their context back here
    a.ctx_in = std::span<const uint8_t>(ctx_in);
  }
  // SYSCALL and RAW_TRACEPOINT count only an explicit ctx_size_out; packet types get an output buffer with ctx_in.
  if (o.ctx_size_out || (packet && o.ctx_in)) {
    ctx_out.resize(o.ctx_size_out.value_or(std::max<size_t>(kDefaultCtxOut, ctx_in.size())));
    a.ctx_out = ctx_out;
    a.pass_ctx_out = true;
  }
  // bpfkit's default repeat is 1; the kernel takes only 0 for the types that cannot repeat.
  a.repeat = (type == ProgType::Syscall || type == ProgType::RawTracepoint) && o.repeat == 1 ? 0 : o.repeat;
  a.flags = o.flags;
  a.cpu = o.cpu;
  auto r = kernel::prog_test_run(a);
  if (!r) return std::move(r).error().in_object(spec_.path()).in_program(prog->spec->name);
  TestRunResult out;
  out.retval = r->retval;
  out.duration_ns = r->duration_ns;
  out.err = r->err;
  out.data_size_out = r->data_size_out;
  out.ctx_size_out = r->ctx_size_out;
  if (a.pass_data_out) data_out.resize(std::min<size_t>(r->data_size_out, data_out.size()));
  out.data_out = std::move(data_out);
  if (a.pass_ctx_out) {
    ctx_out.resize(std::min<size_t>(r->ctx_size_out, ctx_out.size()));
    out.ctx_out = std::move(ctx_out);
  } else if (type == ProgType::Syscall && o.ctx_in) {
    out.ctx_out = std::move(ctx_in);  // the kernel copied the context back into ctx_in
  }
  return out;
}

}  // namespace bpfkit
