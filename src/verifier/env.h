// struct bpf_verifier_env: what do_check and the checks it calls share while one program is verified. Each check
// returns false after it has written the kernel's message (Env::err); the last message is the verdict's error line.
#pragma once

#include <cstdarg>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "bpfkit/helper_protos.h"
#include "bpfkit/verifier.h"
#include "verifier/cfg.h"
#include "verifier/reg_state.h"
#include "verifier/stack_liveness.h"

namespace bpfkit::verifier {

inline constexpr int kMaxBpfStack = 512;
inline constexpr int kMaxCallFrames = 8;
inline constexpr int64_t kMaxVarOff = 1 << 29;   // BPF_MAX_VAR_OFF
inline constexpr int64_t kMaxVarSiz = 1 << 29;   // BPF_MAX_VAR_SIZ
inline constexpr uint64_t kMaxPacketOff = 0xffff;

struct InsnAux {
  bool seen = false;
  bool ptr_type_set = false;
  RegType ptr_type = RegType::NotInit;   // save_aux_ptr_type
  uint16_t live_regs_before = 0x7ff;     // compute_live_registers: registers read before written from here
  bool calls_callback = false;
  bool prune_point = false;
  bool force_checkpoint = false;
  bool jmp_point = false;
  uint32_t scc = 0;  // compute_scc: the strongly connected component (loop) the instruction is in, 0 for none
  // loop_inline_state of a bpf_loop call: whether every visit so far had flags 0 and the same callback
  bool loop_inline_initialized = false;
  bool loop_fit_for_inline = false;
  int loop_callback_subprog = -1;
};

std::string strf(const char* fmt, ...) __attribute__((format(printf, 1, 2)));

struct RawModeOut;  // check_stack.h
struct SubprogArgs;  // subprog_args.h

class Env {
 public:
  Env(const VerifierInput& input, const VerifyOptions& options);

  const VerifierInput& in;
  const VerifyOptions& opt;
  bool priv;  // allow_ptr_leaks, allow_uninit_stack, bpf_capable, bypass_spec_v1/v4: all root or none here

  CfgInfo cfg;
  std::vector<InsnAux> aux;
  std::vector<uint32_t> stack_depth;  // per subprogram, the deepest fixed offset used, rounded as the kernel prints it
  // per subprogram: a call to this global function was verified (func_info_aux.called); 6.8+ verifies only those
  std::vector<bool> global_called;
  std::vector<bool> static_call_unreliable;  // btf_check_subprog_call failed once for this static subprogram
  // per subprogram: btf_prepare_func_args' answer (subprog_args.h), computed at the first call or verification
  std::map<uint32_t, std::shared_ptr<const SubprogArgs>> subprog_args;

  VerifierState cur;
  struct Pending {
    VerifierState st;
    size_t log_pos = 0;  // the log's end when the branch was pushed: a level-1 log goes back there at its pop
  };
  std::vector<Pending> pending;       // push_stack's stack of unexplored branches
  std::deque<Checkpoint> checkpoints;
  std::vector<std::vector<Checkpoint*>> explored;  // per instruction

  uint32_t id_gen = 0;
  uint64_t insn_processed = 0, prev_insn_processed = 0;
  uint64_t jmps_processed = 0, prev_jmps_processed = 0;
  uint32_t total_states = 0, peak_states = 0, live_states = 0, max_states_per_insn = 0;
  // update_peak_states: saved states in the lists, evicted ones not yet freed, and loop backedges held
  uint32_t explored_states_size = 0, free_list_size = 0, num_backedges = 0;
  void update_peak_states() {
    peak_states = std::max(peak_states, explored_states_size + free_list_size + num_backedges);
  }
  // explored_state(): the kernel's hash list of saved states for an instruction, by the instruction and the call
  // site of the state's frame; a list may hold states of other instructions (which count in max_states_per_insn).
  std::vector<Checkpoint*>& explored_list(int idx, const VerifierState& st) {
    return explored[size_t(uint32_t(idx ^ st.cur().callsite) % uint32_t(insn_cnt()))];
  }
  void maybe_free_verifier_state(Checkpoint* cp);
  StackLiveness stack_live;
  // The current instruction may read these stack slots of `frame` (bpf_mark_stack_read).
  void mark_stack_read(uint32_t frame, uint64_t slots) { stack_live.mark_read(cur, frame, cur.insn_idx, slots); }

  std::string log;        // the level 1/2 log
  std::string error;      // last error line
  // the argument check's own line when a call to a global function is refused ("arg#0 is expected to be
  // non-NULL"), which the last line ("Caller passes invalid args into func#N") does not say; for the explanation
  std::string error_cause;
  int64_t err_insn = -1;

  // The registers and stack slots (by spi) the instructions since the last state line touched
  // (mark_reg_scratched, mark_stack_slot_scratched): the state after an instruction shows only these.
  uint32_t scratched_regs = ~0u;
  uint64_t scratched_stack = ~0ull;
  // Where the last instruction line ended and how long it was: a state line that follows it directly goes on the
  // same line, after "; " at the kernel's alignment.
  size_t prev_log_pos = 0, prev_insn_print_pos = 0;
  const LinkedLineInfo* prev_linfo = nullptr;  // the source line printed last (verbose_linfo)
  void mark_reg_scratched(int regno) { scratched_regs |= 1u << regno; }
  void mark_stack_slot_scratched(int spi) {
    if (spi >= 0 && spi < 64) scratched_stack |= 1ull << spi;
  }
  void mark_verifier_state_scratched() {
    scratched_regs = ~0u;
    scratched_stack = ~0ull;
  }
  void mark_verifier_state_clean() { scratched_regs = 0, scratched_stack = 0; }

  bool log1() const { return opt.log_level >= 1; }
  bool log2() const { return opt.log_level >= 2; }
  // A log line (kernel verbose()): always kept as the latest message, written to the log at level >= 1.
  bool err(std::string msg);
  // The few kernel messages printed without their newline: the next log text runs on after them.
  bool err_unterminated(std::string msg) {
    if (log1()) log += msg;
    error = std::move(msg);
    return false;
  }
  void verbose(const std::string& s) {
    if (log1()) log += s;
  }

  const Insn& insn(int idx) const { return in.insns[size_t(idx)]; }
  int insn_cnt() const { return int(in.insns.size()); }
  std::array<RegState, 11>& regs() { return cur.regs(); }
  FuncState& func(const RegState& ptr) { return cur.frames[ptr.frameno]; }
  // Maps by RegState::map: the program's maps, then inner-map templates found through map-in-map lookups.
  struct ExtraMap {
    MapSpec spec;
    const MapSpec* origin = nullptr;
  };
  std::vector<ExtraMap> extra_maps;
  const MapSpec* map_of_index(int32_t idx) const {
    if (idx < 0) return nullptr;
    if (size_t(idx) < in.maps.size()) return &in.maps[size_t(idx)];
    size_t e = size_t(idx) - in.maps.size();
    return e < extra_maps.size() ? &extra_maps[e].spec : nullptr;
  }
  const MapSpec* map_of(const RegState& r) const { return map_of_index(r.map); }
  uint32_t inner_map_index(int32_t outer);
  // Set by a check when no value satisfies the path any more (both branches of a jump impossible).
  bool path_ends = false;

  // register_is_null for an argument or stored value: a known-0 scalar there decides what is checked, so the
  // running 6.18 kernel marks it precise (its level-2 log shows the backtracking at each such use)
  bool register_is_null(int regno) {
    if (!regs()[size_t(regno)].is_null()) return false;
    mark_chain_precision(regno);
    return true;
  }
  // check_reg_arg
  bool check_reg_read(int regno);
  bool check_reg_write(int regno, bool mark_unknown);
  bool is_pointer_value(int regno) { return !priv && regs()[size_t(regno)].is_pointer(); }
  void mark_reg_unknown(RegState& r) { r = make_scalar_unknown(); r.written = true; }
  void mark_reg_not_init(RegState& r) { r = RegState{}; r.written = true; }
  // R0-R5 after a call: not initialised (and scratched, as the kernel's check_reg_arg on each marks them).
  void clear_caller_saved_regs(std::array<RegState, 11>& R) {
    for (int r = 0; r <= 5; r++) {
      mark_reg_not_init(R[size_t(r)]);
      mark_reg_scratched(r);
    }
  }
  uint32_t new_id() { return ++id_gen; }
  // A linked-scalar id for `r` if it has none, before it is copied (assign_scalar_id_before_mov).
  void assign_scalar_id_before_mov(RegState& r);

  // check_alu.cc
  bool check_alu_op(const Insn& insn);
  // check_mem.cc
  bool check_mem_access(int insn_idx, int regno, int off, int size, bool write, int value_regno,
                        bool strict_alignment_once, bool is_ldsx, const RegState* st_imm = nullptr);
  bool check_load_mem(const Insn& insn);
  bool check_store(const Insn& insn);
  bool check_atomic(const Insn& insn);
  bool check_ld_imm(int idx);
  bool check_ld_abs(const Insn& insn, int& next);
  bool check_helper_mem_access(int regno, int64_t access_size, bool write, bool zero_size_allowed,
                               RawModeOut* raw);
  bool check_mem_region_access(int regno, int64_t off, int64_t size, uint32_t mem_size, bool zero_size_allowed);
  bool check_packet_access(int regno, int off, int size, bool zero_size_allowed);
  // helper: a helper's access (ACCESS_HELPER), which may not touch a kptr at all
  bool check_map_access(int regno, int off, int size, bool zero_size_allowed, bool helper = false);
  bool check_map_access_type(int regno, int off, int size, bool write);
  bool check_ptr_off_reg(const RegState& reg, int regno, bool fixed_off_ok);
  // check_jmp.cc
  bool check_cond_jmp(const Insn& insn, int& idx);
  void mark_ptr_or_null_regs(VerifierState& st, int regno, bool is_null);
  bool push_stack(int insn_idx, int prev_idx, VerifierState** out = nullptr);
  // check_call.cc
  bool check_helper_call(const Insn& insn, int& idx);
  bool check_func_call(const Insn& insn, int& idx);
  bool push_callback_call(int idx, uint32_t subprog, int32_t func_id, int map);
  bool check_kfunc_call(const Insn& insn, int& idx);
  // check_kfunc.cc: iterator next() calls are checkpoints where a loop may converge (is_state_visited)
  void mark_kfunc_points();
  bool is_iter_next_insn(int idx) const;
  bool iter_next_loop_ok(int idx) const;  // the iterator R1 points to is still active
  // btf_access.cc
  bool check_ptr_to_btf_access(int regno, int off, int size, bool write, int value_regno);
  bool check_btf_ctx_access(int off, int size, bool write, int value_regno);
  // struct_ops.cc: check_struct_ops_btf_id, once before do_check (false: refused, with the kernel's message or, as
  // the kernel without an attach_btf_id, none)
  bool check_struct_ops_btf_id();
  // The struct_ops member the program implements, from the kernel's BTF (null proto: no kernel BTF, so the
  // context is read as MAX_BPF_FUNC_REG_ARGS u64s and the return value is not checked).
  struct StructOpsAttach {
    std::string type;                      // "tcp_congestion_ops"
    std::string member;                    // "ssthresh"
    uint32_t member_idx = 0;               // expected_attach_type as libbpf sets it
    const btf::Type* proto = nullptr;      // the member's FUNC_PROTO in the kernel's BTF
  };
  StructOpsAttach st_ops;
  // bpf_tcp_ca_btf_struct_access: a write through a tcp_congestion_ops program's BTF pointer
  bool tcp_ca_btf_struct_access(const RegState& reg, int off, int size);
  // The kernel's BTF, read on first use (VerifyOptions::kernel_btf); nullptr when there is none.
  const btf::Btf* kernel_btf();
  std::shared_ptr<const btf::Btf> kernel_btf_;
  bool kernel_btf_read_ = false;
  const KfuncCall* kfunc_call_at(int idx) const;
  // Per entry of in.kfunc_calls: the kfunc as the kernel's BTF has it, resolved on first use.
  struct KfuncDesc {
    bool resolved = false;
    bool missing = false;               // not in the kernel: the call keeps imm 0
    const btf::Btf* btf = nullptr;      // where `proto` is: the kernel's BTF, or the program's
    btf::TypeId proto = 0;              // FUNC_PROTO
    btf::TypeId func_id = 0;            // the FUNC in the kernel's BTF: the call's imm once libbpf resolved it
    uint32_t flags = 0;                 // KF_*
  };
  std::vector<KfuncDesc> kfunc_descs;
  const KfuncDesc* kfunc_desc(const KfuncCall& call);
  bool prepare_func_exit(int& idx);
  bool check_resource_leak(bool exception_exit, bool check_lock, const char* prefix);
  bool check_return_code();
  bool release_reference(uint32_t ref_obj_id);
  void clear_all_pkt_pointers();
  // precision.cc: the kernel's precision tracking (mark_chain_precision and friends)
  void push_insn_history(int stack_frame = -1, int stack_spi = -1, const HistEntry* linked = nullptr);
  bool hist_ent_open = false;  // the current instruction has its history entry already (reset per instruction)
  void mark_chain_precision(int regno);
  void mark_stack_slot_precision(uint32_t frameno, int spi);
  // propagate_precision: old's precise scalars are needed on `start`'s path too (start: the current state or a
  // backedge's copy of it)
  void propagate_precision(const VerifierState& old, VerifierState& start, bool* changed = nullptr);
  // every scalar of the states `st` descends from (not st itself); true if it set any mark
  bool mark_all_scalars_precise(const VerifierState& st);
  // After a callback returns to its call site: scalars that differ from the loop's previous entry there and are
  // not precise become unknown, so that a counter in the callback's context converges (widen_imprecise_scalars).
  void widen_after_callback(int callsite);
  // find_prev_entry: the newest saved state at idx still being explored on `of`'s path, saved before `of`.
  const VerifierState* find_prev_entry(int idx, const VerifierState& of) const;
  // widen_imprecise_scalars: into's scalars (registers and spills, every frame) that differ from prev's and are
  // not precise on either side become unknown.
  void widen_imprecise_scalars(const VerifierState& prev, VerifierState& into);
  // collect_linked_regs: scalars sharing id's base id, for the history entry of a conditional jump
  void collect_linked_regs(uint32_t id, HistEntry& into);
  // scc.cc: loops (strongly connected components) and the backedges whose precision is settled when a loop's
  // exploration ends (maybe_enter_scc, maybe_exit_scc, add_scc_backedge, propagate_backedges)
  void compute_scc();
  void maybe_enter_scc(Checkpoint* cp);
  void maybe_exit_scc(Checkpoint* cp);
  bool incomplete_read_marks(const VerifierState& st);
  void add_scc_backedge(const VerifierState& old, int insn_idx);
  struct Backedge {
    VerifierState state;
    const VerifierState* equal = nullptr;
  };
  struct SccVisit {
    Checkpoint* entry = nullptr;
    std::vector<Backedge> backedges;
  };
  std::map<std::vector<int32_t>, SccVisit> scc_visits;  // by callchain: callsites, then the scc
  // prune.cc
  // is_state_visited: 1 when `cur` is covered by a saved state (prune), 0 to go on, -1 on error.
  int is_state_visited(int insn_idx);
  void clean_live_states(int insn_idx);
  void clean_verifier_state(VerifierState& st);
  void update_branch_counts(Checkpoint* cp);
  // log.cc
  // print_verifier_state of the current frame: every register and slot, or with print_all false only the
  // scratched ones (and the marks are cleared).
  std::string state_string(const VerifierState& st, bool print_all = true, int frameno = -1);
  std::string reg_string(const FuncState& fr, const RegState& r) const;
  // The state line owed to the previous instruction (print_insn_state): on that instruction's line when nothing
  // came between, else on a line of its own starting "N:".
  void print_insn_state(int idx);
  // The source line (when it changes) and the instruction, at log level 1 and 2.
  void print_insn_log(int idx);
  std::string insn_log_text(int idx);
};

// The level-2 log's preamble (log.cc): "func#N @start" per subprogram and the live registers per instruction.
void log_subprog_starts(Env& e);
void log_live_registers(Env& e);

// may_access_direct_pkt_data for a program type (check_mem.cc)
bool may_access_direct_pkt_data(ProgType t, bool write);

// helper_protos.h has no names for helpers it does not table; the disassembler's table has them all.
const char* func_id_name(int32_t id);

}  // namespace bpfkit::verifier
