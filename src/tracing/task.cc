// The simulated current task: its identity for the get_current_* helpers and its task_struct image.
#include <fmt/format.h>

#include "tracing/json_input.h"

namespace bpfkit {

using nlohmann::json;

Expected<TaskSpec> parse_task_spec(std::string_view text) {
  auto doc = tracing::parse_json(text, "--task");
  if (!doc) return std::move(doc).error();
  if (!doc->is_object()) return make_error("--task: expected an object").with_errno(EINVAL);
  TaskSpec spec;
  json fields = json::object();
  bool has_tgid = false;
  for (auto it = doc->begin(); it != doc->end(); ++it) {
    const std::string& key = it.key();
    const std::string path = "--task " + key;
    if (key == "comm") {
      if (!it.value().is_string()) return make_error(path + ": expected a string").with_errno(EINVAL);
      spec.identity.comm = it.value().get<std::string>();
      if (spec.identity.comm.size() > 15)
        return make_error(path + ": longer than 15 bytes (TASK_COMM_LEN 16)").with_errno(EINVAL);
      continue;
    }
    if (key == "pid" || key == "tgid" || key == "uid" || key == "gid") {
      auto v = tracing::json_u64(it.value(), path, nullptr);
      if (!v) return std::move(v).error();
      if (*v > UINT32_MAX) return make_error(path + ": does not fit in 32 bits").with_errno(EINVAL);
      uint32_t& dst = key == "pid" ? spec.identity.pid : key == "tgid" ? spec.identity.tgid
                      : key == "uid" ? spec.identity.uid : spec.identity.gid;
      dst = uint32_t(*v);
      has_tgid |= key == "tgid";
      continue;
    }
    fields[key] = it.value();
  }
  if (!has_tgid) spec.identity.tgid = spec.identity.pid;  // a single-threaded process
  if (!fields.empty()) spec.fields_json = fields.dump();
  return spec;
}

namespace {

// Sets one member of the task when the target BTF has it; a BTF without it is not an error (a test BTF may declare
// only what its programs read).
void set_if_present(const btf::Btf& btf, btf::TypeId type, std::span<uint8_t> image, const std::string& member,
                    const json& value, KernelMemory& kmem) {
  (void)tracing::encode_value(btf, type, json{{member, value}}, image, "task_struct", &kmem);
}

}  // namespace

Expected<uint64_t> build_current_task(const btf::Btf& btf, const TaskSpec& task, KernelMemory& kmem) {
  auto type = btf.find_by_name_kind("task_struct", btf::Kind::Struct);
  if (!type) return make_error("--task: the target BTF has no struct task_struct").with_errno(ENOENT);
  auto size = btf.resolve_size(*type);
  if (!size) return std::move(size).error();
  auto addr = kmem.allocate(*size, "current");
  if (!addr) return std::move(addr).error();
  const std::span<uint8_t> image = kmem.bytes(*addr, *size);
  const TaskIdentity& id = task.identity;
  set_if_present(btf, *type, image, "pid", id.pid, kmem);
  set_if_present(btf, *type, image, "tgid", id.tgid, kmem);
  set_if_present(btf, *type, image, "comm", id.comm, kmem);
  // The task is its own leader and, like init, its own parent unless the fields give another.
  for (const char* self : {"real_parent", "parent", "group_leader"})
    set_if_present(btf, *type, image, self, *addr, kmem);
  if (auto cred = btf.find_by_name_kind("cred", btf::Kind::Struct)) {
    auto cred_size = btf.resolve_size(*cred);
    if (cred_size) {
      auto cred_addr = kmem.allocate(*cred_size, "current_cred");
      if (!cred_addr) return std::move(cred_addr).error();
      const std::span<uint8_t> c = kmem.bytes(*cred_addr, *cred_size);
      // kuid_t and kgid_t are struct { val; } in the kernel; a test BTF may make them plain integers.
      for (const char* f : {"uid", "euid", "suid", "fsuid"})
        if (!tracing::encode_value(btf, *cred, json{{f, {{"val", id.uid}}}}, c, "cred", &kmem))
          set_if_present(btf, *cred, c, f, id.uid, kmem);
      for (const char* f : {"gid", "egid", "sgid", "fsgid"})
        if (!tracing::encode_value(btf, *cred, json{{f, {{"val", id.gid}}}}, c, "cred", &kmem))
          set_if_present(btf, *cred, c, f, id.gid, kmem);
      set_if_present(btf, *type, image, "cred", *cred_addr, kmem);
      set_if_present(btf, *type, image, "real_cred", *cred_addr, kmem);
    }
  }
  if (!task.fields_json.empty()) {
    auto fields = tracing::parse_json(task.fields_json, "--task");
    if (!fields) return std::move(fields).error();
    auto r = tracing::encode_value(btf, *type, *fields, image, "--task", &kmem);
    if (!r) return std::move(r).error();
  }
  kmem.current_task = *addr;
  return *addr;
}

}  // namespace bpfkit
