// Stack helpers (kernel/bpf/stackmap.c): bpf_get_stackid, bpf_get_stack and bpf_get_task_stack.
//
// bpfkit runs no kernel code, so there is no real call chain to walk. The stack a program sees is the simulated one
// in HelperConfig (kernel_stack, or user_stack with BPF_F_USER_STACK; innermost frame first), empty by default.
// Everything after the walk is the kernel's: the skip field, the depth limits (the map's value_size or the buffer,
// and kernel.perf_event_max_stack), the flags and the errnos. With an empty stack bpf_get_stackid is -EFAULT and
// bpf_get_stack returns 0 bytes, as the kernel answers when the walk finds no frame.
#include <algorithm>
#include <cstring>
#include <span>

#include <fmt/format.h>

#include "helpers/internal.h"

namespace bpfkit::helpers {
namespace {

// get_perf_callchain(): at most max_depth frames of the chosen stack.
std::span<const uint64_t> callchain(RunContext& rc, bool user, uint32_t max_depth) {
  HelperEnv* env = HelperEnv::from(rc);
  const std::vector<uint64_t>& frames = user ? env->config().user_stack : env->config().kernel_stack;
  return std::span<const uint64_t>(frames).first(std::min<size_t>(frames.size(), max_depth));
}

// BPF_CALL_3(bpf_get_stackid, struct pt_regs *, regs, struct bpf_map *, map, u64, flags)
uint64_t get_stackid(RunContext& rc, uint64_t, uint64_t r2, uint64_t flags, uint64_t, uint64_t) {
  if (env_of(rc) == nullptr) return 0;
  Map* m = need_map(rc, r2);
  if (m == nullptr) return 0;
  auto* stack_map = dynamic_cast<StackTraceMap*>(m);
  if (stack_map == nullptr) {
    rc.fail(fmt::format("cannot pass map_type {} into func bpf_get_stackid#27", static_cast<uint32_t>(m->type())));
    return 0;
  }
  if (flags & ~(BPF_F_SKIP_FIELD_MASK | BPF_F_USER_STACK | BPF_F_FAST_STACK_CMP | BPF_F_REUSE_STACKID))
    return err(EINVAL);
  const uint32_t skip = uint32_t(flags & BPF_F_SKIP_FIELD_MASK);
  const uint32_t max_depth = std::min(stack_map->max_depth() + skip, perf_event_max_stack());
  std::span<const uint64_t> trace = callchain(rc, flags & BPF_F_USER_STACK, max_depth);
  if (trace.size() <= skip) return err(EFAULT);  // skipping more than the usable stack
  return uint64_t(int64_t(stack_map->get_stackid(trace.subspan(skip), flags)));
}

// __bpf_get_stack(). crosstask: the stack of a task other than current, which bpfkit has no frames for (the
// kernel's get_callchain_entry_for_task would walk its kernel stack; its user stack is -EOPNOTSUPP).
uint64_t stack_into(RunContext& rc, uint64_t buf, uint64_t size64, uint64_t flags, bool crosstask) {
  const uint32_t size = uint32_t(size64);
  if (!need_write(rc, buf, size, "R2 (buf)")) return 0;
  uint8_t* out = ptr(buf);
  auto clear = [&](int e) {
    if (size != 0) std::memset(out, 0, size);
    return err(e);
  };
  const bool user = flags & BPF_F_USER_STACK;
  const bool build_id = flags & BPF_F_USER_BUILD_ID;
  if (flags & ~(BPF_F_SKIP_FIELD_MASK | BPF_F_USER_STACK | BPF_F_USER_BUILD_ID)) return clear(EINVAL);
  if (!user && build_id) return clear(EINVAL);
  const uint32_t elem_size = build_id ? 32 : 8;  // sizeof(struct bpf_stack_build_id) or u64
  if (size % elem_size != 0) return clear(EINVAL);
  // A user stack is walked from the task's user registers, which bpfkit's tasks always have (no kernel threads);
  // another task's user stack cannot be walked at all.
  if (crosstask && user) return clear(EOPNOTSUPP);
  const uint32_t skip = uint32_t(flags & BPF_F_SKIP_FIELD_MASK);
  const uint32_t num_elem = size / elem_size;
  const uint32_t max_depth = std::min(num_elem + skip, perf_event_max_stack());
  std::span<const uint64_t> trace = crosstask ? std::span<const uint64_t>() : callchain(rc, user, max_depth);
  if (trace.size() < skip) return clear(EFAULT);
  std::span<const uint64_t> ips = trace.subspan(skip);
  ips = ips.first(std::min<size_t>(ips.size(), num_elem));
  const uint32_t copy_len = uint32_t(ips.size()) * elem_size;
  std::memset(out, 0, size);
  for (size_t i = 0; i < ips.size(); ++i) {
    if (build_id) {
      // No file-backed mapping behind a simulated frame: BPF_STACK_BUILD_ID_IP with the raw address.
      const int32_t status = 2;
      std::memcpy(out + i * 32, &status, 4);
      std::memcpy(out + i * 32 + 24, &ips[i], 8);
    } else {
      std::memcpy(out + i * 8, &ips[i], 8);
    }
  }
  return copy_len;
}

// BPF_CALL_4(bpf_get_stack, struct pt_regs *, regs, void *, buf, u32, size, u64, flags)
uint64_t get_stack(RunContext& rc, uint64_t, uint64_t buf, uint64_t size64, uint64_t flags, uint64_t) {
  if (env_of(rc) == nullptr) return 0;
  return stack_into(rc, buf, size64, flags, false);
}

// BPF_CALL_4(bpf_get_task_stack, struct task_struct *, task, void *, buf, u32, size, u64, flags): the stack of
// task, which is current's simulated one when task is the current task (bpf_get_current_task(_btf)).
uint64_t get_task_stack(RunContext& rc, uint64_t task, uint64_t buf, uint64_t size64, uint64_t flags, uint64_t) {
  HelperEnv* env = env_of(rc);
  if (env == nullptr) return 0;
  if (task == 0) return err(EFAULT);  // try_get_task_stack() has no stack to pin
  const uint64_t current = rc.current_task != 0 ? rc.current_task : env->config().current_task;
  return stack_into(rc, buf, size64, flags, task != current);
}

}  // namespace

void add_stack_helpers(HelperTable& t) {
  t.set(27, get_stackid, "bpf_get_stackid");
  t.set(67, get_stack, "bpf_get_stack");
  t.set(141, get_task_stack, "bpf_get_task_stack");
}

}  // namespace bpfkit::helpers
