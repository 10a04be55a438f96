// The context-access tables (src/verifier/ctx_access.h) against the running kernel. For each program type the
// kernel loads here, a load `rX = *(uN *)(r1 + off)` and a store `*(uN *)(r1 + off) = r2` of every size 1/2/4/8 at
// every offset from -8 to ctx_size + 8 are loaded as three-instruction programs, and the kernel's verdict (loaded,
// or refused) is compared with ctx_access(). Types with a large context (tracepoint, syscall) are checked at every
// offset of their first bytes, around their end, and on a stride in between. Skipped without bpf(); a type the kernel
// refuses even as a trivial program is skipped with a message.
#include <gtest/gtest.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include "bpfkit/insn.h"
#include "bpfkit/prog_type.h"
#include "support/kernel_runner.h"
#include "verifier/ctx_access.h"

#ifdef BPFKIT_HAVE_LIBBPF
#include <bpf/bpf.h>
#include <unistd.h>
#endif

namespace bpfkit::verifier {
namespace {

struct TypeCase {
  ProgType type;
  uint32_t expected_attach_type;
  bool sleepable;
  const char* name;
};

const TypeCase kTypes[] = {
    {ProgType::SocketFilter, 0, false, "socket_filter"},
    {ProgType::SchedCls, 0, false, "sched_cls"},
    {ProgType::SchedAct, 0, false, "sched_act"},
    {ProgType::CgroupSkb, 0, false, "cgroup_skb"},
    {ProgType::LwtIn, 0, false, "lwt_in"},
    {ProgType::LwtOut, 0, false, "lwt_out"},
    {ProgType::LwtXmit, 0, false, "lwt_xmit"},
    {ProgType::LwtSeg6local, 0, false, "lwt_seg6local"},
    {ProgType::SkSkb, 0, false, "sk_skb"},
    {ProgType::FlowDissector, 0, false, "flow_dissector"},
    {ProgType::Xdp, 0, false, "xdp"},
    {ProgType::Xdp, attach::XdpDevmap, false, "xdp_devmap"},
    {ProgType::Kprobe, 0, false, "kprobe"},
    {ProgType::Tracepoint, 0, false, "tracepoint"},
    {ProgType::PerfEvent, 0, false, "perf_event"},
    {ProgType::RawTracepoint, 0, false, "raw_tracepoint"},
    {ProgType::RawTracepointWritable, 0, false, "raw_tracepoint_writable"},
    {ProgType::Syscall, 0, true, "syscall"},
    {ProgType::SkLookup, attach::SkLookup, false, "sk_lookup"},
    {ProgType::CgroupSock, attach::CgroupInetSockCreate, false, "cgroup_sock_create"},
    {ProgType::CgroupSock, attach::CgroupInetSockRelease, false, "cgroup_sock_release"},
    {ProgType::CgroupSock, attach::CgroupInet4PostBind, false, "cgroup_sock_post_bind4"},
    {ProgType::CgroupSock, attach::CgroupInet6PostBind, false, "cgroup_sock_post_bind6"},
    {ProgType::CgroupSockAddr, attach::CgroupInet4Bind, false, "sock_addr_bind4"},
    {ProgType::CgroupSockAddr, attach::CgroupInet6Connect, false, "sock_addr_connect6"},
    {ProgType::CgroupSockAddr, attach::CgroupUdp4Sendmsg, false, "sock_addr_sendmsg4"},
    {ProgType::CgroupSockAddr, attach::CgroupUdp6Sendmsg, false, "sock_addr_sendmsg6"},
    {ProgType::CgroupSockAddr, attach::CgroupUdp6Recvmsg, false, "sock_addr_recvmsg6"},
    {ProgType::CgroupSockAddr, attach::CgroupInet4Getsockname, false, "sock_addr_getsockname4"},
    {ProgType::CgroupSockAddr, attach::CgroupUnixConnect, false, "sock_addr_unix_connect"},
    {ProgType::SockOps, 0, false, "sock_ops"},
    {ProgType::SkMsg, 0, false, "sk_msg"},
    {ProgType::SkReuseport, 0, false, "sk_reuseport"},
    {ProgType::CgroupSockopt, attach::CgroupGetsockopt, false, "sockopt_get"},
    {ProgType::CgroupSockopt, attach::CgroupSetsockopt, false, "sockopt_set"},
    {ProgType::CgroupDevice, 0, false, "cgroup_device"},
    {ProgType::CgroupSysctl, 0, false, "cgroup_sysctl"},
    {ProgType::Netfilter, attach::Netfilter, false, "netfilter"},
    {ProgType::LircMode2, 0, false, "lirc_mode2"},
};

#ifdef BPFKIT_HAVE_LIBBPF

struct Verdict {
  bool loaded = false;
  int err = 0;
  std::string log;
};

Verdict load(const TypeCase& t, std::span<const Insn> insns) {
  static char log[1 << 14];
  log[0] = '\0';
  LIBBPF_OPTS(bpf_prog_load_opts, opts, .expected_attach_type = bpf_attach_type(t.expected_attach_type),
              .prog_flags = t.sleepable ? uint32_t(BPF_F_SLEEPABLE) : 0u, .log_level = 1, .log_size = sizeof(log),
              .log_buf = log);
  const int fd = bpf_prog_load(bpf_prog_type(t.type), "ctx", "GPL", reinterpret_cast<const bpf_insn*>(insns.data()),
                               insns.size(), &opts);
  Verdict v{fd >= 0, fd >= 0 ? 0 : errno, fd >= 0 ? "" : log};
  if (fd >= 0) close(fd);
  return v;
}

uint8_t size_code(int size) {
  switch (size) {
    case 1: return op::B;
    case 2: return op::H;
    case 4: return op::W;
    default: return op::DW;
  }
}

// The kernel's last log line before its statistics, for failure messages.
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

Verdict kernel_access(const TypeCase& t, int32_t off, int size, bool write) {
  std::vector<Insn> prog;
  if (write) {
    prog.push_back(make_insn(op::ALU64 | op::MOV | op::K, 2, 0, 0, 0));
    prog.push_back(make_insn(op::STX | op::MEM | size_code(size), 1, 2, int16_t(off), 0));
  } else {
    prog.push_back(make_insn(op::LDX | op::MEM | size_code(size), 2, 1, int16_t(off), 0));
  }
  prog.push_back(make_insn(op::ALU64 | op::MOV | op::K, 0, 0, 0, 1));  // 1: a return value every type allows
  prog.push_back(make_insn(op::JMP | op::EXIT));
  return load(t, prog);
}

// The offsets to try: all of a small context; for a large one its head, its tail and a stride.
std::vector<int32_t> offsets(uint32_t size) {
  std::vector<int32_t> offs = {INT16_MIN, -4096, -512, -64, -16};  // far below: signed/unsigned slips
  if (size <= 512) {
    for (int32_t off = -8; off <= int32_t(size) + 8; ++off) offs.push_back(off);
    return offs;
  }
  for (int32_t off = -8; off < 264; ++off) offs.push_back(off);
  for (int32_t off = 264; off < int32_t(size) - 16; off += 509) offs.push_back(off);
  for (int32_t off = int32_t(size) - 16; off <= int32_t(size) + 8 && off <= INT16_MAX; ++off) offs.push_back(off);
  return offs;
}

class CtxAccessKernel : public ::testing::TestWithParam<TypeCase> {
 protected:
  void SetUp() override {
    if (const auto& why = bpfkit::testing::kernel_unavailable()) GTEST_SKIP() << *why;
    const Insn trivial[] = {make_insn(op::ALU64 | op::MOV | op::K, 0, 0, 0, 1), make_insn(op::JMP | op::EXIT)};
    const Verdict v = load(GetParam(), trivial);
    if (!v.loaded)
      GTEST_SKIP() << "the kernel refuses a trivial " << GetParam().name << " program: " << strerror(v.err) << " "
                   << last_line(v.log);
  }
};

TEST_P(CtxAccessKernel, EveryOffsetAndSize) {
  const TypeCase& t = GetParam();
  const uint32_t size = ctx_size(t.type, t.expected_attach_type);
  ASSERT_GT(size, 0u);
  int checked = 0, mismatches = 0;
  for (bool write : {false, true})
    for (int32_t off : offsets(size))
      for (int width : {1, 2, 4, 8}) {
        if (off > INT16_MAX) continue;  // insn->off is s16
        const Verdict k = kernel_access(t, off, width, write);
        const bool ours = ctx_access(t.type, t.expected_attach_type, off, width, write).has_value();
        ++checked;
        if (k.loaded != ours && ++mismatches <= 40)
          ADD_FAILURE() << t.name << (write ? " store" : " load") << " off=" << off << " size=" << width
                        << ": kernel " << (k.loaded ? "accepts" : "refuses") << ", bpfkit "
                        << (ours ? "accepts" : "refuses") << (k.loaded ? "" : ": " + last_line(k.log));
        // A refusal the table predicts is the kernel's context-access refusal, not another check.
        if (!k.loaded && !ours && k.log.find("invalid bpf_context access") == std::string::npos &&
            ++mismatches <= 40)
          ADD_FAILURE() << t.name << (write ? " store" : " load") << " off=" << off << " size=" << width
                        << ": refused for another reason: " << last_line(k.log);
      }
  EXPECT_EQ(mismatches, 0) << "of " << checked << " accesses";
  RecordProperty("accesses", checked);
}

INSTANTIATE_TEST_SUITE_P(Types, CtxAccessKernel, ::testing::ValuesIn(kTypes),
                         [](const ::testing::TestParamInfo<TypeCase>& info) { return std::string(info.param.name); });

#else

TEST(CtxAccessKernel, NeedsLibbpf) { GTEST_SKIP() << "built without libbpf"; }

#endif

}  // namespace
}  // namespace bpfkit::verifier
