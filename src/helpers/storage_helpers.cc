// Local storage helpers (kernel/bpf/bpf_{task,inode,cgrp}_storage.c, net/core/bpf_sk_storage.c):
// bpf_{sk,inode,task,cgrp}_storage_get and _delete.
//
// A value belongs to its owner, named by the pointer the program passes (the simulated current task, a socket, an
// inode or a cgroup address); LocalStorageMap keeps one value per address for as long as the map lives. What the
// kernel checks is checked here in its order: a NULL owner is NULL (get) or -EINVAL (delete), flags other than
// BPF_LOCAL_STORAGE_GET_F_CREATE make get return NULL, and only F_CREATE creates, from the value argument (NULL:
// zeroed). The owner's own state (a dying task, a socket that is not a full socket, an inode without a BPF LSM
// blob) is not modelled: every non-NULL owner lives.
#include <fmt/format.h>

#include "helpers/internal.h"

namespace bpfkit::helpers {
namespace {

constexpr uint64_t kGetFCreate = 1;  // BPF_LOCAL_STORAGE_GET_F_CREATE

struct Family {
  MapType type;
  int get_id, delete_id;
  const char* get_name;
  const char* delete_name;
};
constexpr Family kSk{MapType::SkStorage, 107, 108, "bpf_sk_storage_get", "bpf_sk_storage_delete"};
constexpr Family kInode{MapType::InodeStorage, 145, 146, "bpf_inode_storage_get", "bpf_inode_storage_delete"};
constexpr Family kTask{MapType::TaskStorage, 156, 157, "bpf_task_storage_get", "bpf_task_storage_delete"};
constexpr Family kCgrp{MapType::CgrpStorage, 210, 211, "bpf_cgrp_storage_get", "bpf_cgrp_storage_delete"};

// The map in R1, which must be this family's storage (check_map_func_compatibility, with its message).
LocalStorageMap* need_storage(RunContext& ctx, uint64_t r1, const Family& f, bool get) {
  Map* m = need_map(ctx, r1);
  if (m == nullptr) return nullptr;
  auto* storage = dynamic_cast<LocalStorageMap*>(m);
  if (storage == nullptr || m->type() != f.type) {
    ctx.fail(fmt::format("cannot pass map_type {} into func {}#{}", static_cast<uint32_t>(m->type()),
                         get ? f.get_name : f.delete_name, get ? f.get_id : f.delete_id));
    return nullptr;
  }
  return storage;
}

template <const Family& F>
uint64_t storage_get(RunContext& ctx, uint64_t r1, uint64_t owner, uint64_t value, uint64_t flags, uint64_t) {
  LocalStorageMap* m = need_storage(ctx, r1, F, true);
  if (m == nullptr) return 0;
  if (flags & ~kGetFCreate) return 0;
  if (owner == 0) return 0;
  // ARG_PTR_TO_MAP_VALUE_OR_NULL: the initial value, read only when a value is created.
  void* p = m->storage_get(owner, nullptr, false);
  if (p == nullptr && (flags & kGetFCreate)) {
    if (value != 0 && !need_read(ctx, value, m->value_size(), "R3 (value)")) return 0;
    p = m->storage_get(owner, value != 0 ? ptr<void>(value) : nullptr, true);
  }
  return hand_out_value(ctx, *m, p);
}

template <const Family& F>
uint64_t storage_delete(RunContext& ctx, uint64_t r1, uint64_t owner, uint64_t, uint64_t, uint64_t) {
  LocalStorageMap* m = need_storage(ctx, r1, F, false);
  if (m == nullptr) return 0;
  if (owner == 0) return err(EINVAL);
  return uint64_t(int64_t(m->storage_delete(owner)));
}

}  // namespace

void add_storage_helpers(HelperTable& t) {
  t.set(kSk.get_id, storage_get<kSk>, kSk.get_name);
  t.set(kSk.delete_id, storage_delete<kSk>, kSk.delete_name);
  t.set(kInode.get_id, storage_get<kInode>, kInode.get_name);
  t.set(kInode.delete_id, storage_delete<kInode>, kInode.delete_name);
  t.set(kTask.get_id, storage_get<kTask>, kTask.get_name);
  t.set(kTask.delete_id, storage_delete<kTask>, kTask.delete_name);
  t.set(kCgrp.get_id, storage_get<kCgrp>, kCgrp.get_name);
  t.set(kCgrp.delete_id, storage_delete<kCgrp>, kCgrp.delete_name);
}

}  // namespace bpfkit::helpers
