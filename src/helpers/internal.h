// Shared plumbing of the helper implementations: the env lookup, memory checks and the per-file registration.
#pragma once

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
#include <random>
#include <vector>

#include "bpfkit/helpers.h"

namespace bpfkit {

namespace helpers {
struct KfuncState;  // kfuncs.h: objects kfuncs hand out, stub names, the object's BTF
}

struct HelperEnv::State {
  std::mutex env_mu;  // maps_, map_regions_, versions_
  std::mutex rng_mu;
  std::mt19937_64 rng;
  std::mutex requests_mu;
  std::vector<HelperRequest> requests;
  std::shared_ptr<helpers::KfuncState> kfuncs;  // created on first use (kfuncs.cc)
};

namespace helpers {

template <class T = uint8_t>
inline T* ptr(uint64_t addr) { return reinterpret_cast<T*>(static_cast<uintptr_t>(addr)); }

// The env of this run; fails the run if the context was not prepared.
HelperEnv* env_of(RunContext& ctx);

// Is [addr, addr + n) memory the program may read (write)? n == 0 is always fine (nothing is touched).
bool readable(RunContext& ctx, uint64_t addr, uint64_t n);
bool writable(RunContext& ctx, uint64_t addr, uint64_t n);
// Does any byte of [addr, addr + n) lie in memory the runtime knows? (What probe helpers treat as kernel memory.)
bool touches_known_memory(RunContext& ctx, uint64_t addr, uint64_t n);

// The same, failing the run with a message naming the helper argument when not.
bool need_read(RunContext& ctx, uint64_t addr, uint64_t n, const char* what);
bool need_write(RunContext& ctx, uint64_t addr, uint64_t n, const char* what);

// A map value given to the program: registers the hand-out (exactly the value, with the map's program-side access
// flags and spin-lock word) and returns the pointer as a register value (0 for nullptr).
HandOut value_hand_out(const Map& m, const void* value);
uint64_t hand_out_value(RunContext& ctx, const Map& m, void* value);
// Is p the bpf_spin_lock word of a value handed out to the program? (Load/store cannot touch that word, but
// bpf_spin_lock/unlock take it.)
bool spin_lock_word(RunContext& ctx, uint64_t p);

// The map in R1, checked against the env; fails the run if it is not one of the program's maps.
Map* need_map(RunContext& ctx, uint64_t r1);

// Who "current" is: the host thread (HelperConfig::use_host_identity) or the configured identity.
TaskIdentity current_identity(const HelperEnv& env);

// Each file adds its helpers.
void add_map_helpers(HelperTable& t);
void add_time_helpers(HelperTable& t);
void add_probe_helpers(HelperTable& t);
void add_printk_helpers(HelperTable& t);
void add_ringbuf_helpers(HelperTable& t);
void add_misc_helpers(HelperTable& t);
void add_xdp_helpers(HelperTable& t);
void add_skb_helpers(HelperTable& t);
void add_callback_helpers(HelperTable& t);
void add_redirect_helpers(HelperTable& t);
void add_stack_helpers(HelperTable& t);

void add_task_helpers(HelperTable& t);
void add_storage_helpers(HelperTable& t);
void add_skb_adjust_room(HelperTable& t);
void add_skb_tunnel_helpers(HelperTable& t);
void add_fib_helpers(HelperTable& t);
void add_cgroup_helpers(HelperTable& t);
void add_kptr_helpers(HelperTable& t);
// Stubs that fail the run for every tabled helper the table t does not implement (unimplemented.cc).
void add_unimplemented_helpers(HelperTable& t);

inline uint64_t err(int e) { return static_cast<uint64_t>(-static_cast<int64_t>(e)); }

}  // namespace helpers
}  // namespace bpfkit
