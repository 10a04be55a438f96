// A small rtnetlink client: what legacy tc attachment (kernel/attach_tc.cc) and the tests' veth set-up need, and
// nothing more. Messages are built into a byte buffer (header, family header, attributes, nested attributes) and
// each request is answered by its replies, then the kernel's ACK (or NLMSG_DONE for a dump). Errors carry the
// kernel's errno and, with NETLINK_EXT_ACK, its own one-line reason ("Exclusivity flag on, cannot modify").
#pragma once

#include <cstdint>
#include <cstring>
#include <functional>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "bpfkit/error.h"
#include "bpfkit/kernel_sys.h"

namespace bpfkit::kernel::netlink {

class Message {
 public:
  // type: RTM_*; flags: NLM_F_* besides NLM_F_REQUEST (always set).
  Message(uint16_t type, uint16_t flags);

  // The family header (tcmsg, ifinfomsg, ...), right after the netlink header.
  template <class T>
  void put_header(const T& h) {
    put_bytes(&h, sizeof(h));
  }
  void put_attr(uint16_t type, const void* data, size_t len);
  void put_u32(uint16_t type, uint32_t v) { put_attr(type, &v, sizeof(v)); }
  void put_string(uint16_t type, std::string_view s);  // with its NUL, as the kernel's nla_strscpy wants
  // A nested attribute: everything put between begin and end goes inside it.
  size_t begin_nested(uint16_t type);
  void end_nested(size_t at);

  uint16_t type() const;
  bool dump() const;
  // The bytes to send, length and sequence number filled in.
  std::span<const uint8_t> finish(uint32_t seq);

 private:
  void put_bytes(const void* p, size_t n);
  void align();
  std::vector<uint8_t> buf_;
};

// A reply message: its type, flags, and what follows the netlink header.
struct Reply {
  uint16_t type = 0;
  uint16_t flags = 0;
  std::span<const uint8_t> payload;

  // The family header at the start of the payload (zeroes past a short one).
  template <class T>
  T header() const {
    T h{};
    std::memcpy(&h, payload.data(), std::min(payload.size(), sizeof(T)));
    return h;
  }
};

// Attributes by type (a later one of the same type wins), read from bytes that are a run of struct nlattr.
using Attrs = std::map<uint16_t, std::span<const uint8_t>>;
Attrs parse_attrs(std::span<const uint8_t> bytes);
// The attributes after a family header of `header_size` bytes.
Attrs reply_attrs(const Reply& r, size_t header_size);
uint32_t attr_u32(const Attrs& a, uint16_t type, uint32_t fallback = 0);
std::string attr_string(const Attrs& a, uint16_t type);

// A NETLINK_ROUTE socket of the current network namespace.
class Socket {
 public:
  static Expected<Socket> open();
  // Sends m and hands each reply to on_reply until the ACK (NLM_F_ACK is added to non-dump requests) or, for a dump,
  // NLMSG_DONE. An NLMSG_ERROR with an errno is the result: "NAME: strerror (extack message)".
  Expected<void> request(Message& m, const std::function<void(const Reply&)>& on_reply = {});

 private:
  Fd fd_;
  uint32_t seq_ = 0;
};

// One request on a socket of its own.
Expected<void> request(Message& m, const std::function<void(const Reply&)>& on_reply = {});

// "RTM_NEWTFILTER" and the like, for messages.
std::string_view message_name(uint16_t type);

}  // namespace bpfkit::kernel::netlink
