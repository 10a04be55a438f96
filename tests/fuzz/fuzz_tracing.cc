// libFuzzer target: the inputs of tracing runs in userspace (tracing.h), all text a user hands to the CLI.
//
// First byte picks the parser, the rest is its text:
//   0  --tp-format: parse_tracepoint_format; the text after the first NUL is then a --ctx-json record for it
//   1  --task: parse_task_spec, then build_current_task against the BTF
//   2  --kmem: load_kernel_memory
//   3  --umem: parse_user_memory, then reads across what it made
//   4  --ctx-json for kprobe, perf_event, raw_tp and fentry/lsm targets (second byte picks)
//   5  encode_btf_value of a BTF type picked by the next two bytes, with kernel memory for pointers
// The BTF is the running kernel's (/sys/kernel/btf/vmlinux); without a readable one the BTF-typed cases do nothing.
// Must never crash, leak or hit UB; refusals are fine.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "bpfkit/btf.h"
#include "bpfkit/file.h"
#include "bpfkit/tracing.h"

namespace {

using bpfkit::btf::Btf;

const Btf* target_btf() {
  static std::optional<Btf> btf = [] () -> std::optional<Btf> {
    if (auto bytes = bpfkit::read_input_file("/sys/kernel/btf/vmlinux")) {
      if (auto b = Btf::parse(*bytes)) return std::move(*b);
    }
    return std::nullopt;
  }();
  return btf ? &*btf : nullptr;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 2) return 0;
  const Btf* btf = target_btf();
  const uint8_t which = data[0] % 6;
  std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  bpfkit::KernelMemory kmem;
  switch (which) {
    case 0: {
      const size_t nul = text.find('\0');
      auto format = bpfkit::parse_tracepoint_format(text.substr(0, nul));
      if (!format || nul == std::string_view::npos) return 0;
      bpfkit::TracingCtxTarget t;
      t.type = bpfkit::ProgType::Tracepoint;
      t.attach_to = "fuzz/fuzz";
      t.tp_format = std::move(*format);
      (void)bpfkit::tracing_ctx_from_json(t, text.substr(nul + 1), &kmem);
      return 0;
    }
    case 1: {
      auto spec = bpfkit::parse_task_spec(text);
      if (spec && btf != nullptr) (void)bpfkit::build_current_task(*btf, *spec, kmem);
      return 0;
    }
    case 2:
      if (btf != nullptr) (void)bpfkit::load_kernel_memory(*btf, text, kmem);
      return 0;
    case 3: {
      auto mem = bpfkit::parse_user_memory(text);
      if (!mem) return 0;
      uint8_t buf[32];
      for (uint64_t addr : {uint64_t(0), uint64_t(0x1000), ~uint64_t(0) - 8, uint64_t(0x7fff0000)})
        (void)mem->read(addr, buf, sizeof buf);
      return 0;
    }
    case 4: {
      if (text.empty()) return 0;
      bpfkit::TracingCtxTarget t;
      t.btf = btf;
      switch (uint8_t(text[0]) % 5) {
        case 0: t.type = bpfkit::ProgType::Kprobe; break;
        case 1: t.type = bpfkit::ProgType::PerfEvent; break;
        case 2: t.type = bpfkit::ProgType::RawTracepoint; t.attach_to = "sched_switch"; break;
        case 3:
          t.type = bpfkit::ProgType::Tracing;
          t.expected_attach_type = bpfkit::attach::TraceFexit;
          t.attach_to = "do_unlinkat";
          break;
        default: t.type = bpfkit::ProgType::Lsm; t.attach_to = "file_open"; break;
      }
      (void)bpfkit::tracing_ctx_from_json(t, text.substr(1), &kmem);
      return 0;
    }
    default: {
      if (btf == nullptr || text.size() < 2) return 0;
      const uint64_t pick = uint8_t(text[0]) | uint32_t(uint8_t(text[1])) << 8;
      const auto id = static_cast<bpfkit::btf::TypeId>(pick * btf->type_count() >> 16);
      (void)bpfkit::encode_btf_value(*btf, id, text.substr(2), &kmem);
      return 0;
    }
  }
}
