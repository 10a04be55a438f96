// The bpf(2) syscall, one typed function per command, in the manner of cilium/ebpf's internal/sys.
//
// Each wrapper fills the command's part of union bpf_attr (bpfkit's own layouts, src/kernel/sys_attr.h, checked
// against <linux/bpf.h>), calls bpf(2) and turns a failure into an Error carrying errno and the command:
// "BPF_MAP_CREATE 'counters': Invalid argument". File descriptors come back as Fd, which closes on destruction, so
// everything an error path leaves behind goes away with it.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "bpfkit/error.h"
#include "bpfkit/insn.h"
#include "bpfkit/map.h"
#include "bpfkit/prog_type.h"

namespace bpfkit::kernel {

// An owned file descriptor (-1: none). Move-only; closes on destruction.
class Fd {
 public:
  Fd() = default;
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() { reset(); }
  Fd(Fd&& o) noexcept : fd_(o.release()) {}
  Fd& operator=(Fd&& o) noexcept {
    if (this != &o) reset(o.release());
    return *this;
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;

  int get() const { return fd_; }
  bool valid() const { return fd_ >= 0; }
  explicit operator bool() const { return valid(); }
  int release() {
    int fd = fd_;
    fd_ = -1;
    return fd;
  }
  void reset(int fd = -1);
  // A second descriptor for the same object (F_DUPFD_CLOEXEC).
  Expected<Fd> dup() const;

 private:
  int fd_ = -1;
};

// The raw call: bpf(cmd, attr, size), retried on EINTR and (for BPF_PROG_LOAD) EAGAIN as libbpf does. Returns the
// syscall's result or -errno. For commands this header has no wrapper for.
long sys_bpf(int cmd, void* attr, uint32_t size);

// Whether bpf() can be used at all here, and if not why (e.g. "bpf() is not permitted (EPERM): needs CAP_BPF").
// Probed once with a tiny array map.
std::optional<std::string> bpf_unavailable();

// --- maps ----------------------------------------------------------------------------------------------------------

struct MapCreateAttr {
  MapType type = MapType::Unspec;
  uint32_t key_size = 0, value_size = 0, max_entries = 0, map_flags = 0;
  int inner_map_fd = -1;
  uint32_t numa_node = 0;
  std::string name;  // at most 15 characters are passed
  uint32_t map_ifindex = 0;
  int btf_fd = -1;
  uint32_t btf_key_type_id = 0, btf_value_type_id = 0, btf_vmlinux_value_type_id = 0;
  uint64_t map_extra = 0;
};
Expected<Fd> map_create(const MapCreateAttr& attr);

// Element commands. lookup/lookup_and_delete/delete give an Error with ENOENT for a missing key, as the kernel.
Expected<void> map_lookup_elem(int map_fd, const void* key, void* value, uint64_t flags = 0);
Expected<void> map_update_elem(int map_fd, const void* key, const void* value, uint64_t flags = 0);
Expected<void> map_delete_elem(int map_fd, const void* key);
Expected<void> map_lookup_and_delete_elem(int map_fd, const void* key, void* value, uint64_t flags = 0);
// The key after key (nullptr: the first key) into next; false when there is none (ENOENT).
Expected<bool> map_get_next_key(int map_fd, const void* key, void* next_key);
Expected<void> map_freeze(int map_fd);

// Batch commands. in_batch/out_batch are opaque cursors of the map's key size (hash maps) or 4 bytes (arrays);
// in_batch nullptr starts at the beginning. count is how many keys/values the buffers hold.
struct BatchResult {
  uint32_t count = 0;  // elements processed
  bool done = false;   // ENOENT: the map has nothing after these
};
Expected<BatchResult> map_lookup_batch(int map_fd, const void* in_batch, void* out_batch, void* keys, void* values,
                                       uint32_t count, uint64_t elem_flags = 0, bool and_delete = false);
Expected<BatchResult> map_update_batch(int map_fd, const void* keys, const void* values, uint32_t count,
                                       uint64_t elem_flags = 0);
Expected<BatchResult> map_delete_batch(int map_fd, const void* keys, uint32_t count, uint64_t elem_flags = 0);

// --- programs ------------------------------------------------------------------------------------------------------

// BPF_PROG_LOAD flags.
inline constexpr uint32_t BPF_F_STRICT_ALIGNMENT = 1u << 0;
inline constexpr uint32_t BPF_F_ANY_ALIGNMENT = 1u << 1;
inline constexpr uint32_t BPF_F_SLEEPABLE = 1u << 4;
inline constexpr uint32_t BPF_F_XDP_HAS_FRAGS = 1u << 5;

struct ProgLoadAttr {
  ProgType type = ProgType::Unspec;
  uint32_t expected_attach_type = 0;
  std::span<const Insn> insns;
  std::string license = "GPL";
  uint32_t kern_version = 0;
  uint32_t prog_flags = 0;
  std::string name;  // at most 15 characters are passed
  uint32_t prog_ifindex = 0;
  int prog_btf_fd = -1;
  // func_info / line_info records, rec_size bytes each (struct bpf_func_info / bpf_line_info).
  std::span<const uint8_t> func_info;
  uint32_t func_info_rec_size = 0;
  std::span<const uint8_t> line_info;
  uint32_t line_info_rec_size = 0;
  uint32_t attach_btf_id = 0;
  int attach_btf_obj_fd = -1;  // module BTF of the attach target (or attach_prog_fd for freplace / tracing a prog)
  int attach_prog_fd = -1;
  std::span<const int> fd_array;  // module BTF fds kfunc calls index with insn.off
  // The verifier log: level 0 gives none; log_buf must then be empty.
  uint32_t log_level = 0;
  std::span<char> log_buf;
};
struct ProgLoadOutcome {
  Fd fd;                       // valid on success
  uint32_t log_true_size = 0;  // the size the whole log needed (kernel 6.4+; 0 before)
};
// On failure the Error has the errno; the log (if asked for) is in attr.log_buf either way, and log_true_size (when
// the kernel reports it) goes to *log_true_size even on failure.
Expected<Fd> prog_load(const ProgLoadAttr& attr, uint32_t* log_true_size = nullptr);

struct TestRunAttr {
  int prog_fd = -1;
  std::span<const uint8_t> data_in;
  std::span<uint8_t> data_out;  // empty: no data_out buffer
  bool pass_data_out = false;   // give data_out (even an empty span) to the kernel
  std::optional<std::span<const uint8_t>> ctx_in;
  std::span<uint8_t> ctx_out;
  bool pass_ctx_out = false;
  uint32_t repeat = 0, flags = 0, cpu = 0, batch_size = 0;
};
struct TestRunOutcome {
  int err = 0;  // 0, or -ENOSPC when an output was truncated (the kernel still fills what fits)
  uint32_t retval = 0, duration_ns = 0, data_size_out = 0, ctx_size_out = 0;
};
Expected<TestRunOutcome> prog_test_run(const TestRunAttr& attr);

// --- pinning, links, BTF -------------------------------------------------------------------------------------------

Expected<void> obj_pin(int fd, const std::string& path);
Expected<Fd> obj_get(const std::string& path, uint32_t file_flags = 0);

struct LinkCreateAttr {
  int prog_fd = -1;
  int target_fd = 0;  // or target_ifindex
  uint32_t attach_type = 0;
  uint32_t flags = 0;
  uint32_t target_btf_id = 0;   // tracing / freplace
  uint64_t bpf_cookie = 0;      // perf_event links; tracing links (tracing.cookie)
  uint32_t relative_fd = 0;     // tcx / netkit
  uint64_t expected_revision = 0;
};
Expected<Fd> link_create(const LinkCreateAttr& attr);
Expected<void> link_detach(int link_fd);
Expected<Fd> raw_tracepoint_open(const std::string& name, int prog_fd);  // empty name: tp_btf / tracing programs
Expected<void> prog_attach(int target_fd, int prog_fd, uint32_t attach_type, uint32_t flags = 0);
Expected<void> prog_detach(int target_fd, int prog_fd, uint32_t attach_type);

// Loads BTF. With log_level > 0 the kernel's BTF log (grown on ENOSPC) lands in *log on failure.
Expected<Fd> btf_load(std::span<const uint8_t> btf, std::string* log = nullptr, uint32_t log_level = 0);

// --- introspection -------------------------------------------------------------------------------------------------

enum class ObjectKind { Prog, Map, Btf, Link };

struct ProgInfo {
  ProgType type = ProgType::Unspec;
  uint32_t id = 0;
  std::string name;
  std::array<uint8_t, 8> tag{};
  uint32_t xlated_prog_len = 0, jited_prog_len = 0;
  uint64_t load_time = 0;
  uint32_t created_by_uid = 0;
  std::vector<uint32_t> map_ids;
  uint32_t btf_id = 0;
  bool gpl_compatible = false;
  uint64_t run_time_ns = 0, run_cnt = 0, recursion_misses = 0;
  uint32_t verified_insns = 0;
  uint32_t attach_btf_id = 0, attach_btf_obj_id = 0;
};
struct MapInfo {
  MapType type = MapType::Unspec;
  uint32_t id = 0, key_size = 0, value_size = 0, max_entries = 0, map_flags = 0;
  std::string name;
  uint32_t btf_id = 0, btf_key_type_id = 0, btf_value_type_id = 0;
  uint64_t map_extra = 0;
};
struct LinkInfo {
  uint32_t type = 0;  // BPF_LINK_TYPE_*
  uint32_t id = 0, prog_id = 0;
};
Expected<ProgInfo> prog_info(int prog_fd);
// The instructions the kernel ran through its verifier (bpftool's `dump xlated`).
Expected<std::vector<Insn>> prog_xlated_insns(int prog_fd);
Expected<MapInfo> map_info(int map_fd);
Expected<LinkInfo> link_info(int link_fd);

// The next id after start_id, nullopt at the end (ENOENT).
Expected<std::optional<uint32_t>> get_next_id(ObjectKind kind, uint32_t start_id);
Expected<Fd> get_fd_by_id(ObjectKind kind, uint32_t id);

}  // namespace bpfkit::kernel
