// struct_ops programs: check_struct_ops_btf_id (the member the program implements, found in the kernel's BTF,
// whose FUNC_PROTO types the context and the return value) and what bpf_tcp_ca's verifier_ops add for
// tcp_congestion_ops (net/ipv4/bpf_tcp_ca.c): the writes bpf_tcp_ca_btf_struct_access allows through a tcp_sock.
#include <optional>
#include <string_view>

#include "verifier/env.h"

namespace bpfkit::verifier {

namespace {

// Members whose cfi_stubs entry is NULL in 6.18 (bpf_struct_ops_supported refuses them with ENOTSUPP). The stubs
// are kernel data, not BTF, so they are listed here; read from net/ipv4/bpf_tcp_ca.c and checked on the running
// kernel (tests/verifier/c/struct_ops.bpf.c, c_sops_unsupported_member).
bool member_unsupported(std::string_view type, std::string_view member) {
  return type == "tcp_congestion_ops" && member == "get_info";
}

// The byte range of a member named by a dotted path ("inet_conn.icsk_ack.pending"), looking through anonymous
// members as C does.
struct Span {
  uint32_t off = 0, end = 0;
  btf::TypeId type = 0;
};

std::optional<Span> find_member(const btf::Btf& b, btf::TypeId id, std::string_view name, uint32_t base,
                                int depth = 0) {
  const btf::Type* t = b.type(b.skip_mods_and_typedefs(id));
  if (!t || !t->is_composite() || depth > 8) return std::nullopt;
  for (const btf::Member& m : t->members) {
    const uint32_t off = base + m.bit_offset / 8;
    if (m.name == name) {
      auto size = b.resolve_size(m.type);
      if (!size) return std::nullopt;
      return Span{off, off + *size, m.type};
    }
    if (m.name.empty())
      if (auto s = find_member(b, m.type, name, off, depth + 1)) return s;
  }
  return std::nullopt;
}

std::optional<Span> member_span(const btf::Btf& b, btf::TypeId id, std::string_view path) {
  uint32_t base = 0;
  for (;;) {
    const size_t dot = path.find('.');
    auto s = find_member(b, id, path.substr(0, dot), base);
    if (!s || dot == std::string_view::npos) return s;
    id = s->type;
    base = s->off;
    path.remove_prefix(dot + 1);
  }
}

}  // namespace

bool Env::check_struct_ops_btf_id() {
  if (!in.gpl_compatible) return err("struct ops programs must have a GPL compatible license");
  if (in.struct_ops_type.empty()) {
    // no struct_ops map names it: libbpf gives no attach_btf_id and the kernel says ENOTSUPP with an empty log
    error.clear();
    return false;
  }
  st_ops.type = in.struct_ops_type;
  st_ops.member = in.attach_target;
  const btf::Btf* b = kernel_btf();
  if (!b) return true;
  // libbpf (bpf_map__init_kern_struct_ops) stops before BPF_PROG_LOAD when the kernel lacks the type or member
  auto tid = b->find_by_name_kind(st_ops.type, btf::Kind::Struct);
  if (!tid || !b->find_by_name_kind("bpf_struct_ops_" + st_ops.type, btf::Kind::Struct))
    return err(strf("struct_ops init_kern: struct %s is not found in kernel BTF", st_ops.type.c_str()));
  const btf::Type* t = b->type(*tid);
  const btf::Member* member = nullptr;
  for (size_t i = 0; i < t->members.size(); ++i) {
    if (t->members[i].name != st_ops.member) continue;
    member = &t->members[i];
    st_ops.member_idx = uint32_t(i);
    break;
  }
  if (!member)
    return err(strf("struct_ops init_kern %s: Cannot find member %s in kernel BTF", st_ops.type.c_str(),
                    st_ops.member.c_str()));
  const btf::Type* ptr = b->type(b->skip_mods_and_typedefs(member->type));
  const btf::Type* proto = ptr && ptr->kind == btf::Kind::Ptr ? b->type(b->skip_mods_and_typedefs(ptr->type)) : nullptr;
  if (!proto || proto->kind != btf::Kind::FuncProto)
    return err(strf("attach to invalid member %s(@idx %u) of struct %s", st_ops.member.c_str(), st_ops.member_idx,
                    st_ops.type.c_str()));
  if (member_unsupported(st_ops.type, st_ops.member))
    return err(strf("attach to unsupported member %s of struct %s", st_ops.member.c_str(), st_ops.type.c_str()));
  st_ops.proto = proto;
  return true;
}

bool Env::tcp_ca_btf_struct_access(const RegState& reg, int off, int size) {
  const btf::Btf* b = kernel_btf();
  if (!b || !reg.btf_name || std::string_view(reg.btf_name) != "tcp_sock") return err("only read is supported");
  auto tcp_sock = b->find_by_name_kind("tcp_sock", btf::Kind::Struct);
  if (!tcp_sock) return err("only read is supported");
  // The fields a congestion control may set; icsk_ca_priv (its private area) anywhere inside.
  static const char* const kWritable[] = {
      "inet_conn.icsk_inet.sk.sk_pacing_rate", "inet_conn.icsk_inet.sk.sk_pacing_status",
      "inet_conn.icsk_ca_priv",                "inet_conn.icsk_ack.pending",
      "snd_cwnd",                              "snd_cwnd_cnt",
      "snd_cwnd_stamp",                        "snd_ssthresh",
      "ecn_flags",                             "app_limited",
  };
  for (const char* path : kWritable) {
    auto s = member_span(*b, *tcp_sock, path);
    if (!s) continue;
    const bool priv_area = std::string_view(path) == "inet_conn.icsk_ca_priv";
    const bool hit = priv_area ? uint32_t(off) >= s->off && uint32_t(off) < s->end : uint32_t(off) == s->off;
    if (!hit) continue;
    if (uint64_t(off) + uint64_t(size) > s->end)
      return err(strf("write access at off %d with size %d beyond the member of tcp_sock ended at %u", off, size,
                      s->end));
    return true;
  }
  return err(strf("no write support to tcp_sock at off %d", off));
}

}  // namespace bpfkit::verifier
