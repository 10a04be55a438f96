// The helper table (helper_protos.h) against the running kernel: for every program type the kernel lets us load and
// every tabled helper, a program `call HELPER; r0 = 0; exit` is loaded and the verifier's answer compared with
// prog_type_has_helper. The verifier asks func_proto before it looks at the arguments, so "program of this type
// cannot use helper" (or the older "unknown func") means refused, and any other outcome (loaded, or refused for
// R1's type) means the type has the helper. A second pass with a non-GPL license checks gpl_only. Skipped without
// bpf(); a type the kernel will not load at all (EPERM for fentry/LSM under lockdown, EINVAL for a type the build
// lacks) is skipped with a message.
#include <gtest/gtest.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include "bpfkit/helper_protos.h"
#include "bpfkit/prog_type.h"
#include "support/kernel_refusal.h"
#include "support/kernel_runner.h"

#ifdef BPFKIT_HAVE_LIBBPF
#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <unistd.h>
#endif

namespace bpfkit {
namespace {

struct TypeCase {
  ProgType type;
  uint32_t expected_attach_type;  // the ones bpf_prog_load_check_attach insists on
  bool sleepable;                 // syscall programs must be
};

const TypeCase kTypes[] = {
    {ProgType::SocketFilter, 0, false},
    {ProgType::Kprobe, 0, false},
    {ProgType::SchedCls, 0, false},
    {ProgType::SchedAct, 0, false},
    {ProgType::Tracepoint, 0, false},
    {ProgType::Xdp, 0, false},
    {ProgType::PerfEvent, 0, false},
    {ProgType::CgroupSkb, 0, false},
    {ProgType::CgroupSock, 0, false},
    {ProgType::LwtIn, 0, false},
    {ProgType::LwtOut, 0, false},
    {ProgType::LwtXmit, 0, false},
    {ProgType::SockOps, 0, false},
    {ProgType::SkSkb, 0, false},
    {ProgType::CgroupDevice, 0, false},
    {ProgType::SkMsg, 0, false},
    {ProgType::RawTracepoint, 0, false},
    {ProgType::CgroupSockAddr, attach::CgroupInet4Connect, false},
    {ProgType::CgroupSockAddr, attach::CgroupInet4Bind, false},      // no bpf_bind
    {ProgType::CgroupSockAddr, attach::CgroupUdp4Recvmsg, false},    // no get/set_retval
    {ProgType::CgroupSock, attach::CgroupInet4PostBind, false},
    {ProgType::LwtSeg6local, 0, false},
    {ProgType::SkReuseport, 0, false},
    {ProgType::FlowDissector, 0, false},
    {ProgType::CgroupSysctl, 0, false},
    {ProgType::RawTracepointWritable, 0, false},
    {ProgType::CgroupSockopt, attach::CgroupGetsockopt, false},
    {ProgType::CgroupSockopt, attach::CgroupSetsockopt, false},     // bpf_setsockopt / bpf_getsockopt
    {ProgType::CgroupDevice, attach::CgroupDevice, false},          // get/set_retval
    {ProgType::SkLookup, attach::SkLookup, false},
    {ProgType::Syscall, 0, true},
    {ProgType::Netfilter, attach::Netfilter, false},
    {ProgType::Tracing, attach::TraceFentry, false},
    {ProgType::Lsm, attach::LsmMac, false},
};

#ifdef BPFKIT_HAVE_LIBBPF

struct Verdict {
  int fd_or_err = 0;  // >= 0 loaded; else -errno
  std::string log;
};

Verdict load(const TypeCase& t, int32_t helper, const char* license) {
  const Insn prog[] = {Insn{0x85, 0, 0, 0, helper}, Insn{0xb7, 0, 0, 0, 0}, Insn{0x95, 0, 0, 0, 0}};
  static char log[1 << 16];
  log[0] = '\0';
  LIBBPF_OPTS(bpf_prog_load_opts, opts, .expected_attach_type = bpf_attach_type(t.expected_attach_type),
              .prog_flags = t.sleepable ? uint32_t(BPF_F_SLEEPABLE) : 0u, .log_level = 1, .log_size = sizeof(log),
              .log_buf = log);
  const int n = helper < 0 ? 2 : 3;
  const Insn* insns = helper < 0 ? prog + 1 : prog;
  // BPFKIT_TEST_KERNEL_LACKS_HELPERS: refused as a kernel build without the helper refuses it.
  if (auto sim = testing::simulated_refusal(std::span<const Insn>(insns, size_t(n)))) return Verdict{-sim->err, sim->log};
  int fd = bpf_prog_load(bpf_prog_type(t.type), "protos", license, reinterpret_cast<const bpf_insn*>(insns), n,
                         &opts);
  Verdict v{fd >= 0 ? 0 : -errno, log};
  if (fd >= 0) close(fd);
  return v;
}

// The kernel refuses a helper bpfkit's table (the upstream 6.18 func_proto) gives the type: a kernel build lacking it
// (kernel_refusal.h) records a skip with the verifier's message and returns true; anything else returns false.
bool kernel_build_lacks(const TypeCase& t, const Verdict& v) {
  testing::KernelFailure f;
  f.err = -v.fd_or_err;
  f.log = v.log;
  f.prog_types = {uint32_t(t.type)};
  return testing::skip_for_kernel_refusal(f, {});
}

bool refused_for_type(const Verdict& v) {
  return v.fd_or_err < 0 && (v.log.find("program of this type cannot use helper") != std::string::npos ||
                             v.log.find("unknown func") != std::string::npos);
}

class HelperProtosKernel : public ::testing::TestWithParam<TypeCase> {
 protected:
  void SetUp() override {
    if (const auto& why = testing::kernel_unavailable()) GTEST_SKIP() << *why;
    // The type itself: a trivial program must load (no helper), else this kernel cannot tell us anything.
    const Verdict trivial = load(GetParam(), -1, "GPL");
    if (trivial.fd_or_err < 0)
      GTEST_SKIP() << "the kernel refuses a trivial " << prog_type_name(GetParam().type)
                   << " program: " << strerror(-trivial.fd_or_err);
  }
};

TEST_P(HelperProtosKernel, TableMatchesFuncProto) {
  const TypeCase& t = GetParam();
  for (const HelperProto& p : helper_protos()) {
    const Verdict v = load(t, p.id, "GPL");
    const bool has = prog_type_has_helper(t.type, p.id, t.expected_attach_type);
    if (refused_for_type(v) && has && kernel_build_lacks(t, v)) continue;
    EXPECT_EQ(!refused_for_type(v), has)
        << prog_type_name(t.type) << " " << p.name << ": kernel log: " << v.log;
  }
}

TEST_P(HelperProtosKernel, GplOnlyMatches) {
  const TypeCase& t = GetParam();
  for (const HelperProto& p : helper_protos()) {
    if (!prog_type_has_helper(t.type, p.id, t.expected_attach_type)) continue;
    const Verdict v = load(t, p.id, "Dual BSD");
    if (refused_for_type(v) && kernel_build_lacks(t, v)) continue;
    const bool gpl_refused =
        v.fd_or_err < 0 &&
        v.log.find("cannot call GPL-restricted function from non-GPL compatible program") != std::string::npos;
    EXPECT_EQ(gpl_refused, helper_gpl_only(t.type, p.id)) << prog_type_name(t.type) << " " << p.name << ": kernel log: " << v.log;
    // bpfkit's own check gives the same verdict for the same program.
    const Insn prog[] = {Insn{0x85, 0, 0, 0, p.id}, Insn{0xb7, 0, 0, 0, 0}, Insn{0x95, 0, 0, 0, 0}};
    EXPECT_EQ(!check_helper_calls(prog, t.type, false), gpl_refused) << p.name;
  }
}

INSTANTIATE_TEST_SUITE_P(Types, HelperProtosKernel, ::testing::ValuesIn(kTypes),
                         [](const ::testing::TestParamInfo<TypeCase>& info) {
                           std::string name = prog_type_name(info.param.type);
                           if (info.param.expected_attach_type != 0)
                             if (const char* at = attach_type_name(info.param.expected_attach_type)) name += "_" + std::string(at);
                           for (char& c : name)
                             if (!isalnum(static_cast<unsigned char>(c))) c = '_';
                           return name;
                         });

// struct_ops programs get their struct_ops type's helpers, per member (struct_ops_has_helper): each helper called
// from a program filling that member of the kernel's struct (attach_btf_id, and the member's index as
// expected_attach_type, as libbpf sets them). Types this kernel lacks are skipped.
struct StructOpsCase {
  const char* type;
  const char* member;
};

const StructOpsCase kStructOps[] = {
    {"tcp_congestion_ops", "init"},
    {"tcp_congestion_ops", "release"},  // no bpf_setsockopt / bpf_getsockopt
    {"tcp_congestion_ops", "cwnd_event"},
    {"bpf_dummy_ops", "test_1"},        // no get_func_proto: no helper at all
};

class StructOpsHelpersKernel : public ::testing::TestWithParam<StructOpsCase> {
 protected:
  void SetUp() override {
    if (const auto& why = testing::kernel_unavailable()) GTEST_SKIP() << *why;
    static btf* vmlinux = btf__load_vmlinux_btf();
    if (vmlinux == nullptr) GTEST_SKIP() << "no vmlinux BTF";
    const StructOpsCase& c = GetParam();
    const int id = btf__find_by_name_kind(vmlinux, c.type, BTF_KIND_STRUCT);
    if (id < 0) GTEST_SKIP() << "this kernel has no struct " << c.type;
    const btf_type* t = btf__type_by_id(vmlinux, uint32_t(id));
    const btf_member* m = btf_members(t);
    for (uint16_t i = 0; i < btf_vlen(t); ++i)
      if (std::string(btf__name_by_offset(vmlinux, m[i].name_off)) == c.member) member_idx_ = i;
    ASSERT_GE(member_idx_, 0) << c.type << " has no member " << c.member;
    btf_id_ = uint32_t(id);
    const Verdict trivial = load(-1);
    if (trivial.fd_or_err < 0)
      GTEST_SKIP() << "the kernel refuses a trivial " << c.type << "." << c.member
                   << " program: " << strerror(-trivial.fd_or_err) << " " << trivial.log;
  }

  Verdict load(int32_t helper) const {
    const Insn prog[] = {Insn{0x85, 0, 0, 0, helper}, Insn{0xb7, 0, 0, 0, 0}, Insn{0x95, 0, 0, 0, 0}};
    static char log[1 << 16];
    log[0] = '\0';
    LIBBPF_OPTS(bpf_prog_load_opts, opts, .expected_attach_type = bpf_attach_type(member_idx_),
                .attach_btf_id = btf_id_, .log_level = 1, .log_size = sizeof(log), .log_buf = log);
    const int n = helper < 0 ? 2 : 3;
    const Insn* insns = helper < 0 ? prog + 1 : prog;
    if (auto sim = testing::simulated_refusal(std::span<const Insn>(insns, size_t(n))))
      return Verdict{-sim->err, sim->log};
    const int fd = bpf_prog_load(BPF_PROG_TYPE_STRUCT_OPS, "sops", "GPL",
                                 reinterpret_cast<const bpf_insn*>(insns), n, &opts);
    Verdict v{fd >= 0 ? 0 : -errno, log};
    if (fd >= 0) close(fd);
    return v;
  }

  uint32_t btf_id_ = 0;
  int member_idx_ = -1;
};

TEST_P(StructOpsHelpersKernel, TableMatchesGetFuncProto) {
  const StructOpsCase& c = GetParam();
  const TypeCase as_type{ProgType::StructOps, 0, false};
  for (const HelperProto& p : helper_protos()) {
    const Verdict v = load(p.id);
    const bool has = struct_ops_has_helper({c.type, c.member}, p.id);
    if (refused_for_type(v) && has && kernel_build_lacks(as_type, v)) continue;
    EXPECT_EQ(!refused_for_type(v), has) << c.type << "." << c.member << " " << p.name << ": kernel log: " << v.log;
  }
}

INSTANTIATE_TEST_SUITE_P(Members, StructOpsHelpersKernel, ::testing::ValuesIn(kStructOps),
                         [](const ::testing::TestParamInfo<StructOpsCase>& info) {
                           return std::string(info.param.type) + "_" + info.param.member;
                         });

#else

TEST(HelperProtosKernel, NeedsLibbpf) { GTEST_SKIP() << "built without libbpf"; }

#endif

}  // namespace
}  // namespace bpfkit
