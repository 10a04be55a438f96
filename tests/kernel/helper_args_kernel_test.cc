// The helper prototypes' argument types (helper_protos.h: HelperProto::args) against the running kernel. For each
// program type below and each helper it may call whose arguments are all of the kinds set up here (context, map,
// map key/value, memory with its size, anything), two probes per argument:
//  - type: the arguments before it get values of their tabled type and it gets scalar 0. The kernel checks the
//    arguments in order, so it must refuse this argument exactly when the table says it is a pointer that may not
//    be NULL ("R<n> type=scalar expected=..."), and a const size exactly when it may not be zero;
//  - write: a memory argument gets a pointer into a BPF_F_RDONLY_PROG map's value. The kernel must refuse it
//    ("write into map forbidden") exactly when the table marks the argument MEM_WRITE.
// Skipped without bpf(); a type the kernel refuses as a trivial program is skipped with a message.
#include <gtest/gtest.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include "bpfkit/helper_protos.h"
#include "bpfkit/insn.h"
#include "bpfkit/prog_type.h"
#include "support/kernel_runner.h"

#ifdef BPFKIT_HAVE_LIBBPF
#include <bpf/bpf.h>
#include <unistd.h>
#endif

namespace bpfkit {
namespace {

struct TypeCase {
  ProgType type;
  uint32_t expected_attach_type;
  bool sleepable;
  const char* name;
};

const TypeCase kTypes[] = {
    {ProgType::SocketFilter, 0, false, "socket_filter"}, {ProgType::SchedCls, 0, false, "sched_cls"},
    {ProgType::Xdp, 0, false, "xdp"},                    {ProgType::Kprobe, 0, false, "kprobe"},
    {ProgType::Tracepoint, 0, false, "tracepoint"},      {ProgType::PerfEvent, 0, false, "perf_event"},
    {ProgType::RawTracepoint, 0, false, "raw_tracepoint"}, {ProgType::CgroupSkb, 0, false, "cgroup_skb"},
    {ProgType::LwtXmit, 0, false, "lwt_xmit"},           {ProgType::SkSkb, 0, false, "sk_skb"},
    {ProgType::FlowDissector, 0, false, "flow_dissector"}, {ProgType::Syscall, 0, true, "syscall"},
};

#ifdef BPFKIT_HAVE_LIBBPF

constexpr int kBuf = 64;  // bytes of stack and of map value the memory arguments point at

bool supported(uint32_t arg) {
  switch (arg_base(arg)) {
    case ArgType::DontCare: case ArgType::PtrToCtx: case ArgType::ConstMapPtr: case ArgType::PtrToMapKey:
    case ArgType::PtrToMapValue: case ArgType::PtrToMem: case ArgType::ConstSize: case ArgType::ConstSizeOrZero:
    case ArgType::Anything: case ArgType::PtrToFunc: case ArgType::PtrToStack: case ArgType::PtrToConstStr:
      return true;
    default:
      return false;
  }
}

struct Maps {
  int array = -1;     // ARRAY key 4, value kBuf
  int rdonly = -1;    // the same, BPF_F_RDONLY_PROG
  int str = -1;       // the same, frozen, all zeroes: an empty constant string
  ~Maps() {
    for (int fd : {array, rdonly, str})
      if (fd >= 0) close(fd);
  }
};

void ld_imm64(std::vector<Insn>& p, uint8_t dst, uint8_t src, int32_t imm, int32_t imm2 = 0) {
  p.push_back(make_insn(kLdImm64, dst, src, 0, imm));
  p.push_back(make_insn(0, 0, 0, 0, imm2));
}

// `probe` is the argument (0-based) to set to scalar 0, or -1; `rdonly_arg` the memory argument to point into the
// read-only map, or -1. Arguments after `probe` are left unset: the kernel stops at the first bad one.
std::vector<Insn> program(const HelperProto& p, const Maps& maps, int probe, int rdonly_arg) {
  std::vector<Insn> prog;
  std::vector<size_t> callbacks;  // LD_IMM64 BPF_PSEUDO_FUNC slots, pointed at the callback after the exit
  prog.push_back(make_insn(op::ALU64 | op::MOV | op::X, 6, 1));  // r6 = ctx
  for (int off = -kBuf; off < 0; off += 8) prog.push_back(make_insn(op::ST | op::MEM | op::DW, 10, 0, int16_t(off), 0));
  for (int i = 0; i < 5; ++i) {
    const uint8_t reg = uint8_t(i + 1);
    if (probe >= 0 && i > probe) break;
    if (i == probe) {
      prog.push_back(make_insn(op::ALU64 | op::MOV | op::K, reg, 0, 0, 0));
      break;
    }
    switch (arg_base(p.args[i])) {
      case ArgType::PtrToFunc: ld_imm64(prog, reg, op::PSEUDO_FUNC, 0); callbacks.push_back(prog.size() - 2); break;
      case ArgType::PtrToConstStr: ld_imm64(prog, reg, op::PSEUDO_MAP_VALUE, maps.str, 0); break;
      case ArgType::PtrToStack:
        prog.push_back(make_insn(op::ALU64 | op::MOV | op::X, reg, 10));
        prog.push_back(make_insn(op::ALU64 | op::ADD | op::K, reg, 0, 0, -kBuf));
        break;
      case ArgType::PtrToCtx: prog.push_back(make_insn(op::ALU64 | op::MOV | op::X, reg, 6)); break;
      case ArgType::ConstMapPtr: ld_imm64(prog, reg, op::PSEUDO_MAP_FD, maps.array); break;
      case ArgType::PtrToMapKey:
      case ArgType::PtrToMapValue:
      case ArgType::PtrToMem:
        if (i == rdonly_arg) {
          ld_imm64(prog, reg, op::PSEUDO_MAP_VALUE, maps.rdonly, 0);
        } else {
          prog.push_back(make_insn(op::ALU64 | op::MOV | op::X, reg, 10));
          prog.push_back(make_insn(op::ALU64 | op::ADD | op::K, reg, 0, 0, -kBuf));
        }
        break;
      case ArgType::ConstSize:
      case ArgType::ConstSizeOrZero: prog.push_back(make_insn(op::ALU64 | op::MOV | op::K, reg, 0, 0, 8)); break;
      default: prog.push_back(make_insn(op::ALU64 | op::MOV | op::K, reg, 0, 0, 0)); break;
    }
  }
  prog.push_back(make_insn(op::JMP | op::CALL, 0, 0, 0, p.id));
  prog.push_back(make_insn(op::ALU64 | op::MOV | op::K, 0, 0, 0, 1));
  prog.push_back(make_insn(op::JMP | op::EXIT));
  if (!callbacks.empty()) {  // the callback: return 0
    for (size_t at : callbacks) prog[at].imm = int32_t(prog.size() - at - 1);
    prog.push_back(make_insn(op::ALU64 | op::MOV | op::K, 0, 0, 0, 0));
    prog.push_back(make_insn(op::JMP | op::EXIT));
  }
  return prog;
}

struct Verdict {
  bool loaded = false;
  int err = 0;
  std::string log;
};

Verdict load(const TypeCase& t, std::span<const Insn> insns, uint32_t log_level = 1) {
  static char log[1 << 16];
  log[0] = '\0';
  LIBBPF_OPTS(bpf_prog_load_opts, opts, .expected_attach_type = bpf_attach_type(t.expected_attach_type),
              .prog_flags = t.sleepable ? uint32_t(BPF_F_SLEEPABLE) : 0u, .log_level = log_level,
              .log_size = sizeof(log),
              .log_buf = log);
  const int fd = bpf_prog_load(bpf_prog_type(t.type), "args", "GPL", reinterpret_cast<const bpf_insn*>(insns.data()),
                               insns.size(), &opts);
  Verdict v{fd >= 0, fd >= 0 ? 0 : errno, log};
  if (fd >= 0) close(fd);
  return v;
}

bool contains(const std::string& s, const std::string& what) { return s.find(what) != std::string::npos; }

// How a level-2 log shows R0 after a call to a helper with this return type (print_verifier_state), or "" for void.
std::string r0_after_call(const HelperProto& p) {
  switch (ret_base(p.ret)) {
    case RetType::Void: return "";
    case RetType::PtrToMapValue: return p.ret & kRetMaybeNull ? "R0=map_value_or_null(" : "R0=map_value(";
    case RetType::PtrToMem:
      if (p.ret & kRetMemRingbuf) return p.ret & kRetMaybeNull ? "R0=ringbuf_mem_or_null(" : "R0=ringbuf_mem(";
      return p.ret & kRetMaybeNull ? "R0=mem_or_null(" : "R0=mem(";
    case RetType::PtrToBtfId:
      return std::string("R0=") + (p.ret & kRetTrusted ? "trusted_" : "") + "ptr_" +
             (p.ret_btf_struct ? p.ret_btf_struct : "") + "(";
    default: return "R0=scalar(";
  }
}

// The level-2 state line of the call instruction ("16: (85) call bpf_x#N   ; R0=..."), or "". (6.18's log also
// lists the instructions with their live registers first; those lines have no state.)
std::string call_line(const std::string& log, const HelperProto& p) {
  const std::string call = std::string("(85) call ") + p.name + "#" + std::to_string(p.id);
  for (size_t at = log.find(call); at != std::string::npos; at = log.find(call, at + 1)) {
    const size_t end = log.find('\n', at);
    std::string line = log.substr(at, end == std::string::npos ? std::string::npos : end - at);
    if (line.find(';') != std::string::npos) return line;
  }
  return "";
}

class HelperArgsKernel : public ::testing::TestWithParam<TypeCase> {
 protected:
  void SetUp() override {
    if (const auto& why = bpfkit::testing::kernel_unavailable()) GTEST_SKIP() << *why;
    const Insn trivial[] = {make_insn(op::ALU64 | op::MOV | op::K, 0, 0, 0, 1), make_insn(op::JMP | op::EXIT)};
    const Verdict v = load(GetParam(), trivial);
    if (!v.loaded) GTEST_SKIP() << "the kernel refuses a trivial " << GetParam().name << " program: " << strerror(v.err);
    maps_.array = bpf_map_create(BPF_MAP_TYPE_ARRAY, "args", 4, kBuf, 1, nullptr);
    LIBBPF_OPTS(bpf_map_create_opts, ro, .map_flags = BPF_F_RDONLY_PROG);
    maps_.rdonly = bpf_map_create(BPF_MAP_TYPE_ARRAY, "args_ro", 4, kBuf, 1, &ro);
    maps_.str = bpf_map_create(BPF_MAP_TYPE_ARRAY, "args_str", 4, kBuf, 1, &ro);
    ASSERT_GE(maps_.str, 0) << strerror(errno);
    ASSERT_EQ(bpf_map_freeze(maps_.str), 0) << strerror(errno);
    ASSERT_GE(maps_.array, 0) << strerror(errno);
    ASSERT_GE(maps_.rdonly, 0) << strerror(errno);
  }
  Maps maps_;
};

TEST_P(HelperArgsKernel, ArgumentTypesAndWrites) {
  const TypeCase& t = GetParam();
  int probes = 0;
  for (const HelperProto& table : helper_protos()) {
    const HelperProto* p = helper_proto_for(t.type, table.id);
    if (p == nullptr) continue;
    if (p->might_sleep && !t.sleepable) continue;  // refused before its arguments are looked at
    bool ok = true;
    for (uint32_t a : p->args) ok = ok && supported(a);
    if (!ok) continue;
    for (int i = 0; i < 5 && arg_base(p->args[i]) != ArgType::DontCare; ++i) {
      const std::string reg = "R" + std::to_string(i + 1);
      const Verdict v = load(t, program(*p, maps_, i, -1));
      ++probes;
      if (contains(v.log, "program of this type cannot use helper")) {
        // A kernel build without it (bpf_override_return needs CONFIG_BPF_KPROBE_OVERRIDE): nothing to compare.
        RecordProperty(std::string("lacks_") + p->name, t.name);
        break;
      }
      const ArgType base = arg_base(p->args[i]);
      const bool pointer = base == ArgType::PtrToCtx || base == ArgType::ConstMapPtr ||
                           base == ArgType::PtrToMapKey || base == ArgType::PtrToMapValue ||
                           base == ArgType::PtrToMem || base == ArgType::PtrToFunc || base == ArgType::PtrToStack ||
                           base == ArgType::PtrToConstStr;
      const bool null_refused = pointer && !(p->args[i] & kArgMaybeNull);
      EXPECT_EQ(contains(v.log, reg + " type=scalar expected="), null_refused)
          << t.name << " " << p->name << " arg" << i + 1 << ": " << v.log;
      if (base == ArgType::ConstSize || base == ArgType::ConstSizeOrZero)
        EXPECT_EQ(contains(v.log, reg + " invalid zero-sized read"), base == ArgType::ConstSize)
            << t.name << " " << p->name << " arg" << i + 1 << ": " << v.log;
      if (base != ArgType::PtrToMem && base != ArgType::PtrToMapValue) continue;
      if (i + 1 < 5 && base == ArgType::PtrToMem && arg_base(p->args[i + 1]) != ArgType::ConstSize &&
          arg_base(p->args[i + 1]) != ArgType::ConstSizeOrZero)
        continue;  // a buffer without a size argument: its size is not 8 here
      const Verdict w = load(t, program(*p, maps_, -1, i));
      ++probes;
      EXPECT_EQ(contains(w.log, "write into map forbidden"), (p->args[i] & kArgMemWrite) != 0)
          << t.name << " " << p->name << " arg" << i + 1 << ": " << w.log;
    }
  }
  RecordProperty("probes", probes);
  EXPECT_GT(probes, 10);
}

// R0 after the call, as the kernel's level-2 log shows it, is what the tabled return type gives.
TEST_P(HelperArgsKernel, ReturnTypes) {
  const TypeCase& t = GetParam();
  int checked = 0;
  for (const HelperProto& table : helper_protos()) {
    const HelperProto* p = helper_proto_for(t.type, table.id);
    if (p == nullptr) continue;
    bool ok = true;
    for (uint32_t a : p->args) ok = ok && supported(a);
    if (!ok) continue;
    const Verdict v = load(t, program(*p, maps_, -1, -1), 2);
    const std::string line = call_line(v.log, *p);
    if (line.empty() || !contains(line, ";")) continue;  // refused at the call (map type, kernel build): no state
    ++checked;
    const std::string want = r0_after_call(*p);
    if (want.empty())
      EXPECT_FALSE(contains(line, "R0")) << t.name << " " << p->name << ": " << line;
    else
      EXPECT_TRUE(contains(line, want)) << t.name << " " << p->name << ": want " << want << " in: " << line;
  }
  RecordProperty("checked", checked);
}

INSTANTIATE_TEST_SUITE_P(Types, HelperArgsKernel, ::testing::ValuesIn(kTypes),
                         [](const ::testing::TestParamInfo<TypeCase>& info) { return std::string(info.param.name); });

#else

TEST(HelperArgsKernel, NeedsLibbpf) { GTEST_SKIP() << "built without libbpf"; }

#endif

}  // namespace
}  // namespace bpfkit
