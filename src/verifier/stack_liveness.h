// Live stack slots, as 6.18 computes them (kernel/bpf/liveness.c): which 8-byte slots of each frame some path
// from an instruction may still read. is_state_visited uses the answer to forget dead slots of a finished saved
// state before comparing it (clean_live_states), so that pruning ignores stack the rest of the program never
// reads, and processed-instruction counts follow the kernel's.
//
// The analysis is per call chain: the same subprogram reached through different call sites has separate marks.
// While do_check walks a path it records, per (call chain, instruction), the slots the instruction may read (a
// union over every visit) and the slots it always writes (an intersection); whenever a path ends or returns from
// a subprogram, a backward data flow turns them into live-before sets, and a callee's entry sets are carried to
// its call site in the caller's chain. Marks only grow (reads) or shrink (writes), so a saved state whose paths
// are all explored has every mark that matters for it.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <span>
#include <string>
#include <vector>

#include "bpfkit/insn.h"
#include "verifier/cfg.h"
#include "verifier/reg_state.h"

namespace bpfkit::verifier {

// fmt_reg_mask / bpf_fmt_stack_mask (log.cc): "r1,r6" and "-8,-24", for the precision and liveness log lines.
std::string fmt_reg_mask(uint16_t mask);
std::string fmt_stack_mask(uint64_t mask);

class StackLiveness {
 public:
  void init(const CfgInfo& cfg, std::span<const Insn> insns);
  // The level-2 log (liveness.c's lines: "(0) frame 0 insn 8 +live -16 ", "(0) live stack update done in 2
  // iterations"), written to *log; prune_point tells which instructions the kernel logs even without marks.
  void set_log(std::string* log, std::function<bool(int)> prune_point) {
    log_ = log;
    prune_point_ = std::move(prune_point);
  }

  // Around one instruction of do_check (bpf_reset_stack_write_marks / bpf_commit_stack_write_marks): the writes
  // marked in between belong to instruction idx of st's call chain. A call chain change in between (entering or
  // leaving a subprogram) drops them, as the kernel's reset of its current instance does.
  void begin_insn(const VerifierState& st, int idx);
  void mark_write(uint32_t frame, uint64_t slots);
  void end_insn();
  // The instruction of st at idx may read these slots of frame `frame`.
  void mark_read(const VerifierState& st, uint32_t frame, int idx, uint64_t slots);
  // The current state entered a subprogram.
  void callchain_changed() { writes_valid_ = false; }
  // bpf_update_live_stack: settles the marks of every call chain of st (innermost first), before a path ends or
  // returns from a subprogram.
  void update(const VerifierState& st);
  // bpf_stack_slot_alive for a saved state: may slot spi of frame `frameno` be read after st's position?
  bool slot_alive(const VerifierState& st, uint32_t frameno, uint32_t spi, const std::function<bool(int)>& calls_callback);

 private:
  struct Masks {
    uint64_t may_read = 0;
    uint64_t must_write = 0;
    uint64_t must_write_acc = 0;  // written by this instruction or on every path after it, in the subprogram
    uint64_t live_before = 0;
  };
  // The call sites of frames 1..n, then the start of frame n's subprogram.
  struct Key {
    std::array<int32_t, 9> v{};
    uint8_t len = 0;
    bool operator<(const Key& o) const { return len != o.len ? len < o.len : v < o.v; }
    bool operator==(const Key& o) const { return len == o.len && v == o.v; }
  };
  struct Instance {
    Key key;
    uint32_t start = 0, count = 0;
    std::vector<std::vector<Masks>> frames;  // per frame of the chain; an empty vector: no marks yet
    std::vector<uint8_t> must_write_set;     // per instruction: must_write holds a first visit's writes
    bool updated = false;
    bool must_write_dropped = false;
  };

  static Key key_of(const VerifierState& st, uint32_t frameno, const CfgInfo& cfg);
  Instance& instance(const Key& key);
  Masks* masks(Instance& inst, uint32_t frame, int idx, bool create);
  void add_read(Instance& inst, uint32_t frame, int idx, uint64_t slots);
  void commit_writes(Instance& inst, int idx, const std::array<uint64_t, 8>& writes, uint32_t frames);
  void update_instance(Instance& inst);
  bool update_insn(Instance& inst, uint32_t frame, int idx);
  void propagate_to_caller(Instance& inst);
  static std::string callchain_string(const Instance& inst);
  void log_mask_change(const Instance& inst, const char* what, uint32_t frame, int idx, uint64_t old_mask,
                       uint64_t new_mask);

  const CfgInfo* cfg_ = nullptr;
  std::span<const Insn> insns_;
  // compute_postorder: each subprogram's instructions in the postorder of a depth-first walk from its start (the
  // order, hence the log and the round count, of the kernel's fixed point); subprogram s owns
  // postorder_[postorder_start_[s] .. postorder_start_[s + 1]).
  std::vector<int> postorder_;
  std::vector<uint32_t> postorder_start_;
  std::vector<int> exit_jump_;  // per instruction: the subprogram exit a tail call or LD_ABS/IND may jump to, or -1
  std::string* log_ = nullptr;
  std::function<bool(int)> prune_point_;
  std::map<Key, Instance> instances_;
  // the instruction whose writes are being collected
  Instance* write_inst_ = nullptr;
  int write_idx_ = -1;
  bool writes_valid_ = false;
  std::array<uint64_t, 8> write_acc_{};
  // a one-entry cache of key_of for the current state's chain
  Key last_key_;
  Instance* last_inst_ = nullptr;
};

}  // namespace bpfkit::verifier
