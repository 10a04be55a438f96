#include "support/kernel_runner.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "support/kernel_refusal.h"

#ifdef BPFKIT_HAVE_LIBBPF
#include <bpf/bpf.h>
#include <linux/bpf.h>
#endif

namespace bpfkit::testing {
namespace {

// struct __sk_buff offsets of data and data_end (include/uapi/linux/bpf.h).
constexpr int16_t kSkbData = 76;
constexpr int16_t kSkbDataEnd = 80;
// R0 of the bounds-check failure path; the harness checks the packet is big enough, so it should never show.
constexpr int32_t kShortPacketRet = 0x5badbad;
constexpr int32_t kEpilogueMarker = 0x600df00d;
constexpr uint64_t kSeedR0 = 0xdeadbeefcafef00dULL;

Insn mk(uint8_t opcode, uint8_t dst, uint8_t src, int16_t off, int32_t imm) {
  Insn i;
  i.opcode = opcode;
  i.dst = dst;
  i.src = src;
  i.off = off;
  i.imm = imm;
  return i;
}

bool is_pseudo_call(const Insn& i) { return i.opcode == (op::JMP | op::CALL) && i.src == op::PSEUDO_CALL; }
bool is_pseudo_func(const Insn& i) { return is_ld_imm64(i) && i.src == op::PSEUDO_FUNC; }

// Index of the first subprogram, or prog.size() if there is none: the main program is [0, result).
size_t main_end(std::span<const Insn> prog) {
  size_t end = prog.size();
  for (size_t i = 0; i < prog.size(); ++i) {
    if (is_pseudo_call(prog[i]) || is_pseudo_func(prog[i])) {
      int64_t target = int64_t(i) + 1 + prog[i].imm;
      if (target > 0 && size_t(target) < end) end = size_t(target);
    }
  }
  return end;
}

}  // namespace

bool has_packet_load(std::span<const Insn> prog) {
  for (const auto& i : prog) {
    if (op::cls(i.opcode) == op::LD && (op::mode(i.opcode) == op::ABS || op::mode(i.opcode) == op::IND)) return true;
  }
  return false;
}

std::vector<Insn> wrap_raw_program(std::span<const Insn> prog, uint32_t mem_len, int map_fd) {
  const int32_t len = int32_t(mem_len);
  std::vector<Insn> out = {
      mk(op::ALU64 | op::MOV | op::X, 6, 1, 0, 0),              // r6 = r1 (ctx, for LD_ABS)
      mk(op::LDX | op::W | op::MEM, 2, 6, kSkbDataEnd, 0),      // r2 = data_end
      mk(op::LDX | op::W | op::MEM, 1, 6, kSkbData, 0),         // r1 = data
      mk(op::ALU64 | op::ADD | op::K, 1, 0, 0, len),            // r1 += len
      mk(op::JMP | op::JLE | op::X, 1, 2, 2, 0),                // if r1 <= r2 goto +2
      mk(op::ALU64 | op::MOV | op::K, 0, 0, 0, kShortPacketRet),
      mk(op::JMP | op::JA, 0, 0, 0, 0),  // to the epilogue (patched below), which so is always reachable
      // Subtracting a constant keeps the verified range, so r1 = data with [data, data + len) readable.
      mk(op::ALU64 | op::SUB | op::K, 1, 0, 0, len),
      mk(op::ALU64 | op::MOV | op::K, 2, 0, 0, len),            // r2 = len
  };
  const size_t base = out.size();
  const size_t short_packet_ja = out.size() - 3;
  const size_t end = main_end(prog);
  out[short_packet_ja].off = int16_t(base + end - short_packet_ja - 1);
  const std::vector<Insn> epilogue = {
      mk(kLdImm64, 1, op::PSEUDO_MAP_VALUE, 0, map_fd), mk(0, 0, 0, 0, 0),  // r1 = &value (offset 0)
      mk(op::STX | op::DW | op::MEM, 1, 0, 0, 0),                          // *(u64 *)(r1 + 0) = r0
      mk(op::ST | op::DW | op::MEM, 1, 0, 8, kEpilogueMarker),             // *(u64 *)(r1 + 8) = marker
      mk(op::JMP | op::EXIT, 0, 0, 0, 0),
  };
  for (size_t i = 0; i < prog.size(); ++i) {
    Insn insn = prog[i];
    if (i < end) {
      if (insn.opcode == (op::JMP | op::EXIT)) {
        insn = mk(op::JMP | op::JA, 0, 0, int16_t(end - i - 1), 0);
      } else if ((is_pseudo_call(insn) || is_pseudo_func(insn)) && int64_t(i) + 1 + insn.imm >= int64_t(end)) {
        insn.imm += int32_t(epilogue.size());
      }
    }
    if (i == end) out.insert(out.end(), epilogue.begin(), epilogue.end());
    out.push_back(insn);
    if (is_ld_imm64(prog[i]) && i + 1 < prog.size()) out.push_back(prog[++i]);
  }
  if (end >= prog.size()) out.insert(out.end(), epilogue.begin(), epilogue.end());
  return out;
}

#ifdef BPFKIT_HAVE_LIBBPF

namespace {

class Fd {
 public:
  explicit Fd(int fd = -1) : fd_(fd) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() {
    if (fd_ >= 0) close(fd_);
  }
  int get() const { return fd_; }

 private:
  int fd_;
};

int load(const std::vector<Insn>& insns, std::string* log) {
  // First without a log: since 6.4 a truncated log makes even a successful load fail with ENOSPC.
  int fd = bpf_prog_load(BPF_PROG_TYPE_SCHED_CLS, "conf", "GPL", reinterpret_cast<const bpf_insn*>(insns.data()),
                         insns.size(), nullptr);
  if (fd >= 0 || log == nullptr) return fd;
  const int saved = errno;
  std::string buf(16 << 20, '\0');
  LIBBPF_OPTS(bpf_prog_load_opts, opts, .log_level = 1, .log_size = uint32_t(buf.size()), .log_buf = buf.data());
  int fd2 = bpf_prog_load(BPF_PROG_TYPE_SCHED_CLS, "conf", "GPL", reinterpret_cast<const bpf_insn*>(insns.data()),
                          insns.size(), &opts);
  if (fd2 >= 0) close(fd2);  // not expected: the first load failed
  buf.resize(strnlen(buf.data(), buf.size()));
  *log = buf;
  errno = saved;
  return -1;
}

}  // namespace

const std::optional<std::string>& kernel_unavailable() {
  static const std::optional<std::string> reason = []() -> std::optional<std::string> {
    const std::vector<Insn> trivial = {mk(op::ALU64 | op::MOV | op::K, 0, 0, 0, 0), mk(op::JMP | op::EXIT, 0, 0, 0, 0)};
    int fd = load(trivial, nullptr);
    if (fd >= 0) {
      close(fd);
      return std::nullopt;
    }
    return fmt::format("bpf(BPF_PROG_LOAD) of a trivial SCHED_CLS program failed: {}", strerror(errno));
  }();
  return reason;
}

Expected<KernelOutcome> kernel_run_raw(std::span<const Insn> prog, std::span<const uint8_t> mem) {
  KernelOutcome out;
  Fd map(bpf_map_create(BPF_MAP_TYPE_ARRAY, "conf_r0", 4, 16, 1, nullptr));
  if (map.get() < 0) return make_error(fmt::format("bpf_map_create: {}", strerror(errno)));
  const uint32_t key = 0;
  const uint64_t seed[2] = {kSeedR0, 0};
  if (bpf_map_update_elem(map.get(), &key, seed, 0) != 0) {
    return make_error(fmt::format("bpf_map_update_elem: {}", strerror(errno)));
  }

  // A kernel build without a helper (simulated): refused before the wrapper is even built, as the verifier would.
  if (std::optional<KernelFailure> sim = simulated_refusal(prog)) {
    out.load_errno = sim->err;
    out.verifier_log = sim->log;
    return out;
  }
  std::vector<Insn> wrapped = wrap_raw_program(prog, uint32_t(mem.size()), map.get());
  Fd fd(load(wrapped, &out.verifier_log));
  if (fd.get() < 0) {
    out.load_errno = errno;
    return out;
  }
  out.loaded = true;

  std::vector<uint8_t> data(mem.begin(), mem.end());
  data.resize(std::max(data.size(), kMinSkbData), 0);
  std::vector<uint8_t> data_out(data.size() + 64, 0);
  LIBBPF_OPTS(bpf_test_run_opts, run, .data_in = data.data(), .data_out = data_out.data(),
              .data_size_in = uint32_t(data.size()), .data_size_out = uint32_t(data_out.size()), .repeat = 1);
  if (bpf_prog_test_run_opts(fd.get(), &run) != 0) {
    return make_error(fmt::format("bpf_prog_test_run_opts: {}", strerror(errno)));
  }
  if (run.data_size_out != data.size()) {
    return make_error(fmt::format("test-run returned {} bytes of data, sent {}", run.data_size_out, data.size()));
  }
  if (run.retval == uint32_t(kShortPacketRet)) return make_error("the wrapper's packet bounds check failed");
  out.retval = run.retval;
  out.mem_after.assign(data_out.begin(), data_out.begin() + mem.size());

  uint64_t value[2] = {0, 0};
  if (bpf_map_lookup_elem(map.get(), &key, value) != 0) {
    return make_error(fmt::format("bpf_map_lookup_elem: {}", strerror(errno)));
  }
  out.reached_epilogue = value[1] == uint64_t(kEpilogueMarker);
  out.r0 = value[0];
  if (!out.reached_epilogue && value[0] != kSeedR0) return make_error("R0 slot written without the marker");
  return out;
}

#else  // !BPFKIT_HAVE_LIBBPF

const std::optional<std::string>& kernel_unavailable() {
  static const std::optional<std::string> reason = std::string("bpfkit was built without libbpf");
  return reason;
}

Expected<KernelOutcome> kernel_run_raw(std::span<const Insn>, std::span<const uint8_t>) {
  return make_error("bpfkit was built without libbpf");
}

#endif

}  // namespace bpfkit::testing
