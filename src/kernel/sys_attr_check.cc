// Compile-time checks of sys_attr.h against the system's <linux/bpf.h>, for every field both define.
#include <linux/bpf.h>

#include <cstddef>

#include "kernel/sys_attr.h"

namespace bpfkit::kernel::attr {
namespace {

#define BPFKIT_SAME_OFFSET(ours, field, theirs)                                                        \
  static_assert(offsetof(ours, field) == offsetof(union bpf_attr, theirs), #ours "." #field " offset"); \
  static_assert(sizeof(ours::field) == sizeof(((union bpf_attr*)nullptr)->theirs), #ours "." #field " size")

BPFKIT_SAME_OFFSET(MapCreate, map_type, map_type);
BPFKIT_SAME_OFFSET(MapCreate, inner_map_fd, inner_map_fd);
BPFKIT_SAME_OFFSET(MapCreate, map_name, map_name);
BPFKIT_SAME_OFFSET(MapCreate, btf_fd, btf_fd);
BPFKIT_SAME_OFFSET(MapCreate, btf_vmlinux_value_type_id, btf_vmlinux_value_type_id);
BPFKIT_SAME_OFFSET(MapCreate, map_extra, map_extra);
BPFKIT_SAME_OFFSET(MapElem, map_fd, map_fd);
BPFKIT_SAME_OFFSET(MapElem, key, key);
BPFKIT_SAME_OFFSET(MapElem, value, value);
BPFKIT_SAME_OFFSET(MapElem, flags, flags);
BPFKIT_SAME_OFFSET(MapBatch, in_batch, batch.in_batch);
BPFKIT_SAME_OFFSET(MapBatch, values, batch.values);
BPFKIT_SAME_OFFSET(MapBatch, count, batch.count);
BPFKIT_SAME_OFFSET(MapBatch, map_fd, batch.map_fd);
BPFKIT_SAME_OFFSET(MapBatch, elem_flags, batch.elem_flags);
BPFKIT_SAME_OFFSET(MapBatch, flags, batch.flags);
BPFKIT_SAME_OFFSET(ProgLoad, insns, insns);
BPFKIT_SAME_OFFSET(ProgLoad, log_buf, log_buf);
BPFKIT_SAME_OFFSET(ProgLoad, prog_name, prog_name);
BPFKIT_SAME_OFFSET(ProgLoad, expected_attach_type, expected_attach_type);
BPFKIT_SAME_OFFSET(ProgLoad, func_info, func_info);
BPFKIT_SAME_OFFSET(ProgLoad, line_info, line_info);
BPFKIT_SAME_OFFSET(ProgLoad, line_info_cnt, line_info_cnt);
BPFKIT_SAME_OFFSET(ProgLoad, attach_btf_id, attach_btf_id);
BPFKIT_SAME_OFFSET(ProgLoad, attach_prog_fd, attach_prog_fd);
BPFKIT_SAME_OFFSET(ProgLoad, core_relo_cnt, core_relo_cnt);
BPFKIT_SAME_OFFSET(ProgLoad, fd_array, fd_array);
BPFKIT_SAME_OFFSET(ProgLoad, core_relos, core_relos);
BPFKIT_SAME_OFFSET(ProgLoad, core_relo_rec_size, core_relo_rec_size);
BPFKIT_SAME_OFFSET(ObjPin, pathname, pathname);
BPFKIT_SAME_OFFSET(ObjPin, file_flags, file_flags);
BPFKIT_SAME_OFFSET(TestRun, data_out, test.data_out);
BPFKIT_SAME_OFFSET(TestRun, duration, test.duration);
BPFKIT_SAME_OFFSET(TestRun, ctx_out, test.ctx_out);
BPFKIT_SAME_OFFSET(TestRun, batch_size, test.batch_size);
BPFKIT_SAME_OFFSET(GetId, next_id, next_id);
BPFKIT_SAME_OFFSET(GetId, open_flags, open_flags);
BPFKIT_SAME_OFFSET(InfoByFd, info, info.info);
BPFKIT_SAME_OFFSET(BtfLoad, btf_log_level, btf_log_level);
BPFKIT_SAME_OFFSET(LinkCreate, attach_type, link_create.attach_type);
static_assert(offsetof(LinkCreate, u0) == offsetof(union bpf_attr, link_create.target_btf_id));
BPFKIT_SAME_OFFSET(LinkCreate, u0, link_create.perf_event.bpf_cookie);
BPFKIT_SAME_OFFSET(LinkCreate, u1, link_create.tracing.cookie);
BPFKIT_SAME_OFFSET(RawTracepointOpen, prog_fd, raw_tracepoint.prog_fd);
BPFKIT_SAME_OFFSET(ProgAttach, replace_bpf_fd, replace_bpf_fd);
static_assert(int(MAP_DELETE_BATCH) == int(BPF_MAP_DELETE_BATCH) && int(LINK_DETACH) == int(BPF_LINK_DETACH) &&
              int(PROG_BIND_MAP) == int(BPF_PROG_BIND_MAP) && int(BTF_LOAD) == int(BPF_BTF_LOAD));

}  // namespace
}  // namespace bpfkit::kernel::attr
