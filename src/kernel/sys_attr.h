// bpfkit's own layouts of the parts of union bpf_attr it uses, one struct per command, field for field as in
// include/uapi/linux/bpf.h of Linux 6.18. Fields newer than the system's <linux/bpf.h> (6.1 on Debian 12) are
// declared here too; the ones both know are checked against it at compile time (sys_attr_check.cc), so a typo in an
// offset cannot reach the kernel.
#pragma once

#include <cstdint>

namespace bpfkit::kernel::attr {

// enum bpf_cmd
enum Cmd : int {
  MAP_CREATE = 0, MAP_LOOKUP_ELEM = 1, MAP_UPDATE_ELEM = 2, MAP_DELETE_ELEM = 3, MAP_GET_NEXT_KEY = 4,
  PROG_LOAD = 5, OBJ_PIN = 6, OBJ_GET = 7, PROG_ATTACH = 8, PROG_DETACH = 9, PROG_TEST_RUN = 10,
  PROG_GET_NEXT_ID = 11, MAP_GET_NEXT_ID = 12, PROG_GET_FD_BY_ID = 13, MAP_GET_FD_BY_ID = 14,
  OBJ_GET_INFO_BY_FD = 15, PROG_QUERY = 16, RAW_TRACEPOINT_OPEN = 17, BTF_LOAD = 18, BTF_GET_FD_BY_ID = 19,
  TASK_FD_QUERY = 20, MAP_LOOKUP_AND_DELETE_ELEM = 21, MAP_FREEZE = 22, BTF_GET_NEXT_ID = 23,
  MAP_LOOKUP_BATCH = 24, MAP_LOOKUP_AND_DELETE_BATCH = 25, MAP_UPDATE_BATCH = 26, MAP_DELETE_BATCH = 27,
  LINK_CREATE = 28, LINK_UPDATE = 29, LINK_GET_FD_BY_ID = 30, LINK_GET_NEXT_ID = 31, ENABLE_STATS = 32,
  ITER_CREATE = 33, LINK_DETACH = 34, PROG_BIND_MAP = 35, TOKEN_CREATE = 36,
};
const char* cmd_name(int cmd);

struct MapCreate {
  uint32_t map_type, key_size, value_size, max_entries, map_flags, inner_map_fd, numa_node;
  char map_name[16];
  uint32_t map_ifindex, btf_fd, btf_key_type_id, btf_value_type_id, btf_vmlinux_value_type_id;
  alignas(8) uint64_t map_extra;
  int32_t value_type_btf_obj_fd, map_token_fd;
};

struct MapElem {
  uint32_t map_fd;
  alignas(8) uint64_t key;
  alignas(8) uint64_t value;  // or next_key
  alignas(8) uint64_t flags;
};

struct MapBatch {
  alignas(8) uint64_t in_batch, out_batch, keys, values;
  uint32_t count, map_fd;
  alignas(8) uint64_t elem_flags, flags;
};

struct ProgLoad {
  uint32_t prog_type, insn_cnt;
  alignas(8) uint64_t insns, license;
  uint32_t log_level, log_size;
  alignas(8) uint64_t log_buf;
  uint32_t kern_version, prog_flags;
  char prog_name[16];
  uint32_t prog_ifindex, expected_attach_type, prog_btf_fd, func_info_rec_size;
  alignas(8) uint64_t func_info;
  uint32_t func_info_cnt, line_info_rec_size;
  alignas(8) uint64_t line_info;
  uint32_t line_info_cnt, attach_btf_id;
  uint32_t attach_prog_fd;  // union with attach_btf_obj_fd
  uint32_t core_relo_cnt;
  alignas(8) uint64_t fd_array, core_relos;
  uint32_t core_relo_rec_size, log_true_size;
  int32_t prog_token_fd;
};

struct ObjPin {
  alignas(8) uint64_t pathname;
  uint32_t bpf_fd, file_flags;
  int32_t path_fd;
};

struct TestRun {
  uint32_t prog_fd, retval, data_size_in, data_size_out;
  alignas(8) uint64_t data_in, data_out;
  uint32_t repeat, duration, ctx_size_in, ctx_size_out;
  alignas(8) uint64_t ctx_in, ctx_out;
  uint32_t flags, cpu, batch_size;
};

struct GetId {
  uint32_t start_id;  // or prog_id / map_id / btf_id / link_id
  uint32_t next_id, open_flags;
};

struct InfoByFd {
  uint32_t bpf_fd, info_len;
  alignas(8) uint64_t info;
};

struct BtfLoad {
  alignas(8) uint64_t btf, btf_log_buf;
  uint32_t btf_size, btf_log_size, btf_log_level, btf_log_true_size, btf_flags;
  int32_t btf_token_fd;
};

struct LinkCreate {
  uint32_t prog_fd;    // or map_fd
  uint32_t target_fd;  // or target_ifindex
  uint32_t attach_type, flags;
  // The per-type union; the members used here:
  //   target_btf_id (u32)                       offset 16
  //   perf_event.bpf_cookie (u64)               offset 16
  //   tracing {u32 target_btf_id; u64 cookie}   offsets 16, 24
  //   tcx {u32 relative_fd; u64 expected_revision} offsets 16, 24
  alignas(8) uint64_t u0;
  uint64_t u1;
  uint64_t u2, u3, u4, u5;
};

struct LinkDetach {
  uint32_t link_fd;
};

struct RawTracepointOpen {
  alignas(8) uint64_t name;
  uint32_t prog_fd, pad;
  alignas(8) uint64_t cookie;
};

struct ProgAttach {
  uint32_t target_fd, attach_bpf_fd, attach_type, attach_flags, replace_bpf_fd;
};

struct MapFreeze {
  uint32_t map_fd;
};

}  // namespace bpfkit::kernel::attr
