// The tracing inputs of bpfkit run OBJ, turned into the library's KernelMemory, task, UserMemory and context.
#include "cli/run_tracing.h"

#include <cstring>

#include <fmt/format.h>

#include "bpfkit/core.h"
#include "bpfkit/elf.h"

#include "bpfkit/tracing.h"
#include "cli/io.h"

namespace bpfkit::cli {
namespace {

Expected<std::string> read_text(const std::string& path) {
  auto bytes = read_file(path);
  if (!bytes) return std::move(bytes).error();
  return std::string(bytes->begin(), bytes->end());
}

Error in_file(Error e, const std::string& path) {
  if (e.object.empty()) e.in_object(path);
  if (e.error_number == 0) e.with_errno(EINVAL);
  return e;
}

}  // namespace

Expected<void> setup_tracing(const ObjectRunOptions& opt, const ProgramSpec& prog, LoadOptions& load,
                             TestRunOptions& run) {
  // pt_regs and bpf_perf_event_data have fixed layouts; tracepoints (without --tp-format) and arguments by name
  // may need the target BTF, which takes a while to read for vmlinux.
  const bool ctx_needs_btf = !opt.ctx_json.empty() && prog.type != ProgType::Kprobe &&
                             prog.type != ProgType::PerfEvent &&
                             (prog.type != ProgType::Tracepoint || opt.tp_format.empty());
  const bool needs_btf = !opt.kmem.empty() || !opt.task.empty() || ctx_needs_btf;
  if (opt.kmem.empty() && opt.task.empty() && opt.umem.empty() && opt.ctx_json.empty()) return {};
  // The same target BTF as CO-RE (core.h), read once per process: the task image lands where the relocated
  // program reads.
  std::shared_ptr<const btf::Btf> target;
  if (needs_btf) {
    auto b = read_target_btf(opt.btf.empty() ? std::string(kVmlinuxBtfPath) : opt.btf);
    // Without --btf, a missing vmlinux BTF matters only where BTF is needed for sure; the tracepoint layout may
    // still come from tracefs.
    if (b) target = std::move(*b);
    else if (!opt.btf.empty() || !opt.kmem.empty() || !opt.task.empty()) return std::move(b).error();
  }
  auto kmem = std::make_shared<KernelMemory>();
  if (!opt.kmem.empty()) {
    auto text = read_text(opt.kmem);
    if (!text) return std::move(text).error();
    auto r = load_kernel_memory(*target, *text, *kmem);
    if (!r) return in_file(std::move(r).error(), opt.kmem);
  }
  if (!opt.task.empty()) {
    auto text = read_text(opt.task);
    if (!text) return std::move(text).error();
    auto spec = parse_task_spec(*text);
    if (!spec) return in_file(std::move(spec).error(), opt.task);
    auto addr = build_current_task(*target, *spec, *kmem);
    if (!addr) return in_file(std::move(addr).error(), opt.task);
    load.helpers.use_host_identity = false;
    load.helpers.identity = spec->identity;
  }
  if (!opt.umem.empty()) {
    auto text = read_text(opt.umem);
    if (!text) return std::move(text).error();
    auto mem = parse_user_memory(*text);
    if (!mem) return in_file(std::move(mem).error(), opt.umem);
    auto shared = std::make_shared<UserMemory>(std::move(*mem));
    load.helpers.read_user_memory = [shared](uint64_t addr, void* dst, size_t n) { return shared->read(addr, dst, n); };
  }
  if (!opt.ctx_json.empty()) {
    TracingCtxTarget t;
    t.type = prog.type;
    t.expected_attach_type = prog.expected_attach_type;
    t.attach_to = prog.attach_target;
    t.btf = target.get();
    if (!opt.tp_format.empty()) {
      auto text = read_text(opt.tp_format);
      if (!text) return std::move(text).error();
      auto f = parse_tracepoint_format(*text);
      if (!f) return in_file(std::move(f).error(), opt.tp_format);
      t.tp_format = std::move(*f);
    }
    auto text = read_text(opt.ctx_json);
    if (!text) return std::move(text).error();
    auto ctx = tracing_ctx_from_json(t, *text, kmem.get());
    if (!ctx) return in_file(std::move(ctx).error(), opt.ctx_json);
    run.ctx_in = std::move(*ctx);
  }
  if (kmem->object_count() != 0) load.helpers.kernel_memory = std::move(kmem);
  return {};
}

}  // namespace bpfkit::cli
