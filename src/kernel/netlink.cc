// The rtnetlink client (netlink.h).
#include "kernel/netlink.h"

#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

#include <fmt/format.h>

namespace bpfkit::kernel::netlink {

namespace {

constexpr size_t kAlign = 4;  // NLMSG_ALIGNTO and NLA_ALIGNTO
size_t aligned(size_t n) { return (n + kAlign - 1) & ~(kAlign - 1); }

Error sys_error(std::string what, int err) {
  return make_error(fmt::format("{}: {}", what, std::strerror(err))).with_errno(err);
}

}  // namespace

Message::Message(uint16_t type, uint16_t flags) {
  nlmsghdr h{};
  h.nlmsg_type = type;
  h.nlmsg_flags = uint16_t(NLM_F_REQUEST | flags);
  put_bytes(&h, sizeof(h));
}

void Message::put_bytes(const void* p, size_t n) {
  const size_t at = buf_.size();
  buf_.resize(at + n);
  std::memcpy(buf_.data() + at, p, n);
  align();
}

void Message::align() { buf_.resize(aligned(buf_.size()), 0); }

void Message::put_attr(uint16_t type, const void* data, size_t len) {
  nlattr a{};
  a.nla_type = type;
  a.nla_len = uint16_t(sizeof(nlattr) + len);
  const size_t at = buf_.size();
  buf_.resize(at + sizeof(nlattr) + len);
  std::memcpy(buf_.data() + at, &a, sizeof(a));
  if (len != 0) std::memcpy(buf_.data() + at + sizeof(nlattr), data, len);
  align();
}

void Message::put_string(uint16_t type, std::string_view s) {
  std::string z(s);
  put_attr(type, z.c_str(), z.size() + 1);
}

size_t Message::begin_nested(uint16_t type) {
  const size_t at = buf_.size();
  put_attr(uint16_t(type | NLA_F_NESTED), nullptr, 0);
  return at;
}

void Message::end_nested(size_t at) {
  nlattr a{};
  std::memcpy(&a, buf_.data() + at, sizeof(a));
  a.nla_len = uint16_t(buf_.size() - at);
  std::memcpy(buf_.data() + at, &a, sizeof(a));
}

uint16_t Message::type() const {
  nlmsghdr h;
  std::memcpy(&h, buf_.data(), sizeof(h));
  return h.nlmsg_type;
}

bool Message::dump() const {
  nlmsghdr h;
  std::memcpy(&h, buf_.data(), sizeof(h));
  return (h.nlmsg_flags & NLM_F_DUMP) == NLM_F_DUMP;
}

std::span<const uint8_t> Message::finish(uint32_t seq) {
  nlmsghdr h;
  std::memcpy(&h, buf_.data(), sizeof(h));
  h.nlmsg_len = uint32_t(buf_.size());
  h.nlmsg_seq = seq;
  if ((h.nlmsg_flags & NLM_F_DUMP) != NLM_F_DUMP) h.nlmsg_flags |= NLM_F_ACK;
  std::memcpy(buf_.data(), &h, sizeof(h));
  return buf_;
}

Attrs parse_attrs(std::span<const uint8_t> bytes) {
  Attrs out;
  size_t off = 0;
  while (off + sizeof(nlattr) <= bytes.size()) {
    nlattr a;
    std::memcpy(&a, bytes.data() + off, sizeof(a));
    if (a.nla_len < sizeof(nlattr) || off + a.nla_len > bytes.size()) break;  // malformed: stop, keep what was read
    out[uint16_t(a.nla_type & NLA_TYPE_MASK)] = bytes.subspan(off + sizeof(nlattr), a.nla_len - sizeof(nlattr));
    off += aligned(a.nla_len);
  }
  return out;
}

Attrs reply_attrs(const Reply& r, size_t header_size) {
  const size_t start = aligned(header_size);
  if (r.payload.size() < start) return {};
  return parse_attrs(r.payload.subspan(start));
}

uint32_t attr_u32(const Attrs& a, uint16_t type, uint32_t fallback) {
  auto it = a.find(type);
  if (it == a.end() || it->second.size() < 4) return fallback;
  uint32_t v;
  std::memcpy(&v, it->second.data(), 4);
  return v;
}

std::string attr_string(const Attrs& a, uint16_t type) {
  auto it = a.find(type);
  if (it == a.end()) return "";
  std::string s(reinterpret_cast<const char*>(it->second.data()), it->second.size());
  if (size_t nul = s.find('\0'); nul != std::string::npos) s.resize(nul);
  return s;
}

std::string_view message_name(uint16_t type) {
  switch (type) {
    case RTM_NEWLINK: return "RTM_NEWLINK";
    case RTM_DELLINK: return "RTM_DELLINK";
    case RTM_GETLINK: return "RTM_GETLINK";
    case RTM_NEWQDISC: return "RTM_NEWQDISC";
    case RTM_DELQDISC: return "RTM_DELQDISC";
    case RTM_GETQDISC: return "RTM_GETQDISC";
    case RTM_NEWTFILTER: return "RTM_NEWTFILTER";
    case RTM_DELTFILTER: return "RTM_DELTFILTER";
    case RTM_GETTFILTER: return "RTM_GETTFILTER";
    default: return "netlink request";
  }
}

Expected<Socket> Socket::open() {
  Socket s;
  s.fd_ = Fd(socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE));
  if (!s.fd_) return sys_error("socket(AF_NETLINK, NETLINK_ROUTE)", errno);
  // The kernel's own reason for a refusal, when it has one (4.12+; older kernels ignore the option).
  int one = 1;
  setsockopt(s.fd_.get(), SOL_NETLINK, NETLINK_EXT_ACK, &one, sizeof(one));
  sockaddr_nl local{};
  local.nl_family = AF_NETLINK;
  if (bind(s.fd_.get(), reinterpret_cast<sockaddr*>(&local), sizeof(local)) != 0)
    return sys_error("bind(AF_NETLINK)", errno);
  return s;
}

namespace {

// The errno and extack message of an NLMSG_ERROR payload.
std::pair<int, std::string> read_error(const nlmsghdr& h, std::span<const uint8_t> payload) {
  nlmsgerr e{};
  if (payload.size() < sizeof(e)) return {EPROTO, "truncated NLMSG_ERROR"};
  std::memcpy(&e, payload.data(), sizeof(e));
  std::string msg;
  if ((h.nlmsg_flags & NLM_F_ACK_TLVS) != 0) {
    // The TLVs follow the echoed request: its header only when capped, else all of it.
    size_t skip = sizeof(e);
    if ((h.nlmsg_flags & NLM_F_CAPPED) == 0) skip = sizeof(e) - sizeof(nlmsghdr) + e.msg.nlmsg_len;
    skip = aligned(skip);
    if (skip <= payload.size()) msg = attr_string(parse_attrs(payload.subspan(skip)), NLMSGERR_ATTR_MSG);
  }
  return {-e.error, msg};
}

}  // namespace

Expected<void> Socket::request(Message& m, const std::function<void(const Reply&)>& on_reply) {
  const uint32_t seq = ++seq_;
  const bool dump = m.dump();
  const std::string_view name = message_name(m.type());
  std::span<const uint8_t> out = m.finish(seq);
  sockaddr_nl kernel_addr{};
  kernel_addr.nl_family = AF_NETLINK;
  for (;;) {
    ssize_t n = sendto(fd_.get(), out.data(), out.size(), 0, reinterpret_cast<sockaddr*>(&kernel_addr),
                       sizeof(kernel_addr));
    if (n >= 0) break;
    if (errno != EINTR) return sys_error(fmt::format("{}: sendto", name), errno);
  }
  std::vector<uint8_t> buf(64 * 1024);
  for (;;) {
    // The size of the next datagram first, so that a large dump part is never cut.
    ssize_t need = recv(fd_.get(), nullptr, 0, MSG_PEEK | MSG_TRUNC);
    if (need < 0 && errno == EINTR) continue;
    if (need < 0) return sys_error(fmt::format("{}: recv", name), errno);
    if (size_t(need) > buf.size()) buf.resize(size_t(need));
    ssize_t got = recv(fd_.get(), buf.data(), buf.size(), 0);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return sys_error(fmt::format("{}: recv", name), errno);
    size_t off = 0;
    while (off + sizeof(nlmsghdr) <= size_t(got)) {
      nlmsghdr h;
      std::memcpy(&h, buf.data() + off, sizeof(h));
      if (h.nlmsg_len < sizeof(nlmsghdr) || off + h.nlmsg_len > size_t(got))
        return make_error(fmt::format("{}: malformed netlink reply", name)).with_errno(EPROTO);
      std::span<const uint8_t> payload(buf.data() + off + sizeof(nlmsghdr), h.nlmsg_len - sizeof(nlmsghdr));
      off += aligned(h.nlmsg_len);
      if (h.nlmsg_seq != seq) continue;  // a late answer to an earlier request
      if (h.nlmsg_type == NLMSG_DONE) {
        if (dump) return {};
        continue;
      }
      if (h.nlmsg_type == NLMSG_ERROR) {
        auto [err, msg] = read_error(h, payload);
        if (err == 0) {
          if (!dump) return {};
          continue;
        }
        return make_error(fmt::format("{}: {}{}", name, std::strerror(err), msg.empty() ? "" : " (" + msg + ")"))
            .with_errno(err);
      }
      if (on_reply) on_reply(Reply{h.nlmsg_type, h.nlmsg_flags, payload});
    }
  }
}

Expected<void> request(Message& m, const std::function<void(const Reply&)>& on_reply) {
  auto s = Socket::open();
  if (!s) return std::move(s).error();
  return s->request(m, on_reply);
}

}  // namespace bpfkit::kernel::netlink
