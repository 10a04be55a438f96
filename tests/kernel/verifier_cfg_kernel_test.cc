// check_cfg (src/verifier/cfg.h) against the running kernel: each program is loaded as a socket filter by root,
// and the kernel's verdict and last log line are compared with check_cfg's. The programs are otherwise valid, so a
// program check_cfg passes must load. Skipped without bpf().
#include <gtest/gtest.h>

#include <cerrno>
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

#else

TEST(CfgKernel, NeedsLibbpf) { GTEST_SKIP() << "built without libbpf"; }

#endif

}  // namespace
}  // namespace bpfkit::verifier
