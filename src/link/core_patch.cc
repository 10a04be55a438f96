// Instruction patching for CO-RE (relo_core.c's bpf_core_patch_insn): the relocated value goes into an ALU
// immediate, a load/store offset (with the access width adjusted when the field's size changed) or an LD_IMM64.
// The compiled value is checked first where it is meaningful, as libbpf checks it.
#include <cerrno>
#include <climits>

#include <fmt/format.h>

#include "link/core_internal.h"

namespace bpfkit::core_detail {
namespace {

int size_bytes(uint8_t opcode) {
  switch (op::size(opcode)) {
    case op::DW: return 8;
    case op::W: return 4;
    case op::H: return 2;
    case op::B: return 1;
  }
  return -1;
}

int bpf_size(uint32_t bytes) {
  switch (bytes) {
    case 8: return op::DW;
    case 4: return op::W;
    case 2: return op::H;
    case 1: return op::B;
  }
  return -1;
}

int poison(Insn* insn, size_t avail) {
  if (is_ld_imm64(insn[0]) && avail > 1) poison_insn(insn[1]);
  poison_insn(insn[0]);
  return 0;
}

}  // namespace

void poison_insn(Insn& insn) {
  insn.opcode = op::JMP | op::CALL;
  insn.dst = 0;
  insn.src = 0;
  insn.off = 0;
  insn.imm = kPoisonedCallImm;
}

int patch_insn(Insn* insn, size_t avail, const ReloResult& res, std::string& failure) {
  if (res.poison) return poison(insn, avail);
  const uint64_t orig_val = res.orig_val, new_val = res.new_val;
  switch (op::cls(insn->opcode)) {
    case op::ALU:
    case op::ALU64:
      if (op::source(insn->opcode) != op::K) {
        failure = "ALU instruction with a register operand";
        return -EINVAL;
      }
      if (res.validate && uint64_t(int64_t(insn->imm)) != orig_val) {
        failure = fmt::format("unexpected ALU/ALU64 value: got {}, exp {} -> {}", uint32_t(insn->imm), orig_val,
                              new_val);
        return -EINVAL;
      }
      insn->imm = int32_t(uint32_t(new_val));
      return 0;
    case op::LDX:
    case op::ST:
    case op::STX: {
      if (res.validate && uint64_t(int64_t(insn->off)) != orig_val) {
        failure = fmt::format("unexpected LDX/ST/STX value: got {}, exp {} -> {}", uint32_t(int32_t(insn->off)),
                              orig_val, new_val);
        return -EINVAL;
      }
      if (new_val > uint64_t(SHRT_MAX)) {
        failure = fmt::format("LDX/ST/STX value too big: {}", new_val);
        return -ERANGE;
      }
      if (res.fail_memsz_adjust) return poison(insn, avail);
      insn->off = int16_t(new_val);
      if (res.new_sz != res.orig_sz) {
        const int bytes = size_bytes(insn->opcode);
        if (bytes < 0 || uint32_t(bytes) != res.orig_sz) {
          failure = fmt::format("LDX/ST/STX unexpected mem size: got {}, exp {}", bytes, res.orig_sz);
          return -EINVAL;
        }
        const int sz = bpf_size(res.new_sz);
        if (sz < 0) {
          failure = fmt::format("LDX/ST/STX invalid new mem size: {}", res.new_sz);
          return -EINVAL;
        }
        insn->opcode = uint8_t(op::mode(insn->opcode) | sz | op::cls(insn->opcode));
      }
      return 0;
    }
    case op::LD: {
      if (!is_ld_imm64(insn[0]) || avail < 2 || insn[0].src != 0 || insn[0].off != 0 || insn[1].opcode != 0 ||
          insn[1].dst != 0 || insn[1].src != 0 || insn[1].off != 0) {
        failure = "LDIMM64 has unexpected form";
        return -EINVAL;
      }
      const uint64_t imm = uint64_t(uint32_t(insn[0].imm)) | (uint64_t(uint32_t(insn[1].imm)) << 32);
      if (res.validate && imm != orig_val) {
        failure = fmt::format("unexpected LDIMM64 value: got {}, exp {} -> {}", imm, orig_val, new_val);
        return -EINVAL;
      }
      insn[0].imm = int32_t(uint32_t(new_val));
      insn[1].imm = int32_t(uint32_t(new_val >> 32));
      return 0;
    }
    default:
      failure = fmt::format("trying to relocate unrecognized insn, code:{:#x}, src:{:#x}, dst:{:#x}, off:{:#x}, "
                            "imm:{:#x}",
                            insn->opcode, unsigned(insn->src), unsigned(insn->dst), uint16_t(insn->off), uint32_t(insn->imm));
      return -EINVAL;
  }
}

}  // namespace bpfkit::core_detail
