// The bpf(2) wrappers of kernel_sys.h.
#include "bpfkit/kernel_sys.h"

#include <fcntl.h>
#include <linux/bpf.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <mutex>

#include <fmt/format.h>

#include "kernel/btf_objects.h"
#include "kernel/sys_attr.h"

namespace bpfkit::kernel {

namespace {

uint64_t ptr(const void* p) { return reinterpret_cast<uintptr_t>(p); }

void copy_name(char (&dst)[16], std::string_view name) {
  std::memset(dst, 0, sizeof(dst));
  std::memcpy(dst, name.data(), std::min<size_t>(name.size(), sizeof(dst) - 1));
}

Error sys_error(int cmd, int err, std::string_view what = {}) {
  std::string msg = what.empty() ? std::string(attr::cmd_name(cmd))
                                 : fmt::format("{} {}", attr::cmd_name(cmd), what);
  return make_error(fmt::format("{}: {}", msg, std::strerror(err))).with_errno(err);
}

template <class A>
long call(int cmd, A& a) {
  return sys_bpf(cmd, &a, sizeof(a));
}

}  // namespace

namespace attr {
const char* cmd_name(int cmd) {
  static const char* const names[] = {
      "BPF_MAP_CREATE", "BPF_MAP_LOOKUP_ELEM", "BPF_MAP_UPDATE_ELEM", "BPF_MAP_DELETE_ELEM", "BPF_MAP_GET_NEXT_KEY",
      "BPF_PROG_LOAD", "BPF_OBJ_PIN", "BPF_OBJ_GET", "BPF_PROG_ATTACH", "BPF_PROG_DETACH", "BPF_PROG_TEST_RUN",
      "BPF_PROG_GET_NEXT_ID", "BPF_MAP_GET_NEXT_ID", "BPF_PROG_GET_FD_BY_ID", "BPF_MAP_GET_FD_BY_ID",
      "BPF_OBJ_GET_INFO_BY_FD", "BPF_PROG_QUERY", "BPF_RAW_TRACEPOINT_OPEN", "BPF_BTF_LOAD", "BPF_BTF_GET_FD_BY_ID",
      "BPF_TASK_FD_QUERY", "BPF_MAP_LOOKUP_AND_DELETE_ELEM", "BPF_MAP_FREEZE", "BPF_BTF_GET_NEXT_ID",
      "BPF_MAP_LOOKUP_BATCH", "BPF_MAP_LOOKUP_AND_DELETE_BATCH", "BPF_MAP_UPDATE_BATCH", "BPF_MAP_DELETE_BATCH",
      "BPF_LINK_CREATE", "BPF_LINK_UPDATE", "BPF_LINK_GET_FD_BY_ID", "BPF_LINK_GET_NEXT_ID", "BPF_ENABLE_STATS",
      "BPF_ITER_CREATE", "BPF_LINK_DETACH", "BPF_PROG_BIND_MAP", "BPF_TOKEN_CREATE"};
  if (cmd >= 0 && size_t(cmd) < std::size(names)) return names[cmd];
  return "bpf(?)";
}
}  // namespace attr

void Fd::reset(int fd) {
  if (fd_ >= 0) ::close(fd_);
  fd_ = fd;
}

Expected<Fd> Fd::dup() const {
  int fd = ::fcntl(fd_, F_DUPFD_CLOEXEC, 3);
  if (fd < 0) return make_error(fmt::format("dup fd {}: {}", fd_, std::strerror(errno))).with_errno(errno);
  return Fd(fd);
}

long sys_bpf(int cmd, void* a, uint32_t size) {
  // The verifier can be interrupted by a signal, and BPF_PROG_LOAD gives EAGAIN when it was; libbpf retries 5 times.
  for (int attempt = 0;; ++attempt) {
    long r = ::syscall(__NR_bpf, cmd, a, size);
    if (r >= 0) return r;
    const int err = errno;
    if (err == EINTR || (err == EAGAIN && cmd == attr::PROG_LOAD && attempt < 5)) continue;
    return -err;
  }
}

std::optional<std::string> bpf_unavailable() {
  static std::once_flag once;
  static std::optional<std::string> why;
  std::call_once(once, [] {
    MapCreateAttr a;
    a.type = MapType::Array;
    a.key_size = 4;
    a.value_size = 4;
    a.max_entries = 1;
    auto fd = map_create(a);
    if (fd) return;
    const int err = fd.error().error_number;
    if (err == ENOSYS)
      why = "bpf() is not available (ENOSYS): the kernel was built without CONFIG_BPF_SYSCALL, or seccomp blocks it";
    else if (err == EPERM || err == EACCES)
      why = fmt::format("bpf() is not permitted ({}): it needs root or CAP_BPF", std::strerror(err));
    else
      why = fmt::format("bpf() fails: {}", fd.error().message);
  });
  return why;
}

// --- maps ----------------------------------------------------------------------------------------------------------

Expected<Fd> map_create(const MapCreateAttr& in) {
  attr::MapCreate a{};
  a.map_type = uint32_t(in.type);
  a.key_size = in.key_size;
  a.value_size = in.value_size;
  a.max_entries = in.max_entries;
  a.map_flags = in.map_flags;
  a.inner_map_fd = in.inner_map_fd >= 0 ? uint32_t(in.inner_map_fd) : 0;
  a.numa_node = in.numa_node;
  copy_name(a.map_name, in.name);
  a.map_ifindex = in.map_ifindex;
  if (in.btf_fd >= 0) {
    a.btf_fd = uint32_t(in.btf_fd);
    a.btf_key_type_id = in.btf_key_type_id;
    a.btf_value_type_id = in.btf_value_type_id;
    a.btf_vmlinux_value_type_id = in.btf_vmlinux_value_type_id;
  }
  a.map_extra = in.map_extra;
  // Only as much of the attr as this kernel generation needs: older kernels refuse non-zero bytes they do not know,
  // and the last two fields are zero here anyway.
  long r = sys_bpf(attr::MAP_CREATE, &a, offsetof(attr::MapCreate, value_type_btf_obj_fd));
  if (r < 0) return sys_error(attr::MAP_CREATE, int(-r), in.name.empty() ? "" : fmt::format("'{}'", in.name));
  return Fd(int(r));
}

namespace {
Expected<void> elem(int cmd, int map_fd, const void* key, const void* value, uint64_t flags) {
  attr::MapElem a{};
  a.map_fd = uint32_t(map_fd);
  a.key = ptr(key);
  a.value = ptr(value);
  a.flags = flags;
  long r = call(cmd, a);
  if (r < 0) return sys_error(cmd, int(-r));
  return {};
}
}  // namespace

Expected<void> map_lookup_elem(int fd, const void* key, void* value, uint64_t flags) {
  return elem(attr::MAP_LOOKUP_ELEM, fd, key, value, flags);
}
Expected<void> map_update_elem(int fd, const void* key, const void* value, uint64_t flags) {
  return elem(attr::MAP_UPDATE_ELEM, fd, key, value, flags);
}
Expected<void> map_delete_elem(int fd, const void* key) { return elem(attr::MAP_DELETE_ELEM, fd, key, nullptr, 0); }
Expected<void> map_lookup_and_delete_elem(int fd, const void* key, void* value, uint64_t flags) {
  return elem(attr::MAP_LOOKUP_AND_DELETE_ELEM, fd, key, value, flags);
}

Expected<bool> map_get_next_key(int fd, const void* key, void* next_key) {
  auto r = elem(attr::MAP_GET_NEXT_KEY, fd, key, next_key, 0);
  if (r) return true;
  if (r.error().error_number == ENOENT) return false;
  return r.error();
}

Expected<void> map_freeze(int fd) {
  attr::MapFreeze a{};
  a.map_fd = uint32_t(fd);
  if (long r = call(attr::MAP_FREEZE, a); r < 0) return sys_error(attr::MAP_FREEZE, int(-r));
  return {};
}

namespace {
Expected<BatchResult> batch(int cmd, int fd, const void* in_batch, void* out_batch, const void* keys,
                            const void* values, uint32_t count, uint64_t elem_flags) {
  attr::MapBatch a{};
  a.in_batch = ptr(in_batch);
  a.out_batch = ptr(out_batch);
  a.keys = ptr(keys);
  a.values = ptr(values);
  a.count = count;
  a.map_fd = uint32_t(fd);
  a.elem_flags = elem_flags;
  long r = call(cmd, a);
  // ENOENT ends a lookup batch: a.count still says how many elements came back.
  if (r < 0 && !(r == -ENOENT && (cmd == attr::MAP_LOOKUP_BATCH || cmd == attr::MAP_LOOKUP_AND_DELETE_BATCH)))
    return sys_error(cmd, int(-r), fmt::format("({} of {} done)", a.count, count));
  return BatchResult{a.count, r == -ENOENT};
}
}  // namespace

Expected<BatchResult> map_lookup_batch(int fd, const void* in_batch, void* out_batch, void* keys, void* values,
                                       uint32_t count, uint64_t elem_flags, bool and_delete) {
  return batch(and_delete ? attr::MAP_LOOKUP_AND_DELETE_BATCH : attr::MAP_LOOKUP_BATCH, fd, in_batch, out_batch, keys,
               values, count, elem_flags);
}
Expected<BatchResult> map_update_batch(int fd, const void* keys, const void* values, uint32_t count,
                                       uint64_t elem_flags) {
  return batch(attr::MAP_UPDATE_BATCH, fd, nullptr, nullptr, keys, values, count, elem_flags);
}
Expected<BatchResult> map_delete_batch(int fd, const void* keys, uint32_t count, uint64_t elem_flags) {
  return batch(attr::MAP_DELETE_BATCH, fd, nullptr, nullptr, keys, nullptr, count, elem_flags);
}

// --- programs ------------------------------------------------------------------------------------------------------

Expected<Fd> prog_load(const ProgLoadAttr& in, uint32_t* log_true_size) {
  attr::ProgLoad a{};
  a.prog_type = uint32_t(in.type);
  a.insn_cnt = uint32_t(in.insns.size());
  a.insns = ptr(in.insns.data());
  a.license = ptr(in.license.c_str());
  a.log_level = in.log_buf.empty() ? 0 : in.log_level;
  a.log_size = a.log_level ? uint32_t(in.log_buf.size()) : 0;
  a.log_buf = a.log_level ? ptr(in.log_buf.data()) : 0;
  if (a.log_level) in.log_buf[0] = '\0';
  a.kern_version = in.kern_version;
  a.prog_flags = in.prog_flags;
  copy_name(a.prog_name, in.name);
  a.prog_ifindex = in.prog_ifindex;
  a.expected_attach_type = in.expected_attach_type;
  if (in.prog_btf_fd >= 0) {
    a.prog_btf_fd = uint32_t(in.prog_btf_fd);
    if (!in.func_info.empty()) {
      a.func_info_rec_size = in.func_info_rec_size;
      a.func_info = ptr(in.func_info.data());
      a.func_info_cnt = uint32_t(in.func_info.size() / in.func_info_rec_size);
    }
    if (!in.line_info.empty()) {
      a.line_info_rec_size = in.line_info_rec_size;
      a.line_info = ptr(in.line_info.data());
      a.line_info_cnt = uint32_t(in.line_info.size() / in.line_info_rec_size);
    }
  }
  a.attach_btf_id = in.attach_btf_id;
  if (in.attach_prog_fd >= 0) a.attach_prog_fd = uint32_t(in.attach_prog_fd);
  else if (in.attach_btf_obj_fd >= 0) a.attach_prog_fd = uint32_t(in.attach_btf_obj_fd);
  if (!in.fd_array.empty()) a.fd_array = ptr(in.fd_array.data());
  // log_true_size is 6.4+; passing the attr up to it is harmless on older kernels only if it is zero, which it is.
  long r = sys_bpf(attr::PROG_LOAD, &a, offsetof(attr::ProgLoad, prog_token_fd));
  if (log_true_size) *log_true_size = a.log_true_size;
  if (r < 0) return sys_error(attr::PROG_LOAD, int(-r), in.name.empty() ? "" : fmt::format("'{}'", in.name));
  return Fd(int(r));
}

Expected<TestRunOutcome> prog_test_run(const TestRunAttr& in) {
  attr::TestRun a{};
  a.prog_fd = uint32_t(in.prog_fd);
  if (!in.data_in.empty()) {
    a.data_in = ptr(in.data_in.data());
    a.data_size_in = uint32_t(in.data_in.size());
  }
  if (in.pass_data_out || !in.data_out.empty()) {
    a.data_out = ptr(in.data_out.data());
    a.data_size_out = uint32_t(in.data_out.size());
  }
  if (in.ctx_in) {
    a.ctx_in = ptr(in.ctx_in->data());
    a.ctx_size_in = uint32_t(in.ctx_in->size());
  }
  if (in.pass_ctx_out || !in.ctx_out.empty()) {
    a.ctx_out = ptr(in.ctx_out.data());
    a.ctx_size_out = uint32_t(in.ctx_out.size());
  }
  a.repeat = in.repeat;
  a.flags = in.flags;
  a.cpu = in.cpu;
  a.batch_size = in.batch_size;
  long r = call(attr::PROG_TEST_RUN, a);
  if (r < 0 && r != -ENOSPC) return sys_error(attr::PROG_TEST_RUN, int(-r));
  TestRunOutcome out;
  out.err = r < 0 ? int(r) : 0;
  out.retval = a.retval;
  out.duration_ns = a.duration;
  out.data_size_out = a.data_size_out;
  out.ctx_size_out = a.ctx_size_out;
  return out;
}

// --- pinning, links, BTF -------------------------------------------------------------------------------------------

Expected<void> obj_pin(int fd, const std::string& path) {
  attr::ObjPin a{};
  a.pathname = ptr(path.c_str());
  a.bpf_fd = uint32_t(fd);
  if (long r = sys_bpf(attr::OBJ_PIN, &a, offsetof(attr::ObjPin, path_fd)); r < 0)
    return sys_error(attr::OBJ_PIN, int(-r), path);
  return {};
}

Expected<Fd> obj_get(const std::string& path, uint32_t file_flags) {
  attr::ObjPin a{};
  a.pathname = ptr(path.c_str());
  a.file_flags = file_flags;
  long r = sys_bpf(attr::OBJ_GET, &a, offsetof(attr::ObjPin, path_fd));
  if (r < 0) return sys_error(attr::OBJ_GET, int(-r), path);
  return Fd(int(r));
}

Expected<Fd> link_create(const LinkCreateAttr& in) {
  attr::LinkCreate a{};
  a.prog_fd = uint32_t(in.prog_fd);
  a.target_fd = uint32_t(in.target_fd);
  a.attach_type = in.attach_type;
  a.flags = in.flags;
  if (in.target_btf_id != 0) {
    a.u0 = in.target_btf_id;  // tracing.target_btf_id (also plain target_btf_id)
    a.u1 = in.bpf_cookie;     // tracing.cookie
  } else if (in.relative_fd != 0 || in.expected_revision != 0) {
    a.u0 = in.relative_fd;
    a.u1 = in.expected_revision;
  } else {
    a.u0 = in.bpf_cookie;  // perf_event.bpf_cookie
  }
  long r = call(attr::LINK_CREATE, a);
  if (r < 0) return sys_error(attr::LINK_CREATE, int(-r));
  return Fd(int(r));
}

Expected<void> link_detach(int link_fd) {
  attr::LinkDetach a{};
  a.link_fd = uint32_t(link_fd);
  if (long r = call(attr::LINK_DETACH, a); r < 0) return sys_error(attr::LINK_DETACH, int(-r));
  return {};
}

Expected<Fd> raw_tracepoint_open(const std::string& name, int prog_fd) {
  attr::RawTracepointOpen a{};
  a.name = name.empty() ? 0 : ptr(name.c_str());
  a.prog_fd = uint32_t(prog_fd);
  long r = sys_bpf(attr::RAW_TRACEPOINT_OPEN, &a, offsetof(attr::RawTracepointOpen, pad));
  if (r < 0) return sys_error(attr::RAW_TRACEPOINT_OPEN, int(-r), name.empty() ? "" : fmt::format("'{}'", name));
  return Fd(int(r));
}

Expected<void> prog_attach(int target_fd, int prog_fd, uint32_t attach_type, uint32_t flags) {
  attr::ProgAttach a{};
  a.target_fd = uint32_t(target_fd);
  a.attach_bpf_fd = uint32_t(prog_fd);
  a.attach_type = attach_type;
  a.attach_flags = flags;
  if (long r = call(attr::PROG_ATTACH, a); r < 0) return sys_error(attr::PROG_ATTACH, int(-r));
  return {};
}

Expected<void> prog_detach(int target_fd, int prog_fd, uint32_t attach_type) {
  attr::ProgAttach a{};
  a.target_fd = uint32_t(target_fd);
  a.attach_bpf_fd = uint32_t(prog_fd);
  a.attach_type = attach_type;
  if (long r = call(attr::PROG_DETACH, a); r < 0) return sys_error(attr::PROG_DETACH, int(-r));
  return {};
}

Expected<Fd> btf_load(std::span<const uint8_t> btf, std::string* log, uint32_t log_level) {
  std::vector<char> buf;
  uint32_t size = log && log_level ? 64 * 1024 : 0;
  for (;;) {
    buf.assign(size, '\0');
    attr::BtfLoad a{};
    a.btf = ptr(btf.data());
    a.btf_size = uint32_t(btf.size());
    if (size) {
      a.btf_log_buf = ptr(buf.data());
      a.btf_log_size = size;
      a.btf_log_level = log_level;
    }
    long r = sys_bpf(attr::BTF_LOAD, &a, offsetof(attr::BtfLoad, btf_flags));
    if (r >= 0) return Fd(int(r));
    if (r == -ENOSPC && size && size < (1u << 28)) {
      size = std::max(size * 4, a.btf_log_true_size + 1);
      continue;
    }
    if (log && size) *log = std::string(buf.data(), strnlen(buf.data(), buf.size()));
    return sys_error(attr::BTF_LOAD, int(-r));
  }
}

// --- introspection -------------------------------------------------------------------------------------------------

namespace {
template <class Info>
Expected<void> info_by_fd(int fd, Info& info, const char* what) {
  attr::InfoByFd a{};
  a.bpf_fd = uint32_t(fd);
  a.info_len = sizeof(info);
  a.info = ptr(&info);
  if (long r = call(attr::OBJ_GET_INFO_BY_FD, a); r < 0) return sys_error(attr::OBJ_GET_INFO_BY_FD, int(-r), what);
  return {};
}
std::string name_of(const char* n, size_t cap) { return std::string(n, strnlen(n, cap)); }
}  // namespace

Expected<ProgInfo> prog_info(int fd) {
  bpf_prog_info info{};
  if (auto r = info_by_fd(fd, info, "(prog)"); !r) return std::move(r).error();
  ProgInfo out;
  out.type = ProgType(info.type);
  out.id = info.id;
  out.name = name_of(info.name, sizeof(info.name));
  std::memcpy(out.tag.data(), info.tag, 8);
  out.xlated_prog_len = info.xlated_prog_len;
  out.jited_prog_len = info.jited_prog_len;
  out.load_time = info.load_time;
  out.created_by_uid = info.created_by_uid;
  out.btf_id = info.btf_id;
  out.gpl_compatible = info.gpl_compatible;
  out.run_time_ns = info.run_time_ns;
  out.run_cnt = info.run_cnt;
  out.recursion_misses = info.recursion_misses;
  out.verified_insns = info.verified_insns;
  out.attach_btf_id = info.attach_btf_id;
  out.attach_btf_obj_id = info.attach_btf_obj_id;
  if (info.nr_map_ids > 0) {
    std::vector<uint32_t> ids(info.nr_map_ids);
    bpf_prog_info again{};
    again.nr_map_ids = uint32_t(ids.size());
    again.map_ids = ptr(ids.data());
    if (auto r = info_by_fd(fd, again, "(prog map ids)"); !r) return std::move(r).error();
    ids.resize(std::min<size_t>(ids.size(), again.nr_map_ids));
    out.map_ids = std::move(ids);
  }
  return out;
}

Expected<std::vector<Insn>> prog_xlated_insns(int fd) {
  bpf_prog_info info{};
  if (auto r = info_by_fd(fd, info, "(prog)"); !r) return std::move(r).error();
  std::vector<Insn> insns(info.xlated_prog_len / sizeof(Insn));
  bpf_prog_info again{};
  again.xlated_prog_len = uint32_t(insns.size() * sizeof(Insn));
  again.xlated_prog_insns = ptr(insns.data());
  if (auto r = info_by_fd(fd, again, "(xlated insns)"); !r) return std::move(r).error();
  if (again.xlated_prog_len == 0 && !insns.empty())
    return make_error("BPF_OBJ_GET_INFO_BY_FD: the kernel hides the translated instructions (kptr restrictions)")
        .with_errno(EPERM);
  insns.resize(std::min<size_t>(insns.size(), again.xlated_prog_len / sizeof(Insn)));
  return insns;
}

Expected<MapInfo> map_info(int fd) {
  bpf_map_info info{};
  if (auto r = info_by_fd(fd, info, "(map)"); !r) return std::move(r).error();
  MapInfo out;
  out.type = MapType(info.type);
  out.id = info.id;
  out.key_size = info.key_size;
  out.value_size = info.value_size;
  out.max_entries = info.max_entries;
  out.map_flags = info.map_flags;
  out.name = name_of(info.name, sizeof(info.name));
  out.btf_id = info.btf_id;
  out.btf_key_type_id = info.btf_key_type_id;
  out.btf_value_type_id = info.btf_value_type_id;
  out.map_extra = info.map_extra;
  return out;
}

Expected<LinkInfo> link_info(int fd) {
  bpf_link_info info{};
  if (auto r = info_by_fd(fd, info, "(link)"); !r) return std::move(r).error();
  return LinkInfo{info.type, info.id, info.prog_id};
}

Expected<BtfInfo> btf_info(int fd) {
  char name[64] = {};
  bpf_btf_info info{};
  info.name = ptr(name);
  info.name_len = sizeof(name);
  if (auto r = info_by_fd(fd, info, "(btf)"); !r) return std::move(r).error();
  return BtfInfo{info.id, name_of(name, sizeof(name)), info.kernel_btf != 0};
}

Expected<std::vector<uint8_t>> btf_data(int fd) {
  bpf_btf_info info{};
  if (auto r = info_by_fd(fd, info, "(btf size)"); !r) return std::move(r).error();
  std::vector<uint8_t> bytes(info.btf_size);
  bpf_btf_info again{};
  again.btf = ptr(bytes.data());
  again.btf_size = uint32_t(bytes.size());
  if (auto r = info_by_fd(fd, again, "(btf)"); !r) return std::move(r).error();
  bytes.resize(std::min<size_t>(bytes.size(), again.btf_size));
  return bytes;
}

Expected<Fd> module_btf_fd(const std::string& module) {
  uint32_t id = 0;
  for (;;) {
    auto next = get_next_id(ObjectKind::Btf, id);
    if (!next) return std::move(next).error();
    if (!*next) break;
    id = **next;
    auto fd = get_fd_by_id(ObjectKind::Btf, id);
    if (!fd) continue;  // gone since, or not ours to open
    auto info = btf_info(fd->get());
    if (info && info->kernel_btf && info->name == module) return std::move(*fd);
  }
  return make_error(fmt::format("no loaded kernel module '{}' has BTF", module)).with_errno(ENOENT);
}

Expected<std::optional<uint32_t>> get_next_id(ObjectKind kind, uint32_t start_id) {
  static const int cmds[] = {attr::PROG_GET_NEXT_ID, attr::MAP_GET_NEXT_ID, attr::BTF_GET_NEXT_ID,
                             attr::LINK_GET_NEXT_ID};
  const int cmd = cmds[int(kind)];
  attr::GetId a{};
  a.start_id = start_id;
  long r = call(cmd, a);
  if (r == -ENOENT) return std::optional<uint32_t>();
  if (r < 0) return sys_error(cmd, int(-r));
  return std::optional<uint32_t>(a.next_id);
}

Expected<Fd> get_fd_by_id(ObjectKind kind, uint32_t id) {
  static const int cmds[] = {attr::PROG_GET_FD_BY_ID, attr::MAP_GET_FD_BY_ID, attr::BTF_GET_FD_BY_ID,
                             attr::LINK_GET_FD_BY_ID};
  const int cmd = cmds[int(kind)];
  attr::GetId a{};
  a.start_id = id;
  long r = call(cmd, a);
  if (r < 0) return sys_error(cmd, int(-r), fmt::format("{}", id));
  return Fd(int(r));
}

}  // namespace bpfkit::kernel
