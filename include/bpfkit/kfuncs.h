// kfuncs in userspace: the kernel functions BPF programs call through `extern ... __ksym` declarations.
//
// The kernel binds a kfunc call by the BTF id of the function in its own BTF. bpfkit binds it by name (the local
// BTF FUNC of the extern), at load time, like a helper: the loader puts bpfkit's id for that kfunc in the call's
// imm, and the engine finds it with HelperTable::find_kfunc. A kfunc bpfkit does not implement, or a __weak one the
// target kernel lacks (libbpf leaves a poisoned call, normally dead code behind bpf_ksym_exists), is bound to a stub
// that stops the run at the call with the kfunc's name, so only a program that really calls it fails.
//
// Kernel objects a kfunc hands out (tasks, cpumasks, bpf_obj_new objects) are tracked per HelperEnv, and every
// pointer a program passes back is checked against them, so a forged pointer stops the run instead of touching host
// memory. Reference semantics follow the kernel: acquire/release counts, NULL returns where the kernel's kfunc
// returns NULL. A bpf_obj_new object is program memory (a hand-out of exactly its size, zeroed) until it is
// dropped; tasks and cpumasks are opaque (a direct load from them stops the run).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bpfkit/btf.h"
#include "bpfkit/helpers.h"
#include "bpfkit/prog_type.h"
#include "bpfkit/vm.h"

namespace bpfkit {

// The KF_* flags (include/linux/btf.h) a kfunc's BTF_KFUNCS set gives it in the kernel (6.18): what the verifier
// needs besides the prototype, which comes from BTF.
inline constexpr uint32_t kKfAcquire = 1u << 0, kKfRelease = 1u << 1, kKfRetNull = 1u << 2,
                          kKfTrustedArgs = 1u << 4, kKfSleepable = 1u << 5, kKfDestructive = 1u << 6,
                          kKfRcu = 1u << 7, kKfIterNew = 1u << 8, kKfIterNext = 1u << 9, kKfIterDestroy = 1u << 10,
                          kKfRcuProtected = 1u << 11;
struct KfuncMeta {
  const char* name;
  uint32_t flags;
};
// One table for the verifier and the runtime: every kfunc bpfkit implements, and a few more the verifier knows.
const KfuncMeta* find_kfunc_meta(std::string_view name);

// Whether a program of type t may call the kfunc (btf_kfunc_id_set_contains): false only for the kfuncs whose sets
// the kernel registers for some program types alone and bpfkit lists (bpf_tcp_ca's for struct_ops, the XDP
// dynptr for XDP); any other kfunc is taken as allowed.
bool kfunc_allowed_for(std::string_view name, ProgType t);

// bpfkit's id for an implemented kfunc (the imm of a bound call), or nullopt.
std::optional<int32_t> kfunc_id(std::string_view name);
// The names of the implemented kfuncs, in id order.
std::vector<std::string_view> kfunc_names();
// Adds every implemented kfunc, and the stubs bind_unavailable_kfunc hands out, to t.
void add_kfuncs(HelperTable& t);

// Registers a kfunc call that must fail when it runs (message: what the run's error says, naming the kfunc) and
// returns the id to put in the call's imm; nullopt when the env has no stub left (kMaxUnavailableKfuncs).
std::optional<int32_t> bind_unavailable_kfunc(HelperEnv& env, std::string message);
inline constexpr size_t kMaxUnavailableKfuncs = 64;

// The BTF of the object whose programs run in env: bpf_obj_new_impl is given a local type id and sizes the object by
// it.
void set_kfunc_btf(HelperEnv& env, std::shared_ptr<const btf::Btf> btf);

}  // namespace bpfkit
