// Attachments through BPF links (raw tracepoints, tracing programs, XDP, tcx) and sockets, attach by section name,
// and attach fallback chains. The perf event based ones are in attach_perf.cc.
#include <linux/if_ether.h>
#include <linux/if_packet.h>
#include <net/if.h>
#include <sys/socket.h>
#include <unistd.h>
#include <arpa/inet.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "bpfkit/kernel_attach.h"
#include "kernel/attach_internal.h"

namespace bpfkit::kernel {
namespace {

Error sys_error(std::string what, int err) {
  return make_error(fmt::format("{}: {}", what, std::strerror(err))).with_errno(err);
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// "FUNC+0x10" or "FUNC+16" or "FUNC".
Expected<std::pair<std::string, uint64_t>> split_offset(std::string_view s) {
  const size_t plus = s.rfind('+');
  if (plus == std::string_view::npos) return std::pair<std::string, uint64_t>{std::string(s), 0};
  std::string num(s.substr(plus + 1));
  char* end = nullptr;
  errno = 0;
  uint64_t off = strtoull(num.c_str(), &end, 0);
  if (num.empty() || *end != '\0' || errno != 0) return make_error(fmt::format("bad offset in '{}'", s)).with_errno(EINVAL);
  return std::pair<std::string, uint64_t>{std::string(s.substr(0, plus)), off};
}

Expected<int> ifindex_of(const std::string& ifname, std::string_view what) {
  if (ifname.empty()) return make_error(fmt::format("{} needs an interface (--ifname)", what)).with_errno(EINVAL);
  unsigned idx = if_nametoindex(ifname.c_str());
  if (idx == 0) return sys_error(fmt::format("interface '{}'", ifname), errno);
  return static_cast<int>(idx);
}

Expected<KernelLink> attach_tc_by_section(const ProgramSpec& prog, int prog_fd, const AttachOptions& opt) {
  const std::string_view sec = prog.section_name;
  auto idx = ifindex_of(opt.ifname, "tc");
  if (!idx) return std::move(idx).error();
  const bool ingress = sec != "tcx/egress" && sec != "tc/egress" && opt.target != "egress";
  const std::string where = fmt::format("{} {}", opt.ifname, ingress ? "ingress" : "egress");
  auto legacy = [&]() -> Expected<KernelLink> {
    auto link = attach_tc(prog_fd, *idx, ingress);
    if (!link) return link;
    link->target = fmt::format("{} (pref {} handle {:#x})", where, link->tc->id().priority, link->tc->id().handle);
    return link;
  };
  if (tc_route(sec, opt.tc_mode) == TcRoute::Netlink) return legacy();
  auto link = attach_tcx(prog_fd, *idx, ingress);
  if (link) {
    link->target = where;
    return link;
  }
  if (tc_falls_back(sec, opt.tc_mode, link.error().error_number)) {
    const std::string why = link.error().message;
    auto fallback = legacy();
    if (fallback) fallback->note = fmt::format("tcx: {}; attached as a legacy tc filter", why);
    return fallback;
  }
  return link;
}

Expected<KernelLink> attach_by_section(const ProgramSpec& prog, int prog_fd, const AttachOptions& opt) {
  const std::string_view sec = prog.section_name;
  // The target: what follows the first '/' of the section name, unless the caller gave one.
  std::string target = opt.target;
  const size_t slash = sec.find('/');
  if (target.empty() && slash != std::string_view::npos) target = std::string(sec.substr(slash + 1));
  const std::string_view kind = sec.substr(0, slash);
  auto need_target = [&](std::string_view what) -> Expected<void> {
    if (target.empty()) return make_error(fmt::format("SEC(\"{}\") names no {} to attach to", sec, what)).with_errno(EINVAL);
    return {};
  };

  if (kind == "kprobe" || kind == "kretprobe") {
    if (auto ok = need_target("kernel function"); !ok) return std::move(ok).error();
    auto fo = split_offset(target);
    if (!fo) return std::move(fo).error();
    return attach_kprobe(prog_fd, fo->first, fo->second, kind == "kretprobe", opt.cookie);
  }
  if (kind == "ksyscall" || kind == "kretsyscall") {
    if (auto ok = need_target("syscall"); !ok) return std::move(ok).error();
    return attach_ksyscall(prog_fd, target, kind == "kretsyscall", opt.cookie);
  }
  if (kind == "uprobe" || kind == "uretprobe" || kind == "uprobe.s" || kind == "uretprobe.s") {
    if (auto ok = need_target("binary:function"); !ok) return std::move(ok).error();
    const size_t colon = target.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == target.size())
      return make_error(fmt::format("uprobe target '{}' is not BINARY:FUNCTION[+OFFSET]", target)).with_errno(EINVAL);
    auto fo = split_offset(std::string_view(target).substr(colon + 1));
    if (!fo) return std::move(fo).error();
    const bool ret = starts_with(kind, "uretprobe");
    const std::string binary = target.substr(0, colon);
    // A bare address ("0x1234") is an offset already, as libbpf allows.
    if (starts_with(fo->first, "0x")) {
      auto off = split_offset("x+" + fo->first);
      if (!off) return std::move(off).error();
      return attach_uprobe(prog_fd, binary, off->second + fo->second, ret, opt.pid, opt.cookie);
    }
    return attach_uprobe_symbol(prog_fd, binary, fo->first, fo->second, ret, opt.pid, opt.cookie);
  }
  if (kind == "tracepoint" || kind == "tp") {
    if (auto ok = need_target("tracepoint"); !ok) return std::move(ok).error();
    const size_t sep = target.find('/');
    if (sep == std::string::npos || sep == 0 || sep + 1 == target.size())
      return make_error(fmt::format("tracepoint '{}' is not CATEGORY/NAME", target)).with_errno(EINVAL);
    return attach_tracepoint(prog_fd, std::string_view(target).substr(0, sep), std::string_view(target).substr(sep + 1),
                             opt.cookie);
  }
  if (kind == "raw_tp" || kind == "raw_tracepoint" || kind == "raw_tp.w" || kind == "raw_tracepoint.w") {
    if (auto ok = need_target("raw tracepoint"); !ok) return std::move(ok).error();
    return attach_raw_tracepoint(prog_fd, target);
  }
  if (prog.type == ProgType::Ext) {
    auto link = attach_freplace(prog_fd);
    if (link) link->target = target;
    return link;
  }
  if (prog.type == ProgType::Tracing || prog.type == ProgType::Lsm) {
    auto link = attach_tracing(prog_fd, prog.expected_attach_type, opt.cookie);
    if (link) link->target = target;
    return link;
  }
  if (prog.type == ProgType::Xdp) {
    auto idx = ifindex_of(opt.ifname, "XDP");
    if (!idx) return std::move(idx).error();
    auto link = attach_xdp(prog_fd, *idx, opt.xdp_flags);
    if (link) link->target = opt.ifname;
    return link;
  }
  if (prog.type == ProgType::SchedAct)
    return make_error(fmt::format("SEC(\"{}\") is a tc action (act_bpf), which bpfkit does not attach; a classifier "
                                  "(SEC(\"tc\"), SEC(\"tcx/ingress\")) can",
                                  sec))
        .with_errno(EOPNOTSUPP);
  if (prog.type == ProgType::SchedCls) return attach_tc_by_section(prog, prog_fd, opt);
  if (prog.type == ProgType::SocketFilter) {
    auto idx = ifindex_of(opt.ifname, "a socket filter");
    if (!idx) return std::move(idx).error();
    // A packet socket on the interface: what the filter sees is every frame there.
    Fd sock(socket(AF_PACKET, SOCK_RAW | SOCK_CLOEXEC, htons(ETH_P_ALL)));
    if (!sock) return sys_error("socket(AF_PACKET)", errno);
    sockaddr_ll sll;
    std::memset(&sll, 0, sizeof(sll));
    sll.sll_family = AF_PACKET;
    sll.sll_protocol = htons(ETH_P_ALL);
    sll.sll_ifindex = *idx;
    if (bind(sock.get(), reinterpret_cast<sockaddr*>(&sll), sizeof(sll)) != 0)
      return sys_error(fmt::format("bind to {}", opt.ifname), errno);
    auto link = attach_socket_filter(prog_fd, sock.get());
    if (link) link->target = opt.ifname;
    return link;
  }
  return make_error(fmt::format("SEC(\"{}\"): bpfkit cannot attach this program type", sec)).with_errno(EOPNOTSUPP);
}

}  // namespace

// libbpf's section table: tcx/* and tc/* (its alias for tcx) are tcx links, SEC("tc") and SEC("classifier") legacy
// netlink filters.
TcRoute tc_route(std::string_view section, TcMode mode) {
  switch (mode) {
    case TcMode::Tcx: return TcRoute::Tcx;
    case TcMode::Netlink: return TcRoute::Netlink;
    case TcMode::Auto: break;
  }
  return starts_with(section, "tcx/") || starts_with(section, "tc/") ? TcRoute::Tcx : TcRoute::Netlink;
}

// tc/* falls back to a legacy filter where the kernel has no tcx: LINK_CREATE with an attach type it does not know
// is EINVAL, while a 6.6+ kernel refuses a tcx link for other reasons with other errnos (ENODEV, EEXIST, EPERM...),
// so EINVAL is the one to fall back on. tcx/* asked for tcx by name and gets no fallback.
bool tc_falls_back(std::string_view section, TcMode mode, int tcx_errno) {
  return mode == TcMode::Auto && starts_with(section, "tc/") && tcx_errno == EINVAL;
}

Expected<void> KernelLink::pin(const std::string& path) const {
  if (!link) return make_error(fmt::format("{} attachment of {} has no BPF link to pin", method, program)).with_errno(EINVAL);
  return obj_pin(link.get(), path);
}

KernelLink finish_link(KernelLink link, int prog_fd) {
  if (link.link) {
    if (auto info = link_info(link.link.get())) link.link_id = info->id;
  }
  if (auto info = prog_info(prog_fd)) link.prog_id = info->id;
  return link;
}

Expected<KernelLink> attach_raw_tracepoint(int prog_fd, std::string_view name) {
  auto fd = raw_tracepoint_open(std::string(name), prog_fd);
  if (!fd) return std::move(fd).error();
  KernelLink out;
  out.method = "raw_tracepoint";
  out.target = std::string(name);
  out.link = std::move(*fd);
  return finish_link(std::move(out), prog_fd);
}

Expected<KernelLink> attach_tracing(int prog_fd, uint32_t attach_type, uint64_t cookie) {
  KernelLink out;
  if (cookie != 0) {
    LinkCreateAttr attr;
    attr.prog_fd = prog_fd;
    attr.attach_type = attach_type;
    attr.bpf_cookie = cookie;
    auto fd = link_create(attr);
    if (!fd) return std::move(fd).error();
    out.link = std::move(*fd);
  } else {
    auto fd = raw_tracepoint_open("", prog_fd);
    if (!fd) return std::move(fd).error();
    out.link = std::move(*fd);
  }
  switch (attach_type) {
    case attach::TraceFentry: out.method = "fentry"; break;
    case attach::TraceFexit: out.method = "fexit"; break;
    case attach::ModifyReturn: out.method = "fmod_ret"; break;
    case attach::TraceRawTp: out.method = "tp_btf"; break;
    case attach::LsmMac: out.method = "lsm"; break;
    default: out.method = "tracing"; break;
  }
  return finish_link(std::move(out), prog_fd);
}

Expected<KernelLink> attach_freplace(int prog_fd, int target_prog_fd, uint32_t target_btf_id) {
  LinkCreateAttr attr;
  attr.prog_fd = prog_fd;
  // Both 0: the target the program was loaded for. The attach type is not read for extensions (libbpf passes the
  // program's expected_attach_type, which is 0).
  attr.target_fd = target_prog_fd < 0 ? 0 : target_prog_fd;
  attr.target_btf_id = target_btf_id;
  auto fd = link_create(attr);
  if (!fd) return std::move(fd).error();
  KernelLink out;
  out.method = "freplace";
  out.link = std::move(*fd);
  return finish_link(std::move(out), prog_fd);
}

Expected<KernelLink> attach_xdp(int prog_fd, int ifindex, uint32_t flags) {
  LinkCreateAttr attr;
  attr.prog_fd = prog_fd;
  attr.target_fd = ifindex;
  attr.attach_type = attach::Xdp;
  attr.flags = flags;
  auto fd = link_create(attr);
  if (!fd) return std::move(fd).error();
  KernelLink out;
  out.method = "xdp";
  out.target = fmt::format("ifindex {}", ifindex);
  out.link = std::move(*fd);
  return finish_link(std::move(out), prog_fd);
}

Expected<KernelLink> attach_tcx(int prog_fd, int ifindex, bool ingress) {
  LinkCreateAttr attr;
  attr.prog_fd = prog_fd;
  attr.target_fd = ifindex;
  attr.attach_type = ingress ? attach::TcxIngress : attach::TcxEgress;
  auto fd = link_create(attr);
  if (!fd) return std::move(fd).error();
  KernelLink out;
  out.method = "tcx";
  out.target = fmt::format("ifindex {} {}", ifindex, ingress ? "ingress" : "egress");
  out.link = std::move(*fd);
  return finish_link(std::move(out), prog_fd);
}

Expected<KernelLink> attach_socket_filter(int prog_fd, int sock_fd) {
  if (setsockopt(sock_fd, SOL_SOCKET, SO_ATTACH_BPF, &prog_fd, sizeof(prog_fd)) != 0)
    return sys_error("setsockopt(SO_ATTACH_BPF)", errno);
  KernelLink out;
  out.method = "socket";
  out.target = fmt::format("socket fd {}", sock_fd);
  Fd probe(sock_fd);
  auto dup = probe.dup();
  probe.release();
  if (!dup) return std::move(dup).error();
  out.socket = std::move(*dup);
  return finish_link(std::move(out), prog_fd);
}

Expected<KernelLink> attach_program(const ProgramSpec& prog, int prog_fd, const AttachOptions& options) {
  auto link = attach_by_section(prog, prog_fd, options);
  if (!link) {
    Error e = std::move(link).error();
    e.in_program(prog.name);
    return e;
  }
  link->program = prog.name;
  return link;
}

bool needs_attach_target(const ProgramSpec& prog) {
  switch (prog.type) {
    case ProgType::Xdp:
    case ProgType::SchedCls:
    case ProgType::SchedAct:
    case ProgType::SocketFilter:
      return true;
    case ProgType::Tracing:
    case ProgType::Lsm:
    case ProgType::Ext:
      return false;
    default:
      return prog.section_name.find('/') == std::string::npos;
  }
}

// --- chains ----------------------------------------------------------------------------------------------------------

std::string chain_of(std::string_view program) {
  const size_t at = program.find("__");
  if (at == std::string_view::npos || at == 0 || at + 2 >= program.size()) return "";
  return std::string(program.substr(0, at));
}

namespace {
// The order a chain tries its methods in, as tracexec does: BTF-typed tracing (fentry/fexit, tp_btf, lsm) costs
// least and sees typed arguments, then kprobes and uprobes, then tracepoints and raw tracepoints, which exist on
// every kernel. (Object order cannot say it: clang puts functions of one SEC name together in one section.)
int chain_rank(const ProgramSpec& p) {
  switch (p.type) {
    case ProgType::Tracing:
    case ProgType::Lsm:
      return 0;
    case ProgType::Kprobe:
      return 1;
    default:
      return 2;
  }
}
}  // namespace

std::vector<AttachChain> attach_chains(const ObjectSpec& spec) {
  std::vector<AttachChain> chains;
  std::vector<std::vector<const ProgramSpec*>> members;
  for (const ProgramSpec& p : spec.programs()) {
    const std::string stem = chain_of(p.name);
    if (stem.empty()) continue;
    size_t i = 0;
    while (i < chains.size() && chains[i].name != stem) ++i;
    if (i == chains.size()) {
      chains.push_back(AttachChain{stem, {}});
      members.emplace_back();
    }
    members[i].push_back(&p);
  }
  for (size_t i = 0; i < chains.size(); ++i) {
    std::stable_sort(members[i].begin(), members[i].end(),
                     [](const ProgramSpec* a, const ProgramSpec* b) { return chain_rank(*a) < chain_rank(*b); });
    for (const ProgramSpec* p : members[i]) chains[i].programs.push_back(p->name);
  }
  return chains;
}

ChainOutcome attach_first(const AttachChain& chain,
                          const std::function<Expected<KernelLink>(const std::string& program)>& try_one,
                          KernelLink* link) {
  ChainOutcome out;
  for (const std::string& p : chain.programs) {
    auto l = try_one(p);
    if (l) {
      out.chosen = p;
      *link = std::move(*l);
      return out;
    }
    out.skipped.emplace_back(p, l.error().message);
  }
  return out;
}

}  // namespace bpfkit::kernel
