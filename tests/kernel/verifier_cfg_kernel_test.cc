// check_cfg (src/verifier/cfg.h) against the running kernel: each program is loaded as a socket filter by root,
// and the kernel's verdict and last log line are compared with check_cfg's. The programs are otherwise valid, so a
// program check_cfg passes must load. Skipped without bpf().
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <array>
#include <cerrno>
#include <map>
#include <string>
#include <vector>

#include "bpfkit/asm.h"
#include "bpfkit/insn.h"
#include "support/kernel_runner.h"
#include "verifier/cfg.h"

#ifdef BPFKIT_HAVE_LIBBPF
#include <bpf/bpf.h>
#include <unistd.h>
#endif

namespace bpfkit::verifier {
namespace {

struct Case {
  const char* name;
  std::vector<Insn> insns;
};

std::vector<Insn> as(const char* text) {
  auto prog = assemble(text);
  EXPECT_TRUE(prog.has_value()) << text;
  return prog ? *prog : std::vector<Insn>{};
}

// main calls each of n two-instruction functions.
std::vector<Insn> calls_to(int n) {
  std::vector<Insn> prog;
  for (int i = 0; i < n; ++i) prog.push_back(make_insn(0x85, 0, 1, 0, n + 1 + i));
  prog.push_back(make_insn(0xb7));
  prog.push_back(make_insn(0x95));
  for (int i = 0; i < n; ++i) {
    prog.push_back(make_insn(0xb7));
    prog.push_back(make_insn(0x95));
  }
  return prog;
}

std::vector<Case> cases() {
  return {
      {"ok", as("r0 = 0\nexit")},
      {"ok_branch", as("r0 = 0\nif r1 == 0 goto +1\nr0 = 1\nexit")},
      {"ok_loop", as("r0 = 0\nr0 += 1\nif r0 < 10 goto -2\nexit")},
      {"ok_subprog", as("call +2\nr0 = 0\nexit\nr0 = 1\nexit")},
      {"ok_ldimm64", as("r0 = 0x1234 ll\nr0 = 0\nexit")},
      {"no_exit", as("r0 = 0")},
      {"cond_last", as("r0 = 0\nif r0 == 0 goto -2")},
      {"subprog_no_exit", as("call +1\nexit\nr0 = 0")},
      {"jump_past_end", as("goto +5\nexit")},
      {"jump_before_start", as("r0 = 0\nif r1 > 2 goto -3\nexit")},
      {"jump_into_subprog", as("call +3\nr0 = 0\ngoto +2\nexit\nr0 = 0\nexit")},
      {"gotol_past_end", as("gotol +4\nexit")},
      {"call_past_end", as("call +5\nexit")},
      {"call_before_start", as("call -2\nexit")},
      {"unreachable", as("r0 = 0\nexit\nr0 = 1\nexit")},
      {"unreachable_after_goto", as("r0 = 0\ngoto +1\nr0 = 1\nexit")},
      {"ldimm64_half_at_end", {make_insn(0xb7), make_insn(0x95), make_insn(0x18, 1, 0, 0, 1)}},
      {"ldimm64_bad_second", {make_insn(0x18, 1, 0, 0, 1), make_insn(0, 1, 0, 0, 0), make_insn(0xb7),
                              make_insn(0x95)}},
      {"ldimm64_bad_src", {make_insn(0x18, 1, 7, 0, 1), make_insn(0), make_insn(0xb7), make_insn(0x95)}},
      {"ldimm64_fd_with_off", {make_insn(0x18, 1, 1, 0, 1), make_insn(0, 0, 0, 0, 4), make_insn(0xb7),
                               make_insn(0x95)}},
      {"jump_into_ldimm64", as("r0 = 0\nif r1 == 0 goto +1\nr2 = 0 ll\nexit")},
      {"unknown_opcode", {make_insn(0xb7), make_insn(0xf4), make_insn(0x95)}},
      {"call32", {make_insn(0x86, 0, 0, 0, 7), make_insn(0xb7), make_insn(0x95)}},
      {"ldx_imm_reserved", {make_insn(0x61, 0, 1, 0, 5), make_insn(0xb7), make_insn(0x95)}},
      {"order_range_before_ldimm64", {make_insn(0x05, 0, 0, 9), make_insn(0x18, 1, 9, 0, 0), make_insn(0),
                                      make_insn(0x95)}},
      {"order_ldimm64_before_unreachable", {make_insn(0xb7), make_insn(0x95), make_insn(0x18, 1, 9, 0, 0),
                                            make_insn(0), make_insn(0x95)}},
      {"order_opcode_before_unreachable", {make_insn(0xb7), make_insn(0x95), make_insn(0xf4), make_insn(0x95)}},
      {"order_noexit_before_opcode", {make_insn(0xb7), make_insn(0xf4), make_insn(0xb7)}},
      {"subprogs_256", calls_to(255)},
      {"subprogs_257", calls_to(256)},
  };
}

#ifdef BPFKIT_HAVE_LIBBPF

std::string last_line(const std::string& log) {
  std::string s = log;
  for (;;) {
    while (!s.empty() && s.back() == '\n') s.pop_back();
    const size_t nl = s.rfind('\n');
    std::string line = nl == std::string::npos ? s : s.substr(nl + 1);
    if (line.rfind("processed ", 0) != 0 || nl == std::string::npos) return line;
    s.resize(nl);
  }
}

TEST(CfgKernel, VerdictsAndMessages) {
  if (const auto& why = bpfkit::testing::kernel_unavailable()) GTEST_SKIP() << *why;
  for (const Case& c : cases()) {
    static char log[1 << 16];
    log[0] = '\0';
    LIBBPF_OPTS(bpf_prog_load_opts, opts, .log_level = 1, .log_size = sizeof(log), .log_buf = log);
    const int fd = bpf_prog_load(BPF_PROG_TYPE_SOCKET_FILTER, "cfg", "GPL",
                                 reinterpret_cast<const bpf_insn*>(c.insns.data()), c.insns.size(), &opts);
    const bool kernel_ok = fd >= 0;
    if (fd >= 0) close(fd);
    auto ours = check_cfg(c.insns, CfgOptions{});
    if (ours) {
      EXPECT_TRUE(kernel_ok) << c.name << ": check_cfg passes, the kernel refuses: " << last_line(log);
    } else {
      EXPECT_FALSE(kernel_ok) << c.name << ": check_cfg refuses (" << ours.error().message << "), the kernel loads";
      if (!kernel_ok) {
        EXPECT_EQ(ours.error().message, last_line(log)) << c.name;
      }
    }
  }
}

// Every opcode byte: the kernel refuses with "unknown opcode %02x" exactly the ones check_cfg does (resolve_pseudo_
// ldimm64's bpf_opcode_in_insntable), whatever else it then says about the rest.
TEST(CfgKernel, OpcodeTable) {
  if (const auto& why = bpfkit::testing::kernel_unavailable()) GTEST_SKIP() << *why;
  int unknown = 0;
  for (int code = 0; code < 256; ++code) {
    if (code == kLdImm64) continue;
    // r0 = 0; r1 = 0; <code> dst r0, src r1, off 0, imm 0; exit
    const std::vector<Insn> prog = {make_insn(0xb7, 0), make_insn(0xb7, 1), make_insn(uint8_t(code), 0, 1, 0, 0),
                                    make_insn(0x95)};
    static char log[1 << 16];
    log[0] = '\0';
    LIBBPF_OPTS(bpf_prog_load_opts, opts, .log_level = 1, .log_size = sizeof(log), .log_buf = log);
    const int fd = bpf_prog_load(BPF_PROG_TYPE_SOCKET_FILTER, "op", "GPL",
                                 reinterpret_cast<const bpf_insn*>(prog.data()), prog.size(), &opts);
    if (fd >= 0) close(fd);
    auto ours = check_cfg(prog, CfgOptions{});
    const std::string msg = fmt::format("unknown opcode {:02x}", code);
    const bool kernel_unknown = fd < 0 && last_line(log) == msg;
    const bool ours_unknown = !ours && ours.error().message == msg;
    unknown += kernel_unknown;
    EXPECT_EQ(ours_unknown, kernel_unknown) << fmt::format("opcode {:#04x}: kernel: ", code) << last_line(log)
                                            << (ours ? "" : "; bpfkit: " + ours.error().message);
  }
  RecordProperty("unknown_opcodes", unknown);
}

// Random small programs of jumps, exits, calls, callbacks and LD_IMM64s: where check_cfg refuses, the kernel refuses
// with the same last line; where it passes, the kernel's refusal (if any) is none of the shape checks' messages.
TEST(CfgKernel, RandomShapes) {
  if (const auto& why = bpfkit::testing::kernel_unavailable()) GTEST_SKIP() << *why;
  const char* const kShapeMessages[] = {"last insn is not an exit or jmp", "jump out of range", "unreachable insn",
                                        "back-edge", "invalid bpf_ld_imm64 insn", "unrecognized bpf_ld_imm64 insn",
                                        "unknown opcode", "call to invalid destination", "too many subprograms",
                                        "jump into the middle of ldimm64", "BPF_LDX uses reserved fields"};
  uint64_t seed = 0x9e3779b97f4a7c15ull;
  auto next = [&seed](uint32_t n) {
    seed ^= seed << 13;
    seed ^= seed >> 7;
    seed ^= seed << 17;
    return uint32_t(seed % n);
  };
  int refused_by_shape = 0;
  std::map<std::string, int> messages;
  for (int round = 0; round < 3000; ++round) {
    std::vector<Insn> prog;
    const uint32_t len = 2 + next(10);
    while (prog.size() < len) {
      const int16_t off = int16_t(next(4) == 0 ? int(next(9)) - 4 : int(next(4)));  // mostly short and forward
      switch (next(9)) {
        case 0: case 1: prog.push_back(make_insn(0xb7, 0, 0, 0, int32_t(next(3)))); break;  // r0 = k
        case 2: prog.push_back(make_insn(0x95)); break;                                     // exit
        case 3: prog.push_back(make_insn(0x05, 0, 0, off)); break;                          // goto
        case 4: prog.push_back(make_insn(0x15, 0, 0, off, 1)); break;                       // if r0 == 1 goto
        case 5: prog.push_back(make_insn(0x85, 0, op::PSEUDO_CALL, 0, int32_t(next(9)) - 3)); break;  // call pc+k
        case 6: prog.push_back(make_insn(0x06, 0, 0, 0, off)); break;                       // gotol
        case 7: {                                                                            // r1 = ... ll
          const uint8_t src = std::array<uint8_t, 3>{0, op::PSEUDO_FUNC, 7}[next(3)];
          prog.push_back(make_insn(kLdImm64, 1, src, 0, int32_t(next(9)) - 3));
          if (next(8) != 0) prog.push_back(make_insn(0, 0, 0, 0, 0));
          break;
        }
        default: prog.push_back(make_insn(0xbf, 0, 0)); break;  // r0 = r0
      }
    }
    if (next(8) != 0) prog.push_back(make_insn(0x95));  // most programs end in an exit
    static char log[1 << 16];
    log[0] = '\0';
    LIBBPF_OPTS(bpf_prog_load_opts, opts, .log_level = 1, .log_size = sizeof(log), .log_buf = log);
    const int fd = bpf_prog_load(BPF_PROG_TYPE_SOCKET_FILTER, "shape", "GPL",
                                 reinterpret_cast<const bpf_insn*>(prog.data()), prog.size(), &opts);
    if (fd >= 0) close(fd);
    const std::string kernel = fd >= 0 ? "" : last_line(log);
    auto ours = check_cfg(prog, CfgOptions{});
    if (!ours) {
      ++refused_by_shape;
      std::string key = ours.error().message.substr(0, ours.error().message.find_first_of("0123456789"));
      for (char& c : key)
        if (c == ' ') c = '_';
      ++messages[key];
      EXPECT_EQ(ours.error().message, kernel) << "round " << round;
    } else {
      for (const char* m : kShapeMessages)
        EXPECT_EQ(kernel.find(m), std::string::npos) << "round " << round << ": check_cfg passes, kernel: " << kernel;
    }
    if (::testing::Test::HasFailure()) break;
  }
  RecordProperty("refused_by_shape", refused_by_shape);
  for (const auto& [m, n] : messages) RecordProperty(m, n);
}

#else

TEST(CfgKernel, NeedsLibbpf) { GTEST_SKIP() << "built without libbpf"; }

#endif

}  // namespace
}  // namespace bpfkit::verifier
