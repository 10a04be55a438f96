// The verifier log in the kernel's notation (print_verifier_state, print_reg_state, verbose_linfo): "R1=ctx()",
// "R0=map_value_or_null(id=1,map=m,ks=4,vs=8)", "R2=scalar(smin=...)", "fp-8=mmmmmmmm".
#include <algorithm>
#include <cinttypes>

#include "bpfkit/disasm.h"
#include "verifier/dynptr.h"
#include "verifier/env.h"

namespace bpfkit::verifier {

namespace {

std::string snum(int64_t v) {
  std::string s;
  append_snum(s, v);
  return s;
}

std::string unum(uint64_t v) {
  std::string s;
  append_unum(s, v);
  return s;
}

char slot_char(SlotType t) {
  switch (t) {
    case SlotType::Invalid: return '?';
    case SlotType::Spill: return 'r';
    case SlotType::Misc: return 'm';
    case SlotType::Zero: return '0';
    case SlotType::Iter: return 'i';
    case SlotType::Dynptr: return 'd';
  }
  return '?';
}

}  // namespace

std::string Env::reg_string(const FuncState& fr, const RegState& r) const {
  std::string s;
  if (r.type == RegType::Scalar && r.precise) s += "P";
  if (r.type == RegType::Scalar && r.b.is_const()) return s + snum(int64_t(r.b.const_value()));
  s += reg_type_str(r);
  if (r.type == RegType::PtrToStack) {
    if (fr.frameno != r.frameno) s += strf("[%u]", r.frameno);
    if (r.b.is_const()) return s + snum(int64_t(r.b.var_off.value) + r.off);
  }
  if (r.type == RegType::PtrToBtfId && r.btf_name) s += r.btf_name;
  std::vector<std::string> parts;
  // print_reg_state: "id=25+1" for a scalar derived from a linked one by adding a constant (BPF_ADD_CONST).
  if (r.id & ~kAddConst)
    parts.push_back(strf("id=%u", r.id & ~kAddConst) + (r.id & kAddConst ? strf("%+d", r.off) : std::string()));
  if (r.ref_obj_id) parts.push_back(strf("ref_obj_id=%u", r.ref_obj_id));
  if (r.type == RegType::ConstPtrToMap || r.type == RegType::PtrToMapKey || r.type == RegType::PtrToMapValue) {
    if (const MapSpec* m = map_of(r)) {
      // an inner map's template (inner_map_meta) has no name
      if (!m->name.empty() && size_t(r.map) < in.maps.size()) parts.push_back("map=" + m->name);
      parts.push_back(strf("ks=%u,vs=%u", m->key_size, m->value_size));
    }
  }
  if (r.type != RegType::Scalar && r.off) parts.push_back("off=" + snum(r.off));
  // The range goes through verbose_unum as a u64: a negative marker (BEYOND_PKT_END, AT_PKT_END) prints in hex.
  if (r.is_pkt()) parts.push_back("r=" + unum(uint64_t(int64_t(r.range))));
  if (r.type == RegType::PtrToMem) parts.push_back("sz=" + unum(r.mem_size));
  if (r.type == RegType::PtrToMem && r.slice_buf_frame >= 0)
    parts.push_back(strf("buf=fp[%d]", r.slice_buf_frame) + snum(r.slice_buf_off) + "+" + unum(r.mem_size));
  if (r.type == RegType::ConstPtrToDynptr) parts.push_back(strf("type=%s", dynptr_type_str(r.dynptr_type)));
  if (r.b.is_const()) {
    if (r.b.var_off.value) parts.push_back("imm=" + snum(int64_t(r.b.var_off.value)));
  } else {
    std::string ranges = r.b.to_string();
    if (!ranges.empty()) parts.push_back(ranges);
  }
  s += "(";
  for (size_t i = 0; i < parts.size(); i++) {
    if (i) s += ",";
    s += parts[i];
  }
  return s + ")";
}

std::string Env::state_string(const VerifierState& st, bool print_all, int frameno) {
  std::string s;
  const FuncState& fr = frameno >= 0 && size_t(frameno) < st.frames.size() ? st.frames[size_t(frameno)] : st.cur();
  if (fr.frameno) s += strf(" frame%u:", fr.frameno);
  for (int i = 0; i <= 10; i++) {
    const RegState& r = fr.regs[size_t(i)];
    if (r.type == RegType::NotInit) continue;
    if (!print_all && !(scratched_regs >> i & 1)) continue;
    s += strf(" R%d=", i) + reg_string(fr, r);
  }
  for (size_t i = 0; i < fr.stack.size(); i++) {
    const StackSlot& ss = fr.stack[i];
    if (!print_all && (i >= 64 || !(scratched_stack >> i & 1))) continue;
    std::string types;
    bool valid = false;
    for (SlotType t : ss.type) {
      valid |= t != SlotType::Invalid;
      types += slot_char(t);
    }
    if (!valid) continue;
    if (ss.type[7] == SlotType::Dynptr && i + 1 < fr.stack.size()) {
      // printed once, at the dynptr's first slot: fp-16=dynptr_ringbuf(ref_id=2)
      i++;
      const RegState& d = fr.stack[i].spilled;
      s += strf(" fp%d=dynptr_%s(", -int(i + 1) * 8, dynptr_type_str(d.dynptr_type));
      std::string fields;
      if (d.id) fields += strf("id=%u", d.id);
      if (d.ref_obj_id) fields += strf("%sref_id=%u", fields.empty() ? "" : ",", d.ref_obj_id);
      // The kernel prints reg->dynptr_id, which shares its bytes with dynptr.first_slot in bpf_reg_state's union:
      // for the slot it prints (the first) that is always 1.
      fields += strf("%sdynptr_id=1", fields.empty() ? "" : ",");
      s += fields + ")";
      continue;
    }
    if (ss.type[7] == SlotType::Iter) {
      // printed once, at the iterator's first slot (the deepest), the one the kernel gives its ref_obj_id
      const RegState& it = ss.spilled;
      if (i + 1 < fr.stack.size() && fr.stack[i + 1].type[7] == SlotType::Iter &&
          fr.stack[i + 1].spilled.ref_obj_id == it.ref_obj_id)
        continue;
      std::string name = it.btf_name ? it.btf_name : "";
      if (name.rfind("bpf_iter_", 0) == 0) name = name.substr(9);
      s += strf(" fp%d=iter_%s(ref_id=%u,state=%s,depth=%u)", -int(i + 1) * 8, name.c_str(), it.ref_obj_id,
                it.iter_state == kIterActive ? "active" : it.iter_state == kIterDrained ? "drained" : "<invalid>",
                it.iter_depth);
      continue;
    }
    s += strf(" fp%d=", -int(i + 1) * 8);
    if (ss.type[7] == SlotType::Spill) {
      size_t j = 0;
      while (j < 8 && ss.type[j] != SlotType::Spill) j++;
      s += types.substr(0, j) + reg_string(fr, ss.spilled);
    } else {
      s += types;
    }
  }
  bool first = true;
  for (const RefState& r : st.refs) {
    if (!r.id) continue;
    s += first ? strf(" refs=%u", r.id) : strf(",%u", r.id);
    first = false;
  }
  if (fr.in_callback) s += " cb";
  if (!print_all) mark_verifier_state_clean();
  return s;
}

void Env::print_insn_state(int idx) {
  if (prev_log_pos && prev_log_pos == log.size()) {
    // vlog_alignment: past the instruction by at least 4 columns, at a multiple of 8, at least column 40
    size_t col = std::max(prev_insn_print_pos + 4, size_t(40));
    col = (col + 7) / 8 * 8;
    log.resize(prev_log_pos - 1);
    log += std::string(col - prev_insn_print_pos - 1, ' ') + ";";
  } else {
    log += strf("%d:", idx);
  }
  log += state_string(cur, false) + "\n";
}

std::string Env::insn_log_text(int idx) {
  const Insn& i = insn(idx);
  // print_bpf_insn without an immediate callback: an LD_IMM64 prints its 64-bit immediate in hex, whatever its
  // src (a subprogram's relative offset stays as it is). Map addresses bpfkit cannot know: those print as
  // map[fd:N].
  if (is_ld_imm64(i) && idx + 1 < insn_cnt() && i.src != op::PSEUDO_MAP_FD && i.src != op::PSEUDO_MAP_VALUE &&
      i.src != op::PSEUDO_MAP_IDX && i.src != op::PSEUDO_MAP_IDX_VALUE && i.src != op::PSEUDO_BTF_ID) {
    uint64_t imm = uint64_t(uint32_t(insn(idx + 1).imm)) << 32 | uint32_t(i.imm);
    return strf("r%d = 0x%" PRIx64, int(i.dst), imm);
  }
  // a kfunc call: its name and its id in the kernel's BTF (disasm_kfunc_name)
  if (i.opcode == (op::JMP | op::CALL) && i.src == op::PSEUDO_KFUNC_CALL) {
    if (const KfuncCall* c = kfunc_call_at(idx)) {
      const KfuncDesc* d = kfunc_desc(*c);
      // a __weak kfunc the kernel lacks keeps imm 0, which names nothing
      if (d && d->missing) return strf("call #%d", i.imm);
      return strf("call %s#%d", c->name.c_str(), d && d->func_id ? int(d->func_id) : i.imm);
    }
  }
  std::string text = disassemble_insn(in.insns, size_t(idx), AsmSyntax::Verifier);
  if (text != "<unknown>") return text;
  // print_bpf_insn does not look at the fields the checks reject (a register in a K-form ALU instruction, an
  // immediate in an X form): print the instruction without them
  std::vector<Insn> copy(in.insns.begin() + idx, in.insns.begin() + std::min(idx + 2, insn_cnt()));
  Insn& c = copy[0];
  const uint8_t cls = op::cls(c.opcode);
  if (cls == op::ALU || cls == op::ALU64 || cls == op::JMP || cls == op::JMP32) {
    if (op::source(c.opcode) == op::K) c.src = 0;
    else c.imm = 0;
  } else if (cls == op::LDX || cls == op::STX) {
    c.imm = 0;
  } else if (cls == op::ST) {
    c.src = 0;
  }
  text = disassemble_insn(copy, 0, AsmSyntax::Verifier);
  return text != "<unknown>" ? text : strf("BUG_%02x", c.opcode);
}

void Env::print_insn_log(int idx) {
  // verbose_linfo: the line_info record covering idx (the last at or before it), when it is not the one printed
  // last.
  const LinkedLineInfo* li = nullptr;
  auto it = std::upper_bound(in.line_info.begin(), in.line_info.end(), int64_t(idx),
                             [](int64_t i, const LinkedLineInfo& l) { return i < int64_t(l.insn); });
  if (it != in.line_info.begin()) li = &*std::prev(it);
  // A record of the same file and line as the one printed last is not printed again (another column of it).
  if (li && li != prev_linfo &&
      !(prev_linfo && prev_linfo->line_num == li->line_num && prev_linfo->file_name == li->file_name)) {
    std::string file = li->file_name;
    if (auto slash = file.rfind('/'); slash != std::string::npos) file = file.substr(slash + 1);
    std::string code = li->line;
    size_t b = code.find_first_not_of(" \t\n\v\f\r");
    code = b == std::string::npos ? "" : code.substr(b);
    verbose(strf("; %s @ %s:%u\n", code.c_str(), file.c_str(), li->line_num));
    prev_linfo = li;
  }
  prev_log_pos = log.size();
  // (libbpf rewrites a poisoned CO-RE call's line, "call unknown#195896080", into "<invalid CO-RE relocation>" in
  // the log it hands back; the kernel's own line is this one)
  verbose(strf("%d: (%02x) ", idx, insn(idx).opcode) + insn_log_text(idx) + "\n");
  prev_insn_print_pos = log.size() - prev_log_pos;
  prev_log_pos = log.size();
}

void log_subprog_starts(Env& e) {
  // add_subprog_and_kfunc: the main program, then every bpf-to-bpf call's and callback reference's target, by
  // start; nothing when a target is out of the program (the error comes later, from bpfkit's CFG check)
  std::vector<int64_t> starts{0};
  for (int i = 0; i < e.insn_cnt(); i++) {
    const Insn& in = e.insn(i);
    const bool call = in.opcode == (op::JMP | op::CALL) && in.src == op::PSEUDO_CALL;
    const bool func = is_ld_imm64(in) && in.src == op::PSEUDO_FUNC;
    if (!call && !func) continue;
    const int64_t target = int64_t(i) + in.imm + 1;
    if (target < 0 || target >= e.insn_cnt()) return;
    starts.push_back(target);
  }
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  for (size_t i = 0; i < starts.size(); i++) e.verbose(strf("func#%zu @%lld\n", i, (long long)starts[i]));
}

void log_live_registers(Env& e) {
  // compute_live_registers' table: the instruction's loop (scc) if any, the registers live before it
  e.verbose("Live regs before insn:\n");
  for (int i = 0; i < e.insn_cnt(); i++) {
    const InsnAux& a = e.aux[size_t(i)];
    std::string line = a.scc ? strf("%3u ", a.scc) : std::string("    ");
    line += strf("%3d: ", i);
    for (int r = 0; r < 10; r++) line += (a.live_regs_before >> r) & 1 ? char('0' + r) : '.';
    line += strf(" (%02x) ", e.insn(i).opcode) + e.insn_log_text(i) + "\n";
    e.verbose(line);
    if (is_ld_imm64(e.insn(i))) i++;
  }
}

std::string fmt_reg_mask(uint16_t mask) {
  std::string s;
  for (int r = 0; r < 16; r++) {
    if (!((mask >> r) & 1)) continue;
    if (!s.empty()) s += ',';
    s += 'r' + std::to_string(r);
  }
  return s;
}

std::string fmt_stack_mask(uint64_t mask) {
  std::string s;
  for (int i = 0; i < 64; i++) {
    if (!((mask >> i) & 1)) continue;
    if (!s.empty()) s += ',';
    s += std::to_string(-(i + 1) * 8);
  }
  return s;
}

}  // namespace bpfkit::verifier
