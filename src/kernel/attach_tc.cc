// Legacy tc attachment through rtnetlink: a clsact qdisc and a cls_bpf filter in direct-action mode, the way libbpf's
// bpf_tc_hook_create and bpf_tc_attach do it (tools/lib/bpf/netlink.c), and their removal (kernel_attach.h).
#include <linux/if_ether.h>
#include <linux/pkt_cls.h>
#include <linux/pkt_sched.h>
#include <linux/rtnetlink.h>
#include <arpa/inet.h>
#include <net/if.h>

#include <cerrno>
#include <functional>
#include <optional>

#include <fmt/format.h>

#include "bpfkit/kernel_attach.h"
#include "kernel/attach_internal.h"
#include "kernel/netlink.h"

namespace bpfkit::kernel {

namespace {

namespace nl = netlink;

// clsact's handle is ffff:0, its two hooks are the classes ffff:fff2 (ingress) and ffff:fff3 (egress).
constexpr uint32_t kClsactHandle = TC_H_MAKE(TC_H_CLSACT, 0);
uint32_t hook_parent(bool ingress) { return TC_H_MAKE(TC_H_CLSACT, ingress ? TC_H_MIN_INGRESS : TC_H_MIN_EGRESS); }

tcmsg tc_header(int ifindex, uint32_t parent, uint32_t handle = 0, uint32_t info = 0) {
  tcmsg t{};
  t.tcm_family = AF_UNSPEC;
  t.tcm_ifindex = ifindex;
  t.tcm_parent = parent;
  t.tcm_handle = handle;
  t.tcm_info = info;
  return t;
}

// tcm_info of a filter: its preference in the upper 16 bits, the protocol (network order) in the lower; every
// filter bpfkit adds matches all protocols, as libbpf's do.
uint32_t filter_info(uint32_t priority) { return TC_H_MAKE(priority << 16, htons(ETH_P_ALL)); }

// bpf_tc_hook_create: the clsact qdisc, made only if missing (NLM_F_EXCL). true when this call made it.
Expected<bool> create_clsact(int ifindex) {
  nl::Message m(RTM_NEWQDISC, NLM_F_CREATE | NLM_F_EXCL);
  m.put_header(tc_header(ifindex, TC_H_CLSACT, kClsactHandle));
  m.put_string(TCA_KIND, "clsact");
  auto ok = nl::request(m);
  if (ok) return true;
  if (ok.error().error_number == EEXIST) return false;
  return std::move(ok).error();
}

Expected<void> delete_clsact(int ifindex) {
  nl::Message m(RTM_DELQDISC, 0);
  m.put_header(tc_header(ifindex, TC_H_CLSACT, kClsactHandle));
  m.put_string(TCA_KIND, "clsact");
  return nl::request(m);
}

Expected<void> delete_filter(const TcFilterId& f) {
  nl::Message m(RTM_DELTFILTER, 0);
  m.put_header(tc_header(f.ifindex, hook_parent(f.ingress), f.handle, filter_info(f.priority)));
  m.put_string(TCA_KIND, "bpf");
  return nl::request(m);
}

// A filter as an RTM_NEWTFILTER reply describes it; nullopt for the chain entries without options.
std::optional<TcFilterInfo> read_filter(const nl::Reply& r) {
  if (r.type != RTM_NEWTFILTER) return std::nullopt;
  const tcmsg t = r.header<tcmsg>();
  const nl::Attrs attrs = nl::reply_attrs(r, sizeof(tcmsg));
  if (nl::attr_string(attrs, TCA_KIND) != "bpf") return std::nullopt;
  auto opts = attrs.find(TCA_OPTIONS);
  if (opts == attrs.end()) return std::nullopt;
  const nl::Attrs bpf = nl::parse_attrs(opts->second);
  TcFilterInfo f;
  f.handle = t.tcm_handle;
  f.priority = TC_H_MAJ(t.tcm_info) >> 16;
  f.prog_id = nl::attr_u32(bpf, TCA_BPF_ID);
  f.name = nl::attr_string(bpf, TCA_BPF_NAME);
  f.direct_action = (nl::attr_u32(bpf, TCA_BPF_FLAGS) & TCA_BPF_FLAG_ACT_DIRECT) != 0;
  return f;
}

std::string if_name(int ifindex) {
  char name[IF_NAMESIZE] = {};
  if (if_indextoname(unsigned(ifindex), name) == nullptr) return fmt::format("ifindex {}", ifindex);
  return name;
}

}  // namespace

namespace {

// Each RTM_NEWTFILTER of an interface's clsact hook. No clsact (or no such hook) means no filters.
Expected<void> dump_filters(int ifindex, bool ingress, const std::function<void(const nl::Reply&)>& each) {
  nl::Message m(RTM_GETTFILTER, NLM_F_DUMP);
  m.put_header(tc_header(ifindex, hook_parent(ingress)));
  auto ok = nl::request(m, [&](const nl::Reply& r) {
    if (r.type == RTM_NEWTFILTER && r.header<tcmsg>().tcm_ifindex == ifindex) each(r);
  });
  if (!ok && (ok.error().error_number == EINVAL || ok.error().error_number == ENOENT)) return {};
  return ok;
}

// Filters of any kind (u32, flower, bpf...) on the hook: the entries with options, not the per-priority chain heads.
Expected<size_t> count_filters(int ifindex, bool ingress) {
  size_t n = 0;
  auto ok = dump_filters(ifindex, ingress, [&](const nl::Reply& r) {
    if (nl::reply_attrs(r, sizeof(tcmsg)).count(TCA_OPTIONS) != 0) ++n;
  });
  if (!ok) return std::move(ok).error();
  return n;
}

}  // namespace

Expected<std::vector<TcFilterInfo>> list_tc_filters(int ifindex, bool ingress) {
  std::vector<TcFilterInfo> out;
  auto ok = dump_filters(ifindex, ingress, [&](const nl::Reply& r) {
    if (auto f = read_filter(r)) out.push_back(std::move(*f));
  });
  if (!ok) return std::move(ok).error();
  return out;
}

Expected<bool> has_clsact(int ifindex) {
  nl::Message m(RTM_GETQDISC, NLM_F_DUMP);
  m.put_header(tc_header(ifindex, 0));
  bool found = false;
  auto ok = nl::request(m, [&](const nl::Reply& r) {
    if (r.type != RTM_NEWQDISC || r.header<tcmsg>().tcm_ifindex != ifindex) return;
    if (nl::attr_string(nl::reply_attrs(r, sizeof(tcmsg)), TCA_KIND) == "clsact") found = true;
  });
  if (!ok) return std::move(ok).error();
  return found;
}

Expected<KernelLink> attach_tc(int prog_fd, int ifindex, bool ingress, uint32_t handle, uint32_t priority) {
  if (priority > 0xffff) return make_error(fmt::format("tc priority {} is above 65535", priority)).with_errno(EINVAL);
  auto info = prog_info(prog_fd);
  if (!info) return std::move(info).error();
  auto created = create_clsact(ifindex);
  if (!created) return make_error(fmt::format("clsact qdisc on {}: {}", if_name(ifindex), created.error().message))
                    .with_errno(created.error().error_number);

  nl::Message m(RTM_NEWTFILTER, NLM_F_CREATE | NLM_F_EXCL | NLM_F_ECHO);
  m.put_header(tc_header(ifindex, hook_parent(ingress), handle, filter_info(priority)));
  m.put_string(TCA_KIND, "bpf");
  const size_t opts = m.begin_nested(TCA_OPTIONS);
  m.put_u32(TCA_BPF_FD, uint32_t(prog_fd));
  m.put_string(TCA_BPF_NAME, fmt::format("{}:[{}]", info->name, info->id));
  m.put_u32(TCA_BPF_FLAGS, TCA_BPF_FLAG_ACT_DIRECT);
  m.end_nested(opts);
  std::optional<TcFilterInfo> echoed;
  auto ok = nl::request(m, [&](const nl::Reply& r) {
    if (!echoed) echoed = read_filter(r);
  });
  if (!ok || !echoed) {
    if (*created) (void)delete_clsact(ifindex);  // leave the interface as it was found
    if (!ok)
      return make_error(fmt::format("tc filter on {} {}: {}", if_name(ifindex), ingress ? "ingress" : "egress",
                                    ok.error().message))
          .with_errno(ok.error().error_number);
    return make_error(fmt::format("tc filter on {}: the kernel did not echo the new filter", if_name(ifindex)))
        .with_errno(ENOENT);
  }
  TcFilterId id;
  id.ifindex = ifindex;
  id.ingress = ingress;
  id.handle = echoed->handle;
  id.priority = echoed->priority;
  id.prog_id = echoed->prog_id != 0 ? echoed->prog_id : info->id;
  id.created_qdisc = *created;
  KernelLink out;
  out.method = "tc";
  out.target = fmt::format("ifindex {} {}", ifindex, ingress ? "ingress" : "egress");
  out.tc = std::make_unique<TcFilter>(id);
  return finish_link(std::move(out), prog_fd);
}

Expected<void> TcFilter::remove() {
  if (!owned_) return {};
  owned_ = false;
  // Only our filter: the same place, still running the same program.
  auto filters = list_tc_filters(id_.ifindex, id_.ingress);
  if (!filters) return std::move(filters).error();
  bool ours = false;
  for (const TcFilterInfo& f : *filters)
    ours = ours || (f.handle == id_.handle && f.priority == id_.priority && f.prog_id == id_.prog_id);
  if (ours) {
    auto ok = delete_filter(id_);
    if (!ok && ok.error().error_number != ENOENT) return ok;
  }
  if (!id_.created_qdisc) return {};
  // The qdisc goes with the last filter on it: anything another tool added since keeps it.
  for (bool ingress : {true, false}) {
    auto left = count_filters(id_.ifindex, ingress);
    if (!left) return std::move(left).error();
    if (*left != 0) return {};
  }
  auto ok = delete_clsact(id_.ifindex);
  if (!ok && ok.error().error_number != ENOENT && ok.error().error_number != EINVAL) return ok;
  return {};
}

TcFilter::~TcFilter() { (void)remove(); }

}  // namespace bpfkit::kernel
